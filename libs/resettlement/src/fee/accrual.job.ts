import { Job } from '@app/platform';

/**
 * The monthly 过渡费 accrual. Scheduled (01:00 Shanghai on the 1st) with no payload: it accrues through the
 * month before its run date; `throughMonth` (a month's first day) pins it.
 */
export class TransitionalFeeAccrualJob extends Job<{ throughMonth?: string }> {}

/** The schedule: 01:00 on the 1st of each month, Shanghai time. */
export const ACCRUAL_SCHEDULE = { pattern: '0 1 1 * *', tz: 'Asia/Shanghai' } as const;
