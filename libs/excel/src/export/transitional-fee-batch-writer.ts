import ExcelJS from 'exceljs';
import type { BatchLine } from '@app/resettlement';
import type { TransitionalFeeBatch } from '@app/resettlement';
import { QUOTED, looksLikeFormula } from '../domain/formula-text.js';

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const MONEY = '#,##0.00';

function text(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  if (looksLikeFormula(value)) cell.style = { ...cell.style, ...QUOTED };
}

/** Fen → a yuan number for a money cell (exact: amounts stay far below 2^53 fen). */
const yuan = (fen: bigint): number => Number(fen) / 100;

/**
 * 过渡费支付清单: the batch's households with their payee (户主), masked 身份证号 (households record no bank account),
 * the months and the amount, the total, and the signature lines of whoever prepares and approves the payment.
 */
export async function writeFeeBatchList(path: string, batch: TransitionalFeeBatch, lines: ReadonlyArray<BatchLine & { idNumberMasked: string }>, watermark: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '徐泾镇动迁安置案件管理系统';
  const sheet = workbook.addWorksheet('过渡费支付清单', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 7 }, { width: 16 }, { width: 14 }, { width: 22 }, { width: 22 }, { width: 8 }, { width: 16 }, { width: 12 }];
  const title = sheet.addRow([`过渡费支付清单 ${batch.number}`]);
  sheet.mergeCells(title.number, 1, title.number, 8);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  const facts = sheet.addRow([]);
  text(facts.getCell(1), `截至 ${batch.throughMonth.slice(0, 7)}\u3000共 ${lines.length} 户\u3000状态：${batch.status === 'paid' ? `已于 ${batch.paidOn} 支付` : '待支付'}`);
  sheet.mergeCells(facts.number, 1, facts.number, 8);
  const heading = sheet.addRow(['序号', '征收对象编号', '收款人（户主）', '身份证号（脱敏）', '过渡月份', '月数', '金额（元）', '是否已付']);
  heading.font = { bold: true };
  heading.eachCell((cell) => {
    cell.border = THIN;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  let total = 0n;
  lines.forEach((l, i) => {
    const row = sheet.addRow([i + 1]);
    text(row.getCell(2), l.subjectCode);
    text(row.getCell(3), l.party);
    text(row.getCell(4), l.idNumberMasked);
    text(row.getCell(5), `${l.firstMonth.slice(0, 7)} 至 ${l.lastMonth.slice(0, 7)}`);
    row.getCell(6).value = l.months;
    row.getCell(7).value = yuan(l.amountFen);
    row.getCell(7).numFmt = MONEY;
    text(row.getCell(8), l.paymentId ? '已付' : '未付');
    for (let n = 1; n <= 8; n++) row.getCell(n).border = THIN;
    total += l.amountFen;
  });
  const sum = sheet.addRow(['合计']);
  sheet.mergeCells(sum.number, 1, sum.number, 6);
  sum.getCell(7).value = yuan(total);
  sum.getCell(7).numFmt = MONEY;
  sum.font = { bold: true };
  for (let n = 1; n <= 8; n++) sum.getCell(n).border = THIN;
  sheet.addRow([]);
  const sign = sheet.addRow([]);
  text(sign.getCell(2), '制表：____________');
  text(sign.getCell(4), '审核：____________');
  text(sign.getCell(7), '日期：______年____月____日');
  sheet.addRow([]);
  const footer = sheet.addRow([watermark]);
  footer.font = { italic: true, color: { argb: 'FF808080' } };
  sheet.headerFooter = { oddFooter: `&L${watermark.replace(/&/g, '&&')}&R第 &P 页，共 &N 页` };
  await workbook.xlsx.writeFile(path);
}
