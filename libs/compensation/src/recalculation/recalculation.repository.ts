import { Injectable } from '@nestjs/common';
import { joinSubjectLabel } from '@app/subjects';
import { In } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import type { SubjectFacts } from '../domain/subject-facts.js';
import type { StoredLine } from '../calculation/calculation.entity.js';
import { enterpriseFacts, householdFacts, type EnterpriseFactColumns, type HouseholdFactColumns, type OwnFacts } from '../calculation/subject-facts.reader.js';
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

/** What the apply re-checks of a preview row's case now: its status and its latest snapshot. */
export interface CaseNow {
  caseId: string;
  status: string;
  subjectType: RecalculationCandidate['subjectType'];
  subjectId: string;
  latestCalculationId: string | null;
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

/** The candidates' query: the project's cases before `signed` that have a calculation, each with its latest one, by case id. */
const CANDIDATES = `
  SELECT cf.id AS "caseId", cf."subjectType", cf."subjectId", c.id AS "calculationId", c.facts, c.lines, c."totalFen"
    FROM case_file cf
    JOIN LATERAL (SELECT id, facts, lines, "totalFen" FROM calculation WHERE "caseId" = cf.id ORDER BY "createdAt" DESC, id DESC LIMIT 1) c ON true
   WHERE cf."projectId" = $1 AND cf.status <> ALL($2::varchar[]) AND ($3::uuid IS NULL OR cf.id > $3::uuid)
   ORDER BY cf.id
   LIMIT $4`;

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
    return rowsOf<RecalculationCandidate>(await this.connection.manager.query(CANDIDATES, [projectId, SIGNED_ON_STATUSES, after, limit]));
  }

  /** Removes a run's rows (a redelivered job starts over). */
  async clearRows(runId: string): Promise<void> {
    await this.rows.delete({ runId });
  }

  /** Stores preview rows in one statement (arrays unnested: TypeORM's multi-row insert is slow for hundreds of jsonb rows). */
  async insertRows(rows: Array<Omit<RecalculationCase, 'id' | 'run'>>): Promise<void> {
    if (!rows.length) return;
    const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
    const fen = (v: bigint | null) => (v === null ? null : v.toString());
    await this.connection.manager.query(
      `INSERT INTO recalculation_case ("runId", "caseId", "basedOnCalculationId", facts, lines, "oldTotalFen", "newTotalFen", "differenceFen", changes, problem)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::jsonb[], $5::jsonb[], $6::bigint[], $7::bigint[], $8::bigint[], $9::jsonb[], $10::text[])`,
      [
        rows.map((r) => r.runId),
        rows.map((r) => r.caseId),
        rows.map((r) => r.basedOnCalculationId),
        rows.map((r) => json(r.facts)),
        rows.map((r) => json(r.lines)),
        rows.map((r) => r.oldTotalFen.toString()),
        rows.map((r) => fen(r.newTotalFen)),
        rows.map((r) => fen(r.differenceFen)),
        rows.map((r) => json(r.changes)),
        rows.map((r) => r.problem),
      ],
    );
  }

  /** One page of a run's rows, the largest differences first. */
  async pageRows(runId: string, skip: number, take: number): Promise<{ items: RecalculationCase[]; total: number }> {
    const [items, total] = await this.rows.findAndCount({ where: { runId }, order: { differenceFen: { direction: 'DESC', nulls: 'LAST' }, caseId: 'ASC' }, skip, take });
    return { items, total };
  }

  /** A run's rows in case order, `limit` after case id `after` (for the apply). */
  rowsAfter(runId: string, after: string | null, limit: number): Promise<RecalculationCase[]> {
    const qb = this.rows.createQueryBuilder('r').where('r."runId" = :runId', { runId }).orderBy('r."caseId"').limit(limit);
    if (after) qb.andWhere('r."caseId" > :after', { after });
    return qb.getMany();
  }

  /** The cases' status and latest snapshot now, read for the apply. */
  async casesNow(caseIds: string[]): Promise<Map<string, CaseNow>> {
    const rows = rowsOf<CaseNow>(
      await this.connection.manager.query(
        `SELECT cf.id AS "caseId", cf.status, cf."subjectType", cf."subjectId",
                (SELECT id FROM calculation WHERE "caseId" = cf.id ORDER BY "createdAt" DESC, id DESC LIMIT 1) AS "latestCalculationId"
           FROM case_file cf WHERE cf.id = ANY($1::uuid[]) FOR UPDATE OF cf`,
        [caseIds],
      ),
    );
    return new Map(rows.map((r) => [r.caseId, r]));
  }

  /**
   * The subjects' own facts now, for many cases in two queries (the facts reader reads one case at a time):
   * built by the same rules as the reader's (`householdFacts`, `enterpriseFacts`). Keyed by subject id.
   */
  async factsOf(subjects: ReadonlyArray<Pick<RecalculationCandidate, 'subjectType' | 'subjectId'>>): Promise<Map<string, OwnFacts>> {
    const ids = (type: string) => subjects.filter((s) => s.subjectType === type).map((s) => s.subjectId);
    const facts = new Map<string, OwnFacts>();
    for (const s of subjects) if (s.subjectType === 'facility' || s.subjectType === 'legacy_base') facts.set(s.subjectId, { kind: s.subjectType });
    const households = ids('household');
    if (households.length) {
      const rows = rowsOf<HouseholdFactColumns & { id: string; persons: number }>(
        await this.connection.manager.query(
          `SELECT h.id, h."certifiedArea", h."surveyedArea", h."recognisedArea", h."licensedArea", h."unlicensedArea", h."homesteadArea",
                  h.structure, h."yearBuilt", h."lowIncome", h.disabled, h."onlyChild",
                  (SELECT count(*)::int FROM household_member m WHERE m."householdId" = h.id AND m."recognitionBasis" IS NOT NULL) AS persons
             FROM household h WHERE h.id = ANY($1::uuid[])`,
          [households],
        ),
      );
      for (const h of rows) facts.set(h.id, householdFacts(h, Number(h.persons)));
    }
    const enterprises = ids('enterprise');
    if (enterprises.length) {
      const rows = rowsOf<EnterpriseFactColumns & { id: string }>(
        await this.connection.manager.query(`SELECT id, "buildingArea", "suspensionMonths", "monthlyLoss" FROM enterprise WHERE id = ANY($1::uuid[])`, [enterprises]),
      );
      for (const e of rows) facts.set(e.id, enterpriseFacts(e));
    }
    return facts;
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
