import type { Calculation, CalculationLine } from './calculate.js';
import type { Fen } from './money.js';

export type LineChangeKind = 'added' | 'removed' | 'changed';

/** One line that differs between two calculations, matched by item code. */
export interface LineChange {
  code: string;
  name: string;
  change: LineChangeKind;
  /** Null when the line is new (`added`) or gone (`removed`). */
  oldAmountFen: Fen | null;
  newAmountFen: Fen | null;
  /** New minus old, a missing side counting as 0. */
  differenceFen: Fen;
  oldWords: string | null;
  newWords: string | null;
}

/** What a recalculation would change: both totals, their difference (new − old) and the lines that differ. */
export interface CalculationDiff {
  oldTotalFen: Fen;
  newTotalFen: Fen;
  differenceFen: Fen;
  changes: LineChange[];
}

type Side = Pick<Calculation, 'lines' | 'totalFen'>;
const words = (line: CalculationLine): string => (line.applicable ? line.words : `不适用：${line.reason ?? ''}`);

/**
 * Compares an old calculation with a new one for the recalculation preview. A line has changed when
 * its amount or whether it applies changed (its words alone changing is not a change of money).
 * Changes follow the new calculation's order; removed lines come last, in the old order.
 */
export function diffCalculations(old: Side, next: Side): CalculationDiff {
  const oldByCode = new Map(old.lines.map((line) => [line.code, line]));
  const newCodes = new Set(next.lines.map((line) => line.code));
  const changes: LineChange[] = [];
  for (const line of next.lines) {
    const before = oldByCode.get(line.code);
    if (!before) {
      changes.push({
        code: line.code,
        name: line.name,
        change: 'added',
        oldAmountFen: null,
        newAmountFen: line.amountFen,
        differenceFen: line.amountFen,
        oldWords: null,
        newWords: words(line),
      });
    } else if (before.amountFen !== line.amountFen || before.applicable !== line.applicable) {
      changes.push({
        code: line.code,
        name: line.name,
        change: 'changed',
        oldAmountFen: before.amountFen,
        newAmountFen: line.amountFen,
        differenceFen: line.amountFen - before.amountFen,
        oldWords: words(before),
        newWords: words(line),
      });
    }
  }
  for (const line of old.lines.filter((l) => !newCodes.has(l.code))) {
    changes.push({
      code: line.code,
      name: line.name,
      change: 'removed',
      oldAmountFen: line.amountFen,
      newAmountFen: null,
      differenceFen: -line.amountFen,
      oldWords: words(line),
      newWords: null,
    });
  }
  return { oldTotalFen: old.totalFen, newTotalFen: next.totalFen, differenceFen: next.totalFen - old.totalFen, changes };
}
