import { baselineOf, VIOLATION_KINDS, type ViolationKind } from './violation-rules.js';

/** A violation as the year's figures see it: where, what, the day it was found and the day it was closed (消除). */
export interface SummaryFact {
  village: string;
  kind: ViolationKind;
  /** Shanghai calendar date. */
  discoveredOn: string;
  /** The day it was rectified or demolished; null while open. */
  closedOn: string | null;
}

export interface SummaryFigures {
  /** 年初存量: found before 1 January and still open then. */
  stockAtStart: number;
  /** 消除: closed within the year (stock and new alike). */
  eliminated: number;
  /** Of those, the stock closed within the year. */
  stockEliminated: number;
  /** 新增: found within the year. */
  newFound: number;
  /** 未消除: open at the year's end (or today, for the current year). */
  open: number;
}

export interface MonthFigures {
  /** `YYYY-MM`. */
  month: string;
  newFound: number;
  eliminated: number;
  /** The year-start stock still open at the month's end (the burn-down). */
  stockRemaining: number;
  /** Everything open at the month's end. */
  openAtEnd: number;
}

export interface RectificationSummary extends SummaryFigures {
  year: number;
  byVillage: Array<SummaryFigures & { village: string }>;
  byKind: Array<SummaryFigures & { kind: ViolationKind }>;
  byMonth: MonthFigures[];
}

const zero = (): SummaryFigures => ({ stockAtStart: 0, eliminated: 0, stockEliminated: 0, newFound: 0, open: 0 });
const monthEnd = (year: number, month: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;

/** Adds one violation to the figures of the year from `start` to `end` (nothing when it does not concern the year). */
function count(f: SummaryFigures, v: SummaryFact, start: string, end: string): void {
  const stock = v.discoveredOn < start && (v.closedOn === null || v.closedOn >= start);
  const isNew = v.discoveredOn >= start && v.discoveredOn <= end;
  const closedInYear = v.closedOn !== null && v.closedOn >= start && v.closedOn <= end;
  if (stock) f.stockAtStart += 1;
  if (isNew) f.newFound += 1;
  if ((stock || isNew) && closedInYear) {
    f.eliminated += 1;
    if (stock) f.stockEliminated += 1;
  }
  if ((stock || isNew) && !closedInYear) f.open += 1;
}

/**
 * The year's figures of the register (综合整治台账): stock at the start, eliminated, new found, open — in total, by
 * village, by kind and by month. Open = stock + new − eliminated, so the figures always add up.
 */
export function rectificationSummary(year: number, facts: readonly SummaryFact[]): RectificationSummary {
  const start = baselineOf(year);
  const end = `${year}-12-31`;
  const total = zero();
  const villages = new Map<string, SummaryFigures>();
  const kinds = new Map<ViolationKind, SummaryFigures>(VIOLATION_KINDS.map((k) => [k, zero()]));
  for (const v of facts) {
    count(total, v, start, end);
    if (!villages.has(v.village)) villages.set(v.village, zero());
    count(villages.get(v.village)!, v, start, end);
    count(kinds.get(v.kind)!, v, start, end);
  }
  const byMonth: MonthFigures[] = [];
  for (let m = 1; m <= 12; m += 1) {
    const first = `${year}-${String(m).padStart(2, '0')}-01`;
    const last = monthEnd(year, m);
    const openOn = (v: SummaryFact) => v.discoveredOn <= last && (v.closedOn === null || v.closedOn > last);
    byMonth.push({
      month: first.slice(0, 7),
      newFound: facts.filter((v) => v.discoveredOn >= first && v.discoveredOn <= last).length,
      eliminated: facts.filter((v) => v.closedOn !== null && v.closedOn >= first && v.closedOn <= last).length,
      stockRemaining: facts.filter((v) => v.discoveredOn < start && openOn(v)).length,
      openAtEnd: facts.filter(openOn).length,
    });
  }
  return {
    year,
    ...total,
    byVillage: [...villages.entries()]
      .map(([village, f]) => ({ village, ...f }))
      .filter((r) => r.stockAtStart + r.newFound > 0)
      .sort((a, b) => a.village.localeCompare(b.village, 'zh-CN')),
    byKind: [...kinds.entries()].map(([kind, f]) => ({ kind, ...f })),
    byMonth,
  };
}
