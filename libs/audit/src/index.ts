import { AuditLog } from './audit-log/audit-log.entity.js';

export { AuditModule } from './audit.module.js';
export { AuditInterceptor } from './audit-log/audit.interceptor.js';
export { AuditLog } from './audit-log/audit-log.entity.js';
export { AuditLogService } from './audit-log/audit-log.service.js';
export { actionEntityType, defaultAuditAction, WRITE_METHODS } from './domain/audit-action.js';
export { buildAuditRow, type AuditChange, type AuditedRequest, type AuditOutcome, type AuditRowData } from './domain/audit-row.js';
export { MASKED_SECRET, maskPersonalData, maskText } from './domain/mask-personal-data.js';

/** Entities owned by the audit library. */
export const auditEntities = [AuditLog];
