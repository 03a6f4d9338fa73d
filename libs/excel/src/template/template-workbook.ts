import ExcelJS from 'exceljs';
import { templateHeader, type ColumnDefinition, type TemplateDefinition } from '../domain/template-definition.js';

/** Columns whose values are codes or personal numbers: formatted as text so Excel keeps every digit and leading zero. */
const TEXT_COLUMN = /code|IdNumber|idNumber|phone|creditCode/i;

/** Rows offered with the drop-down lists and text format (an officer's ledger rarely exceeds this). */
const PREPARED_ROWS = 5000;

export const INSTRUCTIONS_SHEET = '填写说明';
export const INSTRUCTION_HEADERS = ['列名', '含义', '是否必填', '格式', '示例'] as const;

/** Whether a template column is formatted as text (`@`) in the template. */
export function isTextColumn(column: ColumnDefinition): boolean {
  return TEXT_COLUMN.test(column.key);
}

/** File name of a template download, e.g. `动迁户摸底台账导入模板.xlsx`. */
export function templateFileName(template: TemplateDefinition): { fileName: string; asciiName: string } {
  return { fileName: `${template.title}导入模板.xlsx`, asciiName: `${template.kind}-import-template.xlsx` };
}

/** ExcelJS supports range-wide validations (`B2:B5001`) but leaves them out of its typings. */
export type WithRangeValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void; find(address: string): ExcelJS.DataValidation | undefined };
};

function listFormula(values: readonly string[]): string {
  return `"${values.join(',')}"`;
}

/**
 * The downloadable import template: the data sheet (headers with units, one sample row, frozen
 * header, widths, drop-down lists, ID/phone/code columns as text) and the 填写说明 sheet.
 */
export async function buildTemplateWorkbook(template: TemplateDefinition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '徐泾镇动迁安置案件管理系统';
  const sheet = workbook.addWorksheet(template.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = template.columns.map((column) => ({
    header: templateHeader(column),
    key: column.key,
    width: column.width ?? Math.max(10, templateHeader(column).length * 2 + 2),
    style: isTextColumn(column) ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  template.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? 'FFFFEB9C' : 'FFD9E1F2' } };
    cell.note = `${column.required ? '必填。' : '选填。'}${column.format}`;
  });
  sheet.addRow(Object.fromEntries(template.columns.map((column) => [column.key, column.example])));

  template.columns.forEach((column, index) => {
    if (!column.allowedValues?.length) return;
    const letter = sheet.getColumn(index + 1).letter;
    // One range-wide rule rather than one per cell: the file stays small.
    (sheet as WithRangeValidations).dataValidations.add(`${letter}2:${letter}${PREPARED_ROWS + 1}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [listFormula(column.allowedValues)],
      showErrorMessage: true,
      errorStyle: 'error',
      errorTitle: '取值不在列表中',
      error: `${column.header}只能填写：${column.allowedValues.join('、')}`,
    });
  });

  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  instructions.columns = [
    { header: INSTRUCTION_HEADERS[0], width: 22 },
    { header: INSTRUCTION_HEADERS[1], width: 40 },
    { header: INSTRUCTION_HEADERS[2], width: 10 },
    { header: INSTRUCTION_HEADERS[3], width: 50 },
    { header: INSTRUCTION_HEADERS[4], width: 22 },
  ];
  instructions.getRow(1).font = { bold: true };
  for (const column of template.columns) {
    const row = instructions.addRow([templateHeader(column), column.meaning, column.required ? '必填' : '选填', column.format, column.example]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  instructions.addRow([]);
  instructions.addRow(['说明：第一行是表头，请勿修改；示例行可直接覆盖或删除。身份证号、电话和编号列已设为文本格式，请勿改为数字。']);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
