import { createHash } from 'node:crypto';
import { Dec } from '@app/platform';
import { choosingOrder, ORDER_ALGORITHM, orderHash, promisedHousing } from '@app/resettlement';
import { fromDay, toDay } from './calendar.js';
import { DEMO_LAST_DAY } from './demo-plan.js';

/** A demo swap household with its signed agreement, as the allocation plan reads it from the database. */
export interface DemoSwapHousehold {
  caseId: string;
  projectId: string;
  projectCode: string;
  agreementId: string;
  caseRef: string;
  sequenceNo: number;
  swapArea: string;
  entitlementArea: string;
  /** Its case's resettlement mirror: `resettled` households get delivered flats. */
  track: 'resettled' | 'transitional';
  /** The day it moved out (its case reached `vacated`). */
  vacatedOn: string;
  signedBy: string;
}

/** An available unit of the inventory (whoever loaded it). */
export interface DemoUnit {
  id: string;
  baseId: string;
  baseName: string;
  baseStage: string;
  buildingCode: string;
  unitNo: string;
  area: string;
  resettlementPrice: string;
  kind: string;
  turnover: boolean;
  /** The unit's floor (the demo's reservation prefers a low one). */
  floor?: number;
}

export interface PlannedAllocation {
  unitId: string;
  baseId: string;
  caseId: string;
  projectId: string;
  agreementId: string;
  /** Set for the round's choices. */
  inRound: boolean;
  allocatedBy: string;
  allocatedOn: string;
  deliveredOn: string | null;
  /** Set for a reservation (预留): the unit is held for the household, not yet its flat. */
  reserveReason?: string;
}

export interface PlannedRound {
  projectId: string;
  baseId: string;
  seed: string;
  algorithm: string;
  orderHash: string;
  publishedOn: string;
  entries: Array<{ position: number; household: DemoSwapHousehold; done: boolean }>;
}

export interface DemoAllocationPlan {
  allocations: PlannedAllocation[];
  /** The agreements' promised units (安置房地点) from their allocations; their area equals the agreement's. */
  locations: Array<{ agreementId: string; location: string }>;
  round: PlannedRound | null;
}

/** The seed of the demo's round: a fixed, published number (like a lottery draw's). */
export const DEMO_ROUND_SEED = '2013122001';
/** The project whose remaining transitional households the demo's round publishes, and how many of them have chosen. */
export const DEMO_ROUND_PROJECT = 'GJ17';
export const DEMO_ROUND_CHOSEN = 3;
/** The round's household (by position) for which a low-floor flat was reserved before its turn, and why. */
export const DEMO_RESERVATION_POSITION = DEMO_ROUND_CHOSEN + 2;
export const DEMO_RESERVATION_REASON = '家中有残疾人，需低楼层房源';

const COMPLETED = new Set(['completed', 'delivering']);
const key = (text: string) => createHash('sha256').update(text).digest('hex');
const area = (a: string) => new Dec(a).toFixed(2);

/** One or two of `units` (in their order) whose areas sum exactly to `wanted`, or null. */
export function unitsFor(units: readonly DemoUnit[], wanted: string): DemoUnit[] | null {
  const target = new Dec(wanted);
  const single = units.find((u) => new Dec(u.area).equals(target));
  if (single) return [single];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      if (new Dec(units[i]!.area).plus(units[j]!.area).equals(target)) return [units[i]!, units[j]!];
    }
  }
  return null;
}

/**
 * The demo's allocations, from the households and the units present: every `resettled` swap household gets one or two
 * flats on a completed base (竣工/交付中) whose areas sum exactly to its agreement's area, at the scheme's 安置价 (so its
 * 差价 and money stay what it signed), delivered after it moved out and on or before the demo's last day; every third
 * `transitional` household outside the round project holds a 期房 on 二联 (not delivered); the round project's other
 * transitional households are published in one round on a completed base, the first few of them having chosen, and one
 * further down the order with a flat of its area reserved for it (预留; its agreement names no unit until it takes it).
 */
export function demoAllocationPlan(
  households: readonly DemoSwapHousehold[],
  units: readonly DemoUnit[],
  price: string,
): DemoAllocationPlan {
  const lastDay = toDay(DEMO_LAST_DAY);
  const free = units
    .filter((u) => !u.turnover && new Dec(u.resettlementPrice).equals(price))
    .sort(
      (a, b) =>
        a.baseName.localeCompare(b.baseName) ||
        a.buildingCode.localeCompare(b.buildingCode, 'zh-CN', { numeric: true }) ||
        a.unitNo.localeCompare(b.unitNo, 'zh-CN', { numeric: true }),
    );
  const taken = new Set<string>();
  const available = (pick: (u: DemoUnit) => boolean) => free.filter((u) => !taken.has(u.id) && pick(u));
  const allocations: PlannedAllocation[] = [];
  const locations: DemoAllocationPlan['locations'] = [];
  const give = (h: DemoSwapHousehold, chosen: DemoUnit[], allocatedOn: string, deliveredOn: string | null, inRound: boolean) => {
    for (const u of chosen) {
      taken.add(u.id);
      allocations.push({
        unitId: u.id,
        baseId: u.baseId,
        caseId: h.caseId,
        projectId: h.projectId,
        agreementId: h.agreementId,
        inRound,
        allocatedBy: h.signedBy,
        allocatedOn,
        deliveredOn,
      });
    }
    locations.push({
      agreementId: h.agreementId,
      location: promisedHousing(
        chosen.map((u) => ({ baseName: u.baseName, buildingCode: u.buildingCode, unitNo: u.unitNo, area: u.area })),
      )!.location,
    });
  };
  const ordered = [...households].sort((a, b) => (key(a.caseId) < key(b.caseId) ? -1 : 1));

  for (const h of ordered.filter((x) => x.track === 'resettled')) {
    const vacated = toDay(h.vacatedOn);
    if (vacated + 2 > lastDay) continue;
    const chosen = unitsFor(
      available((u) => COMPLETED.has(u.baseStage) && u.kind === 'built'),
      area(h.swapArea),
    );
    if (!chosen) continue;
    // Chosen the day after moving out, the keys within the next months (never after the demo's last day).
    const delivered = Math.min(lastDay, vacated + 2 + (parseInt(key(`delivery:${h.caseId}`).slice(0, 6), 16) % 120));
    give(h, chosen, fromDay(vacated + 1), fromDay(delivered), false);
  }

  const transitional = ordered.filter((x) => x.track === 'transitional');
  transitional
    .filter((h) => h.projectCode !== DEMO_ROUND_PROJECT)
    .forEach((h, i) => {
      if (i % 3 !== 0) return;
      const chosen = unitsFor(
        available((u) => u.baseName.includes('二联') && u.kind === 'off_plan'),
        area(h.swapArea),
      );
      if (chosen) give(h, chosen, fromDay(Math.min(lastDay, toDay(h.vacatedOn) + 1)), null, false);
    });

  const waiting = transitional.filter((h) => h.projectCode === DEMO_ROUND_PROJECT);
  const counts = new Map<string, number>();
  for (const u of available((x) => COMPLETED.has(x.baseStage))) counts.set(u.baseId, (counts.get(u.baseId) ?? 0) + 1);
  const baseId = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  let round: PlannedRound | null = null;
  if (waiting.length && baseId) {
    const order = choosingOrder(DEMO_ROUND_SEED, waiting);
    const entries = order.map((e) => ({ position: e.position, household: e.item, done: false }));
    for (const entry of entries.slice(0, DEMO_ROUND_CHOSEN)) {
      const chosen = unitsFor(
        available((u) => u.baseId === baseId),
        area(entry.household.swapArea),
      );
      if (!chosen) break;
      give(entry.household, chosen, DEMO_LAST_DAY, null, true);
      entry.done = true;
    }
    // One household further down the order had low-floor flats of its area reserved (预留) when the round was published.
    const reserving = entries.find((e) => e.position === DEMO_RESERVATION_POSITION);
    if (reserving) {
      const h = reserving.household;
      const onBase = (u: DemoUnit) => u.baseId === baseId;
      const chosen =
        unitsFor(
          available((u) => onBase(u) && (u.floor ?? Infinity) <= 3),
          area(h.swapArea),
        ) ?? unitsFor(available(onBase), area(h.swapArea));
      for (const unit of chosen ?? []) {
        taken.add(unit.id);
        allocations.push({
          unitId: unit.id,
          baseId: unit.baseId,
          caseId: h.caseId,
          projectId: h.projectId,
          agreementId: h.agreementId,
          inRound: false,
          allocatedBy: h.signedBy,
          allocatedOn: fromDay(lastDay - 7),
          deliveredOn: null,
          reserveReason: DEMO_RESERVATION_REASON,
        });
      }
    }
    round = {
      projectId: waiting[0]!.projectId,
      baseId,
      seed: DEMO_ROUND_SEED,
      algorithm: ORDER_ALGORITHM,
      orderHash: orderHash(
        ORDER_ALGORITHM,
        DEMO_ROUND_SEED,
        order.map((e) => ({ position: e.position, caseRef: e.item.caseRef, sequenceNo: e.item.sequenceNo })),
      ),
      publishedOn: fromDay(lastDay - 7),
      entries,
    };
  }
  return { allocations, locations, round };
}
