import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm';
import { Parcel, Project } from '@app/land';
import { TransactionalConnection, type Page } from '@app/platform';
import type { AuditRowData } from '../domain/audit-row.js';
import { AuditLog } from './audit-log.entity.js';

/** Above this many matching rows the audit list stops counting (`totalExact: false`). */
export const AUDIT_COUNT_CAP = 10_000;

/** Filters of the audit trail; all optional, combined with AND. */
export interface AuditFilter {
  entityType?: string;
  /** Rows about any of these objects. */
  entityIds?: string[];
  /** With `entityIds`: also rows noting a change to one of them (e.g. a confirmation answer that moved the case). */
  mentioning?: boolean;
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

  /**
   * The successful rows of one project's timeline, newest first: all of them, or — with `targets` —
   * those about one of these objects or noting a change to one (an answer to a confirmation line that
   * moves a case names the case among its changes). The expression index `idx_audit_changed_entities`
   * serves the second test.
   */
  async timeline(filter: { projectId: string; targets?: string[] }, page: { skip: number; take: number }): Promise<Page<AuditLogRow> & { totalExact: boolean }> {
    const qb = this.repo
      .createQueryBuilder('a')
      .leftJoin(Project, 'p', 'p.id = a.projectId')
      .addSelect('p.code', 'projectCode')
      .where('a.projectId = :projectId', { projectId: filter.projectId })
      .andWhere("a.outcome = 'success'");
    if (filter.targets) {
      if (!filter.targets.length) return { items: [], total: 0, totalExact: true };
      qb.andWhere(`(a.entityId IN (:...targets) OR jsonb_path_query_array(a.changes, '$[*].entityId') ?| ARRAY[:...targets]::text[])`, { targets: filter.targets });
    }
    const [countSql, countParams] = qb.clone().select('1').limit(AUDIT_COUNT_CAP + 1).getQueryAndParameters();
    const [counted] = await this.connection.manager.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM (${countSql}) capped`, countParams);
    const matching = Number(counted?.n ?? 0);
    const total = Math.min(matching, AUDIT_COUNT_CAP);
    const { entities, raw } = await qb
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(page.skip)
      .limit(page.take)
      .getRawAndEntities<{ projectCode: string | null }>();
    return { items: entities.map((row, i) => Object.assign(row, { projectCode: raw[i]?.projectCode ?? null })), total, totalExact: matching <= AUDIT_COUNT_CAP };
  }

  /** A project by code, with one of its parcels when `parcelCode` is given (null when either is missing). */
  async findPlace(projectCode: string, parcelCode?: string): Promise<{ project: Project; parcel: Parcel | null } | null> {
    const project = await this.connection.getRepository(Project).findOneBy({ code: projectCode });
    if (!project) return null;
    if (parcelCode === undefined) return { project, parcel: null };
    const parcel = await this.connection.getRepository(Parcel).findOneBy({ projectId: project.id, code: parcelCode });
    return parcel ? { project, parcel } : null;
  }

  /** The ids of the cases on a parcel and of their subjects. */
  async caseIdsOnParcel(parcelId: string): Promise<string[]> {
    const rows: Array<{ id: string; subjectId: string }> = await this.connection.manager.query('SELECT id, "subjectId" FROM case_file WHERE "parcelId" = $1', [parcelId]);
    return rows.flatMap((r) => [r.id, r.subjectId]);
  }

  /**
   * Rows matching `filter`, newest first: the page walks an index in (occurredAt) order — the whole log, or one
   * user's, one action's or one day's rows — and the count stops at AUDIT_COUNT_CAP (`totalExact: false` beyond).
   */
  async list(filter: AuditFilter, page: { skip: number; take: number }): Promise<Page<AuditLogRow> & { totalExact: boolean }> {
    const [countSql, countParams] = this.countQuery(filter);
    const [counted] = await this.connection.manager.query<Array<{ n: string }>>(countSql, countParams);
    const matching = Number(counted?.n ?? 0);
    const total = Math.min(matching, AUDIT_COUNT_CAP);
    const { entities, raw } = await this.pageQuery(filter, page).getRawAndEntities<{ projectCode: string | null }>();
    return { items: entities.map((row, i) => Object.assign(row, { projectCode: raw[i]?.projectCode ?? null })), total, totalExact: matching <= AUDIT_COUNT_CAP };
  }

  /** The page of `list`, newest first (the index tests EXPLAIN it). */
  pageQuery(filter: AuditFilter, page: { skip: number; take: number }) {
    return this.filtered(filter).orderBy('a.occurredAt', 'DESC').addOrderBy('a.id', 'DESC').offset(page.skip).limit(page.take);
  }

  /** The capped count of `list` (the index tests EXPLAIN it). */
  countQuery(filter: AuditFilter): [string, unknown[]] {
    const [sql, params] = this.filtered(filter, false).select('1').limit(AUDIT_COUNT_CAP + 1).getQueryAndParameters();
    return [`SELECT count(*) AS n FROM (${sql}) capped`, params];
  }

  /**
   * The rows matching `filter`, with their project's code when `withProject`. The count leaves the project out unless
   * a filter names it: even a join the planner removes keeps `projectId` "needed", which rules out the index-only
   * scan that counts a user's or an action's rows without reading the table.
   */
  private filtered(filter: AuditFilter, withProject = true) {
    const qb = this.repo.createQueryBuilder('a');
    if (withProject || filter.projectCode) qb.leftJoin(Project, 'p', 'p.id = a.projectId').addSelect('p.code', 'projectCode');
    if (filter.entityType) qb.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityIds && filter.mentioning) {
      qb.andWhere(`(a.entityId IN (:...entityIds) OR jsonb_path_query_array(a.changes, '$[*].entityId') ?| ARRAY[:...entityIds]::text[])`, { entityIds: filter.entityIds });
    } else if (filter.entityIds) qb.andWhere('a.entityId IN (:...entityIds)', { entityIds: filter.entityIds });
    if (filter.username) qb.andWhere('a.username = :username', { username: filter.username });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.projectCode) qb.andWhere('p.code = :projectCode', { projectCode: filter.projectCode });
    if (filter.outcome) qb.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    if (filter.from) qb.andWhere('a.occurredAt >= :from', { from: filter.from });
    if (filter.until) qb.andWhere('a.occurredAt < :until', { until: filter.until });
    return qb;
  }
}
