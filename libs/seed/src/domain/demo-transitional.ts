import { addMonths, lastCompleteMonth } from '@app/resettlement';
import { DEMO_LAST_DAY } from './demo-plan.js';

/** The demo account that pays the demo's 过渡费 batch (the README's finance user). */
export const DEMO_FEE_PAYER = 'finance';

/**
 * The demo's 过渡费: accrued through the last complete month before the demo's last day; one batch, of the
 * project with the most households waiting, gathering its months up to three months earlier, paid on the
 * 10th of the month after it.
 */
export function demoTransitionalPlan(lastDay: string = DEMO_LAST_DAY): { accrueThrough: string; batch: { throughMonth: string; paidOn: string } } {
  const accrueThrough = lastCompleteMonth(lastDay);
  const throughMonth = addMonths(accrueThrough, -3);
  return { accrueThrough, batch: { throughMonth, paidOn: addMonths(throughMonth, 1).replace(/-01$/, '-10') } };
}
