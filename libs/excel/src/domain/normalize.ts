import { Dec, hasForbiddenCharacter, INVISIBLE_CHARACTERS } from '@app/platform';

/**
 * What one spreadsheet cell holds, once the quirks of real files are taken out: full-width
 * characters, stray spaces, numbers typed as text, rich text and hyperlinks. Formulas and error
 * values are kept as their own kinds so a row validator can reject them with a reason.
 */
export type NormalizedCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /**
   * A number cell, or a text cell whose whole content is a number (`source: 'text'`).
   * `text` is the exact decimal as written (`'1,200.50'` → `'1200.50'`, `'００１'` → `'001'`); for a
   * number cell it is the value as Excel shows it (15 significant digits). `original` is what the
   * officer sees in the cell, for text fields such as 组 or 备注.
   */
  | { kind: 'number'; value: number; text: string; source: 'cell' | 'text'; original: string }
  /** A date cell, as its calendar date `YYYY-MM-DD` (Excel dates carry no time zone). */
  | { kind: 'date'; date: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; error: string }
  /** Text holding a character no accepted text may hold (a control character: the API refuses it too). */
  | { kind: 'invalid'; reason: string };

/** Zero-width and direction-control characters: removed, as the API removes them (`@app/platform`). */
const ZERO_WIDTH = INVISIBLE_CHARACTERS;
/** Every horizontal space people paste from Excel, Word or web pages (NBSP, ideographic space…). */
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
const NUMERIC_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;

const halfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * Every character any of the functions below may change or drop: controls and spaces, NBSP, the
 * U+1680/U+2000–206F spaces, zero-width characters and dashes, the minus sign U+2212, the ideographic space, U+FE63, BOM
 * and full-width ASCII. Text without one of them comes back unchanged, so the usual cell — a name,
 * a code, a number — skips the replacements (an import normalises millions of cells).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const MAY_CHANGE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u1680\u180e\u2000-\u206f\u2212\u3000\ufe63\ufeff\uff01-\uff5e]/;
/** Codes are NFKC-folded like the API's (`①` is `1`); plain ASCII needs none of it. */
// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Full-width ASCII forms (U+FF01–FF5E: digits, letters and punctuation) and the ideographic space
 * become their half-width forms; minus-like signs become `-`. Chinese characters and Chinese
 * punctuation such as 、。 are left alone. For codes, numbers, dates and headers.
 */
export function toHalfWidth(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text
    .replace(FULL_WIDTH_ASCII, halfWidth)
    .replace(/\u3000/g, ' ')
    .replace(/[\u2212\u2013\u2014\ufe63]/g, '-');
}

/**
 * Cleans free text (names, villages, remarks): full-width digits and letters become half-width,
 * every kind of space becomes a plain space, zero-width characters go, each line is trimmed and
 * blank lines dropped. Full-width punctuation such as （） is kept: it is ordinary Chinese typography.
 */
export function normalizeText(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text
    .replace(ZERO_WIDTH, '')
    .replace(FULL_WIDTH_ALNUM, halfWidth)
    .replace(SPACES, ' ')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Text on one line: line breaks and runs of spaces become one space. */
export function singleLine(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return normalizeText(text).replace(/\s+/g, ' ');
}

/**
 * A code (户编号, 项目编号, 身份证号…): half-width, without any whitespace. Codes can never contain
 * spaces in this system, so inner spaces are removed rather than kept as one space.
 */
export function normalizeCode(text: string): string {
  if (!MAY_CHANGE.test(text) && !NON_ASCII.test(text)) return text;
  return toHalfWidth(text.replace(ZERO_WIDTH, '')).normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The exact decimal text of a number typed as text, or null when the text is not a number:
 * `'１２０．５'` → `'120.5'`, `'1,200.50'` → `'1200.50'`, `'.5'` → `'0.5'`, `'+3'` → `'3'`.
 * Thousands separators must be grouped correctly (`'1,20'` is not a number), inner spaces are not
 * guessed away (`'12 5'` is not a number). Leading zeros stay.
 */
export function parseNumberText(text: string): string | null {
  const m = NUMERIC_TEXT.exec(MAY_CHANGE.test(text) ? toHalfWidth(text.replace(ZERO_WIDTH, '')).trim() : text);
  if (!m) return null;
  const [, sign, whole = '', fraction] = m;
  if (whole === '' && !fraction) return null;
  const digits = (whole === '' ? '0' : whole.replace(/,/g, '')) + (fraction ? `.${fraction}` : '');
  return sign === '-' && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

/**
 * A number as Excel shows it: 15 significant digits in plain notation, so float noise such as
 * 35.220000000000006 reads 35.22, and an 18-digit number shows the digits Excel has kept.
 */
export function numberText(value: number): string {
  if (Object.is(value, -0) || value === 0) return '0';
  // Integers below 10^15 print exactly as Excel shows them (no float noise, no exponent).
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return new Dec(value.toPrecision(15)).toFixed();
}

/** The calendar date of an Excel date: ExcelJS places Excel's wall-clock time on UTC. */
export function excelDateToCalendarDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const y = date.getUTCFullYear();
  if (y < 1 || y > 9999) return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(y, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function fromText(raw: string): NormalizedCell {
  if (MAY_CHANGE.test(raw) && hasForbiddenCharacter(raw)) return { kind: 'invalid', reason: '含有不允许的控制字符' };
  const text = normalizeText(raw);
  if (text === '') return { kind: 'empty' };
  const decimal = parseNumberText(text);
  if (decimal !== null) return { kind: 'number', value: Number(decimal), text: decimal, source: 'text', original: text };
  return { kind: 'text', text };
}

function richTextOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Array.isArray((value as { richText?: unknown }).richText)) {
    return ((value as { richText: Array<{ text?: unknown }> }).richText ?? [])
      .map((run) => (typeof run?.text === 'string' ? run.text : ''))
      .join('');
  }
  return null;
}

/**
 * Normalises an ExcelJS cell value (`cell.value`, or an entry of `row.values`) of any kind:
 * string, number, Date, boolean, rich text, hyperlink, formula, shared formula, error, null.
 */
export function normalizeCell(value: unknown): NormalizedCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return fromText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'error', error: '#NUM!' };
    const text = numberText(value);
    return { kind: 'number', value, text, source: 'cell', original: text };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    const date = excelDateToCalendarDate(value);
    return date === null ? { kind: 'error', error: '#VALUE!' } : { kind: 'date', date };
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('error' in v) return { kind: 'error', error: String(v.error) };
    // A formula is rejected whatever its cached result: the result is only as fresh as the last recalculation.
    if (typeof v.formula === 'string') return { kind: 'formula', formula: v.formula };
    if (typeof v.sharedFormula === 'string') return { kind: 'formula', formula: v.sharedFormula };
    if ('formula' in v || 'sharedFormula' in v) return { kind: 'formula', formula: '' };
    const rich = richTextOf(value);
    if (rich !== null) return fromText(rich);
    if ('text' in v) {
      const text = richTextOf(v.text);
      if (text !== null) return fromText(text);
    }
  }
  return { kind: 'error', error: '无法识别的单元格内容' };
}

/** What the officer sees in a cell, normalised, or null for an empty, formula or error cell. */
export function cellText(cell: NormalizedCell): string | null {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return cell.original;
    case 'date':
      return cell.date;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    default:
      return null;
  }
}
