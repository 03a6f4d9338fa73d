import { BadRequestException } from '@nestjs/common';
import { QueryFailedError, type DeepPartial, type QueryDeepPartialEntity, type Repository, type SelectQueryBuilder } from 'typeorm';
import { CaseFile, statusesFrom, type CaseStatus, type ResettlementStatus, type SubjectType } from '@app/cases';
import { skipTake, type Page, type TransactionalConnection } from '@app/platform';
import type { SubjectBase } from './subject-base.entity.js';

/** A subject as read for the API: its project and parcel (id and code) and its case, if any. */
export type SubjectRecord<T extends SubjectBase> = T & { caseFile?: CaseFile | null };

/** List filters every kind of subject shares. */
export interface SubjectPageQuery {
  page: number;
  pageSize: number;
  /** Project code. */
  project?: string;
  /** Parcel code. */
  parcel?: string;
  q?: string;
  /** Case status. */
  status?: CaseStatus;
  /** This case status or a later one along the forward steps. */
  reached?: CaseStatus;
  /** The case's resettlement status (transitional: 过渡户). */
  resettlement?: ResettlementStatus;
  /** A sortable field, `-` in front for descending. */
  sort?: string;
}

/** A page of a list at scale: `total` exact unless `totalExact` is false (then at least that many), `next` the keyset cursor. */
export interface ListPage<T> extends Page<T> {
  totalExact: boolean;
  next: string | null;
}

/** Above this many matches a filtered list stops counting (`totalExact: false`). */
export const COUNT_CAP = 10_000;

type CountQuery = SubjectPageQuery & { village?: string; resettledFrom?: string; resettledTo?: string };

interface SortPlan {
  column: string;
  descending: boolean;
  nullable: boolean;
}

interface PageRow {
  id: string;
  k: unknown;
  code: string;
}

/** Where a keyset page starts: after the row with this sort value, code and id. */
interface ListCursor {
  value: string | null;
  code: string;
  id: string;
}

function sortValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : String(value);
}

function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.code, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(text: string): ListCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [value, code, id] = parsed as unknown[];
      if ((value === null || typeof value === 'string') && typeof code === 'string' && typeof id === 'string' && UUID.test(id)) return { value, code, id };
    }
  } catch {
    // falls through
  }
  throw new BadRequestException('翻页位置（after）无效，请从第一页重新查看');
}

/** Thrown when an insert or update hits the (project, code) unique index. */
export class DuplicateSubjectCodeError extends Error {}

/** Escapes `%`, `_` and `\` for LIKE patterns. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/**
 * Database access every kind of subject shares: the list (project/parcel/case-status filters,
 * whitelisted sort, a fixed number of queries per page), the read with codes and case, and the
 * optimistic-lock update. Each kind adds its search and its own filters.
 */
export abstract class SubjectRepository<T extends SubjectBase> {
  protected constructor(
    protected readonly connection: TransactionalConnection,
    private readonly entity: new () => T,
    readonly subjectType: SubjectType,
    /** Sort keys (as the API names them) → column, e.g. `{ code: 's.code' }`. */
    private readonly sortable: Record<string, string>,
    /** The sortable columns that may be null (sorted NULLS LAST both ways). */
    private readonly nullableSorts: string[] = [],
  ) {}

  protected get repo(): Repository<T> {
    return this.connection.getRepository(this.entity);
  }

  /** Narrows a list to what `q` matches (alias `s`). */
  protected abstract applySearch(qb: SelectQueryBuilder<T>, q: string): void;

  /**
   * Matches `q` as a code prefix or as part of any of `columns` (case-insensitive). Text without letters that have a
   * case (a Chinese name, digits) matches the same with LIKE, which is several times cheaper than ILIKE per row
   * and lets a code prefix walk the btree index (C collation); both use the trigram indexes.
   */
  protected matchCodeOrText(qb: SelectQueryBuilder<T>, q: string, columns: string[]): void {
    const like = q.toLowerCase() === q.toUpperCase() ? 'LIKE' : 'ILIKE';
    const text = columns.map((column) => `${column} ${like} :textPart`).join(' OR ');
    qb.andWhere(`(s.code ${like} :codePrefix OR ${text})`, { codePrefix: `${escapeLike(q)}%`, textPart: `%${escapeLike(q)}%` });
  }

  /** Kind-specific filters beyond project, parcel, q and status. */
  protected applyFilters(_qb: SelectQueryBuilder<T>, _query: SubjectPageQuery): void {}

  /** Columns derived from the values being written (households: the search hashes of personal fields). */
  protected derivedColumns(_values: Partial<T>): Partial<T> {
    return {};
  }

  /** The subject with project and parcel codes and its case, joined in one query. */
  protected recordQuery(): SelectQueryBuilder<T> {
    return this.repo
      .createQueryBuilder('s')
      .innerJoin('s.project', 'p')
      .addSelect(['p.id', 'p.code'])
      .innerJoin('s.parcel', 'pc')
      .addSelect(['pc.id', 'pc.code'])
      .leftJoinAndMapOne('s.caseFile', CaseFile, 'c', 'c.subjectType = :subjectType AND c.subjectId = s.id', { subjectType: this.subjectType });
  }

  private filter(qb: SelectQueryBuilder<T>, query: SubjectPageQuery, scope: string[] | null): SelectQueryBuilder<T> {
    if (scope) qb.andWhere(scope.length ? 's.projectId IN (:...scopeProjectIds)' : 'FALSE', { scopeProjectIds: scope });
    // Subqueries rather than joins on codes, so `projectId = …` can walk the (projectId, code) index in order.
    if (query.project) qb.andWhere('s.projectId = (SELECT fp.id FROM project fp WHERE fp.code = :filterProject)', { filterProject: query.project });
    if (query.parcel) qb.andWhere('s.parcelId IN (SELECT fpc.id FROM parcel fpc WHERE fpc.code = :filterParcel)', { filterParcel: query.parcel });
    if (query.status) qb.andWhere('c.status = :filterStatus', { filterStatus: query.status });
    if (query.reached) qb.andWhere('c.status IN (:...filterReached)', { filterReached: statusesFrom(query.reached) });
    if (query.resettlement) qb.andWhere('c.resettlementStatus = :filterResettlement', { filterResettlement: query.resettlement });
    const q = query.q?.trim();
    if (q) this.applySearch(qb, q);
    this.applyFilters(qb, query);
    return qb;
  }

  private sortOf(sort: string | undefined): SortPlan {
    const key = sort?.replace(/^-/, '') ?? 'code';
    const column = this.sortable[key] ?? 's.code';
    return { column, descending: sort?.startsWith('-') ?? false, nullable: this.nullableSorts.includes(column) };
  }

  /**
   * The order within one project: the sort column, then code, then id, all in one direction (NULLS LAST for a
   * nullable column), so it walks the (projectId, column, code, id) index forward or backward. A code is unique within
   * its project, so ordered by code alone it walks the (projectId, code) unique index.
   */
  private order(qb: SelectQueryBuilder<T>, plan: SortPlan): SelectQueryBuilder<T> {
    const direction = plan.descending ? 'DESC' : 'ASC';
    qb.orderBy(plan.column, direction, plan.descending && plan.nullable ? 'NULLS LAST' : undefined);
    if (plan.column === 's.code') return qb;
    return qb.addOrderBy('s.code', direction).addOrderBy('s.id', direction);
  }

  /** Rows after the keyset cursor `after` (the last row's sort value, code and id), in the order of `plan`. */
  private applyAfter(qb: SelectQueryBuilder<T>, plan: SortPlan, after: ListCursor): void {
    const cmp = plan.descending ? '<' : '>';
    if (plan.column === 's.code') {
      qb.andWhere(`(s.code, s.id) ${cmp} (:afterCode, :afterId)`, { afterCode: after.code, afterId: after.id });
    } else if (after.value === null) {
      qb.andWhere(`(${plan.column} IS NULL AND (s.code, s.id) ${cmp} (:afterCode, :afterId))`, { afterCode: after.code, afterId: after.id });
    } else {
      const rows = `(${plan.column}, s.code, s.id) ${cmp} (:afterValue, :afterCode, :afterId)`;
      qb.andWhere(plan.nullable ? `(${rows} OR ${plan.column} IS NULL)` : rows, { afterValue: after.value, afterCode: after.code, afterId: after.id });
    }
  }

  /** The subjects table alone, joined to the case only when a filter needs it. */
  private filteredQuery(query: SubjectPageQuery, scope: string[] | null): SelectQueryBuilder<T> {
    const qb = this.repo.createQueryBuilder('s');
    if (query.status || query.reached || query.resettlement) qb.innerJoin(CaseFile, 'c', 'c.subjectType = :subjectType AND c.subjectId = s.id', { subjectType: this.subjectType });
    return this.filter(qb, query, scope);
  }

  /**
   * The ids of one page (with each row's sort value and code, for the next cursor). Each project in scope contributes
   * its first `skip + take` rows by walking its index in order (a LATERAL per project, LIMIT inside), and only those
   * few rows are merged: no sort of the whole scope, however many rows it holds.
   */
  async findPageIds(query: SubjectPageQuery & { after?: string }, scope: string[] | null): Promise<PageRow[]> {
    const [sql, params] = this.pageQuery(query, scope);
    return this.connection.manager.query<PageRow[]>(sql, params);
  }

  /** The SQL and parameters of `findPageIds` (the index tests EXPLAIN it). */
  pageQuery(query: SubjectPageQuery & { after?: string }, scope: string[] | null): [string, unknown[]] {
    const { skip: pageSkip, take } = skipTake(query);
    const plan = this.sortOf(query.sort);
    const after = query.after ? decodeCursor(query.after) : null;
    const skip = after ? 0 : pageSkip;
    const inner = this.order(
      this.filteredQuery({ ...query, project: undefined }, null)
        .select(`s.id AS id, ${plan.column} AS k, s.code AS code`)
        .andWhere('s.projectId = sp.id'),
      plan,
    ).limit(skip + take);
    if (after) this.applyAfter(inner, plan, after);
    const [innerSql, params] = inner.getQueryAndParameters();
    const direction = plan.descending ? 'DESC' : 'ASC';
    const outerParams: unknown[] = [...params];
    const where: string[] = [];
    if (scope) {
      outerParams.push(scope);
      where.push(`sp.id = ANY($${outerParams.length}::uuid[])`);
    }
    if (query.project) {
      outerParams.push(query.project);
      where.push(`sp.code = $${outerParams.length}`);
    }
    outerParams.push(skip, take);
    const sql = `SELECT x.id, x.k, x.code FROM project sp CROSS JOIN LATERAL (${innerSql}) x
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY x.k ${direction}${plan.descending && plan.nullable ? ' NULLS LAST' : ''}, x.code ${direction}, x.id ${direction}
      OFFSET $${outerParams.length - 1} LIMIT $${outerParams.length}`;
    return [sql, outerParams];
  }

  /**
   * How many rows match. With only project, parcel and case filters: the case summary's count (kept by triggers in the
   * same transaction as every change, one case per subject), exact and cheap at any scale. Otherwise an exact count
   * when the set is small, else `COUNT_CAP` with `exact: false` (the count stops there).
   */
  async countMatching(query: CountQuery, scope: string[] | null): Promise<{ total: number; exact: boolean }> {
    const { sql, params, summary } = this.countQuery(query, scope);
    const [row] = await this.connection.manager.query<Array<{ n: string }>>(sql, params);
    const n = Number(row?.n ?? 0);
    if (summary) return { total: n, exact: true };
    return n > COUNT_CAP ? { total: COUNT_CAP, exact: false } : { total: n, exact: true };
  }

  /** The SQL and parameters of `countMatching`; `summary` when it reads the case summary (the index tests EXPLAIN it). */
  countQuery(query: CountQuery, scope: string[] | null): { sql: string; params: unknown[]; summary: boolean } {
    if (!query.q?.trim() && !query.village && !query.resettledFrom && !query.resettledTo) {
      const qb = this.connection.manager
        .createQueryBuilder()
        .select('COALESCE(SUM(cs.cases), 0)', 'n')
        .from('case_summary', 'cs')
        .where('cs."subjectType" = :subjectType', { subjectType: this.subjectType });
      if (scope) qb.andWhere(scope.length ? 'cs."projectId" IN (:...scopeProjectIds)' : 'FALSE', { scopeProjectIds: scope });
      if (query.project) qb.andWhere('cs."projectId" = (SELECT fp.id FROM project fp WHERE fp.code = :filterProject)', { filterProject: query.project });
      if (query.parcel) qb.andWhere('cs."parcelId" IN (SELECT fpc.id FROM parcel fpc WHERE fpc.code = :filterParcel)', { filterParcel: query.parcel });
      if (query.status) qb.andWhere('cs.status = :filterStatus', { filterStatus: query.status });
      if (query.reached) qb.andWhere('cs.status IN (:...filterReached)', { filterReached: statusesFrom(query.reached) });
      if (query.resettlement) qb.andWhere('cs."resettlementStatus" = :filterResettlement', { filterResettlement: query.resettlement });
      const [sql, params] = qb.getQueryAndParameters();
      return { sql, params, summary: true };
    }
    const [sql, params] = this.filteredQuery(query, scope).select('1').limit(COUNT_CAP + 1).getQueryAndParameters();
    return { sql: `SELECT count(*) AS n FROM (${sql}) capped`, params, summary: false };
  }

  /**
   * One page of subjects with their codes and cases, the total matching the filters (see `countMatching`) and the
   * cursor of the next page (`after=`) when there may be one. The page's ids are chosen on the subjects table alone
   * (an index walk per project in scope), then read with their joins by primary key: a fixed number of queries.
   * `scope` (project ids, null = all) limits the list to the projects the caller may see.
   */
  async findPage(query: SubjectPageQuery & { after?: string }, scope: string[] | null): Promise<ListPage<SubjectRecord<T>>> {
    const [rows, counted] = await Promise.all([this.findPageIds(query, scope), this.countMatching(query, scope)]);
    const ids = rows.map((r) => r.id);
    const records = ids.length ? ((await this.recordQuery().where('s.id IN (:...ids)', { ids }).getMany()) as SubjectRecord<T>[]) : [];
    const byId = new Map(records.map((r) => [r.id, r]));
    const last = rows.at(-1);
    return {
      items: ids.map((id) => byId.get(id)).filter((r): r is SubjectRecord<T> => r !== undefined),
      total: counted.total,
      totalExact: counted.exact,
      next: last && rows.length === query.pageSize ? encodeCursor({ value: sortValue(last.k), code: last.code, id: last.id }) : null,
    };
  }

  /** The subject with its codes and case, or null. */
  async findRecord(id: string): Promise<SubjectRecord<T> | null> {
    return (await this.recordQuery().where('s.id = :id', { id }).getOne()) as SubjectRecord<T> | null;
  }

  findById(id: string): Promise<T | null> {
    return this.repo.findOneBy({ id } as never);
  }

  async codeTaken(projectId: string, code: string): Promise<boolean> {
    return this.repo.exists({ where: { projectId, code } as never });
  }

  async insert(data: DeepPartial<T>): Promise<T> {
    try {
      return await this.repo.save(this.repo.create({ ...data, ...this.derivedColumns(data as Partial<T>) } as DeepPartial<T>));
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /**
   * Applies `changes` only if the subject is still at `expectedVersion`, bumping the version
   * (TypeORM adds `version + 1` and `updatedAt`). False when someone else changed it first.
   */
  async updateVersioned(id: string, expectedVersion: number, changes: QueryDeepPartialEntity<T>): Promise<boolean> {
    try {
      const result = await this.connection.manager
        .createQueryBuilder()
        .update(this.entity)
        .set({ ...changes, ...this.derivedColumns(changes as Partial<T>) } as QueryDeepPartialEntity<T>)
        .where('id = :id AND version = :version', { id, version: expectedVersion })
        .execute();
      return result.affected === 1;
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }
}

function translateUniqueViolation(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  return error instanceof QueryFailedError && code === '23505' ? new DuplicateSubjectCodeError() : error;
}
