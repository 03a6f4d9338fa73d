import { toShanghaiIso } from '@app/platform';
import type { AuditLogRow } from './audit-log.repository.js';

/** An audit row as the API shows it; the time carries the Shanghai offset (`2013-01-22T09:30:00+08:00`). */
export function auditLogView(row: AuditLogRow) {
  return {
    id: row.id,
    occurredAt: toShanghaiIso(row.occurredAt),
    userId: row.userId,
    username: row.username,
    roles: row.roles,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    projectId: row.projectId,
    projectCode: row.projectCode,
    changes: row.changes,
    outcome: row.outcome,
    statusCode: row.statusCode,
    detail: row.detail,
    method: row.method,
    path: row.path,
    requestId: row.requestId,
    ip: row.ip,
  };
}
