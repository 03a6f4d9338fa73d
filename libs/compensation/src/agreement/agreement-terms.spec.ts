import { agreedAmount, roleAmount } from './agreement-terms.js';
import type { StoredLine } from '../calculation/calculation.entity.js';
import type { SwapDifference } from '../domain/swap-difference.js';

const line = (code: string, name: string, amountFen: string) => ({ code, name, amountFen }) as StoredLine;

describe('agreement terms', () => {
  it('states the moving and temporary-resettlement fees from the items the scheme marks with those roles, not by name', () => {
    const lines = [line('BJ', '搬迁补助', '120000'), line('LS', '过渡期补贴', '5760000'), line('JA', '建安重置价', '17834000'), line('XX', '搬家费（旧）', '99')];
    const items = [
      { code: 'BJ', role: 'moving_fee' as const },
      { code: 'LS', role: 'temporary_resettlement_fee' as const },
      { code: 'JA' },
      { code: 'XX' },
    ];
    expect(roleAmount(lines, items, 'moving_fee')).toBe(120000n);
    expect(roleAmount(lines, items, 'temporary_resettlement_fee')).toBe(5760000n);
    expect(roleAmount(lines, [{ code: 'JA' }], 'moving_fee')).toBe(0n);
  });

  it('agrees the compensation for money, the 差价 payable to the household for a swap, and nothing when the household pays', () => {
    expect(agreedAmount(100_00n, null)).toBe(100_00n);
    expect(agreedAmount(100_00n, { differenceFen: 40_00n } as SwapDifference)).toBe(40_00n);
    expect(agreedAmount(100_00n, { differenceFen: -40_00n } as SwapDifference)).toBe(0n);
  });
});
