import { Dec } from '@app/platform';
import { fenToDec, formatDecimal, formatYuan, roundToFen, yuanText } from './money.js';

describe('money', () => {
  it.each([
    ['0.005', 1n],
    ['0.004999999', 0n],
    ['102426.775', 10242678n],
    ['102426.7749', 10242677n],
    ['1.995', 200n],
    ['0', 0n],
    ['-0.005', -1n],
    ['-0.0049', 0n],
    ['-1.235', -124n],
  ])('rounds %s yuan half-up (ties away from zero) to %s fen', (yuan, fen) => {
    expect(roundToFen(new Dec(yuan))).toBe(fen);
  });

  it('formats yuan with thousands separators and two decimals', () => {
    expect(formatYuan(19039138n)).toBe('190,391.38');
    expect(formatYuan(0n)).toBe('0.00');
    expect(formatYuan(5n)).toBe('0.05');
    expect(formatYuan(100000000000n)).toBe('1,000,000,000.00');
    expect(formatYuan(-123456789n)).toBe('-1,234,567.89');
    expect(formatYuan(99999n)).toBe('999.99');
    expect(formatYuan(100000n)).toBe('1,000.00');
    expect(formatDecimal(new Dec('-1234.5'))).toBe('-1,234.50');
    expect(formatYuan(-123456n)).toBe('-1,234.56');
    expect(yuanText(19039138n)).toBe('190391.38');
  });

  it('shows decimals with at least two places and every significant one', () => {
    expect(formatDecimal(new Dec('120.5'))).toBe('120.50');
    expect(formatDecimal(new Dec('120.505'))).toBe('120.505');
    expect(formatDecimal(new Dec('1234567'))).toBe('1,234,567.00');
    expect(formatDecimal(new Dec('4'), 0)).toBe('4');
  });

  it('turns fen back into exact yuan', () => {
    expect(fenToDec(19039138n).toFixed()).toBe('190391.38');
    expect(fenToDec(-1n).toFixed()).toBe('-0.01');
  });
});
