import type { Role } from '@app/platform';

/** The two parties of every mechanism: the town (镇动迁办) and the developer (西虹桥公司). */
export const SIDES = ['town', 'company'] as const;
export type Side = (typeof SIDES)[number];
export const SIDE_LABELS: Record<Side, string> = { town: '镇动迁办', company: '西虹桥公司' };

/** 沟通 records: a meeting (会议) or a notice (通知). */
export const COMMUNICATION_KINDS = ['meeting', 'notice'] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];
export const COMMUNICATION_KIND_LABELS: Record<CommunicationKind, string> = { meeting: '会议', notice: '通知' };

export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];
export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = { open: '未完成', done: '已完成' };

/** The side a user acts for: the company's liaison for the company, officers and admins for the town; others (finance, leaders) read only. */
export function sideOf(roles: readonly Role[]): Side | null {
  if (roles.includes('company')) return 'company';
  if (roles.includes('officer') || roles.includes('admin')) return 'town';
  return null;
}

/** Days an open item is past its due date on `today` (0 when not overdue); dates are `YYYY-MM-DD`. */
export function daysOverdue(item: { status: ActionItemStatus; dueOn: string }, today: string): number {
  if (item.status !== 'open' || item.dueOn >= today) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${item.dueOn}T00:00:00Z`)) / 86_400_000);
}

export const isOverdue = (item: { status: ActionItemStatus; dueOn: string }, today: string): boolean => daysOverdue(item, today) > 0;

/** A due date is on or after the day the communication was held. */
export function dueDateProblem(dueOn: string, heldOn: string): string | null {
  return dueOn < heldOn ? `完成期限 ${dueOn} 不能早于沟通日期 ${heldOn}` : null;
}

/**
 * Whether `side` may change an item owned by `ownerSide`: each side closes its own items (an admin, acting
 * for the town, may correct either). Answers the Chinese refusal, or null.
 */
export function ownershipProblem(ownerSide: Side, side: Side | null, isAdmin: boolean): string | null {
  if (isAdmin) return null;
  if (side === null) return '只有镇动迁办或西虹桥公司的经办人员可以更新事项';
  return side === ownerSide ? null : `该事项由${SIDE_LABELS[ownerSide]}负责，只能由${SIDE_LABELS[ownerSide]}更新`;
}

/**
 * An item's status change: marking it done needs the day it was done (not before the communication, not in
 * the future); reopening clears it. Answers the fields to store, or a Chinese refusal.
 */
export function statusChange(
  change: { status: ActionItemStatus; doneOn?: string | null },
  context: { heldOn: string; today: string },
): { ok: true; status: ActionItemStatus; doneOn: string | null } | { ok: false; message: string } {
  if (change.status === 'open') return { ok: true, status: 'open', doneOn: null };
  const doneOn = change.doneOn ?? context.today;
  if (doneOn > context.today) return { ok: false, message: `完成日期 ${doneOn} 不能晚于今天（${context.today}）` };
  if (doneOn < context.heldOn) return { ok: false, message: `完成日期 ${doneOn} 不能早于沟通日期 ${context.heldOn}` };
  return { ok: true, status: 'done', doneOn };
}
