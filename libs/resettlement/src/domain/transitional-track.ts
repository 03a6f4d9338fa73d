import type { ResettlementTrack } from './resettlement-labels.js';

/** What a household's track follows from: its signed agreement, its vacating, its payments and its allocations. */
export interface TrackFacts {
  method: string;
  /** 腾地日期 when the case is at vacated or beyond, else null. */
  vacatedOn: string | null;
  agreedFen: bigint;
  paidFen: bigint;
  /** The last compensation payment's date. */
  lastPaidOn: string | null;
  /** Its resettlement allocations that hold a unit (reserved, allocated or delivered). */
  allocations: Array<{ status: string; deliveredOn: string | null }>;
}

export interface DerivedTrack {
  track: ResettlementTrack;
  transitionalSince: string | null;
  deliveredOn: string | null;
  resettledOn: string | null;
}

/**
 * A track as the records say it is (the rule the listeners keep step by step, in one function):
 * - monetary: `resettled` on the date it is paid in full (its last payment's date), else `none`;
 * - swap: `none` until it vacates; then `transitional` since its vacating date, and `resettled` on the last
 *   delivery's date once it has allocations and every one is delivered.
 */
export function deriveTrack(f: TrackFacts): DerivedTrack {
  const none: DerivedTrack = { track: 'none', transitionalSince: null, deliveredOn: null, resettledOn: null };
  if (f.method === 'monetary') {
    return f.agreedFen > 0n && f.paidFen >= f.agreedFen && f.lastPaidOn ? { ...none, track: 'resettled', resettledOn: f.lastPaidOn } : none;
  }
  if (f.vacatedOn === null) return none;
  const delivered = f.allocations.length > 0 && f.allocations.every((a) => a.status === 'delivered' && a.deliveredOn !== null);
  if (!delivered) return { ...none, track: 'transitional', transitionalSince: f.vacatedOn };
  const last = f.allocations.map((a) => a.deliveredOn!).sort().at(-1)!;
  return { track: 'resettled', transitionalSince: f.vacatedOn, deliveredOn: last, resettledOn: last };
}
