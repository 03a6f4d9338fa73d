import ExcelJS from 'exceljs';
import { toChineseCapital, yuanText } from '@app/compensation';
import type { ReconciliationExport, StatementExport } from '@app/company';
import { looksLikeFormula, QUOTED } from '../domain/formula-text.js';
import { MONEY_FORMAT } from './domain/ledger-column.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const money = (fen: bigint): number => Number(yuanText(fen));
type Cell = string | number | null;

/** One sheet written row by row with the streaming writer (text never becomes a formula). */
export class SheetWriter {
  private next = 1;

  constructor(private readonly sheet: ExcelJS.Worksheet, widths: number[], private readonly moneyColumns: ReadonlySet<number>) {
    sheet.columns = widths.map((width) => ({ width }));
  }

  row(cells: Cell[], options: { bold?: boolean; header?: boolean; size?: number; merge?: number } = {}): void {
    const row = this.sheet.getRow(this.next);
    cells.forEach((value, i) => {
      if (value === null) return;
      const cell = row.getCell(i + 1);
      cell.value = value;
      if (typeof value === 'number' && this.moneyColumns.has(i)) cell.numFmt = MONEY_FORMAT;
      if (typeof value === 'number') cell.alignment = { horizontal: 'right' };
      if (typeof value === 'string' && looksLikeFormula(value)) cell.style = { ...QUOTED };
      if (options.header) cell.fill = HEADER_FILL;
    });
    if (options.bold || options.header || options.size) row.font = { bold: options.bold || options.header, ...(options.size ? { size: options.size } : {}) };
    if (options.merge) this.sheet.mergeCells(this.next, 1, this.next, options.merge);
    row.commit();
    this.next += 1;
  }

  blank(): void {
    this.next += 1;
  }

  finish(watermark: string): void {
    const footer = this.sheet.getRow(this.next++);
    footer.getCell(1).value = watermark;
    footer.font = { italic: true, color: { argb: 'FF808080' } };
    footer.commit();
    this.sheet.headerFooter = { oddFooter: `&L${watermark.replace(/&/g, '&&')}&R第 &P 页，共 &N 页` };
    this.sheet.commit();
  }
}

export const openStreamingWorkbook = (path: string) => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = '徐泾镇动迁安置案件管理系统';
  return workbook;
};

/** 结算单 as the company receives it: header, one row per line, totals, the total in 大写, signature lines. */
export async function writeStatementWorkbook(path: string, s: StatementExport, watermark: string): Promise<number> {
  const workbook = openStreamingWorkbook(path);
  const w = new SheetWriter(workbook.addWorksheet('结算单', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }), [6, 16, 22, 16, 16, 14, 16, 10, 28], new Set([3, 4, 5, 6]));
  w.row([`征收补偿结算单（${s.number}）`], { bold: true, size: 16, merge: 9 });
  w.row([`项目：${s.projectCode} ${s.projectName}`, null, null, null, null, null, `出具日期：${s.issuedOn}`], { merge: 6 });
  w.row([`甲方：徐泾镇动迁办\u3000\u3000乙方：西虹桥公司\u3000\u3000管理费率：${s.managementFeeRate === null ? '不收取' : `${Number(s.managementFeeRate)}%`}\u3000\u3000状态：${s.statusLabel}`], { merge: 9 });
  w.row(['行号', '征收对象编号', '被征收人', '协议金额（元）', '已支付（元）', '管理费（元）', '合计（元）', '确认情况', '异议原因'], { header: true });
  const live = s.lines.filter((l) => l.live);
  for (const l of s.lines) {
    w.row([l.position, l.subjectCode, l.party, money(l.agreedFen), money(l.paidFen), money(l.feeFen), money(l.totalFen), l.statusLabel, l.disputeReason]);
  }
  const sum = (of: (l: (typeof live)[number]) => bigint) => live.reduce((t, l) => t + of(l), 0n);
  w.row(['合计', `${live.length} 件`, null, money(sum((l) => l.agreedFen)), money(sum((l) => l.paidFen)), money(sum((l) => l.feeFen)), money(s.totalFen), null, '已移出的行不计入合计'], { bold: true });
  w.row([`合计金额（大写）：${toChineseCapital(s.totalFen)}\u3000\u3000（小写）¥${yuanText(s.totalFen)}\u3000\u3000已到账：¥${yuanText(s.receivedFen)}`], { bold: true, merge: 9 });
  w.blank();
  w.row(['甲方（盖章）：徐泾镇动迁办', null, null, null, null, '乙方（盖章）：西虹桥公司'], { merge: 5 });
  w.row(['经办人：', null, null, null, null, '经办人：']);
  w.row(['日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日', null, null, null, null, '日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日']);
  w.blank();
  w.finish(watermark);
  await workbook.commit();
  return s.lines.length;
}

/** 三账对账表: the three ledgers with their differences, and every discrepancy naming its case. */
export async function writeReconciliationWorkbook(path: string, r: ReconciliationExport, watermark: string): Promise<number> {
  const workbook = openStreamingWorkbook(path);
  const t = r.totals;
  const ledgers = new SheetWriter(workbook.addWorksheet('三账对账'), [28, 20, 40], new Set([1]));
  ledgers.row([`三账对账表（${r.projectCode} ${r.projectName}）`], { bold: true, size: 14, merge: 3 });
  ledgers.row(['账目', '金额（元）', '说明'], { header: true });
  ledgers.row(['协议金额（应付被征收人）', money(t.agreedFen), '已签约补偿协议的应付金额']);
  ledgers.row(['已支付（实付被征收人）', money(t.disbursedFen), '支付减冲正']);
  ledgers.row(['已到账（西虹桥公司拨付）', money(t.receivedFen), '登记的到账']);
  ledgers.row(['其中已分配到结算行', money(t.allocatedFen), '按行序分配给已确认的结算行']);
  ledgers.row(['结算单合计（送审）', money(t.statementTotalFen), '各结算单合计之和']);
  ledgers.row(['协议 − 支付', money(t.agreedFen - t.disbursedFen), null], { bold: true });
  ledgers.row(['支付 − 到账', money(t.disbursedFen - t.receivedFen), null], { bold: true });
  ledgers.row(['差异条数', r.discrepancies.length, r.discrepancies.length ? '见“差异清单”' : '三账相符']);
  ledgers.finish(watermark);
  const list = new SheetWriter(workbook.addWorksheet('差异清单', { views: [{ state: 'frozen', ySplit: 1 }] }), [22, 16, 24, 16, 16], new Set([4]));
  list.row(['差异类型', '征收对象编号', '被征收人', '结算单号', '涉及金额（元）'], { header: true });
  for (const d of r.discrepancies) list.row([d.kindLabel, d.subjectCode, d.party, d.statementNumber, money(d.amountFen)]);
  list.finish(watermark);
  await workbook.commit();
  return r.discrepancies.length;
}
