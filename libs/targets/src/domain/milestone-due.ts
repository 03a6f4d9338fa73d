import type { MilestoneStatus } from './milestone-status.js';

/** “Due soon” means the planned date falls within this many days from today (today included). */
export const MILESTONE_SOON_DAYS = 14;

export type MilestoneDue = 'overdue' | 'soon' | null;

/** The calendar date `days` after `date` (both `YYYY-MM-DD`; calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A node's urgency on `today` (a Shanghai calendar date): overdue when its planned date has passed and it is
 * not done; soon when not done and planned within the next 14 days (today up to today + 14); otherwise null.
 */
export function milestoneDue(node: { plannedOn: string; status: MilestoneStatus }, today: string): MilestoneDue {
  if (node.status === 'done') return null;
  if (node.plannedOn < today) return 'overdue';
  if (node.plannedOn <= addDays(today, MILESTONE_SOON_DAYS)) return 'soon';
  return null;
}

/** Whole days a node is late on `today` (0 when not overdue). */
export function daysOverdue(node: { plannedOn: string; status: MilestoneStatus }, today: string): number {
  if (milestoneDue(node, today) !== 'overdue') return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${node.plannedOn}T00:00:00Z`)) / 86_400_000);
}
