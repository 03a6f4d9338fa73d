/**
 * Calendar arithmetic on whole days, free of the host's time zone: a day is its number of days
 * since 1970-01-01, and instants are built at a Shanghai (UTC+8, no DST since 1991) wall-clock time.
 */
const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** "2013-01-22" → day number. */
export function toDay(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Day number → "2013-01-22". */
export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The instant at `minutes` after midnight of `day`, Shanghai time. */
export function shanghaiInstant(day: number, minutes: number): Date {
  return new Date(day * MS_PER_DAY + (minutes - SHANGHAI_OFFSET_MINUTES) * 60_000);
}

/** The Shanghai calendar day of an instant. */
export function shanghaiDay(instant: Date): number {
  return Math.floor((instant.getTime() + SHANGHAI_OFFSET_MINUTES * 60_000) / MS_PER_DAY);
}

/** Days in a year (for drawing a birth date). */
export function daysInYear(year: number): number {
  return toDay(`${year + 1}-01-01`) - toDay(`${year}-01-01`);
}
