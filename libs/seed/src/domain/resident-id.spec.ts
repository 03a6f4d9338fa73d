import { birthDateOf, isValidResidentId, makeResidentId, residentIdCheckChar, sexOf } from './resident-id.js';

describe('身份证号 (GB 11643-1999)', () => {
  it('accepts the standard example and rejects a wrong check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('rejects impossible birth dates, wrong length and lowercase x', () => {
    const bad = '31022919830230001';
    expect(isValidResidentId(bad + residentIdCheckChar(bad))).toBe(false);
    expect(isValidResidentId('31022919830101001')).toBe(false);
    expect(isValidResidentId('11010519491231002x')).toBe(false);
  });

  it('builds numbers whose birth date and sex read back', () => {
    const male = makeResidentId({ region: '310229', birthDate: '1956-03-08', sequence: 12, sex: 'male' });
    const female = makeResidentId({ region: '310118', birthDate: '2004-11-30', sequence: 12, sex: 'female' });
    expect(isValidResidentId(male)).toBe(true);
    expect(isValidResidentId(female)).toBe(true);
    expect(male.startsWith('31022919560308')).toBe(true);
    expect(birthDateOf(female)).toBe('2004-11-30');
    expect(sexOf(male)).toBe('male');
    expect(sexOf(female)).toBe('female');
  });

  it('refuses a sequence that does not fit three digits', () => {
    expect(() => makeResidentId({ region: '310229', birthDate: '1956-03-08', sequence: 500, sex: 'male' })).toThrow();
  });
});
