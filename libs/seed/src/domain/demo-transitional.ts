import { todayInShanghai } from '@app/platform';
import { addMonths, lastCompleteMonth } from '@app/resettlement';
import { DEMO_LAST_DAY } from './demo-plan.js';

/** The demo account that pays the demo's 过渡费 batch (the README's finance user). */
export const DEMO_FEE_PAYER = 'finance';

/**
 * The demo's 过渡费: accrued through the last complete month before today, as the monthly job would have done — a
 * household still waiting has waited (and is owed) every month since it vacated, whatever year the demo's records
 * are from, so its fees match the months the 过渡户 list counts; one batch, of the project with the most households
 * waiting, gathering its months up to three months before the demo's last day, paid on the 10th of the month after it.
 */
export function demoTransitionalPlan(today: string = todayInShanghai(), lastDay: string = DEMO_LAST_DAY): { accrueThrough: string; batch: { throughMonth: string; paidOn: string } } {
  const accrueThrough = lastCompleteMonth(today);
  const throughMonth = addMonths(lastCompleteMonth(lastDay), -3);
  return { accrueThrough, batch: { throughMonth, paidOn: addMonths(throughMonth, 1).replace(/-01$/, '-10') } };
}
