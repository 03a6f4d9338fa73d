import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm';
import { Project } from '@app/land';
import { TransactionalConnection, type Page } from '@app/platform';
import type { AuditRowData } from '../domain/audit-row.js';
import { AuditLog } from './audit-log.entity.js';

/** Filters of the audit trail; all optional, combined with AND. */
export interface AuditFilter {
  entityType?: string;
  /** Rows about any of these objects. */
  entityIds?: string[];
  username?: string;
  action?: string;
  projectCode?: string;
  outcome?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  until?: Date;
}

/** An audit row with its project's code. */
export type AuditLogRow = AuditLog & { projectCode: string | null };

/** Database access for the audit trail: insert and read, nothing else (the database refuses the rest). */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(AuditLog);
  }

  /** Appends one row in the running transaction, if any. */
  async insert(row: AuditRowData): Promise<void> {
    await this.repo.insert(row as QueryDeepPartialEntity<AuditLog>);
  }

  /** Rows matching `filter`, newest first. */
  async list(filter: AuditFilter, page: { skip: number; take: number }): Promise<Page<AuditLogRow>> {
    const qb = this.repo.createQueryBuilder('a').leftJoin(Project, 'p', 'p.id = a.projectId').addSelect('p.code', 'projectCode');
    if (filter.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityIds) qb.andWhere('a.entityId IN (:...entityIds)', { entityIds: filter.entityIds });
    if (filter.username) qb.andWhere('a.username = :username', { username: filter.username });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.projectCode) qb.andWhere('p.code = :projectCode', { projectCode: filter.projectCode });
    if (filter.outcome) qb.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    if (filter.from) qb.andWhere('a.occurredAt >= :from', { from: filter.from });
    if (filter.until) qb.andWhere('a.occurredAt < :until', { until: filter.until });
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(page.skip)
      .limit(page.take)
      .getRawAndEntities<{ projectCode: string | null }>();
    return { items: entities.map((row, i) => Object.assign(row, { projectCode: raw[i]?.projectCode ?? null })), total };
  }
}
