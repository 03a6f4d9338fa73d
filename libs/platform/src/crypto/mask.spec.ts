import { maskIdNumber, maskPhone } from './mask.js';

describe('maskIdNumber', () => {
  it('keeps the region code and the last 4 characters', () => {
    expect(maskIdNumber('310229197001011234')).toBe('310229********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('passes null through and hides short values entirely', () => {
    expect(maskIdNumber(null)).toBeNull();
    expect(maskIdNumber('3101181980')).toBe('**********');
  });

  it('leaves nothing the issue’s masking scan would find', () => {
    expect(maskIdNumber('310229197001011234')).not.toMatch(/\d{17}[\dXx]/);
  });
});

describe('maskPhone', () => {
  it('masks the middle four digits of a mobile', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('+8613912345678')).toBe('+86139****5678');
    expect(maskPhone('13912345678')).not.toMatch(/1[3-9]\d{9}/);
  });

  it('keeps a landline’s area code and last 4 digits', () => {
    expect(maskPhone('021-59761234')).toBe('021-****1234');
    expect(maskPhone('02159761234')).toBe('021****1234');
    expect(maskPhone('010-1234567')).toBe('010-***4567');
    expect(maskPhone('0512-65123456')).toBe('0512-****3456');
    expect(maskPhone('021-59761234-801')).toBe('021-****1234-***');
  });

  it('passes null through and shows little of anything else', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('9876543210')).toBe('******3210');
  });
});
