import { caseVariants, prefixRange } from './case-variants.js';

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

describe('prefixRange', () => {
  it('bounds a prefix by the same text with its last character one higher', () => {
    expect(prefixRange('LP1-0123')).toEqual({ from: 'LP1-0123', before: 'LP1-0124' });
    expect(prefixRange('lp2-0')).toEqual({ from: 'lp2-0', before: 'lp2-1' });
    expect(prefixRange('王')).toEqual({ from: '王', before: String.fromCodePoint('王'.codePointAt(0)! + 1) });
    expect(prefixRange('a\u{d7ff}')).toEqual({ from: 'a\u{d7ff}', before: 'a\u{e000}' });
  });

  it('drops a last character that has no higher one, and has no range for an empty prefix or one without any', () => {
    expect(prefixRange('ab\u{10ffff}')).toEqual({ from: 'ab\u{10ffff}', before: 'ac' });
    expect(prefixRange('\u{10ffff}\u{10ffff}')).toBeNull();
    expect(prefixRange('')).toBeNull();
  });

  it('holds exactly the texts that begin with the prefix, compared byte by byte as UTF-8', () => {
    const texts = ['LP1-0123', 'LP1-01230', 'LP1-0123\u{10ffff}', 'LP1-0124', 'LP1-0122Z', 'LP1-012', 'LP1-0123王', 'lp1-0123', 'LP1-0123-9'];
    const bytes = (text: string) => Buffer.from(text, 'utf8');
    for (const prefix of ['LP1-0123', 'LP1-012', '王', 'LP1-0123\u{10ffff}']) {
      const { from, before } = prefixRange(prefix)!;
      const inRange = texts.filter((t) => Buffer.compare(bytes(t), bytes(from)) >= 0 && Buffer.compare(bytes(t), bytes(before)) < 0);
      expect(inRange.sort()).toEqual(texts.filter((t) => t.startsWith(prefix)).sort());
    }
  });
});
