import { Decimal } from 'decimal.js';
import type { MilestoneStatus } from './milestone-status.js';
import { daysLeftInYear } from './forecast.js';

/** A report month as `YYYY-MM` (2000-01 to 2099-12). */
export const REPORT_MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;

/** The month's first and last calendar day (`YYYY-MM-DD`, Shanghai dates as the date columns hold them). */
export function monthWindow(month: string): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * The day a monthly report stands on: the month's last day, or the data's present when the month is not over yet
 * (a report of the running month counts up to today, not to a future month end).
 */
export function reportDay(month: string, present: string): string {
  const { from, to } = monthWindow(month);
  if (present < from) return from;
  return present < to ? present : to;
}

/** The month of a calendar date (`2013-12-13` → `2013-12`). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export type ForecastKind = 'pipeline' | 'linear' | 'milestone' | 'done' | 'none';

export interface TargetForecast {
  /** The figure expected by the year's end (decimal text), or null when none can be given. */
  value: string | null;
  kind: ForecastKind;
  /** Why (Chinese, one line). */
  basis: string;
}

const DAYS = (year: number) => daysLeftInYear(year, `${year - 1}-12-31`);

/**
 * A target's year-end forecast where the pipeline does not give one: the run rate so far carried to the year's end
 * (`cumulative × days in year ÷ days elapsed`, whole units unless the unit is an area), never below what is done.
 */
export function linearForecast(year: number, day: string, cumulative: string, wholeUnits: boolean): TargetForecast {
  const total = DAYS(year);
  const elapsed = total - daysLeftInYear(year, day);
  if (elapsed <= 0) return { value: null, kind: 'none', basis: '年度尚未开始，无法按进度推算' };
  const done = new Decimal(cumulative);
  if (elapsed >= total) return { value: done.toString(), kind: 'done', basis: '年度已结束，按实际完成' };
  const projected = done.mul(total).div(elapsed);
  const value = wholeUnits ? projected.floor() : projected.toDecimalPlaces(2, Decimal.ROUND_DOWN);
  return {
    value: Decimal.max(value, done).toString(),
    kind: 'linear',
    basis: `按截至 ${day} 的完成进度（已过 ${elapsed} / ${total} 天）线性推算`,
  };
}

/** A milestone target's forecast: done, or done when planned (late nodes are not expected within the year). */
export function milestoneForecast(
  year: number,
  day: string,
  node: { plannedOn: string; status: MilestoneStatus; actualOn: string | null } | null,
): TargetForecast {
  if (!node) return { value: null, kind: 'none', basis: '未关联时间节点' };
  if (node.status === 'done' && node.actualOn !== null && node.actualOn <= day)
    return { value: '1', kind: 'done', basis: `节点已于 ${node.actualOn} 完成` };
  if (node.plannedOn < day) return { value: '0', kind: 'milestone', basis: `节点计划 ${node.plannedOn} 完成，已逾期` };
  if (node.plannedOn > `${year}-12-31`) return { value: '0', kind: 'milestone', basis: `节点计划 ${node.plannedOn} 完成，在本年度之后` };
  return { value: '1', kind: 'milestone', basis: `节点计划 ${node.plannedOn} 完成` };
}

/** Whether a time node was overdue on `day`: planned before it and not done by then (a node done later was still late). */
export function overdueOn(node: { plannedOn: string; status: MilestoneStatus; actualOn: string | null }, day: string): boolean {
  const doneBy = node.status === 'done' && node.actualOn !== null && node.actualOn <= day;
  return !doneBy && node.plannedOn < day;
}

/** Whole days between two calendar dates (`to − from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
