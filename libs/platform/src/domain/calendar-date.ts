import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

/** All dates in the system are Asia/Shanghai calendar dates. */
export const BUSINESS_ZONE = 'Asia/Shanghai';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  // Arithmetic instead of a strict dayjs parse: bulk checks (imports, recalculations) call this per row.
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/**
 * One formatter for the whole process: building an `Intl.DateTimeFormat` costs ~0.2 ms and native ICU
 * memory that V8 does not see, so creating one per call made bulk checks (an import validates every
 * 身份证号 and date against today) slow and grew the process by hundreds of MB.
 */
const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Shanghai, `YYYY-MM-DD`: the one "today" of the system (validation, imports, quotas). */
export function todayInShanghai(now: Date = new Date()): string {
  return SHANGHAI_DATE.format(now);
}

/** The Shanghai calendar year of an instant. */
export function yearInShanghai(now: Date = new Date()): number {
  return Number(todayInShanghai(now).slice(0, 4));
}

/**
 * An instant as every answer of the api writes it: ISO 8601 with milliseconds and the Shanghai
 * offset, e.g. `2013-01-22T09:30:00.000+08:00`. The one formatter for instants in views.
 */
export function toShanghaiIso(instant: Date): string;
export function toShanghaiIso(instant: Date | null | undefined): string | null;
export function toShanghaiIso(instant: Date | null | undefined): string | null {
  if (!instant) return null;
  const ms = instant.getTime();
  // Since China's last daylight saving time ended (15 September 1991) Shanghai is UTC+8 all year: plain arithmetic,
  // not the time-zone plugin (an Intl lookup per call, the dearest step of writing a list's rows).
  if (ms >= FIXED_OFFSET_SINCE) return `${new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
  return dayjs(instant).tz(BUSINESS_ZONE).format('YYYY-MM-DDTHH:mm:ss.SSSZ');
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const FIXED_OFFSET_SINCE = Date.UTC(1991, 8, 15);

const UTC_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * A deep copy of stored JSON (an audit row's before/after) with every UTC ISO instant
 * (`…Z`, how `JSON.stringify` wrote a Date) rewritten by `toShanghaiIso`; all else unchanged.
 */
export function shanghaiInstantsIn<T>(value: T): T {
  if (typeof value === 'string') return (UTC_ISO.test(value) ? toShanghaiIso(new Date(value)) : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => shanghaiInstantsIn(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shanghaiInstantsIn(item)])) as T;
}
