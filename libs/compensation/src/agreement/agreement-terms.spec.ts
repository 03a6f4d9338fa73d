import { agreedAmount, linesNamed } from './agreement-terms.js';
import type { StoredLine } from '../calculation/calculation.entity.js';
import type { SwapDifference } from '../domain/swap-difference.js';

const line = (name: string, amountFen: string) => ({ code: name, name, amountFen }) as StoredLine;

describe('agreement terms', () => {
  it('states the moving and temporary-resettlement fees as the sum of the lines so named', () => {
    const lines = [line('搬家费', '120000'), line('临时安置费', '5760000'), line('建安重置价', '17834000')];
    expect(linesNamed(lines, '搬家')).toBe(120000n);
    expect(linesNamed(lines, '临时安置')).toBe(5760000n);
    expect(linesNamed(lines, '设备')).toBe(0n);
  });

  it('agrees the compensation for money, the 差价 payable to the household for a swap, and nothing when the household pays', () => {
    expect(agreedAmount(100_00n, null)).toBe(100_00n);
    expect(agreedAmount(100_00n, { differenceFen: 40_00n } as SwapDifference)).toBe(40_00n);
    expect(agreedAmount(100_00n, { differenceFen: -40_00n } as SwapDifference)).toBe(0n);
  });
});
