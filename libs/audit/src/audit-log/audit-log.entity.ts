import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditChange, AuditOutcome } from '../domain/audit-row.js';

/**
 * One audited request: who did what to which object, when, from where, and how it ended.
 * Append-only: a database trigger refuses UPDATE, TRUNCATE, and DELETE of rows younger than
 * 184 days (migration `AuditLogAppendOnly`).
 */
@Entity('audit_log')
// The list's order (occurredAt DESC, id DESC) within the whole log, a user's, an action's or a project's rows: each
// index walks it backward, exactly (migration `ListsAtScale`).
@Index('idx_audit_occurred', ['occurredAt', 'id'])
@Index('idx_audit_username', ['username', 'occurredAt', 'id'])
@Index('idx_audit_entity', ['entityType', 'entityId'])
@Index('idx_audit_entity_id', ['entityId'])
@Index('idx_audit_action', ['action', 'occurredAt', 'id'])
@Index('idx_audit_project', ['projectId', 'occurredAt', 'id'])
/** GIN over the ids of the objects each row's changes name (migration `AuditChangedEntitiesIndex`): the timelines' "noting a change to" test. */
@Index('idx_audit_changed_entities', { synchronize: false })
export class AuditLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  /** When the request's transaction started (for a failure: when its row was written). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Null for anonymous requests (login) and the system. */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The actor, or for a login the name that was tried. */
  @Column({ type: 'varchar', length: 50 })
  username: string;

  @Column({ type: 'varchar', length: 20, array: true, default: '{}' })
  roles: string[];

  /** e.g. `project.create`, `case.transition`, `auth.login`. */
  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  entityType: string | null;

  /** A uuid, or a username for logins. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  /** Every change the request noted, personal data masked. Empty for failures (nothing changed). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: AuditChange[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 10 })
  method: string;

  /** The request path without its query string. */
  @Column({ type: 'varchar', length: 500 })
  path: string;

  @Column({ type: 'smallint' })
  statusCode: number;

  @Column({ type: 'varchar', length: 10 })
  outcome: AuditOutcome;

  /** The Chinese error message of a failure. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;
}
