import { maskIfPersonalNumber, maskPersonalData, maskText } from './mask-personal-data.js';

describe('maskText', () => {
  it('masks an ID number to its first 6 and last 4 characters', () => {
    expect(maskText('31011819500101123X')).toBe('310118********123X');
    expect(maskText('户主 310118195001011234 已登记')).toBe('户主 310118********1234 已登记');
  });

  it('masks a mobile number to its first 3 and last 4 digits', () => {
    expect(maskText('13812345678')).toBe('138****5678');
    expect(maskText('电话:19912345678;')).toBe('电话:199****5678;');
  });

  it('leaves other text alone', () => {
    expect(maskText('二联村3组 12500.50')).toBe('二联村3组 12500.50');
    expect(maskText('12345678901')).toBe('12345678901');
  });

  it('keeps uuids whole, even when a run of their digits looks like a phone number', () => {
    const id = '0b7d5f2e-9c1a-4e3b-8f6d-138123456789';
    expect(maskText(id)).toBe(id);
    expect(maskText(`/api/households/${id}`)).toBe(`/api/households/${id}`);
  });
});

describe('maskPersonalData', () => {
  it('masks nested strings and numbers and hides passwords', () => {
    const input = {
      headIdNumber: '310118195001011234',
      phone: 13812345678,
      members: [{ name: '张三', idNumber: '31011819900315002x' }],
      password: 'Secret#2013',
      passwordHash: '$argon2id$...',
      area: '150.00',
      yearBuilt: 1995,
      nothing: null,
    };
    expect(maskPersonalData(input)).toEqual({
      headIdNumber: '310118********1234',
      phone: '138****5678',
      members: [{ name: '张三', idNumber: '310118********002x' }],
      password: '******',
      passwordHash: '******',
      area: '150.00',
      yearBuilt: 1995,
      nothing: null,
    });
  });

  it('does not change its input', () => {
    const input = { phone: '13812345678' };
    maskPersonalData(input);
    expect(input.phone).toBe('13812345678');
  });
});

describe('maskIfPersonalNumber', () => {
  it('masks a name that is an ID or mobile number, and nothing else', () => {
    expect(maskIfPersonalNumber('13812345678')).toBe('138****5678');
    expect(maskIfPersonalNumber('310118195001011234')).toBe('310118********1234');
    expect(maskIfPersonalNumber('user-17955824889')).toBe('user-17955824889');
    expect(maskIfPersonalNumber('officer')).toBe('officer');
  });
});
