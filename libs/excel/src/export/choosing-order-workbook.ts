import ExcelJS from 'exceljs';
import type { PublishedRow } from '@app/resettlement';
import { QUOTED, looksLikeFormula } from '../domain/formula-text.js';

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** The labels of the published facts, in column A, their values in column B: the verify command reads them back by label. */
export const CHOOSING_ORDER_LABELS = {
  round: '轮次编号',
  base: '安置基地',
  projects: '参加项目',
  seed: '种子',
  algorithm: '排序算法',
  description: '算法说明',
  orderHash: '顺序哈希',
  publishedAt: '公布时间',
} as const;
/** The order's header row; rows under it until the first empty 选房顺序 cell. */
export const CHOOSING_ORDER_HEADER = ['选房顺序', '案件编号', '签约顺序号', '项目'] as const;

export interface ChoosingOrderSheet {
  round: string;
  base: string;
  projects: string;
  seed: string;
  algorithm: string;
  description: string;
  orderHash: string;
  publishedAt: string;
  rows: Array<PublishedRow & { projectCode: string }>;
}

function text(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  if (looksLikeFormula(value)) cell.style = { ...cell.style, ...QUOTED };
}

/** 选房顺序表: the round's published facts (seed, algorithm and its description, the order's hash) and the order, one A4 page wide. */
export async function writeChoosingOrder(path: string, order: ChoosingOrderSheet, watermark: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '徐泾镇动迁安置案件管理系统';
  const sheet = workbook.addWorksheet('选房顺序', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 14 }, { width: 24 }, { width: 14 }, { width: 60 }];
  const title = sheet.addRow([`选房顺序表（${order.round}）`]);
  sheet.mergeCells(title.number, 1, title.number, 4);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  for (const key of Object.keys(CHOOSING_ORDER_LABELS) as Array<keyof typeof CHOOSING_ORDER_LABELS>) {
    const row = sheet.addRow([]);
    text(row.getCell(1), CHOOSING_ORDER_LABELS[key]);
    text(row.getCell(2), order[key]);
    sheet.mergeCells(row.number, 2, row.number, 4);
    row.getCell(1).font = { bold: true };
    row.alignment = { vertical: 'middle', wrapText: true };
    if (key === 'description') row.height = 60;
  }
  sheet.addRow([]);
  const heading = sheet.addRow([...CHOOSING_ORDER_HEADER]);
  heading.font = { bold: true };
  heading.eachCell((cell) => {
    cell.border = THIN;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  for (const r of order.rows) {
    const row = sheet.addRow([r.position]);
    text(row.getCell(2), r.caseRef);
    row.getCell(3).value = r.sequenceNo;
    text(row.getCell(4), r.projectCode);
    for (const n of [1, 2, 3, 4]) row.getCell(n).border = THIN;
  }
  sheet.addRow([]);
  const footer = sheet.addRow([watermark]);
  footer.font = { italic: true, color: { argb: 'FF808080' } };
  sheet.headerFooter = { oddFooter: `&L${watermark.replace(/&/g, '&&')}&R第 &P 页，共 &N 页` };
  await workbook.xlsx.writeFile(path);
}

const cellString = (cell: ExcelJS.Cell): string => {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v).trim();
};

/** Reads a 选房顺序表 back: the published facts by their labels and the order's rows (throws a Chinese message when it is not one). */
export async function readChoosingOrder(file: string | Buffer): Promise<ChoosingOrderSheet> {
  const workbook = new ExcelJS.Workbook();
  if (typeof file === 'string') await workbook.xlsx.readFile(file);
  else await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('选房顺序') ?? workbook.worksheets[0];
  if (!sheet) throw new Error('文件中没有工作表');
  const facts = new Map<string, string>();
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    const a = cellString(row.getCell(1));
    if (!headerRow && a === CHOOSING_ORDER_HEADER[0] && cellString(row.getCell(2)) === CHOOSING_ORDER_HEADER[1]) headerRow = n;
    else if (!headerRow) facts.set(a, cellString(row.getCell(2)));
  });
  if (!headerRow) throw new Error('不是选房顺序表：找不到“选房顺序”表头');
  const rows: ChoosingOrderSheet['rows'] = [];
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const position = cellString(row.getCell(1));
    if (!/^\d+$/.test(position)) break;
    rows.push({ position: Number(position), caseRef: cellString(row.getCell(2)), sequenceNo: Number(cellString(row.getCell(3))), projectCode: cellString(row.getCell(4)) });
  }
  const fact = (key: keyof typeof CHOOSING_ORDER_LABELS) => facts.get(CHOOSING_ORDER_LABELS[key]) ?? '';
  if (!fact('seed') || !fact('algorithm')) throw new Error('不是选房顺序表：缺少种子或排序算法');
  return {
    round: fact('round'),
    base: fact('base'),
    projects: fact('projects'),
    seed: fact('seed'),
    algorithm: fact('algorithm'),
    description: fact('description'),
    orderHash: fact('orderHash'),
    publishedAt: fact('publishedAt'),
    rows,
  };
}
