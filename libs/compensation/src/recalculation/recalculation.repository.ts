import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { joinSubjectLabel } from '@app/subjects';
import { In } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import type { SubjectFacts } from '../domain/subject-facts.js';
import type { StoredLine } from '../calculation/calculation.entity.js';
import { SIGNED_ON_STATUSES } from '../shared/signed-statuses.js';
import { RecalculationCase, RecalculationRun } from './recalculation-run.entity.js';

/** A case a recalculation covers, with its latest snapshot (the old side of the diff). */
export interface RecalculationCandidate {
  caseId: string;
  subjectType: 'household' | 'enterprise' | 'facility' | 'legacy_base';
  subjectId: string;
  calculationId: string;
  facts: SubjectFacts;
  lines: StoredLine[];
  totalFen: string;
}

/** A calculable preview row with its case's subject: what the apply compares with the subject's facts now. */
export interface PreviewRowFacts {
  caseId: string;
  subjectType: RecalculationCandidate['subjectType'];
  subjectId: string;
  facts: SubjectFacts;
}

/** What the set-based apply did: rows of the run, calculable ones, and of these the stored, signed and changed. */
export interface AppliedRows {
  rows: number;
  calculable: number;
  applied: number;
  signed: number;
  changed: number;
}

export interface RecalculationTotals {
  cases: number;
  changed: number;
  problems: number;
  oldTotalFen: bigint;
  newTotalFen: bigint;
}

/** TypeORM answers `UPDATE … RETURNING` with `[rows, affected]`; plain SELECTs with rows. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];

/** Below every case id: the keyset's start. */
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The candidates' query: the project's cases before `signed` that have a calculation, each with its latest one, by case id.
 * The keyset walks `idx_case_project_id` (project, id) from `$3` and stops after `$4` cases: no chunk sorts the project's cases.
 */
const CANDIDATES = `
  SELECT cf.id AS "caseId", cf."subjectType", cf."subjectId", c.id AS "calculationId", c.facts, c.lines, c."totalFen"
    FROM case_file cf
    JOIN LATERAL (SELECT id, facts, lines, "totalFen" FROM calculation WHERE "caseId" = cf.id ORDER BY "createdAt" DESC, id DESC LIMIT 1) c ON true
   WHERE cf."projectId" = $1 AND cf.id > $3::uuid AND cf.status <> ALL($2::varchar[])
   ORDER BY cf.id
   LIMIT $4`;

/** A value in COPY's text format: NULL as \\N, backslash, tab and line breaks escaped. */
const copyText = (v: string | null): string => (v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));

/** A preview row the apply may store: calculated, with its lines and new total. */
const CALCULABLE = `r.problem IS NULL AND r."newTotalFen" IS NOT NULL AND r.lines IS NOT NULL`;

/**
 * The apply in one statement: locks the cases of the run's calculable rows, decides each row (`signed` when its case is
 * signed by now, `changed` when its latest snapshot is not the preview's or its facts changed, else `apply`), stores the
 * new snapshots of the `apply` rows from the preview rows themselves, and counts. A case that no longer exists counts as signed.
 */
const APPLY = `
  WITH current AS MATERIALIZED (
    SELECT r."caseId", cf.status,
           (SELECT c.id FROM calculation c WHERE c."caseId" = cf.id ORDER BY c."createdAt" DESC, c.id DESC LIMIT 1) IS NOT DISTINCT FROM r."basedOnCalculationId" AS "sameCalculation"
      FROM recalculation_case r
      JOIN case_file cf ON cf.id = r."caseId"
     WHERE r."runId" = $1 AND ${CALCULABLE}
       FOR UPDATE OF cf
  ), decided AS (
    SELECT "caseId",
           CASE WHEN status = ANY($2::varchar[]) THEN 'signed'
                WHEN NOT "sameCalculation" OR "caseId" = ANY($3::uuid[]) THEN 'changed'
                ELSE 'apply' END AS verdict
      FROM current
  ), stored AS (
    INSERT INTO calculation ("caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy")
    SELECT r."caseId", $4::uuid, $5::uuid, r.facts, r.lines, r."newTotalFen", $6::varchar
      FROM decided d JOIN recalculation_case r ON r."runId" = $1 AND r."caseId" = d."caseId"
     WHERE d.verdict = 'apply'
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM recalculation_case WHERE "runId" = $1) AS rows,
         (SELECT count(*) FROM recalculation_case r WHERE r."runId" = $1 AND ${CALCULABLE}) AS calculable,
         (SELECT count(*) FROM stored) AS applied,
         (SELECT count(*) FROM decided WHERE verdict = 'changed') AS changed`;

/** Database access for recalculation runs and their preview rows. */
@Injectable()
export class RecalculationRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get runs() {
    return this.connection.getRepository(RecalculationRun);
  }

  private get rows() {
    return this.connection.getRepository(RecalculationCase);
  }

  insertRun(run: Pick<RecalculationRun, 'projectId' | 'schemeVersionId' | 'createdBy'>): Promise<RecalculationRun> {
    return this.runs.save(this.runs.create({ ...run, status: 'queued' }));
  }

  findRun(id: string): Promise<RecalculationRun | null> {
    return this.runs.findOneBy({ id });
  }

  /** The run, locked until the transaction ends (one apply at a time). */
  lockRun(id: string): Promise<RecalculationRun | null> {
    return this.runs.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateRun(id: string, changes: Partial<Omit<RecalculationRun, 'id' | 'schemeVersion'>>): Promise<void> {
    await this.runs.update({ id }, changes);
  }

  /** Marks a run failed unless it has finished already. */
  async failIfOpen(id: string, message: string): Promise<void> {
    await this.runs.update({ id, status: In(['queued', 'running']) }, { status: 'failed', message, finishedAt: new Date() });
  }

  async countCandidates(projectId: string): Promise<number> {
    const [row] = rowsOf<{ n: string }>(
      await this.connection.manager.query(
        `SELECT count(*) AS n FROM case_file cf
          WHERE cf."projectId" = $1 AND cf.status <> ALL($2::varchar[]) AND EXISTS (SELECT 1 FROM calculation c WHERE c."caseId" = cf.id)`,
        [projectId, SIGNED_ON_STATUSES],
      ),
    );
    return Number(row?.n ?? 0);
  }

  /** The next `limit` candidates after case id `after` (keyset pagination). */
  async candidates(projectId: string, after: string | null, limit: number): Promise<RecalculationCandidate[]> {
    return rowsOf<RecalculationCandidate>(await this.connection.manager.query(CANDIDATES, [projectId, SIGNED_ON_STATUSES, after ?? FIRST_ID, limit]));
  }

  /** Removes a run's rows (a redelivered job starts over). */
  async clearRows(runId: string): Promise<void> {
    await this.rows.delete({ runId });
  }

  /**
   * Stores preview rows with one `COPY … FROM STDIN` on a connection of its own (the preview's writes run outside any
   * transaction): PostgreSQL's bulk path, with no statement to parse and no JSON document to take apart again.
   */
  async insertRows(rows: Array<Omit<RecalculationCase, 'id' | 'run'>>): Promise<void> {
    if (!rows.length) return;
    const fen = (v: bigint | null) => (v === null ? null : v.toString());
    const lines = rows.map(
      (r) =>
        `${[r.runId, r.caseId, r.basedOnCalculationId, JSON.stringify(r.facts), r.lines === null ? null : JSON.stringify(r.lines), r.oldTotalFen.toString(), fen(r.newTotalFen), fen(r.differenceFen), JSON.stringify(r.changes), r.problem]
          .map(copyText)
          .join('\t')}\n`,
    );
    const runner = this.connection.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await pipeline(
        Readable.from(lines),
        client.query(copyFrom(`COPY recalculation_case ("runId", "caseId", "basedOnCalculationId", facts, lines, "oldTotalFen", "newTotalFen", "differenceFen", changes, problem) FROM STDIN`)),
      );
    } finally {
      await runner.release();
    }
  }

  /** One page of a run's rows, the largest differences first. */
  async pageRows(runId: string, skip: number, take: number): Promise<{ items: RecalculationCase[]; total: number }> {
    const [items, total] = await this.rows.findAndCount({ where: { runId }, order: { differenceFen: { direction: 'DESC', nulls: 'LAST' }, caseId: 'ASC' }, skip, take });
    return { items, total };
  }

  /** A run's calculable rows in case order, `limit` after case id `after`, with their case's subject (for the apply's facts check). */
  async calculableRowsAfter(runId: string, after: string | null, limit: number): Promise<PreviewRowFacts[]> {
    return rowsOf<PreviewRowFacts>(
      await this.connection.manager.query(
        `SELECT r."caseId", cf."subjectType", cf."subjectId", r.facts
           FROM recalculation_case r JOIN case_file cf ON cf.id = r."caseId"
          WHERE r."runId" = $1 AND r."caseId" > $2::uuid AND ${CALCULABLE}
          ORDER BY r."caseId"
          LIMIT $3`,
        [runId, after ?? FIRST_ID, limit],
      ),
    );
  }

  /**
   * Stores the new snapshots of a run's rows in one statement (see APPLY), except cases signed meanwhile, whose latest
   * snapshot is no longer the preview's, or listed in `factsChanged`. The cases stay locked until the transaction ends.
   */
  async applyRows(run: Pick<RecalculationRun, 'id' | 'projectId' | 'schemeVersionId'>, factsChanged: string[], createdBy: string): Promise<AppliedRows> {
    const [row] = rowsOf<Record<'rows' | 'calculable' | 'applied' | 'changed', string>>(
      await this.connection.manager.query(APPLY, [run.id, SIGNED_ON_STATUSES, factsChanged, run.projectId, run.schemeVersionId, createdBy]),
    );
    const [rows, calculable, applied, changed] = [row?.rows, row?.calculable, row?.applied, row?.changed].map((n) => Number(n ?? 0)) as [number, number, number, number];
    return { rows, calculable, applied, changed, signed: calculable - applied - changed };
  }

  /** The run's totals: cases, changed ones, problems, the old and new sums (of the calculable rows). */
  async totals(runId: string): Promise<RecalculationTotals> {
    const [row] = rowsOf<{ cases: string; changed: string; problems: string; old: string | null; new: string | null }>(
      await this.connection.manager.query(
        `SELECT count(*) AS cases,
                count(*) FILTER (WHERE problem IS NULL AND jsonb_array_length(changes) > 0) AS changed,
                count(*) FILTER (WHERE problem IS NOT NULL) AS problems,
                sum("oldTotalFen") FILTER (WHERE problem IS NULL) AS old,
                sum("newTotalFen") FILTER (WHERE problem IS NULL) AS new
           FROM recalculation_case WHERE "runId" = $1`,
        [runId],
      ),
    );
    return {
      cases: Number(row?.cases ?? 0),
      changed: Number(row?.changed ?? 0),
      problems: Number(row?.problems ?? 0),
      oldTotalFen: BigInt(row?.old ?? 0),
      newTotalFen: BigInt(row?.new ?? 0),
    };
  }

  /** The runs of a scheme version, newest first. */
  runsOfVersion(schemeVersionId: string): Promise<RecalculationRun[]> {
    return this.runs.find({ where: { schemeVersionId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** The totals of several runs in one query (as `totals`), by run id; a run without rows is absent. */
  async totalsOf(runIds: string[]): Promise<Map<string, RecalculationTotals>> {
    if (!runIds.length) return new Map();
    const rows = rowsOf<{ runId: string; cases: string; changed: string; problems: string; old: string | null; new: string | null }>(
      await this.connection.manager.query(
        `SELECT "runId",
                count(*) AS cases,
                count(*) FILTER (WHERE problem IS NULL AND jsonb_array_length(changes) > 0) AS changed,
                count(*) FILTER (WHERE problem IS NOT NULL) AS problems,
                sum("oldTotalFen") FILTER (WHERE problem IS NULL) AS old,
                sum("newTotalFen") FILTER (WHERE problem IS NULL) AS new
           FROM recalculation_case WHERE "runId" = ANY($1::uuid[]) GROUP BY "runId"`,
        [runIds],
      ),
    );
    return new Map(
      rows.map((r) => [
        r.runId,
        { cases: Number(r.cases), changed: Number(r.changed), problems: Number(r.problems), oldTotalFen: BigInt(r.old ?? 0), newTotalFen: BigInt(r.new ?? 0) },
      ]),
    );
  }

  /** The subjects of cases, for showing preview rows: kind, code and party (household head, enterprise, owner unit, base), by case id. */
  async subjectsOf(caseIds: string[]): Promise<Map<string, RecalculationSubject>> {
    if (!caseIds.length) return new Map();
    const rows = rowsOf<RecalculationSubject & { caseId: string }>(
      await this.connection.manager.query(
        `SELECT c.id AS "caseId", c."subjectType", s.code, s.party
           FROM case_file c ${joinSubjectLabel('s', 'c')}
          WHERE c.id = ANY($1::uuid[])`,
        [caseIds],
      ),
    );
    return new Map(rows.map(({ caseId, ...subject }) => [caseId, subject]));
  }
}

/** Who a preview row is about, as the preview screen shows it. */
export interface RecalculationSubject {
  subjectType: RecalculationCandidate['subjectType'];
  code: string;
  party: string;
}
