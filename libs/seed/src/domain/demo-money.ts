import { SETTLED_STATUSES, statusesFrom } from '@app/cases';
import { exampleScheme, type SchemeItem, type SignedCaseHistory, type SwapPricing, type TransitionalFeeRule } from '@app/compensation';
import { fromDay, shanghaiDay } from './calendar.js';
import type { DemoData } from './demo-types.js';

const SIGNED_ON = statusesFrom('signed');

/** The demo swap pricing: 40 m² per recognised person at the resettlement price, then two bands. */
export const DEMO_SWAP_PRICING: SwapPricing = {
  areaPerPerson: '40.00',
  resettlementPrice: '3200.00',
  bandsBeyond: [
    { width: '15', price: '6500.00' },
    { width: null, price: '13000.00' },
  ],
  maxBeyond: '30',
};

/**
 * The demo 过渡费 (临时安置费): 800 元 per recognised person per month, +50% for each started half-year
 * beyond the agreement's transition period up to +100%, and 3 months after delivery for moving in.
 */
export const DEMO_TRANSITIONAL_FEE: TransitionalFeeRule = {
  basis: 'per_person',
  monthlyAmount: '800.00',
  overdue: { everyMonths: 6, percent: '50', capPercent: '100' },
  afterDeliveryMonths: 3,
};

/**
 * A demo project's scheme: the example scheme (every rule kind, invented figures), named as demo data,
 * not policy. Enterprises record no structure, so their per-area item carries no structure factor here.
 */
export function demoScheme(projectName: string): { name: string; effectiveOn: string; items: SchemeItem[]; swapPricing: SwapPricing; transitionalFee: TransitionalFeeRule } {
  const items = exampleScheme().items.map((item) =>
    item.rule.kind === 'per_area' && item.appliesTo.every((kind) => kind === 'enterprise') ? { ...item, rule: { ...item.rule, factors: undefined } } : item,
  );
  return { name: `${projectName}补偿方案（演示数据，非正式政策）`, effectiveOn: '2013-01-01', items: items.map(dropUndefined), swapPricing: DEMO_SWAP_PRICING, transitionalFee: DEMO_TRANSITIONAL_FEE };
}

const dropUndefined = (item: SchemeItem): SchemeItem => JSON.parse(JSON.stringify(item)) as SchemeItem;

/** A facility's or legacy base's agreed amount: a round figure derived from its id (no random draw). */
function agreedAmount(id: string): string {
  return `${60_000 + (parseInt(id.slice(0, 6), 16) % 150) * 1_000}.00`;
}

/**
 * The money behind every demo case at 已签约 or beyond: signed at its history's last signing step, by
 * the officer who took it, a property swap for households on the resettlement track; paid in full, on
 * the day it was settled, for every case that is.
 */
export function demoMoneyPlan(data: DemoData): SignedCaseHistory[] {
  const byCase = new Map<string, DemoData['transitions']>();
  for (const t of data.transitions) byCase.set(t.caseId, [...(byCase.get(t.caseId) ?? []), t]);
  return data.cases
    .filter((c) => SIGNED_ON.includes(c.status))
    .map((c) => {
      const steps = (byCase.get(c.id) ?? []).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      const signing = steps.filter((s) => s.toStatus === 'signed' && s.fromStatus === 'confirmed').at(-1)!;
      const settling = steps.filter((s) => s.toStatus === 'settled' && s.fromStatus === 'vacated').at(-1);
      const paid = SETTLED_STATUSES.includes(c.status) && settling ? fromDay(shanghaiDay(settling.createdAt)) : null;
      const fixed = c.subjectType === 'facility' || c.subjectType === 'legacy_base';
      return {
        caseId: c.id,
        signedAt: signing.createdAt,
        signedBy: signing.actor,
        method: c.resettlementStatus === 'none' ? 'monetary' : 'swap',
        ...(fixed ? { agreed: [{ code: 'SS-BC', amount: agreedAmount(c.subjectId), remark: '经协商确定（演示数据）' }] } : {}),
        paidInFullOn: paid,
      };
    });
}
