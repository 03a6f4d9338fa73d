import { todayInShanghai } from '@app/platform';

/**
 * 综合整治: a violation (违法用地, 违法建筑, 渣土乱倒) found on the ground, and the steps that close it. Plain rules: the
 * kinds and statuses, the transition table (as data, one check every step goes through), the stock / new
 * classification against a year's baseline, overdue deadlines and the input's facts.
 */
export const VIOLATION_KINDS = ['illegal_land', 'illegal_building', 'waste_dumping'] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];
export const VIOLATION_KIND_LABELS: Record<ViolationKind, string> = {
  illegal_land: '违法用地',
  illegal_building: '违法建筑',
  waste_dumping: '渣土乱倒',
};

export const VIOLATION_STATUSES = ['found', 'notice_issued', 'rectifying', 'rectified', 'demolished'] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];
export const VIOLATION_STATUS_LABELS: Record<ViolationStatus, string> = {
  found: '已发现',
  notice_issued: '已下达整改通知',
  rectifying: '整改中',
  rectified: '已整改',
  demolished: '已拆除',
};

/** The lifecycle as data: each status and the steps it may take. Closed statuses take none. */
export const VIOLATION_TRANSITIONS: Readonly<Record<ViolationStatus, readonly ViolationStatus[]>> = {
  found: ['notice_issued'],
  notice_issued: ['rectifying'],
  rectifying: ['rectified', 'demolished'],
  rectified: [],
  demolished: [],
};

/** Closed (消除): the violation no longer stands. */
export const CLOSED_STATUSES: readonly ViolationStatus[] = ['rectified', 'demolished'];
export const isClosed = (status: ViolationStatus): boolean => CLOSED_STATUSES.includes(status);
export const OPEN_STATUSES: readonly ViolationStatus[] = VIOLATION_STATUSES.filter((s) => !isClosed(s));

/** Who writes the register (officers in their projects' parcels and villages, admins) and who reads it. */
export const RECTIFICATION_WRITERS = ['officer', 'admin'] as const;
export const RECTIFICATION_READERS = ['officer', 'leader', 'admin'] as const;

export interface StepInput {
  to: ViolationStatus;
  /** The day the step happened (Shanghai calendar date). */
  on: string;
  /** The rectification deadline; required when the notice is issued. */
  deadline?: string | null;
}

export interface StepContext {
  status: ViolationStatus;
  discoveredOn: string;
  /** The day of the last step taken (or the discovery day). */
  lastStepOn: string;
  today: string;
}

/** Whether the step may be taken, or why not (Chinese): the one check every status change goes through. */
export function stepProblem(step: StepInput, context: StepContext): string | null {
  const allowed = VIOLATION_TRANSITIONS[context.status];
  if (!allowed.includes(step.to)) {
    if (!allowed.length) return `该违法行为${VIOLATION_STATUS_LABELS[context.status]}，已结案，不能再变更状态`;
    return `当前状态为${VIOLATION_STATUS_LABELS[context.status]}，只能变更为${allowed.map((s) => VIOLATION_STATUS_LABELS[s]).join('或')}，不能变更为${VIOLATION_STATUS_LABELS[step.to]}`;
  }
  if (step.on > context.today) return `日期 ${step.on} 不能晚于今天`;
  if (step.on < context.lastStepOn) return `日期 ${step.on} 不能早于上一步的日期 ${context.lastStepOn}`;
  if (step.to === 'notice_issued') {
    if (!step.deadline) return '下达整改通知须填写整改期限';
    if (step.deadline < step.on) return `整改期限 ${step.deadline} 不能早于通知日期 ${step.on}`;
  } else if (step.deadline) {
    return '只有下达整改通知时可以填写整改期限';
  }
  return null;
}

/** Overdue (逾期): still open past its deadline (a deadline day itself is not overdue). */
export function isOverdue(v: { status: ViolationStatus; deadline: string | null }, today: string): boolean {
  return !isClosed(v.status) && v.deadline !== null && v.deadline < today;
}

export type ViolationOrigin = 'stock' | 'new';
export const VIOLATION_ORIGIN_LABELS: Record<ViolationOrigin, string> = { stock: '存量', new: '新增' };

/** The year's baseline: 1 January of `year` in Asia/Shanghai. */
export const baselineOf = (year: number): string => `${year}-01-01`;

/**
 * Stock (存量) or new (新增) for the register of `year`: stock when discovered before the year's baseline (1 January,
 * Shanghai), new when discovered within the year; null when discovered after the year (it is not in that register).
 */
export function classifyViolation(discoveredAt: Date, year: number): ViolationOrigin | null {
  const day = todayInShanghai(discoveredAt);
  if (day < baselineOf(year)) return 'stock';
  if (day <= `${year}-12-31`) return 'new';
  return null;
}

export interface ViolationInput {
  kind: ViolationKind;
  area?: string | null;
  volume?: string | null;
  parcel: boolean;
  address?: string | null;
  responsibleSubject: boolean;
  responsibleText?: string | null;
  discoveredOn: string;
}

const positive = (text: string | null | undefined): boolean => !!text && /[1-9]/.test(text);

/** A new violation's facts: what it measures by its kind, where it is, who is responsible, when it was found. */
export function violationInputProblem(input: ViolationInput, today: string): string | null {
  if (input.kind === 'waste_dumping') {
    if (!positive(input.volume)) return '渣土乱倒须填写大于 0 的方量（立方米）';
    if (input.area) return '渣土乱倒按方量登记，不填面积';
  } else {
    if (!positive(input.area)) return `${VIOLATION_KIND_LABELS[input.kind]}须填写大于 0 的面积（平方米）`;
    if (input.volume) return `${VIOLATION_KIND_LABELS[input.kind]}按面积登记，不填方量`;
  }
  if (!input.parcel && !input.address?.trim()) return '请填写所在地块或地址';
  if (!input.responsibleSubject && !input.responsibleText?.trim()) return '请填写责任人或责任单位';
  if (input.discoveredOn > today) return `发现日期 ${input.discoveredOn} 不能晚于今天`;
  return null;
}
