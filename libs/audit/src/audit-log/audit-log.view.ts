import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiInstant, PageOf, shanghaiInstantsIn, toShanghaiIso } from '@app/platform';
import { AUDIT_SIDES, auditSide, type AuditSide } from '../domain/audit-side.js';
import type { AuditLogRow } from './audit-log.repository.js';

/** One change of an audited request: which object, and its changed fields before and after (personal data masked). */
export class AuditChangeView {
  @ApiProperty({ example: 'household' })
  entityType!: string;

  @ApiProperty()
  entityId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  projectId!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: '修改前的字段（时间为 +08:00）' })
  before!: Record<string, unknown> | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: '修改后的字段（时间为 +08:00）' })
  after!: Record<string, unknown> | null;
}

/** An audit row as the API shows it. */
export class AuditEntryView {
  @ApiProperty({ description: '流水号' })
  id!: string;

  @ApiInstant()
  occurredAt!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  userId!: string | null;

  @ApiProperty({ description: '操作人（登录时为所填用户名）' })
  username!: string;

  @ApiProperty({ type: [String] })
  roles!: string[];

  @ApiProperty({ enum: AUDIT_SIDES, enumName: 'AuditSide', description: '哪一方：镇动迁办（town）、西虹桥公司（company）或系统（system）' })
  side!: AuditSide;

  @ApiProperty({ example: 'case.transition' })
  action!: string;

  @ApiProperty({ type: String, nullable: true })
  entityType!: string | null;

  @ApiProperty({ type: String, nullable: true })
  entityId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  projectId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  projectCode!: string | null;

  @ApiProperty({ type: [AuditChangeView] })
  changes!: AuditChangeView[];

  @ApiProperty({ enum: ['success', 'failure'], enumName: 'AuditOutcome' })
  outcome!: AuditLogRow['outcome'];

  @ApiProperty({ type: 'integer' })
  statusCode!: number;

  @ApiProperty({ type: String, nullable: true, description: '失败原因' })
  detail!: string | null;

  @ApiProperty()
  method!: string;

  @ApiProperty()
  path!: string;

  @ApiProperty({ type: String, nullable: true })
  requestId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  ip!: string | null;
}

export class AuditEntryPage extends PageOf(AuditEntryView) {
  @ApiPropertyOptional({ description: 'total 是否精确；为 false 时符合条件的至少有 total 条（计到一万条为止）' })
  totalExact?: boolean;
}

/** An audit row as the API shows it; its time, and the times inside its changes, carry the Shanghai offset. */
export function auditLogView(row: AuditLogRow): AuditEntryView {
  return {
    id: row.id,
    occurredAt: toShanghaiIso(row.occurredAt),
    userId: row.userId,
    username: row.username,
    roles: row.roles,
    side: auditSide(row),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    projectId: row.projectId,
    projectCode: row.projectCode,
    changes: shanghaiInstantsIn(row.changes),
    outcome: row.outcome,
    statusCode: row.statusCode,
    detail: row.detail,
    method: row.method,
    path: row.path,
    requestId: row.requestId,
    ip: row.ip,
  };
}
