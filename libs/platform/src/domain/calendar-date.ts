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

/** Today's date in Shanghai, `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  return dayjs(now).tz(BUSINESS_ZONE).format('YYYY-MM-DD');
}

/** The Shanghai calendar year of an instant. */
export function yearInShanghai(now: Date = new Date()): number {
  return dayjs(now).tz(BUSINESS_ZONE).year();
}

/** An instant as ISO 8601 with the Shanghai offset, e.g. `2013-01-22T09:30:00+08:00`. */
export function toShanghaiIso(instant: Date): string {
  return dayjs(instant).tz(BUSINESS_ZONE).format('YYYY-MM-DDTHH:mm:ssZ');
}
