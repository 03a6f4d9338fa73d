import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { looksLikeFormula, QUOTED } from '../domain/formula-text.js';

/** One reason a row was rejected. `column` is the header text as uploaded; absent for row-wide reasons. */
export interface RowRejection {
  column?: string;
  /** 0-based column index, for when the header text is ambiguous or blank. */
  columnIndex?: number;
  message: string;
}

/** A rejected row as uploaded: `values[0]` is column A. */
export interface RejectedRow {
  /** The row's number in the uploaded sheet (as Excel shows it). */
  rowNumber: number;
  values: readonly unknown[];
  errors: readonly RowRejection[];
}

export interface RejectionReportInput {
  /** The header row as uploaded, column A first. */
  headerRow: readonly unknown[];
  rows: AsyncIterable<RejectedRow> | Iterable<RejectedRow>;
  sheetName?: string;
}

export const ERROR_COLUMN_HEADER = '错误说明';
export const BAD_CELL_FILL = 'FFFFC7CE';

const RED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BAD_CELL_FILL } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

const headerText = (value: unknown) => (value === null || value === undefined ? '' : String(value)).replace(/\s+/g, '');

/** The 错误说明 text of a row, e.g. `第5行：户主身份证号：校验位不正确；户籍人数：必须是整数`. */
export function describeRejection(row: Pick<RejectedRow, 'rowNumber' | 'errors'>): string {
  return `第${row.rowNumber}行：${row.errors.map((e) => (e.column?.trim() ? `${e.column.trim()}：${e.message}` : e.message)).join('；')}`;
}

/**
 * A cell value written back as it was uploaded. A formula is written as its text (`=A1+B1`), never as a
 * formula: the report must not compute anything, and the import rejects formulas anyway.
 */
function asUploaded(value: unknown): ExcelJS.CellValue {
  if (value === undefined) return null;
  if (value && typeof value === 'object' && 'formula' in value) return `=${String((value as { formula: unknown }).formula)}`;
  if (value && typeof value === 'object' && 'sharedFormula' in value) return `=${String((value as { sharedFormula: unknown }).sharedFormula)}`;
  return value as ExcelJS.CellValue;
}

/**
 * Writes the error report of an import: the rejected rows exactly as uploaded, a last column
 * 错误说明, each bad cell filled red with a note holding its message. Streams (ExcelJS
 * WorkbookWriter, inline strings, each row committed as written, notes included), so memory
 * stays flat however many rows were rejected. Returns the number of rows written.
 */
export async function writeRejectionReport(output: Writable | string, input: RejectionReportInput): Promise<{ rows: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof output === 'string' ? { filename: output } : { stream: output }),
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(input.sheetName ?? '错误报告', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = [...input.headerRow];
  const errorColumn = headers.length + 1;
  sheet.columns = [
    ...headers.map((h) => ({ width: Math.min(40, Math.max(10, headerText(h).length * 2 + 2)) })),
    { width: 60 },
  ];
  const indexByHeader = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = headerText(h);
    if (key && !indexByHeader.has(key)) indexByHeader.set(key, i);
  });

  const header = sheet.getRow(1);
  headers.forEach((h, i) => (header.getCell(i + 1).value = asUploaded(h)));
  header.getCell(errorColumn).value = ERROR_COLUMN_HEADER;
  header.getCell(errorColumn).fill = HEADER_FILL;
  header.font = { bold: true };
  header.commit();

  let written = 0;
  for await (const rejected of input.rows) {
    const row = sheet.getRow(written + 2);
    rejected.values.forEach((value, i) => {
      if (value === undefined || value === null) return;
      const cell = row.getCell(i + 1);
      cell.value = asUploaded(value);
      // A fresh object per cell: the red fill below is set on the cell's own style.
      if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.style = { ...QUOTED };
    });
    const notes = new Map<number, string[]>();
    for (const error of rejected.errors) {
      const index = error.columnIndex ?? (error.column !== undefined ? indexByHeader.get(headerText(error.column)) : undefined);
      if (index === undefined) continue;
      notes.set(index, [...(notes.get(index) ?? []), error.message]);
    }
    for (const [index, messages] of notes) {
      const cell = row.getCell(index + 1);
      cell.fill = RED_FILL;
      cell.note = messages.join('\n');
    }
    const description = row.getCell(errorColumn);
    description.value = describeRejection(rejected);
    description.alignment = { wrapText: true, vertical: 'top' };
    row.commit();
    written += 1;
  }
  sheet.commit();
  await workbook.commit();
  return { rows: written };
}
