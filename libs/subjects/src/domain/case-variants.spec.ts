import { caseVariants } from './case-variants.js';

describe('caseVariants', () => {
  it('spells each ASCII letter both ways and keeps everything else', () => {
    expect(caseVariants('Lp2-04')!.sort()).toEqual(['LP2-04', 'Lp2-04', 'lP2-04', 'lp2-04']);
  });

  it('answers the text alone when nothing in it has a case', () => {
    expect(caseVariants('0123-')).toEqual(['0123-']);
    expect(caseVariants('王建国')).toEqual(['王建国']);
    expect(caseVariants('')).toEqual(['']);
  });

  it('gives up beyond the limit and on letters outside ASCII', () => {
    expect(caseVariants('abcd')).toHaveLength(16);
    expect(caseVariants('abcde')).toBeNull();
    expect(caseVariants('ab', 2)).toBeNull();
    expect(caseVariants('Ｇ17')).toBeNull();
    expect(caseVariants('straße')).toBeNull();
  });

  it('covers exactly what a case-insensitive prefix covers', () => {
    const codes = ['LP2-041', 'lp2-04x', 'Lp2-040', 'LP2-05', 'LP1-04', 'lP2-0'];
    const insensitive = codes.filter((c) => c.toLowerCase().startsWith('lp2-04'));
    const variants = caseVariants('lP2-04')!;
    expect(codes.filter((c) => variants.some((v) => c.startsWith(v))).sort()).toEqual(insensitive.sort());
  });
});
