import { maskedName } from './disclosure.js';

describe('maskedName (阳光征收公示)', () => {
  it('keeps the first and last characters and hides those between', () => {
    expect(maskedName('王小明')).toBe('王*明');
    expect(maskedName('欧阳小明')).toBe('欧**明');
    expect(maskedName('  李建国 ')).toBe('李*国');
  });
  it('keeps only the surname of a two-character name and hides a single character', () => {
    expect(maskedName('王明')).toBe('王*');
    expect(maskedName('王')).toBe('*');
    expect(maskedName('')).toBe('*');
  });
  it('counts characters, not UTF-16 units (a rare character outside the BMP)', () => {
    expect(maskedName('𠀋小明')).toBe('𠀋*明');
  });
});
