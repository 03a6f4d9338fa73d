import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { joinSubjectLabel, subjectsAtCaseStatusSql, type PickerCursor } from '@app/subjects';
import { ConfirmationBatchRecord, ConfirmationLineRecord } from './confirmation.entity.js';

/** A batch's progress: its lines by state and the town's total. */
export interface BatchProgress {
  lines: number;
  pending: number;
  confirmed: number;
  rejected: number;
  voided: number;
  /** Lines with a town figure (a calculation when submitted). */
  figures: number;
  townTotalFen: bigint;
}

export interface BatchFilters {
  /** Projects in scope (null: all). */
  projectIds: string[] | null;
  state?: 'open' | 'closed';
  skip: number;
  take: number;
}

/** A case as a batch names it: its project, status and subject (code and party from the subjects library's label view). */
export interface CaseLabel {
  caseId: string;
  subjectId: string;
  projectId: string;
  status: string;
  subjectType: string;
  code: string;
  party: string;
  parcelCode: string;
}

/** What a confirmation picker is narrowed to. */
export interface CandidateFilters {
  subjectType?: string;
  parcelCode?: string;
}

type NewRow<T> = Omit<T, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'project' | 'lines' | 'batch' | 'caseFile'>;

/** Database access for confirmation batches and their lines. */
@Injectable()
export class ConfirmationRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get batches() {
    return this.connection.getRepository(ConfirmationBatchRecord);
  }

  private get lines() {
    return this.connection.getRepository(ConfirmationLineRecord);
  }

  /** The next batch number of the project, under a lock per project held to the end of the transaction. */
  async nextNumber(projectId: string): Promise<number> {
    await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtext('confirmation_batch:' || $1))`, [projectId]);
    const [row] = await this.connection.manager.query<Array<{ next: number }>>(
      `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM confirmation_batch WHERE "projectId" = $1`,
      [projectId],
    );
    return Number(row!.next);
  }

  private async labels(where: string, params: unknown[], tail = ''): Promise<CaseLabel[]> {
    return this.connection.manager.query<CaseLabel[]>(
      `SELECT c.id AS "caseId", c."subjectId", c."projectId", c.status, c."subjectType", s.code, s.party, p.code AS "parcelCode"
         FROM case_file c ${joinSubjectLabel('s', 'c')} JOIN parcel p ON p.id = c."parcelId"
        WHERE ${where} ${tail}`,
      params,
    );
  }

  /** The cases with `caseIds` that exist, labelled. */
  casesByIds(caseIds: readonly string[]): Promise<CaseLabel[]> {
    return caseIds.length ? this.labels('c.id = ANY($1::uuid[])', [caseIds]) : Promise.resolve([]);
  }

  /** A project's surveyed cases not waiting in a batch (what a new batch may take), the first `limit` by subject code after `after`. */
  candidates(projectId: string, filters: CandidateFilters, limit: number, after: PickerCursor | null = null): Promise<CaseLabel[]> {
    const [sql, params] = this.candidatesStatement(projectId, filters, limit, after);
    // Prepared (planned once per connection): equalities and the cursor's range only, each an index condition as well
    // with a parameter as with a value (the plan tests EXPLAIN the generic plans).
    return this.connection.queryPrepared<CaseLabel>(sql, params);
  }

  /**
   * The candidates' statement: each subject kind walks its (projectId, caseStatus, code, id) index — or, for a parcel,
   * its (parcelId, caseStatus, code, id) index — from the first code, or from `after`. A project's limit is written in
   * (a generic plan guesses a limit given as a parameter). A parcel's is a parameter: a generic plan counts on a parcel's
   * share of the table (a few rows when a project has many parcels) and, were the limit written in and larger than that
   * guess, would read and sort every row of the parcel after the cursor (a bitmap scan) rather than walk to the page; a
   * guessed limit keeps the walk that stops at it.
   */
  candidatesStatement(projectId: string, filters: CandidateFilters, limit: number, after: PickerCursor | null = null): [string, unknown[]] {
    const params: unknown[] = [projectId];
    const param = (value: unknown) => `$${params.push(value)}`;
    // A parcel's subjects (their cases follow them to the parcel) by the parcel's index when one is asked for.
    const subjects = subjectsAtCaseStatusSql({
      project: '$1',
      parcel: filters.parcelCode ? `(SELECT id FROM parcel WHERE "projectId" = $1 AND code = ${param(filters.parcelCode)})` : undefined,
      status: "'surveyed'",
      limit: filters.parcelCode ? `${param(Math.trunc(limit))}::int` : String(Math.trunc(limit)),
      kinds: filters.subjectType ? [filters.subjectType] : undefined,
      after: after ? { code: param(after.code), id: param(after.id) } : undefined,
      where: `NOT EXISTS (SELECT 1 FROM confirmation_line l WHERE l."caseId" = c.id AND l.answer IS NULL)`,
    });
    return [
      `SELECT s."caseId", s."subjectId", s."projectId", s.status, s."subjectType", s.code, s.party,
              (SELECT p.code FROM parcel p WHERE p.id = s."parcelId") AS "parcelCode"
         FROM (${subjects}) s
        WHERE s.status = 'surveyed' AND s."projectId" = $1
        ORDER BY s.code, s."subjectId"`,
      params,
    ];
  }

  /** Of `caseIds`, those waiting in an unanswered line. */
  async casesInOpenLines(caseIds: readonly string[]): Promise<Set<string>> {
    if (!caseIds.length) return new Set();
    const rows = await this.connection.manager.query<Array<{ caseId: string }>>(
      `SELECT "caseId" FROM confirmation_line WHERE answer IS NULL AND "caseId" = ANY($1::uuid[])`,
      [caseIds],
    );
    return new Set(rows.map((r) => r.caseId));
  }

  insertBatch(row: NewRow<ConfirmationBatchRecord>): Promise<ConfirmationBatchRecord> {
    return this.batches.save(this.batches.create(row));
  }

  insertLines(rows: Array<NewRow<ConfirmationLineRecord>>): Promise<ConfirmationLineRecord[]> {
    return this.lines.save(rows.map((r) => this.lines.create(r)));
  }

  /** A batch with its lines in order. */
  async findBatch(id: string): Promise<ConfirmationBatchRecord | null> {
    const found = await this.batches.findOne({ where: { id }, relations: { lines: true } });
    found?.lines?.sort((a, b) => a.position - b.position);
    return found;
  }

  /** Locks a batch row for an answer: answers to one batch are taken one after the other (so the last one closes it). */
  lockBatch(id: string): Promise<ConfirmationBatchRecord | null> {
    return this.batches.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findLine(id: string): Promise<ConfirmationLineRecord | null> {
    return this.lines.findOne({ where: { id } });
  }

  findLineForUpdate(id: string): Promise<ConfirmationLineRecord | null> {
    return this.lines.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveLine(line: ConfirmationLineRecord): Promise<ConfirmationLineRecord> {
    return this.lines.save(line);
  }

  saveBatch(batch: ConfirmationBatchRecord): Promise<ConfirmationBatchRecord> {
    return this.batches.save(batch);
  }

  async unansweredCount(batchId: string): Promise<number> {
    return this.lines.count({ where: { batchId, answer: IsNull() } });
  }

  /** Batches newest first. */
  async listBatches(filters: BatchFilters): Promise<{ items: ConfirmationBatchRecord[]; total: number }> {
    const query = this.batches.createQueryBuilder('b').orderBy('b.submittedAt', 'DESC').addOrderBy('b.number', 'DESC').skip(filters.skip).take(filters.take);
    if (filters.projectIds) query.andWhere('b.projectId = ANY(:ids)', { ids: filters.projectIds });
    if (filters.state) query.andWhere('b.state = :state', { state: filters.state });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  /** Progress of each batch given (one query). */
  async progressOf(batchIds: readonly string[]): Promise<Map<string, BatchProgress>> {
    if (!batchIds.length) return new Map();
    const rows = await this.connection.manager.query<Array<Record<string, string>>>(
      `SELECT "batchId",
              COUNT(*) AS lines,
              COUNT(*) FILTER (WHERE answer IS NULL) AS pending,
              COUNT(*) FILTER (WHERE answer = 'confirmed' AND "voidedAt" IS NULL) AS confirmed,
              COUNT(*) FILTER (WHERE answer = 'rejected') AS rejected,
              COUNT(*) FILTER (WHERE "voidedAt" IS NOT NULL) AS voided,
              COUNT("townFigureFen") AS figures,
              COALESCE(SUM("townFigureFen"), 0)::text AS "townTotalFen"
         FROM confirmation_line WHERE "batchId" = ANY($1::uuid[]) GROUP BY "batchId"`,
      [batchIds],
    );
    return new Map(
      rows.map((r) => [
        r.batchId!,
        { lines: Number(r.lines), pending: Number(r.pending), confirmed: Number(r.confirmed), rejected: Number(r.rejected), voided: Number(r.voided), figures: Number(r.figures), townTotalFen: BigInt(r.townTotalFen!) },
      ]),
    );
  }

  /** The lines of a case, newest first. */
  linesOfCase(caseId: string): Promise<ConfirmationLineRecord[]> {
    return this.lines.find({ where: { caseId }, relations: { batch: true }, order: { createdAt: 'DESC' } });
  }

  /** Inserts batches and lines as given, ids and instants included (demo data), in chunks. */
  async insertLoaded(
    batches: ReadonlyArray<Omit<ConfirmationBatchRecord, 'project' | 'lines'>>,
    lines: ReadonlyArray<Omit<ConfirmationLineRecord, 'batch' | 'caseFile'>>,
  ): Promise<void> {
    const insert = async <T extends object>(entity: new () => T, rows: readonly T[]) => {
      for (let start = 0; start < rows.length; start += 500) {
        await this.connection.manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + 500) as never).updateEntity(false).execute();
      }
    };
    await insert(ConfirmationBatchRecord, batches as ConfirmationBatchRecord[]);
    await insert(ConfirmationLineRecord, lines as ConfirmationLineRecord[]);
  }

  /** Marks the effective confirmations of `caseIds` voided; answers the lines voided. */
  async voidConfirmed(caseIds: readonly string[], reason: string): Promise<Array<{ id: string; caseId: string; projectId: string }>> {
    const [rows] = await this.connection.manager.query(
      `UPDATE confirmation_line SET "voidedAt" = clock_timestamp(), "voidReason" = $2, version = version + 1, "updatedAt" = clock_timestamp()
        WHERE "caseId" = ANY($1::uuid[]) AND answer = 'confirmed' AND "voidedAt" IS NULL
        RETURNING id, "caseId", "projectId"`,
      [caseIds, reason],
    );
    return rows as Array<{ id: string; caseId: string; projectId: string }>;
  }

  /** Open batches with lines the company has not answered, in these projects (null: all), oldest first (the company's 待办). */
  async waitingForCompany(projectIds: readonly string[] | null): Promise<Array<{ id: string; projectId: string; number: number; submittedAt: Date; waiting: number }>> {
    const rows: Array<{ id: string; projectId: string; number: number; submittedAt: Date; waiting: number }> = await this.connection.manager.query(
      `SELECT b.id, b."projectId", b.number, b."submittedAt", count(*)::int AS waiting
         FROM confirmation_batch b JOIN confirmation_line l ON l."batchId" = b.id
        WHERE b.state = 'open' AND l.answer IS NULL AND l."voidedAt" IS NULL AND ($1::uuid[] IS NULL OR b."projectId" = ANY($1))
        GROUP BY b.id ORDER BY b."submittedAt", b.id`,
      [projectIds],
    );
    return rows;
  }
}
