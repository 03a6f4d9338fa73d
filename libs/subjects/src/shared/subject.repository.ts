import { BadRequestException } from '@nestjs/common';
import { QueryFailedError, type DeepPartial, type QueryDeepPartialEntity, type Repository, type SelectQueryBuilder } from 'typeorm';
import { caseVariants, prefixRange } from '../domain/case-variants.js';
import { CaseFile, statusesFrom, type CaseStatus, type ResettlementStatus, type SubjectType } from '@app/cases';
import { entityRowReader, skipTake, SnapshotCache, type Page, type TransactionalConnection } from '@app/platform';
import type { SubjectBase } from './subject-base.entity.js';

/** A subject as read for the API: its project and parcel (id and code) and its case (id and status, in lists), if any. */
export type SubjectRecord<T extends SubjectBase> = T & { caseFile?: Pick<CaseFile, 'id' | 'status'> | null };

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

/**
 * Up to this many projects, a page names each project's walk in its statement and PostgreSQL merges them in order;
 * beyond, one LATERAL walk per project (the statement stays small to plan).
 */
const MERGED_PROJECTS = 40;

/**
 * A page number this deep (rows before it) or deeper starts from the row kept for the nearest thousand before it: its
 * walk reads at most a thousand index entries more than the page, not every entry before it (see `fromAnchor`).
 */
const ANCHOR_EVERY = 1_000;

/**
 * Which parts of a search have rows (from its exact count): rows whose code begins with it (`code`), rows that match it
 * only in their text (`text`). A part with none is not walked.
 */
interface SearchFound {
  code: boolean;
  text: boolean;
}

/**
 * A page query with its start: `after` a cursor, then `skipAfter` more rows (a page number started from an anchor);
 * `found`, what its search's count found (see `SearchFound`).
 */
type StartedQuery = SubjectPageQuery & { after?: string; skipAfter?: number; found?: SearchFound };

/** One project's walk of a page: its project id as SQL (`sp.id`, or a named parameter with its value). */
type ProjectWalk<T extends SubjectBase> = (project: string, params?: Record<string, unknown>) => SelectQueryBuilder<T>;

type CountQuery = SubjectPageQuery & { village?: string; resettledFrom?: string; resettledTo?: string };

/** How many rows match (see `countMatching`). */
interface Counted {
  total: number;
  exact: boolean;
  /** The projects the matching rows are in (an exact search count): the page walks only these. */
  projects?: string[];
  /** Of the matching rows, how many have a code that begins with the search (an exact count of a search split in parts). */
  byCode?: number;
}

/** A search's count as kept: `byCode` null when the search is not matched as a code prefix and text apart. */
interface SearchCount {
  n: number;
  projects: string[];
  byCode: number | null;
}

/** A search's kept count as `countMatching` answers it. */
function searchCounted(value: SearchCount): Counted {
  if (value.n > COUNT_CAP) return { total: COUNT_CAP, exact: false };
  return { total: value.n, exact: true, projects: value.projects, byCode: value.byCode ?? undefined };
}

/** What an exact search count found, part by part (undefined: not known, every part is walked). */
function foundOf(counted: Counted | null): SearchFound | undefined {
  if (!counted?.exact || counted.byCode === undefined) return undefined;
  return { code: counted.byCode > 0, text: counted.total > counted.byCode };
}

/** `$1`, `$2`, … of a statement renumbered to follow `offset` parameters of the statement it is put in. */
function shiftParameters(sql: string, offset: number): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}

interface SortPlan {
  column: string;
  descending: boolean;
  nullable: boolean;
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

/**
 * How `q` is matched: case-insensitively (ILIKE) only when it has letters with a case — a Chinese name or digits match
 * the same with LIKE, several times cheaper per row — as a code prefix and as a fragment of text.
 */
function likeOf(q: string): { like: 'LIKE' | 'ILIKE'; codePrefix: string; textPart: string } {
  return { like: q.toLowerCase() === q.toUpperCase() ? 'LIKE' : 'ILIKE', codePrefix: `${escapeLike(q)}%`, textPart: `%${escapeLike(q)}%` };
}

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

  /**
   * The text columns `q` is looked for in (alias `s`), besides the code it may begin: e.g. the head's name. Null when
   * this kind matches `q` some other way (an ID number, a credit code: see `applySearch`).
   */
  protected abstract textColumnsFor(q: string): string[] | null;

  /** Narrows a list to what `q` matches (alias `s`): a code prefix or a fragment of the text columns. */
  protected applySearch(qb: SelectQueryBuilder<T>, q: string): void {
    const columns = this.textColumnsFor(q);
    if (!columns) return;
    const { like, codePrefix, textPart } = likeOf(q);
    const text = columns.map((column) => `${column} ${like} :textPart`).join(' OR ');
    qb.andWhere(`(s.code ${like} :codePrefix OR ${text})`, { codePrefix, textPart });
  }

  /**
   * Whether a page's statement for `query` is prepared (planned once per connection: planning it cost more than running
   * it) — when its generic plan is as good as a custom one. Not with a search: a LIKE pattern is an index range only
   * once its value is known, so a search is planned for its pattern each time. The plan tests EXPLAIN the generic plans.
   */
  protected preparable(query: SubjectPageQuery): boolean {
    return !query.q?.trim();
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
    // The case's status as the subject row carries it (kept by triggers): no lookup of each row's case.
    if (query.status) qb.andWhere('s.caseStatus = :filterStatus', { filterStatus: query.status });
    if (query.reached) qb.andWhere('s.caseStatus IN (:...filterReached)', { filterReached: statusesFrom(query.reached) });
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
   * nullable column), so it walks the (projectId, column, code, id) index forward or backward; ordered by code, the
   * code then id ((projectId, code, id)) — the order the page's merge of the projects' rows keeps (see `pageQuery`).
   */
  private order(qb: SelectQueryBuilder<T>, plan: SortPlan): SelectQueryBuilder<T> {
    const direction = plan.descending ? 'DESC' : 'ASC';
    qb.orderBy(plan.column, direction, plan.descending && plan.nullable ? 'NULLS LAST' : undefined);
    if (plan.column !== 's.code') qb.addOrderBy('s.code', direction);
    return qb.addOrderBy('s.id', direction);
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
    if (query.resettlement) qb.innerJoin(CaseFile, 'c', 'c.subjectType = :subjectType AND c.subjectId = s.id', { subjectType: this.subjectType });
    return this.filter(qb, query, scope);
  }

  /**
   * The SQL of one page's ids (with each row's sort value and code, for the next cursor). Each project contributes its
   * first `skip + take` rows by walking its index in order (LIMIT inside), and only those rows are merged: no sort of
   * the whole scope, however many rows it holds. Given the page's `projects` (see `pageProjects`, at most
   * `MERGED_PROJECTS`), each project's walk is a subquery of its own and PostgreSQL merges their ordered rows (Merge
   * Append: not even those rows are sorted, so a page deep in the list costs the index entries before it and nothing
   * more); otherwise a LATERAL walk per project in scope, its rows sorted. The index tests EXPLAIN it.
   */
  pageQuery(query: StartedQuery, scope: string[] | null, projects?: readonly string[]): [string, unknown[]] {
    const { skip: pageSkip, take } = skipTake(query);
    const plan = this.sortOf(query.sort);
    const after = query.after ? decodeCursor(query.after) : null;
    const skip = after ? (query.skipAfter ?? 0) : pageSkip;
    const merged = projects && projects.length <= MERGED_PROJECTS ? projects : null;
    /** Per project (its id as SQL: `sp.id` or a parameter), its first rows of what `narrow` leaves of `of`'s, in order. */
    const rowsOfProject =
      (of: SubjectPageQuery, narrow?: (qb: SelectQueryBuilder<T>) => void) =>
      (project: string, params: Record<string, unknown> = {}): SelectQueryBuilder<T> => {
        const qb = this.filteredQuery({ ...of, project: undefined, parcel: undefined }, null)
          .select(`s.id AS id, ${plan.column} AS k, s.code AS code`)
          .andWhere(`s.projectId = ${project}`, params);
        // The parcel of that code in this project (codes are unique per project): its rows walk the parcel's index.
        if (query.parcel)
          qb.andWhere(`s.parcelId = (SELECT lpc.id FROM parcel lpc WHERE lpc.code = :lateralParcel AND lpc."projectId" = ${project})`, {
            lateralParcel: query.parcel,
          });
        narrow?.(qb);
        this.order(qb, plan).limit(skip + take);
        if (after) this.applyAfter(qb, plan, after);
        return qb;
      };
    const parts = this.searchParts(query, rowsOfProject) ?? [rowsOfProject(query)];
    const walks = merged
      ? merged.flatMap((id, i) => parts.map((part) => part(`:pageProject${i}`, { [`pageProject${i}`]: id })))
      : parts.map((part) => part('sp.id'));
    const [innerSql, params] = walks.length
      ? this.connection.manager.connection.driver.escapeQueryWithParameters(
          walks.map((walk) => `(${walk.getQuery()})`).join(' UNION ALL '),
          Object.assign({}, ...walks.map((walk) => walk.getParameters())) as Record<string, unknown>,
        )
      : ['SELECT NULL::uuid AS id, NULL AS k, NULL AS code WHERE FALSE', []];
    const direction = plan.descending ? 'DESC' : 'ASC';
    // The walks' own order (a code is unique within its project: code then id), so the merge keeps it.
    const order =
      plan.column === 's.code'
        ? `x.k ${direction}, x.id ${direction}`
        : `x.k ${direction}${plan.descending && plan.nullable ? ' NULLS LAST' : ''}, x.code ${direction}, x.id ${direction}`;
    const outerParams: unknown[] = [...params];
    if (merged) {
      outerParams.push(skip, take);
      const sql = `SELECT x.id, x.k, x.code FROM (${innerSql}) x ORDER BY ${order} OFFSET $${outerParams.length - 1} LIMIT $${outerParams.length}`;
      return [sql, outerParams];
    }
    const where: string[] = [];
    const walked = projects ?? scope;
    if (walked) {
      outerParams.push(walked);
      where.push(`sp.id = ANY($${outerParams.length}::uuid[])`);
    }
    if (query.project) {
      outerParams.push(query.project);
      where.push(`sp.code = $${outerParams.length}`);
    }
    if (query.parcel) {
      // Only the parcel's project walks its rows (another project in scope would walk all of its own and find none).
      outerParams.push(query.parcel);
      where.push(`sp.id IN (SELECT wpc."projectId" FROM parcel wpc WHERE wpc.code = $${outerParams.length})`);
    }
    outerParams.push(skip, take);
    const sql = `SELECT x.id, x.k, x.code FROM project sp CROSS JOIN LATERAL (${innerSql}) x
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${order}
      OFFSET $${outerParams.length - 1} LIMIT $${outerParams.length}`;
    return [sql, outerParams];
  }

  /**
   * The projects a page walks, in id order: those in `scope` (null: every project) that the project and parcel filters
   * leave. One small statement, so that the page's statement can name each project's walk (see `pageQuery`).
   */
  async pageProjects(query: Pick<SubjectPageQuery, 'project' | 'parcel'>, scope: readonly string[] | null): Promise<string[]> {
    // Without a project filter the scope's projects are the walks: no statement for them. A project id that no longer
    // exists walks nothing, and neither does a project without the filtered parcel (each walk looks the parcel's code up
    // in its own project: one index probe that finds no parcel).
    if (scope && !query.project) return [...new Set(scope)].sort();
    const rows = await this.connection.manager.query<Array<{ id: string }>>(
      `SELECT p.id FROM project p
        WHERE ($1::uuid[] IS NULL OR p.id = ANY($1::uuid[]))
          AND ($2::varchar IS NULL OR p.code = $2)
          AND ($3::varchar IS NULL OR p.id IN (SELECT pc."projectId" FROM parcel pc WHERE pc.code = $3))
        ORDER BY p.id`,
      [scope, query.project ?? null, query.parcel ?? null],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The statement `findPage` runs for this query (a search counted first, its projects looked up) and whether it runs
   * prepared: what the index tests EXPLAIN.
   */
  async listStatement(query: SubjectPageQuery & { after?: string }, scope: string[] | null): Promise<[string, unknown[], boolean]> {
    const count = this.countQuery(query, scope);
    if (count.summary) return [...this.listQuery(query, scope, await this.pageProjects(query, scope), { total: [count.sql, count.params] }), this.preparable(query)];
    const counted = await this.countMatching(query, scope);
    const found = foundOf(counted);
    return [...this.listQuery({ ...query, found }, scope, await this.pageProjects(query, counted.projects ?? scope)), this.preparedPage(query, found)];
  }

  /**
   * Whether `q` is searched in parts (see `searchParts`) when the list is in `sort`'s order: in code order, a code
   * prefix or text fragment (not an ID number or credit code) with few enough letters to spell each way.
   */
  private splitSearch(q: string | undefined, sort: string | undefined): { columns: string[]; spellings: string[] } | null {
    const text = q?.trim();
    if (!text || this.sortOf(sort).column !== 's.code') return null;
    const columns = this.textColumnsFor(text);
    const spellings = columns && caseVariants(text);
    return columns && spellings ? { columns, spellings } : null;
  }

  /**
   * A search in code order split so that each part walks an index in that order and stops at its page: the code
   * prefix once per spelling of its letters (`lp2-04` → `LP2-04`, `Lp2-04`, …, each the range of codes from it up to
   * `LP2-05` etc.: codes compare byte by byte, so each is a range of the (projectId, code) index — a project with no
   * such code reads nothing), and the text fragment on the rows whose code does not begin with it (no row twice). A
   * part the search's count found no row for (`query.found`) is left out: a search that only codes match is then index
   * ranges alone, good in a plan made without the values (see `preparedPage`). Null when the search is not split
   * (another order, an ID number or credit code, a prefix with many letters): then one walk filters by the whole search.
   */
  private searchParts(
    query: StartedQuery,
    rowsOfProject: (of: SubjectPageQuery, narrow?: (qb: SelectQueryBuilder<T>) => void) => ProjectWalk<T>,
  ): ProjectWalk<T>[] | null {
    const split = this.splitSearch(query.q, query.sort);
    if (!split) return null;
    const { like, codePrefix, textPart } = likeOf(query.q!.trim());
    const rest = { ...query, q: undefined };
    const byCode = split.spellings.map((spelling, i) =>
      rowsOfProject(rest, (qb) => {
        const range = prefixRange(spelling);
        if (range) qb.andWhere(`s.code >= :codeFrom${i} AND s.code < :codeBefore${i}`, { [`codeFrom${i}`]: range.from, [`codeBefore${i}`]: range.before });
        else qb.andWhere(`s.code LIKE :codeSpelling${i}`, { [`codeSpelling${i}`]: `${escapeLike(spelling)}%` });
      }),
    );
    const byText = rowsOfProject(rest, (qb) =>
      qb.andWhere(`(${split.columns.map((column) => `${column} ${like} :textPart`).join(' OR ')}) AND s.code NOT ${like} :codePrefix`, { codePrefix, textPart }),
    );
    const found = query.found ?? { code: true, text: true };
    return [...(found.code ? byCode : []), ...(found.text ? [byText] : [])];
  }

  /**
   * Whether the page's statement for `query` runs prepared (see `preparable`): without a search, as `preparable` says; a
   * search in code order that its count found only code prefixes of (no row matched by its text alone) walks index
   * ranges alone, and is prepared when the rest of its filters would be.
   */
  private preparedPage(query: SubjectPageQuery, found: SearchFound | undefined): boolean {
    if (!query.q?.trim()) return this.preparable(query);
    return found?.text === false && this.splitSearch(query.q, query.sort) !== null && this.preparable({ ...query, q: undefined });
  }

  /**
   * How many rows match. With only project, parcel and case filters: the case summary's count (kept by triggers in the
   * same transaction as every change, one case per subject), exact and cheap at any scale. Otherwise an exact count
   * when the set is small, else `COUNT_CAP` with `exact: false` (the count stops there); an exact count also names
   * the projects the matching rows are in (`projects`), so the page walks only those.
   */
  async countMatching(query: CountQuery, scope: string[] | null): Promise<Counted> {
    const { sql, params, summary } = this.countQuery(query, scope);
    if (summary) {
      const [row] = await this.connection.manager.query<Array<{ n: string }>>(sql, params);
      return { total: Number(row?.n ?? 0), exact: true };
    }
    // A search's count reads every matching row (up to the cap): the pages of one search ask the same count again and
    // again, so it is kept while the database's snapshot is the one it was counted in (see SnapshotCache).
    const { value } = await this.counts.resolve(JSON.stringify([sql, params]), await this.connection.currentSnapshot(), async () => {
      const [row] = await this.connection.manager.query<Array<{ snapshot: string; at: Date; n: string; projects: string[] | null; byCode: string | null }>>(
        `SELECT pg_current_snapshot()::text AS snapshot, now() AS at, c.n, c.projects, c."byCode" FROM (${sql}) c`,
        params,
      );
      if (!this.connection.inTransaction) this.connection.sawSnapshot(row!.snapshot);
      const value = { n: Number(row!.n), projects: row!.projects ?? [], byCode: row!.byCode === null ? null : Number(row!.byCode) };
      return { snapshot: row!.snapshot, at: row!.at, value };
    });
    return searchCounted(value);
  }

  /**
   * A page number `ANCHOR_EVERY` rows or more into the list, started from an anchor: the cursor of the row just before
   * the nearest thousand at or before the page (row 49,000 for page 2,500 of 20), then the rows after it. The anchor is
   * found by walking to it once and kept while the database's snapshot is the one it was found in (any commit finds it
   * again), so the pages after the first deep one walk at most a thousand entries more than the page instead of the
   * 50,000 before it. The same rows as the plain walk (the lists-at-scale test compares them).
   */
  private async fromAnchor(query: SubjectPageQuery & { after?: string; found?: SearchFound }, scope: string[] | null, projects: readonly string[]): Promise<StartedQuery> {
    const { skip } = skipTake(query);
    if (query.after || skip < ANCHOR_EVERY) return query;
    const at = Math.floor(skip / ANCHOR_EVERY) * ANCHOR_EVERY;
    const anchorQuery = { ...query, page: at, pageSize: 1 }; // the row at offset at - 1
    const [sql, params] = this.pageQuery(anchorQuery, scope, projects);
    const key = JSON.stringify([sql, params]);
    const { value: anchor } = await this.anchors.resolve(key, await this.connection.currentSnapshot(), async () => {
      const [row] = await this.connection.manager.query<Array<{ snapshot: string; at: Date; anchor: { id: string; k: unknown; code: string } | null }>>(
        `SELECT pg_current_snapshot()::text AS snapshot, now() AS at, (SELECT row_to_json(a) FROM (${sql}) a) AS anchor`,
        params,
      );
      const found = row!.anchor;
      return { snapshot: row!.snapshot, at: row!.at, value: found ? encodeCursor({ value: sortValue(found.k), code: found.code, id: found.id }) : null };
    });
    // Fewer rows than the anchor's: the page is past the end, walked as it is.
    return anchor ? { ...query, after: anchor, skipAfter: skip - at } : query;
  }

  /** Deep pages' anchors kept per database snapshot (a few hundred lists and depths). */
  private readonly anchors = new SnapshotCache<string | null>(256);

  /** Search counts (and the projects of their rows) kept per database snapshot (a few hundred searches). */
  private readonly counts = new SnapshotCache<SearchCount>(256);

  /** Whether `countMatching` reads the case summary: only project, parcel and case filters (no search, village or dates). */
  private countsFromSummary(query: CountQuery): boolean {
    return !query.q?.trim() && !query.village && !query.resettledFrom && !query.resettledTo;
  }

  /** The SQL and parameters of `countMatching`; `summary` when it reads the case summary (the index tests EXPLAIN it). */
  countQuery(query: CountQuery, scope: string[] | null): { sql: string; params: unknown[]; summary: boolean } {
    if (this.countsFromSummary(query)) {
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
    const capped = this.filteredQuery(query, scope).select('s.projectId', 'projectId').limit(COUNT_CAP + 1);
    // A search in parts also counts the rows its code prefix matches (`applySearch`'s own pattern): the rest match its text alone.
    const split = this.splitSearch(query.q, undefined);
    if (split) capped.addSelect(`s.code ${likeOf(query.q!.trim()).like} :codePrefix`, 'byCode');
    const [sql, params] = capped.getQueryAndParameters();
    const byCode = split ? 'count(*) FILTER (WHERE "byCode")' : 'NULL::bigint';
    return { sql: `SELECT count(*) AS n, array_agg(DISTINCT "projectId") AS projects, ${byCode} AS "byCode" FROM (${sql}) capped`, params, summary: false };
  }

  /**
   * The statement `findPage` reads a page with: `pageQuery`'s ids, then their rows by primary key (the index tests EXPLAIN
   * it). `total`: a count statement whose answer each row carries as `__total` (the summary's count, one round trip with
   * the page); `snapshot`: each row carries the statement's snapshot as `__snapshot` (to check a kept search count by).
   */
  listQuery(query: StartedQuery, scope: string[] | null, projects?: readonly string[], also: { total?: [string, unknown[]]; snapshot?: boolean } = {}): [string, unknown[]] {
    const [pageSql, pageParams] = this.pageQuery(query, scope, projects);
    const plan = this.sortOf(query.sort);
    const direction = plan.descending ? 'DESC' : 'ASC';
    const params = [...pageParams, this.subjectType];
    const subjectTypeAt = params.length;
    let extra = '';
    if (also.total) {
      extra += `, (${shiftParameters(also.total[0], params.length)}) AS "__total"`;
      params.push(...also.total[1]);
    }
    if (also.snapshot) extra += ', pg_current_snapshot()::text AS "__snapshot"';
    const sql = `WITH page AS (${pageSql})
      SELECT s.*, page.k AS "__k", p.code AS "__projectCode", pc.code AS "__parcelCode", c.id AS "__caseId", c.status AS "__caseStatus"${this.listColumns()}${extra}
        FROM page JOIN "${this.repo.metadata.tableName}" s ON s.id = page.id
        JOIN project p ON p.id = s."projectId" JOIN parcel pc ON pc.id = s."parcelId"
        LEFT JOIN case_file c ON c."subjectType" = $${subjectTypeAt} AND c."subjectId" = s.id
       ORDER BY page.k ${direction}${plan.descending && plan.nullable ? ' NULLS LAST' : ''}, page.code ${direction}, page.id ${direction}`;
    return [sql, params];
  }

  /** Reads this kind's rows (column names as keys) into entities, transformers applied (made once). */
  private readRow: ((row: Record<string, unknown>) => T) | undefined;

  /**
   * Extra columns of a list row, selected beside `s.*` (alias `s`): e.g. a household's members as JSON. Each must be
   * named `"__…"`; `listRecord` puts them on the record.
   */
  protected listColumns(): string {
    return '';
  }

  /** Completes a list record from its row's extra columns (see `listColumns`). */
  protected listRecord(_record: SubjectRecord<T>, _row: Record<string, unknown>): void {}

  /**
   * One page of subjects with their codes and cases, the total matching the filters (see `countMatching`) and the
   * cursor of the next page (`after=`) when there may be one. One statement picks the page's ids on the subjects table
   * alone (an index walk per project in scope) and reads those rows with their codes and cases by primary key; the
   * count runs beside it. Rows become records by a plain reader (no query builder or entity hydration per row).
   * `scope` (project ids, null = all) limits the list to the projects the caller may see.
   */
  async findPage(query: SubjectPageQuery & { after?: string }, scope: string[] | null): Promise<ListPage<SubjectRecord<T>>> {
    // `counted`: a search's count, whose projects the page walks and whose parts it walks (see `searchParts`).
    const read = async (counted: Counted | null, also?: Parameters<SubjectRepository<T>['listQuery']>[3]) => {
      const projects = await this.pageProjects(query, counted?.projects ?? scope);
      const found = foundOf(counted);
      const [sql, params] = this.listQuery(await this.fromAnchor({ ...query, found }, scope, projects), scope, projects, also);
      return this.preparedPage(query, found)
        ? this.connection.queryPrepared<Record<string, unknown>>(sql, params)
        : this.connection.manager.query<Array<Record<string, unknown>>>(sql, params);
    };
    let rows: Array<Record<string, unknown>>;
    let counted: Counted;
    const count = this.countQuery(query, scope);
    if (count.summary) {
      // The summary's count rides on the page's statement; a page past the end has no row to carry it.
      rows = await read(null, { total: [count.sql, count.params] });
      counted = rows.length ? { total: Number(rows[0]!.__total), exact: true } : await this.countMatching(query, scope);
    } else {
      // A search counts first (usually kept from its previous page): the page then walks only the projects its rows are
      // in — a project with no match would otherwise read every row of its index looking for one. A kept count is
      // tried at once, the page's statement telling its snapshot (an empty page asks for it after): the snapshot the
      // count was kept in, the count holds — no commit since — and the request took one round trip; else it is
      // counted again and the page read again.
      const key = JSON.stringify([count.sql, count.params]);
      const kept = this.connection.inTransaction ? undefined : this.counts.peek(key);
      // Kept under an older snapshot than the last one seen: a commit came since, no use trying it.
      let keptCount = kept && kept.snapshot === this.connection.lastSnapshotSeen ? searchCounted(kept.value) : undefined;
      rows = [];
      if (keptCount) {
        rows = await read(keptCount, { snapshot: true });
        const snapshot = rows.length ? (rows[0]!.__snapshot as string) : await this.connection.currentSnapshot();
        if (rows.length) this.connection.sawSnapshot(snapshot!);
        if (snapshot === null || this.counts.get(key, snapshot) === undefined) keptCount = undefined;
      }
      if (keptCount) counted = keptCount;
      else {
        counted = await this.countMatching(query, scope);
        rows = await read(counted);
      }
    }
    this.readRow ??= entityRowReader<T>(this.repo.metadata);
    const items = rows.map((row) => {
      const record = this.readRow!(row) as SubjectRecord<T>;
      record.project = { id: record.projectId, code: row.__projectCode } as SubjectRecord<T>['project'];
      record.parcel = { id: record.parcelId, code: row.__parcelCode } as SubjectRecord<T>['parcel'];
      record.caseFile = row.__caseId ? { id: row.__caseId as string, status: row.__caseStatus as CaseStatus } : null;
      this.listRecord(record, row);
      return record;
    });
    const last = rows.at(-1);
    return {
      items,
      total: counted.total,
      totalExact: counted.exact,
      next: last && rows.length === query.pageSize ? encodeCursor({ value: sortValue(last.__k), code: last.code as string, id: last.id as string }) : null,
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
