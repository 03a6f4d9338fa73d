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
  return dayjs(text, 'YYYY-MM-DD', true).isValid();
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

/** An instant as ISO 8601 with the Shanghai offset, e.g. `2013-01-22T09:30:00+08:00`. */
export function toShanghaiIso(instant: Date): string {
  return dayjs(instant).tz(BUSINESS_ZONE).format('YYYY-MM-DDTHH:mm:ssZ');
}
