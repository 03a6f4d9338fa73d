import type { Yuan } from './scheme.js';

/**
 * The scheme's 过渡费 (临时安置费) for transitional households on the monetary transition, as data:
 * a monthly amount per recognised person or per household; after the agreement's transition period it
 * rises by `percent` % for each `everyMonths` months overdue (a started period counts), up to `capPercent` %;
 * and it is paid for `afterDeliveryMonths` months after delivery (moving in).
 */
export interface TransitionalFeeRule {
  basis: 'per_person' | 'per_household';
  monthlyAmount: Yuan;
  overdue: { everyMonths: number; percent: string; capPercent: string } | null;
  afterDeliveryMonths: number;
}
