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

/**
 * Preconditions of a step. The library that owns the facts registers a check for each (the cases
 * library's `CaseGuardRegistry`); a guard whose check is not registered refuses the step.
 */
export const TRANSITION_GUARDS = ['surveyComplete', 'parcelHandedOver'] as const;
export type TransitionGuard = (typeof TRANSITION_GUARDS)[number];
export const TRANSITION_GUARD_LABELS: Record<TransitionGuard, string> = { surveyComplete: '摸底信息完整', parcelHandedOver: '所在地块已移交' };

/** The record whose own lifecycle causes a step (e.g. `{ record: 'agreement', label: '补偿协议' }`). */
export interface TransitionCause {
  record: string;
  /** The record's name in Chinese, named when the plain transition route refuses the step. */
  label: string;
}

export interface TransitionRule {
  from: CaseStatus;
  to: CaseStatus;
  kind: TransitionKind;
  /** Who may take the step (enforced once identity exists). */
  roles: readonly Role[];
  /** A reason is required (every reversal needs one). */
  reasonRequired: boolean;
  guards: readonly TransitionGuard[];
  /** Set when only that record may cause the step: the plain transition route then refuses it. */
  causedBy?: TransitionCause;
  /** What the step means, in Chinese, for buttons and the timeline. */
  label: string;
}

const forward = (from: CaseStatus, to: CaseStatus, roles: Role[], label: string, guards: TransitionGuard[] = [], causedBy?: TransitionCause): TransitionRule => ({
  from, to, kind: 'forward', roles, reasonRequired: false, guards, label, ...(causedBy ? { causedBy } : {}),
});
const reversal = (from: CaseStatus, to: CaseStatus, roles: Role[], label: string, causedBy?: TransitionCause): TransitionRule => ({
  from, to, kind: 'reversal', roles, reasonRequired: true, guards: [], label, ...(causedBy ? { causedBy } : {}),
});

/** Signing and its reversal happen only through the agreement (签订 / 作废 a 补偿协议, libs/compensation). */
export const AGREEMENT_CAUSE: TransitionCause = { record: 'agreement', label: '补偿协议' };
/** Handing a case over happens only through the 移交单 the company accepts (libs/company); its reversal stays a plain admin step. */
export const HANDOVER_CAUSE: TransitionCause = { record: 'handover', label: '移交单' };
/** The company confirms a surveyed case only by answering a line of a confirmation batch (确认批次, libs/company). */
export const CONFIRMATION_CAUSE: TransitionCause = { record: 'confirmation', label: '确认批次' };
/** Settling happens only through a 结算单 (a confirmed line, paid in full and covered by receipts; libs/company). */
export const SETTLEMENT_CAUSE: TransitionCause = { record: 'settlement', label: '结算单' };

export const CASE_TRANSITIONS: readonly TransitionRule[] = [
  forward('surveying', 'surveyed', ['officer', 'admin'], '完成摸底', ['surveyComplete']),
  forward('surveyed', 'confirmed', ['company', 'admin'], '公司确认', [], CONFIRMATION_CAUSE),
  forward('confirmed', 'signed', ['officer', 'admin'], '签订协议', [], AGREEMENT_CAUSE),
  forward('signed', 'vacated', ['officer', 'admin'], '完成腾地'),
  // The company's confirmation of the last line may complete it, as may finance's payment or receipt.
  forward('vacated', 'settled', ['finance', 'company', 'admin'], '完成结算', [], SETTLEMENT_CAUSE),
  forward('settled', 'handed_over', ['company', 'admin'], '完成移交', ['parcelHandedOver'], HANDOVER_CAUSE),
  reversal('surveyed', 'surveying', ['officer', 'admin'], '退回摸底'),
  reversal('confirmed', 'surveyed', ['officer', 'company', 'admin'], '撤销确认'),
  reversal('signed', 'confirmed', ['officer', 'admin'], '撤销签约', AGREEMENT_CAUSE),
  reversal('vacated', 'signed', ['officer', 'admin'], '撤销腾地'),
  reversal('settled', 'vacated', ['finance', 'admin'], '撤销结算'),
  reversal('handed_over', 'settled', ['admin'], '撤销移交'),
];

/** What each guard's registered check answered: null passes, a Chinese message refuses. A guard left out has no check. */
export type GuardAnswers = Partial<Record<TransitionGuard, string | null>>;

export interface TransitionInput {
  reason?: string | null;
  /** The roles of the person taking the step; omitted for a step the system takes (e.g. a voided confirmation). */
  roles?: readonly Role[];
  guards?: GuardAnswers;
  /** The record causing the step, when a record's own lifecycle moves the case. */
  record?: string;
}

export type TransitionRefusal =
  | 'unknown_status'
  | 'same_status'
  | 'not_allowed'
  | 'reason_required'
  | 'role_forbidden'
  | 'record_required'
  | 'guard_failed';

export type TransitionCheck = { ok: true; rule: TransitionRule } | { ok: false; code: TransitionRefusal; message: string };

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

/** The steps a case in `from` may take (optionally only those `roles` may take). */
export function nextSteps(from: CaseStatus, roles?: readonly Role[], table: readonly TransitionRule[] = CASE_TRANSITIONS): TransitionRule[] {
  return table.filter((r) => r.from === from && (!roles || r.roles.some((role) => roles.includes(role))));
}

/** The rule for `from → to`, if the table has one. */
export function findTransition(from: CaseStatus, to: string, table: readonly TransitionRule[] = CASE_TRANSITIONS): TransitionRule | undefined {
  return table.find((r) => r.from === from && r.to === to);
}

/** The refusal of the 完成摸底 guard for the survey facts still missing (Chinese field names), or null when none is. */
export function surveyIncomplete(missing: readonly string[]): string | null {
  return missing.length ? `摸底信息不完整，缺少：${missing.join('、')}` : null;
}

/** Why a guard refuses: its check's message, or — when no library registered a check — that it cannot be checked. */
function guardRefusal(rule: TransitionRule, guards: GuardAnswers | undefined): string | null {
  for (const guard of rule.guards) {
    const answer = guards?.[guard];
    if (answer === undefined) return `无法核验“${TRANSITION_GUARD_LABELS[guard]}”，不能执行“${rule.label}”`;
    if (answer !== null) return answer;
  }
  return null;
}

/** The single check every case status change goes through. */
export function checkTransition(
  from: CaseStatus,
  to: string,
  input: TransitionInput = {},
  table: readonly TransitionRule[] = CASE_TRANSITIONS,
): TransitionCheck {
  if (!isCaseStatus(to)) return { ok: false, code: 'unknown_status', message: `未知的案件状态：${to}` };
  if (from === to) return { ok: false, code: 'same_status', message: `案件已处于“${CASE_STATUS_LABELS[to]}”状态` };
  const rule = findTransition(from, to, table);
  if (!rule) {
    return { ok: false, code: 'not_allowed', message: `案件不能从“${CASE_STATUS_LABELS[from]}”变更为“${CASE_STATUS_LABELS[to]}”` };
  }
  // The role first: never ask for a reason for a step the user may not take anyway.
  if (input.roles && !rule.roles.some((role) => input.roles!.includes(role))) {
    return { ok: false, code: 'role_forbidden', message: `当前角色不能执行“${rule.label}”` };
  }
  if (rule.causedBy && input.record !== rule.causedBy.record) {
    return { ok: false, code: 'record_required', message: `“${rule.label}”须通过${rule.causedBy.label}办理，不能直接变更案件状态` };
  }
  if (rule.reasonRequired && !input.reason?.trim()) {
    return { ok: false, code: 'reason_required', message: `“${rule.label}”必须填写原因` };
  }
  const refusal = guardRefusal(rule, input.guards);
  if (refusal) return { ok: false, code: 'guard_failed', message: refusal };
  return { ok: true, rule };
}

/** The status every case opens in. */
export const OPENING_STATUS: CaseStatus = 'surveying';

/** The forward steps from the opening status to `status` (none for the opening status itself). */
export function forwardPath(status: CaseStatus, table: readonly TransitionRule[] = CASE_TRANSITIONS): TransitionRule[] {
  const path: TransitionRule[] = [];
  let at = OPENING_STATUS;
  while (at !== status) {
    const step = table.find((r) => r.from === at && r.kind === 'forward');
    if (!step) throw new Error(`no forward path from ${OPENING_STATUS} to ${status}`);
    path.push(step);
    at = step.to;
  }
  return path;
}

/** The statuses from `status` on along the forward steps, `status` included. */
export function statusesFrom(status: CaseStatus, table: readonly TransitionRule[] = CASE_TRANSITIONS): CaseStatus[] {
  const statuses = [status];
  for (let step = table.find((r) => r.from === status && r.kind === 'forward'); step; step = table.find((r) => r.from === step!.to && r.kind === 'forward')) {
    statuses.push(step.to);
  }
  return statuses;
}

/**
 * Whether a case may be opened directly in `status` (建档 of a case already that far, e.g. a survey
 * complete on arrival): as if it had taken every forward step from the opening status, so each
 * step's guards must hold, and none of them may be a step only a record causes.
 */
export function checkOpening(
  status: CaseStatus,
  input: { guards?: GuardAnswers } = {},
  table: readonly TransitionRule[] = CASE_TRANSITIONS,
): { ok: true } | { ok: false; code: TransitionRefusal; message: string } {
  for (const rule of forwardPath(status, table)) {
    if (rule.causedBy) {
      return { ok: false, code: 'record_required', message: `“${rule.label}”须通过${rule.causedBy.label}办理，案件不能直接以“${CASE_STATUS_LABELS[status]}”建档` };
    }
    const refusal = guardRefusal(rule, input.guards);
    if (refusal) return { ok: false, code: 'guard_failed', message: refusal };
  }
  return { ok: true };
}

/** The guards on the way to opening a case in `status`. */
export function openingGuards(status: CaseStatus, table: readonly TransitionRule[] = CASE_TRANSITIONS): TransitionGuard[] {
  return [...new Set(forwardPath(status, table).flatMap((r) => r.guards))];
}

/** Statuses from which survey facts change only through the case: from the signing on. */
export const SURVEY_LOCKED_STATUSES: readonly CaseStatus[] = statusesFrom('signed');
/** Statuses of a case whose money is settled: a parcel is handed over only when all its cases are in one. */
export const SETTLED_STATUSES: readonly CaseStatus[] = statusesFrom('settled');
/** Statuses of a case handed over with its parcel. */
export const HANDED_OVER_STATUSES: readonly CaseStatus[] = statusesFrom('handed_over');

/**
 * What a change of confirmed survey facts does (确认失效): the system takes the 撤销确认 step, with
 * this reason, and the case is back in `surveyed` waiting for the company to confirm again.
 */
export const CONFIRMATION_VOID = { from: 'confirmed', to: 'surveyed', reason: '摸底信息变更，原确认失效' } as const satisfies {
  from: CaseStatus;
  to: CaseStatus;
  reason: string;
};

/** Whether survey facts may still be edited in `status` (from `signed` on they change only through the case). */
export function surveyFactsEditable(status: CaseStatus): boolean {
  return !SURVEY_LOCKED_STATUSES.includes(status);
}
