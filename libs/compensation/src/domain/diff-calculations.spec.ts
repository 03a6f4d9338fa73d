import type { CalculationLine } from './calculate.js';
import { diffCalculations } from './diff-calculations.js';

const line = (code: string, amountFen: bigint, extra: Partial<CalculationLine> = {}): CalculationLine => ({
  code,
  name: `项目${code}`,
  rule: 'per_household',
  applicable: true,
  reason: null,
  inputs: [],
  words: `每户定额 ${code}`,
  exact: '0',
  bound: null,
  note: null,
  amountFen,
  ...extra,
});
const calc = (...lines: CalculationLine[]) => ({ lines, totalFen: lines.reduce((s, l) => s + l.amountFen, 0n) });

describe('diffCalculations', () => {
  it('reports totals, their difference and the lines added, removed and changed', () => {
    const old = calc(line('A', 100n), line('B', 200n), line('C', 300n));
    const next = calc(line('A', 100n), line('C', 350n, { words: '新' }), line('D', 50n));
    expect(diffCalculations(old, next)).toEqual({
      oldTotalFen: 600n,
      newTotalFen: 500n,
      differenceFen: -100n,
      changes: [
        {
          code: 'C',
          name: '项目C',
          change: 'changed',
          oldAmountFen: 300n,
          newAmountFen: 350n,
          differenceFen: 50n,
          oldWords: '每户定额 C',
          newWords: '新',
        },
        {
          code: 'D',
          name: '项目D',
          change: 'added',
          oldAmountFen: null,
          newAmountFen: 50n,
          differenceFen: 50n,
          oldWords: null,
          newWords: '每户定额 D',
        },
        {
          code: 'B',
          name: '项目B',
          change: 'removed',
          oldAmountFen: 200n,
          newAmountFen: null,
          differenceFen: -200n,
          oldWords: '每户定额 B',
          newWords: null,
        },
      ],
    });
  });

  it('counts a line that stops applying as changed, and ignores reworded lines of equal amount', () => {
    const old = calc(line('A', 0n, { applicable: false, reason: '无无证面积', words: '' }), line('B', 100n));
    const next = calc(line('A', 0n), line('B', 100n, { words: '100.00 m² × 1.00 元/m²' }));
    expect(diffCalculations(old, next).changes).toEqual([
      expect.objectContaining({ code: 'A', change: 'changed', differenceFen: 0n, oldWords: '不适用：无无证面积', newWords: '每户定额 A' }),
    ]);
  });

  it('finds nothing between equal calculations', () => {
    const same = calc(line('A', 1n), line('B', 2n));
    expect(diffCalculations(same, same)).toEqual({ oldTotalFen: 3n, newTotalFen: 3n, differenceFen: 0n, changes: [] });
  });

  it('balances: the changes add up to the difference of the totals', () => {
    const old = calc(line('A', 123n), line('B', 7n), line('X', 99n));
    const next = calc(line('B', 70n), line('A', 120n), line('Y', 1n));
    const diff = diffCalculations(old, next);
    expect(diff.changes.reduce((s, c) => s + c.differenceFen, 0n)).toBe(diff.differenceFen);
  });
});
