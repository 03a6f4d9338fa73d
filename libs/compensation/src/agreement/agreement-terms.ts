import type { StoredLine } from '../calculation/calculation.entity.js';
import type { SwapDifference } from '../domain/swap-difference.js';
import type { StoredSwap } from './agreement.entity.js';

/** The sum of the lines whose item name contains `word` (搬家费, 临时安置费), as the agreement states them. */
export function linesNamed(lines: readonly StoredLine[], word: string): bigint {
  return lines.filter((l) => l.name.includes(word)).reduce((sum, l) => sum + BigInt(l.amountFen), 0n);
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
