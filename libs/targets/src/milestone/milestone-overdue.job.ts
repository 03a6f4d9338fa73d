import { Job } from '@app/platform';

/**
 * The daily overdue check of the time nodes: records the day's overdue list and notifies the responsible users
 * and the leaders. Scheduled with no payload (the day is today in Shanghai); `day` pins it.
 */
export class MilestoneOverdueJob extends Job<{ day?: string }> {}

/** The schedule: 07:00 every day, Shanghai time. */
export const MILESTONE_OVERDUE_SCHEDULE = { pattern: '0 7 * * *', tz: 'Asia/Shanghai' } as const;
