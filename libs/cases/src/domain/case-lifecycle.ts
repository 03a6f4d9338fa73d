/**
 * The case lifecycle as data (Vendure's `Transitions<State>`): every status change is checked
 * against this table by `checkTransition` and nowhere else.
 */
export const CASE_STATUSES = ['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  surveying: '摸底中',
  surveyed: '已摸底',
  confirmed: '已确认',
  signed: '已签约',
  vacated: '已腾地',
  settled: '已结算',
  handed_over: '已移交',
};

/** Resettlement track of property-swap households. */
export const RESETTLEMENT_STATUSES = ['none', 'transitional', 'resettled'] as const;
export type ResettlementStatus = (typeof RESETTLEMENT_STATUSES)[number];
export const RESETTLEMENT_STATUS_LABELS: Record<ResettlementStatus, string> = { none: '无', transitional: '过渡中', resettled: '已安置' };

/** The four kinds of 征收对象 a case can belong to. */
export const SUBJECT_TYPES = ['household', 'enterprise', 'facility', 'legacy_base'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = { household: '民房', enterprise: '企业', facility: '市政设施', legacy_base: '遗留基地' };

import type { Role } from '@app/platform';
export type { Role };
export type TransitionKind = 'forward' | 'reversal';

/** Preconditions checked against facts the caller supplies. */
export type TransitionGuard = 'surveyComplete' | 'parcelHandedOver';

export interface TransitionRule {
  from: CaseStatus;
  to: CaseStatus;
  kind: TransitionKind;
  /** Who may take the step (enforced once identity exists). */
  roles: readonly Role[];
  /** A reason is required (every reversal needs one). */
  reasonRequired: boolean;
  guards: readonly TransitionGuard[];
  /** What the step means, in Chinese, for buttons and the timeline. */
  label: string;
}

const forward = (from: CaseStatus, to: CaseStatus, roles: Role[], label: string, guards: TransitionGuard[] = []): TransitionRule => ({
  from, to, kind: 'forward', roles, reasonRequired: false, guards, label,
});
const reversal = (from: CaseStatus, to: CaseStatus, roles: Role[], label: string): TransitionRule => ({
  from, to, kind: 'reversal', roles, reasonRequired: true, guards: [], label,
});

export const CASE_TRANSITIONS: readonly TransitionRule[] = [
  forward('surveying', 'surveyed', ['officer', 'admin'], '完成摸底', ['surveyComplete']),
  forward('surveyed', 'confirmed', ['company', 'admin'], '公司确认'),
  forward('confirmed', 'signed', ['officer', 'admin'], '签订协议'),
  forward('signed', 'vacated', ['officer', 'admin'], '完成腾地'),
  forward('vacated', 'settled', ['finance', 'admin'], '完成结算'),
  forward('settled', 'handed_over', ['company', 'admin'], '完成移交', ['parcelHandedOver']),
  reversal('surveyed', 'surveying', ['officer', 'admin'], '退回摸底'),
  reversal('confirmed', 'surveyed', ['officer', 'company', 'admin'], '撤销确认'),
  reversal('signed', 'confirmed', ['officer', 'admin'], '撤销签约'),
  reversal('vacated', 'signed', ['officer', 'admin'], '撤销腾地'),
  reversal('settled', 'vacated', ['finance', 'admin'], '撤销结算'),
  reversal('handed_over', 'settled', ['admin'], '撤销移交'),
];

export interface TransitionFacts {
  /** Required survey facts that are still missing (Chinese field names). */
  missingSurveyFacts?: string[];
  /** Whether the parcel holding the case has been handed over. */
  parcelHandedOver?: boolean;
}

export type TransitionCheck =
  | { ok: true; rule: TransitionRule }
  | { ok: false; code: 'unknown_status' | 'same_status' | 'not_allowed' | 'reason_required' | 'role_forbidden' | 'guard_failed'; message: string };

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

/** The steps a case in `from` may take (optionally only those `roles` may take). */
export function nextSteps(from: CaseStatus, roles?: readonly Role[]): TransitionRule[] {
  return CASE_TRANSITIONS.filter((r) => r.from === from && (!roles || r.roles.some((role) => roles.includes(role))));
}

/** The single check every case status change goes through. */
export function checkTransition(
  from: CaseStatus,
  to: string,
  input: { reason?: string | null; roles?: readonly Role[]; facts?: TransitionFacts } = {},
): TransitionCheck {
  if (!isCaseStatus(to)) return { ok: false, code: 'unknown_status', message: `未知的案件状态：${to}` };
  if (from === to) return { ok: false, code: 'same_status', message: `案件已处于“${CASE_STATUS_LABELS[to]}”状态` };
  const rule = CASE_TRANSITIONS.find((r) => r.from === from && r.to === to);
  if (!rule) {
    return { ok: false, code: 'not_allowed', message: `案件不能从“${CASE_STATUS_LABELS[from]}”变更为“${CASE_STATUS_LABELS[to]}”` };
  }
  // The role first: never ask for a reason for a step the user may not take anyway.
  if (input.roles && !rule.roles.some((role) => input.roles!.includes(role))) {
    return { ok: false, code: 'role_forbidden', message: `当前角色不能执行“${rule.label}”` };
  }
  if (rule.reasonRequired && !input.reason?.trim()) {
    return { ok: false, code: 'reason_required', message: `“${rule.label}”必须填写原因` };
  }
  for (const guard of rule.guards) {
    if (guard === 'surveyComplete' && input.facts?.missingSurveyFacts?.length) {
      return { ok: false, code: 'guard_failed', message: `摸底信息不完整，缺少：${input.facts.missingSurveyFacts.join('、')}` };
    }
    if (guard === 'parcelHandedOver' && !input.facts?.parcelHandedOver) {
      return { ok: false, code: 'guard_failed', message: '所在地块尚未移交，案件不能标记为已移交' };
    }
  }
  return { ok: true, rule };
}

/** Whether survey facts may still be edited in `status` (from `signed` on they change only through the case). */
export function surveyFactsEditable(status: CaseStatus): boolean {
  return status === 'surveying' || status === 'surveyed' || status === 'confirmed';
}
