import { Dec } from '@app/platform';

/**
 * 结算: finance issues a statement (结算单) of vacated, signed cases to 西虹桥公司; the company answers
 * each line. Money is integer fen (`bigint`) throughout; the management fee is the one place rounding
 * happens: half-up (ties away from zero) to the fen, per line.
 */

export const LINE_STATUSES = ['pending', 'confirmed', 'disputed', 'dropped'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];
export const LINE_STATUS_LABELS: Record<LineStatus, string> = { pending: '待确认', confirmed: '已确认', disputed: '有异议', dropped: '已移出' };

export const STATEMENT_STATUSES = ['issued', 'confirmed'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
export const STATEMENT_STATUS_LABELS: Record<StatementStatus, string> = { issued: '待确认', confirmed: '已确认' };

/** A line counts (is live) until finance drops it: only one live line per case. */
export const LIVE_LINE_STATUSES: readonly LineStatus[] = ['pending', 'confirmed', 'disputed'];

export type LineAction = 'confirm' | 'dispute' | 'drop';
const LINE_ACTION_LABELS: Record<LineAction, string> = { confirm: '确认', dispute: '提出异议', drop: '移出结算单' };

/** The line lifecycle as data: who takes each step from where. */
export const LINE_STEPS: ReadonlyArray<{ action: LineAction; from: LineStatus; to: LineStatus; roles: readonly string[] }> = [
  { action: 'confirm', from: 'pending', to: 'confirmed', roles: ['company', 'admin'] },
  { action: 'dispute', from: 'pending', to: 'disputed', roles: ['company', 'admin'] },
  { action: 'drop', from: 'disputed', to: 'dropped', roles: ['finance', 'admin'] },
];

export type LineStepCheck = { ok: true; to: LineStatus } | { ok: false; status: 403 | 422; message: string };

/** The one check every line answer goes through. */
export function checkLineStep(from: LineStatus, action: LineAction, roles: readonly string[], reason?: string | null): LineStepCheck {
  const step = LINE_STEPS.find((s) => s.action === action);
  if (!step) return { ok: false, status: 422, message: `未知的操作：${action}` };
  if (!step.roles.some((r) => roles.includes(r))) {
    return { ok: false, status: 403, message: action === 'drop' ? '只有财务人员可以将结算行移出结算单' : '只有西虹桥公司可以确认结算行或提出异议' };
  }
  if (step.from !== from) return { ok: false, status: 422, message: `结算行${LINE_STATUS_LABELS[from]}，不能${LINE_ACTION_LABELS[action]}` };
  if (action === 'dispute' && !reason?.trim()) return { ok: false, status: 422, message: '提出异议必须填写原因' };
  return { ok: true, to: step.to };
}

/** 管理费 of a line: `ratePercent` % of the agreed amount, half-up to the fen (none when the project sets no rate). */
export function managementFee(agreedFen: bigint, ratePercent: string | null): bigint {
  if (ratePercent === null) return 0n;
  return BigInt(new Dec(agreedFen.toString()).times(ratePercent).dividedBy(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0));
}

/** A line's amounts: what the company owes for the case is the agreed amount plus the fee (what was paid is shown beside it). */
export function lineAmounts(agreedFen: bigint, ratePercent: string | null): { feeFen: bigint; totalFen: bigint } {
  const feeFen = managementFee(agreedFen, ratePercent);
  return { feeFen, totalFen: agreedFen + feeFen };
}

/** The statement number: JS-<project>-<seq>, the sequence three digits at least (JS-GJ17-001). */
export function statementNumber(projectCode: string, seq: number): string {
  return `JS-${projectCode}-${String(seq).padStart(3, '0')}`;
}

/** A statement is confirmed when it has live lines and every one of them is confirmed. */
export function statementStatus(lines: ReadonlyArray<{ status: LineStatus }>): StatementStatus {
  const live = lines.filter((l) => LIVE_LINE_STATUSES.includes(l.status));
  return live.length > 0 && live.every((l) => l.status === 'confirmed') ? 'confirmed' : 'issued';
}

/** A receipt may not take what was received against a statement beyond its total. */
export function checkReceipt(totalFen: bigint, receivedFen: bigint, amountFen: bigint): { ok: true } | { ok: false; message: string } {
  if (amountFen <= 0n) return { ok: false, message: '到账金额必须大于 0' };
  if (receivedFen + amountFen > totalFen) {
    return { ok: false, message: `到账金额超出结算单未到账余额 ${yuan(totalFen - receivedFen)} 元（结算单合计 ${yuan(totalFen)} 元，已到账 ${yuan(receivedFen)} 元）` };
  }
  return { ok: true };
}

/** Finance may drop a disputed line only when what was received still fits in the statement without it. */
export function checkDrop(totalFen: bigint, lineTotalFen: bigint, receivedFen: bigint): { ok: true } | { ok: false; message: string } {
  if (receivedFen > totalFen - lineTotalFen) return { ok: false, message: `该结算单已到账 ${yuan(receivedFen)} 元，移出该行后合计将少于已到账金额，不能移出` };
  return { ok: true };
}

/** A case is settled when its line is confirmed, its agreement paid in full and the line covered by receipts. */
export function readyToSettle(line: { status: LineStatus; totalFen: bigint; allocatedFen: bigint }, agreement: { signed: boolean; agreedFen: bigint; paidFen: bigint }): boolean {
  return line.status === 'confirmed' && agreement.signed && agreement.paidFen === agreement.agreedFen && line.allocatedFen >= line.totalFen;
}

/** 预算 / 送审 / 审定 and their differences (each null when one side is missing). */
export function figureDifferences(f: { budgetFen: bigint | null; submittedFen: bigint; auditedFen: bigint | null }) {
  return {
    submittedLessBudgetFen: f.budgetFen === null ? null : f.submittedFen - f.budgetFen,
    auditedLessSubmittedFen: f.auditedFen === null ? null : f.auditedFen - f.submittedFen,
    auditedLessBudgetFen: f.auditedFen === null || f.budgetFen === null ? null : f.auditedFen - f.budgetFen,
  };
}

function yuan(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}
