import { CASE_STATUS_LABELS, SETTLED_STATUSES, type CaseStatus } from '@app/cases';

/**
 * 移交: the town hands a cleared parcel over to 西虹桥公司 with a handover record (移交单), which the company
 * accepts or returns. Plain rules: what blocks a parcel, who answers a record and how, the project's area.
 */
export const HANDOVER_STATUSES = ['submitted', 'accepted', 'returned'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];
export const HANDOVER_STATUS_LABELS: Record<HandoverStatus, string> = { submitted: '待公司接收', accepted: '已接收', returned: '已退回' };

/** Who creates a handover record (the town) and who answers it (the company; an admin either). */
export const HANDOVER_CREATORS = ['officer', 'admin'] as const;
export const HANDOVER_ANSWERERS = ['company', 'admin'] as const;

/** A case on the parcel as the readiness check sees it. */
export interface ParcelCase {
  caseId: string;
  status: CaseStatus;
  /** The subject in words, e.g. `民房 GJ17-0012 张建国`. */
  subject: string;
  /** An admin excluded it from the handover (with a reason). */
  excludedReason: string | null;
}

export interface HandoverBlocker {
  caseId: string;
  status: CaseStatus;
  statusLabel: string;
  subject: string;
  message: string;
}

export const isSettled = (status: CaseStatus): boolean => SETTLED_STATUSES.includes(status);

/** The cases that hold a parcel back: not settled and not excluded by an admin. */
export function handoverBlockers(cases: readonly ParcelCase[]): HandoverBlocker[] {
  return cases
    .filter((c) => !isSettled(c.status) && c.excludedReason === null)
    .map((c) => ({
      caseId: c.caseId,
      status: c.status,
      statusLabel: CASE_STATUS_LABELS[c.status],
      subject: c.subject,
      message: `${c.subject}：案件${CASE_STATUS_LABELS[c.status]}，尚未结算`,
    }));
}

/** The refusal of a handover of a parcel with blockers, naming them (null when there are none). */
export function blockersMessage(parcelCode: string, blockers: readonly HandoverBlocker[]): string | null {
  if (!blockers.length) return null;
  const named = blockers.slice(0, 5).map((b) => b.message).join('；');
  const more = blockers.length > 5 ? `等 ${blockers.length} 件` : '';
  return `地块 ${parcelCode} 还有 ${blockers.length} 件案件未结算，不能移交：${named}${more}`;
}

/** The cases a handover moves to 已移交: those settled (excluded ones stay where they are). */
export function casesToHandOver(cases: readonly ParcelCase[]): ParcelCase[] {
  return cases.filter((c) => c.status === 'settled');
}

/** Checks a new record's facts: its date not in the future, the area positive and within the parcel's. */
export function handoverInputProblem(input: { handedOverOn: string; area: string }, context: { today: string; parcelArea: string }): string | null {
  if (input.handedOverOn > context.today) return `移交日期 ${input.handedOverOn} 不能晚于今天`;
  const area = toHundredths(input.area);
  if (area <= 0) return '移交面积必须大于 0';
  if (area > toHundredths(context.parcelArea)) return `移交面积 ${input.area} 平方米超过地块面积 ${context.parcelArea} 平方米`;
  return null;
}

export type HandoverAnswer = 'accept' | 'return';

/** Whether a record in `status` may be answered: only one waiting for the company, once. */
export function handoverAnswerProblem(status: HandoverStatus, answer: HandoverAnswer): string | null {
  if (status === 'submitted') return null;
  const verb = answer === 'accept' ? '接收' : '退回';
  return `移交单${HANDOVER_STATUS_LABELS[status]}，不能再${verb}`;
}

/** m² with 2 decimals as integer hundredths (exact sums). */
export function toHundredths(area: string): number {
  const [whole = '0', fraction = ''] = area.trim().replace(/^-/, '').split('.');
  const value = Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
  return area.trim().startsWith('-') ? -value : value;
}

export const fromHundredths = (value: number): string => `${Math.trunc(value / 100)}.${String(Math.abs(value % 100)).padStart(2, '0')}`;

/** A project's handover progress: the area handed over against the total, parcels counted by status. */
export function handoverSummary(parcels: ReadonlyArray<{ area: string; status: string }>): {
  totalArea: string;
  handedOverArea: string;
  percent: number;
  parcelsByStatus: Record<string, number>;
} {
  let total = 0;
  let handed = 0;
  const parcelsByStatus: Record<string, number> = {};
  for (const p of parcels) {
    const area = toHundredths(p.area);
    total += area;
    if (p.status === 'handed_over') handed += area;
    parcelsByStatus[p.status] = (parcelsByStatus[p.status] ?? 0) + 1;
  }
  return { totalArea: fromHundredths(total), handedOverArea: fromHundredths(handed), percent: total ? Math.round((handed / total) * 1000) / 10 : 0, parcelsByStatus };
}
