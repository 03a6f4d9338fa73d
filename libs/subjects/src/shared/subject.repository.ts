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
  ) {}

  protected get repo(): Repository<T> {
    return this.connection.getRepository(this.entity);
  }

  /** Narrows a list to what `q` matches (alias `s`). */
  protected abstract applySearch(qb: SelectQueryBuilder<T>, q: string): void;

  /** Matches `q` as a code prefix or as part of any of `columns` (case-insensitive). */
  protected matchCodeOrText(qb: SelectQueryBuilder<T>, q: string, columns: string[]): void {
    const text = columns.map((column) => `${column} ILIKE :textPart`).join(' OR ');
    qb.andWhere(`(s.code ILIKE :codePrefix OR ${text})`, { codePrefix: `${escapeLike(q)}%`, textPart: `%${escapeLike(q)}%` });
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

  private order(qb: SelectQueryBuilder<T>, sort: string | undefined): SelectQueryBuilder<T> {
    const key = sort?.replace(/^-/, '') ?? 'code';
    const column = this.sortable[key] ?? 's.code';
    qb.orderBy(column, sort?.startsWith('-') ? 'DESC' : 'ASC', 'NULLS LAST');
    if (column !== 's.code') qb.addOrderBy('s.code', 'ASC');
    return qb.addOrderBy('s.id', 'ASC');
  }

  /** The subjects table alone, joined to the case only when a filter needs it: cheap to sort and count. */
  private filteredQuery(query: SubjectPageQuery, scope: string[] | null): SelectQueryBuilder<T> {
    const qb = this.repo.createQueryBuilder('s');
    if (query.status || query.reached || query.resettlement) qb.innerJoin(CaseFile, 'c', 'c.subjectType = :subjectType AND c.subjectId = s.id', { subjectType: this.subjectType });
    return this.filter(qb, query, scope);
  }

  /**
   * One page of subjects with their codes and cases, and the total matching the filters.
   * The page's ids are chosen on the subjects table alone (an index walk when filtered by
   * project), then read with their joins by primary key: two queries and a count, however many rows.
   * `scope` (project ids, null = all) limits the list to the projects the caller may see.
   */
  async findPage(query: SubjectPageQuery, scope: string[] | null): Promise<Page<SubjectRecord<T>>> {
    const { skip, take } = skipTake(query);
    const [rows, counted] = await Promise.all([
      this.order(this.filteredQuery(query, scope).select('s.id', 'id'), query.sort).offset(skip).limit(take).getRawMany<{ id: string }>(),
      this.filteredQuery(query, scope).select('COUNT(*)', 'total').getRawOne<{ total: string }>(),
    ]);
    const ids = rows.map((r) => r.id);
    const records = ids.length ? ((await this.recordQuery().where('s.id IN (:...ids)', { ids }).getMany()) as SubjectRecord<T>[]) : [];
    const byId = new Map(records.map((r) => [r.id, r]));
    return { items: ids.map((id) => byId.get(id)).filter((r): r is SubjectRecord<T> => r !== undefined), total: Number(counted?.total ?? 0) };
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
