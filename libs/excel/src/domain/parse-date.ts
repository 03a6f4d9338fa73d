import { toHalfWidth, type NormalizedCell } from './normalize.js';

/** A calendar date `YYYY-MM-DD`, or why the cell is not one (Chinese, naming the column). */
export type DateParseResult = { ok: true; date: string } | { ok: false; message: string };

export interface DateRules {
  /** The column's Chinese name, used in messages. Default `日期`. */
  label?: string;
  /** Earliest acceptable date, `YYYY-MM-DD`. Default 1900-01-01. */
  earliest?: string;
  /** Latest acceptable date, `YYYY-MM-DD` — pass today in Asia/Shanghai for dates that cannot be in the future. */
  latest?: string;
  /** Whether the workbook uses the 1904 date system (old Mac Excel). */
  date1904?: boolean;
}

/** Serial numbers outside 1900-01-01 … 2099-12-31 are not taken for dates: they are amounts typed in the wrong column. */
const SERIAL_MIN = 1;
const SERIAL_MAX = 73050;
const MS_PER_DAY = 86_400_000;
/** Excel serial 25569 is 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The calendar date of an Excel serial number, or null outside 1900-01-01 … 2099-12-31.
 * In the 1900 system Excel counts a 1900-02-29 that never existed (Lotus 1-2-3's bug): serial 60
 * is that day and is refused, and serials 1–59 are one day later than plain arithmetic suggests.
 * A fractional part is a time of day and is dropped.
 */
export function excelSerialToDate(serial: number, options: { date1904?: boolean } = {}): string | null {
  if (!Number.isFinite(serial)) return null;
  let day = Math.floor(serial);
  if (options.date1904) day += 1462;
  if (day < SERIAL_MIN || day > SERIAL_MAX) return null;
  if (day === 60) return null;
  if (day < 60) day += 1;
  const d = new Date((day - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const SEPARATED = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TWO_DIGIT_YEAR = /^(\d{2})[-./年](\d{1,2})[-./月](\d{1,2})日?$/;

type Parts = { y: number; m: number; d: number; shown: string };

/**
 * Whether year, month and day name a real calendar date: what `isCalendarDate` decides for the
 * `YYYY-MM-DD` text (years before 100 included: it refuses them), by arithmetic instead of a parse.
 */
function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function partsOf(text: string): Parts | 'two-digit-year' | null {
  const compact = toHalfWidth(text).replace(/\s+/g, ' ').trim();
  const spaceless = compact.replace(/ /g, '');
  const m = SEPARATED.exec(compact) ?? CHINESE.exec(spaceless);
  if (m) {
    const [y, mo, d] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
    return { y: Number(y), m: Number(mo), d: Number(d), shown: compact };
  }
  const c = COMPACT.exec(spaceless);
  if (c) return { y: Number(c[1]), m: Number(c[2]), d: Number(c[3]), shown: compact };
  if (TWO_DIGIT_YEAR.test(spaceless)) return 'two-digit-year';
  return null;
}

/**
 * Parses a date typed as text: `2013-01-22`, `2013-1-22`, `2013.01.22`, `2013/01/22`,
 * `2013年1月22日`, `20130122`, in full-width characters too, optionally followed by a time.
 */
export function parseDateText(text: string, label = '日期'): DateParseResult {
  const parts = partsOf(text);
  if (parts === 'two-digit-year') return { ok: false, message: `${label}的年份请写 4 位（如 2013-01-22）` };
  if (parts === null) return { ok: false, message: `${label}「${text}」无法识别，请填写如 2013-01-22 的日期` };
  const date = `${pad(parts.y, 4)}-${pad(parts.m)}-${pad(parts.d)}`;
  if (!isRealDate(parts.y, parts.m, parts.d)) return { ok: false, message: `${label}「${parts.shown}」不是有效日期` };
  return { ok: true, date };
}

function withinRange(date: string, rules: DateRules): DateParseResult {
  const label = rules.label ?? '日期';
  const earliest = rules.earliest ?? '1900-01-01';
  if (date < earliest) return { ok: false, message: `${label}不能早于 ${earliest}（当前 ${date}）` };
  if (rules.latest !== undefined && date > rules.latest) return { ok: false, message: `${label}不能晚于 ${rules.latest}（当前 ${date}）` };
  return { ok: true, date };
}

/**
 * A date from a normalised cell: an Excel date, an Excel serial number, an 8-digit number such as
 * 20130122, or text (see `parseDateText`). Blank cells are the caller's business (required or not).
 */
export function parseDateCell(cell: NormalizedCell, rules: DateRules = {}): DateParseResult {
  const label = rules.label ?? '日期';
  switch (cell.kind) {
    case 'date':
      return withinRange(cell.date, rules);
    case 'number': {
      if (cell.source === 'text' || /^\d{8}$/.test(cell.text)) {
        const parsed = parseDateText(cell.text, label);
        if (parsed.ok) return withinRange(parsed.date, rules);
        if (/^\d{8}$/.test(cell.text)) return parsed;
      }
      // Text such as '2013.1' is a half-typed date, not a serial number.
      if (cell.source === 'text' && !/^\d+$/.test(cell.text))
        return { ok: false, message: `${label}「${cell.original}」无法识别，请填写如 2013-01-22 的日期` };
      const date = excelSerialToDate(cell.value, { date1904: rules.date1904 });
      if (date === null) return { ok: false, message: `${label}「${cell.original}」不是日期，请填写如 2013-01-22 的日期` };
      return withinRange(date, rules);
    }
    case 'text': {
      const parsed = parseDateText(cell.text, label);
      return parsed.ok ? withinRange(parsed.date, rules) : parsed;
    }
    case 'empty':
      return { ok: false, message: `${label}不能为空` };
    case 'formula':
      return { ok: false, message: `${label}不接受公式，请粘贴为数值` };
    case 'error':
      return { ok: false, message: `${label}单元格是错误值 ${cell.error}，请改为日期` };
    case 'boolean':
      return { ok: false, message: `${label}不是日期，请填写如 2013-01-22 的日期` };
    case 'invalid':
      return { ok: false, message: `${label}${cell.reason}` };
  }
}
