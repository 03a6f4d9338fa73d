import ExcelJS from 'exceljs';
import { HOUSEHOLD_TEMPLATE } from '../domain/household-template.js';
import { IMPORT_TEMPLATES } from '../domain/import-templates.js';
import { IMPORT_KINDS, templateHeader } from '../domain/template-definition.js';
import { buildTemplateWorkbook, INSTRUCTIONS_SHEET, templateFileName, type WithRangeValidations } from './template-workbook.js';

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('buildTemplateWorkbook', () => {
  it('households: headers with units, the sample row, a frozen header, text ID column and the 房屋结构 list', async () => {
    const workbook = await read(await buildTemplateWorkbook(HOUSEHOLD_TEMPLATE));
    const sheet = workbook.worksheets[0]! as WithRangeValidations;
    expect(sheet.name).toBe('动迁户');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HOUSEHOLD_TEMPLATE.columns.map(templateHeader));
    expect(sheet.getCell('G2').value).toBe('11010519491231002X');
    expect(sheet.getCell('G2').numFmt).toBe('@');
    expect(sheet.getCell('G3').numFmt).toBe('@');
    expect(sheet.getCell('K2').numFmt).not.toBe('@');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(7).width).toBe(22);
    expect(sheet.dataValidations.find('M2')).toMatchObject({ type: 'list', formulae: ['"钢混,砖混,砖木,简易"'] });
    expect(sheet.dataValidations.find('M5000')).toMatchObject({ type: 'list' });
    expect(sheet.dataValidations.find('L2')).toBeUndefined();
  });

  it('lists every column on the instructions sheet', async () => {
    const workbook = await read(await buildTemplateWorkbook(HOUSEHOLD_TEMPLATE));
    const sheet = workbook.getWorksheet(INSTRUCTIONS_SHEET)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['列名', '含义', '是否必填', '格式', '示例']);
    expect((sheet.getRow(8).values as unknown[]).slice(1, 4)).toEqual(['户主身份证号', '户主的居民身份证号码', '必填']);
    expect(sheet.getRow(12).getCell(1).value).toBe('合法建筑面积（平方米）');
  });

  it.each(IMPORT_KINDS)('%s: builds and names the file', async (kind) => {
    const template = IMPORT_TEMPLATES[kind];
    const workbook = await read(await buildTemplateWorkbook(template));
    expect(workbook.worksheets).toHaveLength(2);
    expect(templateFileName(template).fileName).toBe(`${template.title}导入模板.xlsx`);
  });
});
