/** Which side of the two-party workflow took an audited step: the town (镇动迁办), the company (西虹桥公司) or the system. */
export const AUDIT_SIDES = ['town', 'company', 'system'] as const;
export type AuditSide = (typeof AUDIT_SIDES)[number];
export const AUDIT_SIDE_LABELS: Record<AuditSide, string> = { town: '镇动迁办', company: '西虹桥公司', system: '系统' };

/** The side of an audit row: the company's role makes it the company's; a row without a user is the system's. */
export function auditSide(row: { userId: string | null; roles: readonly string[] }): AuditSide {
  if (row.roles.includes('company')) return 'company';
  if (!row.userId) return 'system';
  return 'town';
}
