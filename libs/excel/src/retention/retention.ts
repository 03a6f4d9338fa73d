/** The retention rule for stored files, as plain functions (unit-tested). */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Finished before this instant → the file may be deleted. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** A stored file nothing refers to (an upload whose request died before its batch was saved) is deleted after a day. */
export const ORPHAN_GRACE_MS = DAY_MS;

export function isOrphanExpired(modifiedAt: Date, now: Date): boolean {
  return now.getTime() - modifiedAt.getTime() > ORPHAN_GRACE_MS;
}

export const PURGED_MESSAGES = {
  upload: (days: number) => `上传的原始文件已按保存期限（${days} 天）删除，无法再生成错误报告`,
  export: (days: number) => `导出文件已超过保存期限（${days} 天）并已删除，请重新导出`,
} as const;
