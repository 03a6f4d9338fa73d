import {
  cellText,
  excelDateToCalendarDate,
  normalizeCell,
  normalizeCode,
  normalizeText,
  numberText,
  parseNumberText,
  singleLine,
  toHalfWidth,
} from './normalize.js';

describe('toHalfWidth', () => {
  it('turns full-width digits, letters and punctuation into ASCII, and keeps Chinese', () => {
    expect(toHalfWidth('ＧＪ１７－０００１')).toBe('GJ17-0001');
    expect(toHalfWidth('１２０．５')).toBe('120.5');
    expect(toHalfWidth('二联村（北）\u3000３组')).toBe('二联村(北) 3组');
    expect(toHalfWidth('２０１３年１月２２日')).toBe('2013年1月22日');
  });

  it('turns minus-like signs into a hyphen', () => {
    expect(toHalfWidth('\u221212.5')).toBe('-12.5');
  });
});

describe('normalizeText', () => {
  it('drops direction controls as the API does, folds codes with NFKC, and marks a control character as invalid', () => {
    expect(normalizeText('\u202e王建国\u202c')).toBe('王建国');
    expect(normalizeCode('GJ17-\u200b9999')).toBe('GJ17-9999');
    expect(normalizeCode('GJ17-\u2066①\u2069')).toBe('GJ17-1');
    expect(normalizeCell('王\u0000建国')).toEqual({ kind: 'invalid', reason: '含有不允许的控制字符' });
    expect(normalizeCell('第一行\n第二行')).toEqual({ kind: 'text', text: '第一行\n第二行' });
  });

  it('trims ordinary, full-width and no-break spaces and drops zero-width characters', () => {
    expect(normalizeText('\u3000 张建国\u00a0 ')).toBe('张建国');
    expect(normalizeText('\ufeff二联村\u200b')).toBe('二联村');
  });

  it('makes full-width digits and letters half-width but keeps Chinese punctuation', () => {
    expect(normalizeText('徐泾镇二联村（北）１２组，ＡＢ栋')).toBe('徐泾镇二联村（北）12组，AB栋');
  });

  it('keeps line breaks (Alt+Enter in a remark), trims each line and drops blank ones', () => {
    expect(normalizeText('  已签约 \r\n\r\n  待腾房\n')).toBe('已签约\n待腾房');
    expect(singleLine('  已签约 \r\n  待腾房')).toBe('已签约 待腾房');
  });

  it('collapses runs of inner spaces to one', () => {
    expect(normalizeText('沪青平公路   1688 弄')).toBe('沪青平公路 1688 弄');
  });
});

describe('normalizeCode', () => {
  it('removes every space, full-width ones included, and makes the code half-width', () => {
    expect(normalizeCode(' ＧＪ１７ - 0001\u3000')).toBe('GJ17-0001');
    expect(normalizeCode('110105 19491231 002x')).toBe('11010519491231002x');
  });
});

describe('parseNumberText', () => {
  it('reads numbers stored as text', () => {
    expect(parseNumberText('１２０．５')).toBe('120.5');
    expect(parseNumberText('1,200.50')).toBe('1200.50');
    expect(parseNumberText('１，２００．５０')).toBe('1200.50');
    expect(parseNumberText(' 150 ')).toBe('150');
    expect(parseNumberText('.5')).toBe('0.5');
    expect(parseNumberText('120.')).toBe('120');
    expect(parseNumberText('+3')).toBe('3');
    expect(parseNumberText('-12.5')).toBe('-12.5');
    expect(parseNumberText('-0.00')).toBe('0.00');
  });

  it('keeps leading zeros and every digit of a long number', () => {
    expect(parseNumberText('００１')).toBe('001');
    expect(parseNumberText('110105194912310021')).toBe('110105194912310021');
  });

  it('refuses what is not a plain number', () => {
    for (const text of ['', '.', '1,20', '12 5', '1e5', '120.5㎡', '3人', '2013.01.22', '021-59761234', '11010519491231002X']) {
      expect(parseNumberText(text)).toBeNull();
    }
  });
});

describe('numberText', () => {
  it('shows a number the way Excel does: 15 significant digits, plain notation', () => {
    expect(numberText(120.5)).toBe('120.5');
    expect(numberText(35.220000000000006)).toBe('35.22');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(110105194912310020)).toBe('110105194912310000');
    expect(numberText(-0)).toBe('0');
    expect(numberText(1e21)).toBe('1000000000000000000000');
  });
});

describe('excelDateToCalendarDate', () => {
  it('reads the UTC calendar date ExcelJS puts Excel dates on, whatever the local zone', () => {
    expect(excelDateToCalendarDate(new Date(Date.UTC(2013, 0, 22)))).toBe('2013-01-22');
    expect(excelDateToCalendarDate(new Date('2013-01-22T23:59:59.000Z'))).toBe('2013-01-22');
    expect(excelDateToCalendarDate(new Date(Number.NaN))).toBeNull();
  });
});

describe('normalizeCell', () => {
  it('treats null, undefined and blank text as empty', () => {
    expect(normalizeCell(null)).toEqual({ kind: 'empty' });
    expect(normalizeCell(undefined)).toEqual({ kind: 'empty' });
    expect(normalizeCell(' \u3000\u00a0')).toEqual({ kind: 'empty' });
  });

  it('keeps Chinese text, trimmed', () => {
    expect(normalizeCell('  张建国 ')).toEqual({ kind: 'text', text: '张建国' });
  });

  it('reads numbers stored as text as numbers, remembering they were text', () => {
    expect(normalizeCell('１２０．５')).toEqual({ kind: 'number', value: 120.5, text: '120.5', source: 'text', original: '120．5' });
    expect(normalizeCell('1,200.50')).toEqual({ kind: 'number', value: 1200.5, text: '1200.50', source: 'text', original: '1,200.50' });
  });

  it('reads number cells', () => {
    expect(normalizeCell(120.5)).toEqual({ kind: 'number', value: 120.5, text: '120.5', source: 'cell', original: '120.5' });
    expect(normalizeCell(Number.NaN)).toEqual({ kind: 'error', error: '#NUM!' });
  });

  it('reads date cells as calendar dates without a time-zone shift', () => {
    expect(normalizeCell(new Date(Date.UTC(2013, 0, 22)))).toEqual({ kind: 'date', date: '2013-01-22' });
  });

  it('joins rich text runs', () => {
    expect(normalizeCell({ richText: [{ text: '张', font: { bold: true } }, { text: '建国 ' }] })).toEqual({
      kind: 'text',
      text: '张建国',
    });
  });

  it('takes the text of a hyperlink, plain or rich', () => {
    expect(normalizeCell({ text: '二联村', hyperlink: 'https://example.org' })).toEqual({ kind: 'text', text: '二联村' });
    expect(normalizeCell({ text: { richText: [{ text: '金联' }, { text: '村' }] }, hyperlink: '#Sheet2!A1' })).toEqual({
      kind: 'text',
      text: '金联村',
    });
  });

  it('reports formulas, whatever their cached result, and shared formulas', () => {
    expect(normalizeCell({ formula: 'B2*C2', result: 120.5 })).toEqual({ kind: 'formula', formula: 'B2*C2' });
    expect(normalizeCell({ sharedFormula: 'K2', result: 20 })).toEqual({ kind: 'formula', formula: 'K2' });
    expect(normalizeCell({ formula: undefined, result: 3 })).toEqual({ kind: 'formula', formula: '' });
  });

  it('reports error values', () => {
    expect(normalizeCell({ error: '#DIV/0!' })).toEqual({ kind: 'error', error: '#DIV/0!' });
  });

  it('keeps booleans as booleans', () => {
    expect(normalizeCell(true)).toEqual({ kind: 'boolean', value: true });
    expect(cellText({ kind: 'boolean', value: false })).toBe('FALSE');
  });

  it('reports an unknown kind of value instead of guessing', () => {
    expect(normalizeCell({ checkbox: true })).toEqual({ kind: 'error', error: '无法识别的单元格内容' });
  });
});

describe('the unchanged-text fast path', () => {
  // Every BMP character, placed in text that takes the fast path and in text that a leading space
  // sends through the full replacements: both must agree, so the fast path never skips a change.
  const chars = Array.from({ length: 0x10000 }, (_, c) => c)
    .filter((c) => c < 0xd800 || c > 0xdfff)
    .map((c) => String.fromCharCode(c));

  // Characters where the two paths disagree (expected: none). One assertion, not one per character.
  const disagreeing = (fast: (c: string) => unknown, slow: (c: string) => unknown) => chars.filter((c) => fast(c) !== slow(c)).map((c) => c.charCodeAt(0).toString(16));

  it('normalizeText, singleLine and normalizeCode give the same result either way', () => {
    for (const f of [normalizeText, singleLine, normalizeCode]) {
      expect(disagreeing((c) => f(`x${c}y`), (c) => f(` x${c}y`))).toEqual([]);
    }
  });

  it('toHalfWidth and parseNumberText give the same result either way', () => {
    expect(disagreeing((c) => ` ${toHalfWidth(`x${c}`)}`, (c) => toHalfWidth(` x${c}`))).toEqual([]);
    expect(disagreeing((c) => parseNumberText(`1${c}`), (c) => parseNumberText(` 1${c}`))).toEqual([]);
    expect(disagreeing((c) => parseNumberText(`${c}5`), (c) => parseNumberText(` ${c}5`))).toEqual([]);
  });

  it('numberText prints integers as the decimal arithmetic does', () => {
    for (const n of [1, 7, 1999, 2013, 99, 120, 310118, 13812345678, 999_999_999_999_999, -5, -1_000_000]) {
      expect(numberText(n)).toBe(String(n));
    }
    expect(numberText(1e15)).toBe('1000000000000000');
    expect(numberText(35.220000000000006)).toBe('35.22');
  });
});
