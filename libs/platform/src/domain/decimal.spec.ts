import { Dec, fenToYuan, formatArea, isDecimalLike, sumDecimals, toDecimal, yuanToFen } from './decimal.js';

describe('decimal', () => {
  it('adds without floating point error', () => {
    expect(sumDecimals(['0.1', '0.2']).toFixed(2)).toBe('0.30');
    expect(sumDecimals([0.1, 0.2]).equals(toDecimal('0.3'))).toBe(true);
    expect(sumDecimals(Array.from({ length: 1000 }, () => '0.01')).toFixed(2)).toBe('10.00');
  });

  it('formats areas half-up to two decimals', () => {
    expect(formatArea('123.455')).toBe('123.46');
    expect(formatArea('123.454')).toBe('123.45');
    expect(formatArea(80)).toBe('80.00');
    expect(formatArea('  7.1 ')).toBe('7.10');
    // Text already at two places comes back as it is, exactly as the decimal formatting would give it.
    for (const text of ['0.00', '0.05', '120.50', '99999999.99', '7.10']) expect(formatArea(text)).toBe(new Dec(text).toFixed(2));
    expect(formatArea('007.10')).toBe('7.10');
    expect(formatArea('-0.00')).toBe(new Dec('-0.00').toFixed(2));
    expect(formatArea('12.3456')).toBe('12.35');
  });

  it('converts yuan and fen exactly', () => {
    expect(yuanToFen('1234567.89')).toBe(123456789n);
    expect(yuanToFen('0.07')).toBe(7n);
    expect(fenToYuan(123456789n)).toBe('1234567.89');
    expect(fenToYuan(-5n)).toBe('-0.05');
    expect(fenToYuan(-12345n)).toBe('-123.45');
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan('7')).toBe('0.07');
    expect(fenToYuan(12345678901234567890123n)).toBe('123456789012345678901.23');
    expect(fenToYuan('12.5')).toBe('0.13');
    expect(() => yuanToFen('0.001')).toThrow('金额不能小于 1 分');
  });

  it('rejects non-numbers', () => {
    expect(isDecimalLike('12a')).toBe(false);
    expect(isDecimalLike(Number.NaN)).toBe(false);
    expect(isDecimalLike('-3.5')).toBe(true);
    expect(() => toDecimal('abc')).toThrow('不是有效的数字');
  });
});
