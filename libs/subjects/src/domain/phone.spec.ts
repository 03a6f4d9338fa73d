import { checkPhone } from './phone.js';

describe('checkPhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['139 1234 5678', '13912345678'],
    ['+86 13812345678', '13812345678'],
    ['021-59761234', '021-59761234'],
    ['02159761234', '02159761234'],
    ['0512-6523456', '0512-6523456'],
    ['021-59761234-801', '021-59761234-801'],
  ])('accepts %s', (raw, value) => {
    expect(checkPhone(raw)).toEqual({ ok: true, value });
  });

  it.each(['12812345678', '1381234567', '138123456789', '59761234', '021-597', 'abc', '21-59761234'])('refuses %s', (raw) => {
    expect(checkPhone(raw)).toEqual({ ok: false, message: '联系电话应为 11 位手机号或带区号的固定电话（如 021-59761234）' });
  });

  it('refuses empty input', () => {
    expect(checkPhone(' ')).toEqual({ ok: false, message: '联系电话不能为空' });
  });
});
