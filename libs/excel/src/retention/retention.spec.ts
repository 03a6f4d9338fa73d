import { isOrphanExpired, PURGED_MESSAGES, retentionCutoff } from './retention.js';

describe('file retention rule', () => {
  const now = new Date('2026-11-25T08:00:00Z');

  it('cuts off whole days before now', () => {
    expect(retentionCutoff(now, 7).toISOString()).toBe('2026-11-18T08:00:00.000Z');
    expect(retentionCutoff(now, 90).toISOString()).toBe('2026-08-27T08:00:00.000Z');
  });

  it('leaves an unreferenced file alone for a day', () => {
    expect(isOrphanExpired(new Date('2026-11-24T09:00:00Z'), now)).toBe(false);
    expect(isOrphanExpired(new Date('2026-11-24T07:59:00Z'), now)).toBe(true);
  });

  it('explains a purged file in Chinese with the retention period', () => {
    expect(PURGED_MESSAGES.export(7)).toBe('导出文件已超过保存期限（7 天）并已删除，请重新导出');
    expect(PURGED_MESSAGES.upload(90)).toContain('90 天');
  });
});
