import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date and time is shown in Shanghai, whatever the browser's time zone. */
const ZONE = 'Asia/Shanghai';
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An instant (the api's `2013-03-01T09:30:00.000+08:00`, or a Date) in Shanghai; null when empty or unreadable. */
function inShanghai(value: string | Date | null | undefined): Dayjs | null {
  if (!value) return null;
  const d = dayjs(value);
  return d.isValid() ? d.tz(ZONE) : null;
}

/** A calendar date (`YYYY-MM-DD`, shown as it is) or an instant's Shanghai day, as `YYYY-MM-DD`; empty as `—`. */
export function formatDate(value: string | Date | null | undefined): string {
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) return value;
  return inShanghai(value)?.format('YYYY-MM-DD') ?? '—';
}

/** An instant as Shanghai time, `YYYY-MM-DD HH:mm` (with `seconds`: `HH:mm:ss`); empty as `—`. */
export function formatDateTime(value: string | Date | null | undefined, options: { seconds?: boolean } = {}): string {
  return inShanghai(value)?.format(options.seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') ?? '—';
}

/** An instant's Shanghai time of day, `HH:mm:ss`; empty as `—`. */
export function formatTime(value: string | Date | null | undefined): string {
  return inShanghai(value)?.format('HH:mm:ss') ?? '—';
}

/** The day a date picker shows, as `YYYY-MM-DD` (a calendar day: no zone conversion); empty as null. */
export function formatPickedDate(value: Dayjs | null | undefined): string | null {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : null;
}

/** Today's calendar date in Shanghai, `YYYY-MM-DD`. */
export function todayInShanghai(): string {
  return dayjs().tz(ZONE).format('YYYY-MM-DD');
}

const twoDecimals = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Areas as `123.45 ㎡` (the api sends decimal strings). */
export function formatArea(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = Number(value);
  return Number.isFinite(n) ? `${twoDecimals.format(n)} ㎡` : '—';
}

/**
 * An amount in yuan as `1,234,567.89` (`#,##0.00`, exact to the fen; the api sends decimal strings and
 * no float arithmetic is done here); empty or unreadable as `—`. Tables show amounts this way, right-aligned.
 */
export function formatAmount(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value).trim());
  if (!match) return '—';
  const [, sign, whole, fraction = ''] = match;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}.${(fraction + '00').slice(0, 2)}`;
}

/** Money as `¥1,234,567.89` (see `formatAmount`). */
export function formatMoney(value: string | number | null | undefined): string {
  const amount = formatAmount(value);
  return amount === '—' ? amount : amount.startsWith('-') ? `-¥${amount.slice(1)}` : `¥${amount}`;
}

/** A plain count with thousands separators. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('zh-CN');
}
