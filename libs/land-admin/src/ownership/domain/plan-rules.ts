import { Dec, toDecimal } from '@app/platform';
import { LAND_USE_LABELS, LAND_USES, OWNER_KIND_LABELS, OWNER_KINDS, type LandUse, type OwnerKind } from './ownership-rules.js';

/** A consolidation plan's status (归并方案): draft → approved → done. */
export const PLAN_STATUSES = ['draft', 'approved', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { draft: '草拟', approved: '已批准', done: '已完成' };

/** The plan's steps as data: approve (admin only) from draft, complete from approved. */
export const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, PlanStatus | null>> = { draft: 'approved', approved: 'done', done: null };

/** Why a plan in `from` may not move to `to` (Chinese), or null. */
export function planStepProblem(from: PlanStatus, to: PlanStatus): string | null {
  if (PLAN_TRANSITIONS[from] === to) return null;
  if (from === to) return `归并方案已是“${PLAN_STATUS_LABELS[to]}”状态`;
  if (to === 'done') return '只有已批准的归并方案才能标为完成';
  return `归并方案不能从“${PLAN_STATUS_LABELS[from]}”改为“${PLAN_STATUS_LABELS[to]}”`;
}

/** A plan's land: the area with its current owner and use. */
export interface PlanLand {
  ownerKind: OwnerKind;
  landUse: LandUse;
  area: string;
}

export interface AreaTotal<K extends string> {
  key: K;
  label: string;
  count: number;
  /** m², 2 decimals. */
  area: string;
}

export interface PlanTotals {
  /** Every record's area (m²). */
  area: string;
  count: number;
  byOwner: AreaTotal<OwnerKind>[];
  byUse: AreaTotal<LandUse>[];
}

function totalsBy<K extends string>(
  keys: readonly K[],
  labels: Record<K, string>,
  lands: readonly PlanLand[],
  keyOf: (l: PlanLand) => K,
): AreaTotal<K>[] {
  return keys.map((key) => {
    const mine = lands.filter((l) => keyOf(l) === key);
    return { key, label: labels[key], count: mine.length, area: mine.reduce((s, l) => s.plus(toDecimal(l.area)), new Dec(0)).toFixed(2) };
  });
}

/** Area totals (exact decimals) by owner kind and by use, every kind listed (zero when none). */
export function areaTotals(lands: readonly PlanLand[]): PlanTotals {
  return {
    area: lands.reduce((s, l) => s.plus(toDecimal(l.area)), new Dec(0)).toFixed(2),
    count: lands.length,
    byOwner: totalsBy(OWNER_KINDS, OWNER_KIND_LABELS, lands, (l) => l.ownerKind),
    byUse: totalsBy(LAND_USES, LAND_USE_LABELS, lands, (l) => l.landUse),
  };
}

/** The plan's totals before (as the land is held now) and after (all of it under the target owner and use). */
export function planTotals(
  lands: readonly PlanLand[],
  target: { ownerKind: OwnerKind; landUse: LandUse },
): { before: PlanTotals; after: PlanTotals } {
  return {
    before: areaTotals(lands),
    after: areaTotals(lands.map((l) => ({ ...l, ownerKind: target.ownerKind, landUse: target.landUse }))),
  };
}
