import { Dec } from '@app/platform';
import { roundToFen, type Fen, type TransitionalFeeRule } from '@app/compensation';

/**
 * 过渡费 accrual, one rule for the domain, the monthly job's SQL and the household's statement:
 *
 * - Transition days run from the vacating date (腾地日期, inclusive) to the end date (exclusive); the end date
 *   is the delivery date (交房) + the scheme's `afterDeliveryMonths` calendar months; no end while not delivered.
 * - A month's fee = monthly amount (× recognised persons when per person) × (100 + step %) / 100 × days in
 *   transition that month / days in the month, rounded half-up to the fen once (no intermediate rounding).
 * - The deadline is the vacating date + the agreement's `transitionMonths` calendar months (none when the
 *   agreement names no period). A month takes the step of its FIRST day in transition (no split): 0 before
 *   the deadline; from the deadline, `percent` for each started `everyMonths` period overdue, at most
 *   `capPercent`. Whole months overdue k = month difference − 1 when the day of the month is still below the
 *   deadline's day; periods started = ⌊k / everyMonths⌋ + 1.
 * - Calendar months are added as PostgreSQL adds them (Jan 31 + 1 month = Feb 28/29).
 */
export interface AccrualHousehold {
  /** 腾地日期 (`transitionalSince`). */
  vacatedOn: string;
  transitionMonths: number | null;
  /** 认定人口. */
  persons: number;
  /** The last unit's delivery date, or null while not delivered. */
  deliveredOn: string | null;
}

export interface AccrualBasis {
  basis: TransitionalFeeRule['basis'];
  monthlyAmount: string;
  persons: number;
  vacatedOn: string;
  deadline: string | null;
  endOn: string | null;
}

export interface MonthAccrual {
  /** First day of the month. */
  month: string;
  days: number;
  daysInMonth: number;
  /** e.g. `"50.00"`. */
  stepPercent: string;
  amountFen: Fen;
  basis: AccrualBasis;
}

const DAY_MS = 86_400_000;
const parse = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number];
const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dayNumber = (date: string): number => {
  const [y, m, d] = parse(date);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};

/** `date` + `months` calendar months, the day clamped to the target month's end (as PostgreSQL's `date + interval`). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parse(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return iso(ty, tm, Math.min(d, daysIn(ty, tm)));
}

/** The first day of the month of `date`. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The deadline after which the fee rises, or null when the agreement names no transition period. */
export function transitionDeadline(household: AccrualHousehold): string | null {
  return household.transitionMonths === null ? null : addMonths(household.vacatedOn, household.transitionMonths);
}

/** The end of the transition (exclusive): delivery + the months paid after it; null while not delivered. */
export function transitionEnd(rule: TransitionalFeeRule, household: AccrualHousehold): string | null {
  return household.deliveredOn === null ? null : addMonths(household.deliveredOn, rule.afterDeliveryMonths);
}

/** The step (percent) on `day`: 0 before the deadline, then `percent` per started period overdue, capped. */
export function overdueStep(rule: TransitionalFeeRule, deadline: string | null, day: string): Dec {
  if (!rule.overdue || deadline === null || day < deadline) return new Dec(0);
  const [y, m, d] = parse(day);
  const [dy, dm, dd] = parse(deadline);
  const wholeMonths = y * 12 + m - (dy * 12 + dm) - (d < dd ? 1 : 0);
  const periods = Math.floor(wholeMonths / rule.overdue.everyMonths) + 1;
  return Dec.min(new Dec(rule.overdue.percent).times(periods), new Dec(rule.overdue.capPercent));
}

/** One month's fee (`month` = its first day), or null when the household was not in transition that month. */
export function accrueMonth(rule: TransitionalFeeRule, household: AccrualHousehold, month: string): MonthAccrual | null {
  const [y, m] = parse(month);
  const daysInMonth = daysIn(y, m);
  const next = addMonths(month, 1);
  const end = transitionEnd(rule, household);
  const first = household.vacatedOn > month ? household.vacatedOn : month;
  const until = end !== null && end < next ? end : next;
  const days = dayNumber(until) - dayNumber(first);
  if (days <= 0) return null;
  const deadline = transitionDeadline(household);
  const step = overdueStep(rule, deadline, first);
  const multiplier = rule.basis === 'per_person' ? household.persons : 1;
  const amountYuan = new Dec(rule.monthlyAmount).times(multiplier).times(step.plus(100)).times(days).dividedBy(daysInMonth * 100);
  return {
    month,
    days,
    daysInMonth,
    stepPercent: step.toFixed(2),
    amountFen: roundToFen(amountYuan),
    basis: { basis: rule.basis, monthlyAmount: rule.monthlyAmount, persons: household.persons, vacatedOn: household.vacatedOn, deadline, endOn: end },
  };
}

/** Every month with a fee from the vacating month through `throughMonth` (first day), in order. */
export function accrueThrough(rule: TransitionalFeeRule, household: AccrualHousehold, throughMonth: string): MonthAccrual[] {
  const months: MonthAccrual[] = [];
  for (let month = monthOf(household.vacatedOn); month <= throughMonth; month = addMonths(month, 1)) {
    const accrued = accrueMonth(rule, household, month);
    if (accrued) months.push(accrued);
  }
  return months;
}

/** Whole calendar months from `from` to `to` (waiting time shown on the list): 2024-03-15 → 2024-05-14 is 1. */
export function monthsBetween(from: string, to: string): number {
  const [y, m, d] = parse(from);
  const [ty, tm, td] = parse(to);
  return Math.max(0, ty * 12 + tm - (y * 12 + m) - (td < d ? 1 : 0));
}
