import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { BUSINESS_ZONE } from '@app/platform';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The instants bounding Shanghai calendar days `from`..`to` (both inclusive, `YYYY-MM-DD`):
 * `from` at 00:00 Shanghai time, and `until` = the start of the day after `to` (exclusive).
 */
export function shanghaiDayRange(from?: string, to?: string): { from?: Date; until?: Date } {
  return {
    from: from ? dayjs.tz(from, BUSINESS_ZONE).toDate() : undefined,
    until: to ? dayjs.tz(to, BUSINESS_ZONE).add(1, 'day').toDate() : undefined,
  };
}
