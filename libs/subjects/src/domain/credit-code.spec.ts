import { checkCreditCode, creditCodeCheckChar, looksLikeCreditCode, normalizeCreditCode } from './credit-code.js';

/** An independent implementation of GB 32100-2015 for generating test vectors. */
function referenceCheckChar(first17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
  const sum = [...first17].reduce((acc, c, i) => acc + chars.indexOf(c) * weights[i]!, 0);
  const check = 31 - (sum % 31);
  return chars[check === 31 ? 0 : check]!;
}

describe('checkCreditCode (GB 32100-2015)', () => {
  it('accepts a code verified by hand', () => {
    // 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M(21)·20 + 1·8 + Y(30)·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('accepts codes whose check character is 0 (31 → 0) or a letter', () => {
    expect(checkCreditCode('91310000MA1FL0F890')).toEqual({ ok: true, value: '91310000MA1FL0F890' });
    expect(checkCreditCode('91440300MA5DC1BX4Y')).toEqual({ ok: true, value: '91440300MA5DC1BX4Y' });
  });

  it('normalises lowercase letters and spaces', () => {
    expect(checkCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it('agrees with an independent implementation on generated codes', () => {
    const bodies = ['91310118MA1JL0000', '12310000425006117', '91310115132209768', '52310229MJ4992766', '31310000MD0123456'];
    for (const body of bodies) {
      const check = referenceCheckChar(body);
      expect(creditCodeCheckChar(body)).toBe(check);
      expect(checkCreditCode(body + check).ok).toBe(true);
    }
  });

  it('refuses a wrong check character', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, message: '统一社会信用代码校验位不正确，请核对' });
    expect(checkCreditCode('91310000MA1FL0F89X')).toEqual({ ok: false, message: '统一社会信用代码校验位不正确，请核对' });
  });

  it('refuses characters outside the charset (I O Z S V)', () => {
    for (const c of ['I', 'O', 'Z', 'S', 'V']) {
      expect(checkCreditCode(`91350100M000100${c}43`)).toEqual({ ok: false, message: `统一社会信用代码含有无效字符 ${c}（不使用 I、O、Z、S、V）` });
    }
    expect(checkCreditCode('91350100M000100-43')).toMatchObject({ ok: false });
  });

  it('refuses the wrong length and a non-numeric region code', () => {
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ ok: false, message: '统一社会信用代码必须是 18 位（当前 17 位）' });
    const body = '913A0100M000100Y4';
    expect(checkCreditCode(body + creditCodeCheckChar(body))).toEqual({ ok: false, message: '统一社会信用代码第 3 至 8 位必须是行政区划码（数字）' });
  });

  it('refuses empty input', () => {
    expect(checkCreditCode('')).toEqual({ ok: false, message: '统一社会信用代码不能为空' });
    expect(checkCreditCode(null)).toEqual({ ok: false, message: '统一社会信用代码不能为空' });
  });

  it('recognises the shape', () => {
    expect(normalizeCreditCode('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(looksLikeCreditCode('91350100m000100y43')).toBe(true);
    expect(looksLikeCreditCode('QY-001')).toBe(false);
  });
});
