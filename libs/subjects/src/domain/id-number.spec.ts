import { checkIdNumber, idNumberCheckDigit, looksLikeIdNumber, normalizeIdNumber } from './id-number.js';

const TODAY = '2013-06-30';

describe('checkIdNumber (GB 11643-1999)', () => {
  it('accepts the standard example 11010519491231002X', () => {
    expect(checkIdNumber('11010519491231002X', { today: TODAY })).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('accepts a lowercase x and normalises it to X', () => {
    expect(checkIdNumber('11010519491231002x', { today: TODAY })).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('trims spaces, including full-width ones pasted from Excel', () => {
    expect(checkIdNumber(' 110105 19491231002X\u3000', { today: TODAY })).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('accepts a numeric check digit (310118198001010015)', () => {
    // 3·7 + 1·9 + 1·5 + 1·8 + 8·4 + 1·2 + 9·1 + 8·6 + 1·9 + 1·5 + 1·2 = 150; 150 mod 11 = 7 → '5'
    expect(checkIdNumber('310118198001010015', { today: TODAY })).toEqual({ ok: true, value: '310118198001010015' });
  });

  it('refuses a wrong check digit', () => {
    expect(checkIdNumber('110105194912310021', { today: TODAY })).toEqual({ ok: false, message: '身份证号校验位不正确，请核对' });
    expect(checkIdNumber('310118198001010016', { today: TODAY })).toEqual({ ok: false, message: '身份证号校验位不正确，请核对' });
  });

  it('refuses the wrong length and says how long it is', () => {
    expect(checkIdNumber('1101051949123100', { today: TODAY })).toEqual({ ok: false, message: '身份证号必须是 18 位（当前 16 位）' });
    expect(checkIdNumber('110105491231002', { today: TODAY })).toMatchObject({ ok: false, message: '身份证号必须是 18 位（当前 15 位）' });
  });

  it('refuses letters other than a final X', () => {
    expect(checkIdNumber('1101051949123100AX', { today: TODAY })).toEqual({ ok: false, message: '身份证号前 17 位必须是数字，最后一位是数字或 X' });
    expect(checkIdNumber('11010519491231002Y', { today: TODAY })).toMatchObject({ ok: false });
  });

  it('refuses an impossible birth date such as 30 February', () => {
    const first17 = '31011819800230001';
    const id = first17 + idNumberCheckDigit(first17);
    expect(checkIdNumber(id, { today: TODAY })).toEqual({ ok: false, message: '身份证号中的出生日期 19800230 不是有效日期' });
  });

  it('accepts 29 February in a leap year only', () => {
    const leap = '31011819800229001';
    const notLeap = '31011819810229001';
    expect(checkIdNumber(leap + idNumberCheckDigit(leap), { today: TODAY }).ok).toBe(true);
    expect(checkIdNumber(notLeap + idNumberCheckDigit(notLeap), { today: TODAY }).ok).toBe(false);
  });

  it('refuses a birth date after today (Asia/Shanghai) or before 1900', () => {
    const future = '31011820130701001';
    expect(checkIdNumber(future + idNumberCheckDigit(future), { today: TODAY })).toEqual({
      ok: false,
      message: '身份证号中的出生日期 20130701 晚于今天',
    });
    const born = '31011820130630001';
    expect(checkIdNumber(born + idNumberCheckDigit(born), { today: TODAY }).ok).toBe(true);
    const old = '31011818991231001';
    expect(checkIdNumber(old + idNumberCheckDigit(old), { today: TODAY })).toEqual({ ok: false, message: '身份证号中的出生日期 18991231 早于 1900 年' });
  });

  it('refuses an unknown province code', () => {
    for (const prefix of ['00', '10', '20', '39', '83', '99']) {
      const first17 = `${prefix}011819800101001`;
      expect(checkIdNumber(first17 + idNumberCheckDigit(first17), { today: TODAY })).toEqual({
        ok: false,
        message: `身份证号的地区码 ${prefix}0118 无效`,
      });
    }
  });

  it('refuses empty and non-text input', () => {
    expect(checkIdNumber('', { today: TODAY })).toEqual({ ok: false, message: '身份证号不能为空' });
    expect(checkIdNumber('   ', { today: TODAY })).toEqual({ ok: false, message: '身份证号不能为空' });
    expect(checkIdNumber(undefined)).toEqual({ ok: false, message: '身份证号不能为空' });
    expect(checkIdNumber(110105194912310020)).toEqual({ ok: false, message: '身份证号不能为空' });
  });

  it('uses the Shanghai date by default', () => {
    expect(checkIdNumber('11010519491231002X').ok).toBe(true);
  });
});

describe('id number helpers', () => {
  it('computes the MOD 11-2 check digit', () => {
    expect(idNumberCheckDigit('11010519491231002')).toBe('X');
    expect(idNumberCheckDigit('31011819800101001')).toBe('5');
    expect(() => idNumberCheckDigit('1101051949123100')).toThrow();
  });

  it('normalises and recognises the shape', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(looksLikeIdNumber('11010519491231002x')).toBe(true);
    expect(looksLikeIdNumber('110105194912310021')).toBe(true);
    expect(looksLikeIdNumber('GJ17-0001')).toBe(false);
    expect(looksLikeIdNumber('张三')).toBe(false);
  });
});
