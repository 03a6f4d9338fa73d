import type { StoredLine } from '../calculation/calculation.entity.js';
import type { ItemRole, SchemeItem } from '../domain/scheme.js';
import type { SwapDifference } from '../domain/swap-difference.js';
import type { StoredSwap } from './agreement.entity.js';

/**
 * The agreement's 搬家费 or 临时安置费: the amount of the line whose scheme item carries that role (zero when the
 * version marks no item so, or the item did not apply). The role is scheme data, never read from an item's name.
 */
export function roleAmount(lines: readonly StoredLine[], items: readonly Pick<SchemeItem, 'code' | 'role'>[], role: ItemRole): bigint {
  const codes = new Set(items.filter((item) => item.role === role).map((item) => item.code));
  return lines.filter((l) => codes.has(l.code)).reduce((sum, l) => sum + BigInt(l.amountFen), 0n);
}

/** A swap difference with its fen as text, for the jsonb column. */
export function storedSwap(swap: SwapDifference): StoredSwap {
  return {
    ...swap,
    lines: swap.lines.map((l) => ({ ...l, amountFen: l.amountFen.toString() })),
    housingValueFen: swap.housingValueFen.toString(),
    compensationFen: swap.compensationFen.toString(),
    differenceFen: swap.differenceFen.toString(),
  };
}

/** What the household is to be paid under an agreement: the compensation, or for a swap the 差价 payable to it (none when it pays). */
export function agreedAmount(compensationFen: bigint, swap: SwapDifference | null): bigint {
  if (!swap) return compensationFen;
  return swap.differenceFen > 0n ? swap.differenceFen : 0n;
}
