import { creditCodeCheckChar, isValidCreditCode, makeCreditCode, orgCodeCheckChar } from './credit-code.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts the standard example and rejects a changed character', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
  });

  it('maps a weighted sum divisible by 31 to check character 0', () => {
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const sum = (s: string) => s.split('').reduce((acc, c, i) => acc + charset.indexOf(c) * weights[i], 0);
    const first17 = charset
      .split('')
      .map((c) => `9131011800000000${c}`)
      .find((s) => sum(s) % 31 === 0)!;
    expect(creditCodeCheckChar(first17)).toBe('0');
    expect(isValidCreditCode(`${first17}0`)).toBe(true);
  });

  it('embeds a 组织机构代码 with its own GB 11714 check', () => {
    expect(orgCodeCheckChar('12345678')).toBe('8');
    const code = makeCreditCode('57919724');
    expect(code).toHaveLength(18);
    expect(code.startsWith('91310118579197243')).toBe(true);
    expect(isValidCreditCode(code)).toBe(true);
  });
});
