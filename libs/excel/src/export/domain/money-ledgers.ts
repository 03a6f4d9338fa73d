import {
  AGREEMENT_METHOD_LABELS,
  formatYuan,
  PAYMENT_KIND_LABELS,
  PAYMENT_METHOD_LABELS,
  yuanText,
  type AgreementLedgerRow,
  type DisclosureRow,
  type PaymentLedgerRow,
  type RecalculationDiffRow,
} from '@app/compensation';
import { AREA_FORMAT, MONEY_FORMAT, numberOrNull, type LedgerColumn } from './ledger-column.js';

/** Fen as the number a `#,##0.00` cell shows (summed in fen first, so a total is exact before it becomes a cell). */
const money = (fen: bigint | null): number | null => (fen === null ? null : numberOrNull(yuanText(fen)));

/** A ledger row or the 合计 row under it (only the amounts filled). */
export type Totalled<R> = { row: R } | { total: Record<string, bigint> };
const amount = <R>(r: Totalled<R>, field: string, of: (row: R) => bigint): number | null =>
  money('row' in r ? of(r.row) : (r.total[field] ?? 0n));
const text = <R>(r: Totalled<R>, of: (row: R) => string | number | null, totalLabel: string | null = null): string | number | null =>
  'row' in r ? of(r.row) : totalLabel;

/** 签约台账 columns: one signed agreement a row, amounts `#,##0.00`. */
export const AGREEMENT_LEDGER_COLUMNS: readonly LedgerColumn<Totalled<AgreementLedgerRow>>[] = [
  { header: '项目编号', width: 10, value: (r) => text(r, (a) => a.projectCode, '合计') },
  { header: '补偿方式', width: 10, value: (r) => text(r, (a) => AGREEMENT_METHOD_LABELS[a.method]) },
  { header: '签约顺序号', width: 10, numFmt: '0', value: (r) => text(r, (a) => a.sequenceNo) },
  { header: '征收对象编号', width: 14, value: (r) => text(r, (a) => a.subjectCode) },
  { header: '被征收人', width: 24, value: (r) => text(r, (a) => a.party) },
  { header: '签约日期', width: 12, value: (r) => text(r, (a) => a.signedOn) },
  { header: '补偿总额（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => amount(r, 'compensation', (a) => a.compensationFen) },
  { header: '应付金额（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => amount(r, 'agreed', (a) => a.agreedFen) },
  { header: '已付（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => amount(r, 'paid', (a) => a.paidFen) },
  { header: '未付（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => amount(r, 'balance', (a) => a.agreedFen - a.paidFen) },
];

export function agreementLedgerTotal(rows: readonly AgreementLedgerRow[]): Totalled<AgreementLedgerRow> {
  const sum = (of: (a: AgreementLedgerRow) => bigint) => rows.reduce((s, a) => s + of(a), 0n);
  return {
    total: {
      compensation: sum((a) => a.compensationFen),
      agreed: sum((a) => a.agreedFen),
      paid: sum((a) => a.paidFen),
      balance: sum((a) => a.agreedFen - a.paidFen),
    },
  };
}

/** 支付台账 columns: one payment or reversal a row (a reversal negative), amounts `#,##0.00`. */
export const PAYMENT_LEDGER_COLUMNS: readonly LedgerColumn<Totalled<PaymentLedgerRow>>[] = [
  { header: '项目编号', width: 10, value: (r) => text(r, (p) => p.projectCode, '合计') },
  { header: '支付日期', width: 12, value: (r) => text(r, (p) => p.paidOn) },
  { header: '类型', width: 8, value: (r) => text(r, (p) => PAYMENT_KIND_LABELS[p.kind]) },
  { header: '征收对象编号', width: 14, value: (r) => text(r, (p) => p.subjectCode) },
  { header: '被征收人', width: 24, value: (r) => text(r, (p) => p.party) },
  { header: '签约顺序号', width: 10, numFmt: '0', value: (r) => text(r, (p) => p.sequenceNo) },
  { header: '支付方式', width: 10, value: (r) => text(r, (p) => PAYMENT_METHOD_LABELS[p.method]) },
  { header: '银行流水号', width: 20, value: (r) => text(r, (p) => p.bankReference) },
  { header: '金额（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => amount(r, 'amount', (p) => p.signedFen) },
  { header: '冲正原因', width: 24, value: (r) => text(r, (p) => p.reason) },
];

export function paymentLedgerTotal(rows: readonly PaymentLedgerRow[]): Totalled<PaymentLedgerRow> {
  return { total: { amount: rows.reduce((s, p) => s + p.signedFen, 0n) } };
}

const signedYuan = (fen: bigint): string => (fen > 0n ? `+${formatYuan(fen)}` : formatYuan(fen));
const sideText = (fen: string | null): string => (fen === null ? '无' : formatYuan(BigInt(fen)));

/** The changed lines of a preview row in words: `设备迁移费 3,000.00→4,000.00（+1,000.00）；…`. */
export function changedLinesText(changes: RecalculationDiffRow['changes']): string {
  return changes
    .map((c) => `${c.name} ${sideText(c.oldAmountFen)}→${sideText(c.newAmountFen)}（${signedYuan(BigInt(c.differenceFen))}）`)
    .join('；');
}

/** 重新测算差异表 columns: one case of the preview a row, amounts `#,##0.00`. */
export const RECALCULATION_DIFF_COLUMNS: readonly LedgerColumn<Totalled<RecalculationDiffRow>>[] = [
  { header: '项目编号', width: 10, value: (r) => text(r, (d) => d.projectCode, '合计') },
  { header: '征收对象编号', width: 14, value: (r) => text(r, (d) => d.subjectCode) },
  { header: '被征收人', width: 24, value: (r) => text(r, (d) => d.party) },
  { header: '原合计（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => amount(r, 'old', (d) => d.oldTotalFen) },
  {
    header: '新合计（元）',
    width: 16,
    numFmt: MONEY_FORMAT,
    value: (r) => ('row' in r ? money(r.row.newTotalFen) : money(r.total.new ?? 0n)),
  },
  {
    header: '差额（元）',
    width: 16,
    numFmt: MONEY_FORMAT,
    value: (r) => ('row' in r ? money(r.row.differenceFen) : money(r.total.difference ?? 0n)),
  },
  { header: '变化的项目', width: 60, value: (r) => text(r, (d) => changedLinesText(d.changes)) },
  { header: '无法测算原因', width: 30, value: (r) => text(r, (d) => d.problem) },
];

/** The 合计 of the calculable rows (a row that could not be recalculated counts in none of the sums). */
export function recalculationDiffTotal(rows: readonly RecalculationDiffRow[]): Totalled<RecalculationDiffRow> {
  const ok = rows.filter((d) => d.newTotalFen !== null);
  const sum = (of: (d: RecalculationDiffRow) => bigint) => ok.reduce((s, d) => s + of(d), 0n);
  return { total: { old: sum((d) => d.oldTotalFen), new: sum((d) => d.newTotalFen!), difference: sum((d) => d.differenceFen!) } };
}

/** Two 合计 rows' sums added field by field (a ledger's total summed page by page stays exact in fen). */
export function sumTotals(a: Readonly<Record<string, bigint>>, b: Readonly<Record<string, bigint>>): Record<string, bigint> {
  const sum: Record<string, bigint> = { ...a };
  for (const [field, fen] of Object.entries(b)) sum[field] = (sum[field] ?? 0n) + fen;
  return sum;
}

export const asLedgerRows = <R>(rows: readonly R[]): Array<Totalled<R>> => rows.map((row) => ({ row }));

/** 阳光征收公示表 columns: what may be posted publicly of a signed household agreement, and nothing else. */
export const DISCLOSURE_COLUMNS: readonly LedgerColumn<Totalled<DisclosureRow>>[] = [
  { header: '项目编号', width: 10, value: (r) => text(r, (d) => d.projectCode, '合计') },
  { header: '户编号', width: 14, value: (r) => text(r, (d) => d.subjectCode) },
  { header: '村', width: 12, value: (r) => text(r, (d) => d.village) },
  { header: '户主', width: 10, value: (r) => text(r, (d) => d.maskedHead) },
  { header: '合法面积（㎡）', width: 14, numFmt: AREA_FORMAT, value: (r) => ('row' in r ? numberOrNull(r.row.licensedArea) : null) },
  { header: '无证面积（㎡）', width: 14, numFmt: AREA_FORMAT, value: (r) => ('row' in r ? numberOrNull(r.row.unlicensedArea) : null) },
  { header: '宅基地面积（㎡）', width: 16, numFmt: AREA_FORMAT, value: (r) => ('row' in r ? numberOrNull(r.row.homesteadArea) : null) },
  { header: '补偿总额（元）', width: 16, numFmt: MONEY_FORMAT, value: (r) => amount(r, 'compensation', (d) => d.compensationFen) },
  { header: '签约日期', width: 12, value: (r) => text(r, (d) => d.signedOn) },
];

export function disclosureTotal(rows: readonly DisclosureRow[]): Totalled<DisclosureRow> {
  return { total: { compensation: rows.reduce((s, d) => s + d.compensationFen, 0n) } };
}
