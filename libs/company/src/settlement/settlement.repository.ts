import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { joinSubjectLabel, subjectsAtCaseStatusSql, type PickerCursor } from '@app/subjects';
import { ProjectSettlementFigures, SettlementLine, SettlementReceipt, SettlementStatement } from './settlement.entity.js';

/** A vacated (or later) case of the project with its live signed agreement, and its live line if any. */
export interface CandidateCase {
  caseId: string;
  subjectId: string;
  status: string;
  agreementId: string;
  agreedFen: bigint;
  paidFen: bigint;
  subjectType: string;
  subjectCode: string;
  party: string;
  liveLineId: string | null;
}

const big = (v: string | null | undefined): bigint => BigInt(v ?? '0');

/** A candidate row as both candidate statements answer it. */
const candidateOf = (r: Record<string, string | null>): CandidateCase => ({
  caseId: r.caseId!,
  subjectId: r.subjectId!,
  status: r.status!,
  agreementId: r.agreementId!,
  agreedFen: big(r.agreedFen),
  paidFen: big(r.paidFen),
  subjectType: r.subjectType!,
  subjectCode: r.subjectCode!,
  party: r.party!,
  liveLineId: r.liveLineId ?? null,
});

/** Database access for statements, lines, receipts and the project's figures (the reconciliation: ReconciliationRepository). */
@Injectable()
export class SettlementRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get statements() {
    return this.connection.getRepository(SettlementStatement);
  }

  private get lines() {
    return this.connection.getRepository(SettlementLine);
  }

  private get receipts() {
    return this.connection.getRepository(SettlementReceipt);
  }

  private get figures() {
    return this.connection.getRepository(ProjectSettlementFigures);
  }

  async listByProject(projectId: string, skip: number, take: number): Promise<{ items: SettlementStatement[]; total: number }> {
    const [items, total] = await this.statements.findAndCount({ where: { projectId }, order: { seq: 'DESC' }, skip, take });
    return { items, total };
  }

  findById(id: string): Promise<SettlementStatement | null> {
    return this.statements.findOneBy({ id });
  }

  lockById(id: string): Promise<SettlementStatement | null> {
    return this.statements.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  linesOf(statementId: string): Promise<SettlementLine[]> {
    return this.lines.find({ where: { statementId }, order: { position: 'ASC' } });
  }

  receiptsOf(statementId: string): Promise<SettlementReceipt[]> {
    return this.receipts.find({ where: { statementId }, order: { receivedOn: 'ASC', createdAt: 'ASC' } });
  }

  /** Receipts received against each statement. */
  async receivedOf(statementIds: readonly string[]): Promise<Map<string, bigint>> {
    if (!statementIds.length) return new Map();
    const rows = await this.connection.manager.query<Array<{ id: string; fen: string }>>(
      `SELECT "statementId" AS id, SUM("amountFen")::text AS fen FROM settlement_receipt WHERE "statementId" = ANY($1::uuid[]) GROUP BY 1`,
      [statementIds],
    );
    return new Map(rows.map((r) => [r.id, big(r.fen)]));
  }

  /** A line with its statement, both locked (the statement first: every write to a statement takes its lock). */
  async lockLine(lineId: string): Promise<{ line: SettlementLine; statement: SettlementStatement } | null> {
    const found = await this.lines.findOneBy({ id: lineId });
    if (!found) return null;
    const statement = (await this.lockById(found.statementId))!;
    const line = (await this.lines.findOne({ where: { id: lineId }, lock: { mode: 'pessimistic_write' } }))!;
    return { line, statement };
  }

  /** The project's next statement sequence number, under a per-project advisory lock (the unique index backs it). */
  async nextSeq(projectId: string): Promise<number> {
    await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtext('settlement-seq:' || $1))`, [projectId]);
    const [row] = await this.connection.manager.query<Array<{ n: number }>>('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM settlement_statement WHERE "projectId" = $1', [projectId]);
    return Number(row!.n);
  }

  /**
   * Cases of the project that may go on a statement or already are on one: vacated or later, with their live
   * signed agreement (row-locked when `lock`), the subject's label, and their live line if any. `caseIds` narrows it.
   */
  async candidates(projectId: string, caseIds: readonly string[] | null, lock = false): Promise<CandidateCase[]> {
    const rows = await this.connection.manager.query<Array<Record<string, string | null>>>(
      `SELECT c.id AS "caseId", c."subjectId", c.status, a.id AS "agreementId", a."agreedFen"::text AS "agreedFen", a."paidFen"::text AS "paidFen",
              s."subjectType", s.code AS "subjectCode", s.party, l.id AS "liveLineId"
         FROM case_file c
         JOIN agreement a ON a."caseId" = c.id AND a.status = 'signed'
         ${joinSubjectLabel('s', 'c')}
         LEFT JOIN settlement_line l ON l."caseId" = c.id AND l.status <> 'dropped'
        WHERE c."projectId" = $1 AND c.status IN ('vacated', 'settled', 'handed_over') AND ($2::uuid[] IS NULL OR c.id = ANY($2::uuid[]))
        ORDER BY s.code
        ${lock ? 'FOR UPDATE OF a' : ''}`,
      [projectId, caseIds],
    );
    return rows.map(candidateOf);
  }

  /**
   * What a new statement may list: the project's vacated cases with a signed agreement and no live line, the first
   * `limit` by subject code (after `after`, a picker's cursor). Each subject kind walks its (projectId, caseStatus, code, id) index from the first code
   * (see subjectsAtCaseStatusSql) instead of reading every vacated, settled and handed-over case of the project.
   */
  async openCandidates(projectId: string, limit: number, after: PickerCursor | null = null): Promise<CandidateCase[]> {
    const [sql, params] = this.openCandidatesStatement(projectId, limit, after);
    // Prepared (planned once per connection): equalities and the cursor's range only; the limit is written in.
    const rows = await this.connection.queryPrepared<Record<string, string | null>>(sql, params);
    return rows.map(candidateOf);
  }

  openCandidatesStatement(projectId: string, limit: number, after: PickerCursor | null = null): [string, unknown[]] {
    const subjects = subjectsAtCaseStatusSql({
      project: '$1',
      status: "'vacated'",
      limit: String(Math.trunc(limit)),
      after: after ? { code: '$2', id: '$3' } : undefined,
      // A vacated case has its signed agreement (signing comes before vacating); the join below keeps only those.
      where: `NOT EXISTS (SELECT 1 FROM settlement_line l WHERE l."caseId" = c.id AND l.status <> 'dropped')`,
    });
    return [
      `SELECT s."caseId", s."subjectId", s.status, a.id AS "agreementId", a."agreedFen"::text AS "agreedFen", a."paidFen"::text AS "paidFen",
              s."subjectType", s.code AS "subjectCode", s.party
         FROM (${subjects}) s JOIN agreement a ON a."caseId" = s."caseId" AND a.status = 'signed'
        WHERE s.status = 'vacated'
        ORDER BY s.code, s."subjectId"`,
      after ? [projectId, after.code, after.id] : [projectId],
    ];
  }

  insertStatement(row: Omit<SettlementStatement, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'project' | 'lines'>): Promise<SettlementStatement> {
    return this.statements.save(this.statements.create(row));
  }

  insertLines(rows: Array<Omit<SettlementLine, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'statement' | 'caseFile'>>): Promise<SettlementLine[]> {
    return this.lines.save(rows.map((r) => this.lines.create(r)));
  }

  saveLine(line: SettlementLine): Promise<SettlementLine> {
    return this.lines.save(line);
  }

  saveStatement(statement: SettlementStatement): Promise<SettlementStatement> {
    return this.statements.save(statement);
  }

  findReceiptByKey(key: string): Promise<SettlementReceipt | null> {
    return this.receipts.findOneBy({ idempotencyKey: key });
  }

  insertReceipt(row: Omit<SettlementReceipt, 'id' | 'createdAt' | 'statement'>): Promise<SettlementReceipt> {
    return this.receipts.save(this.receipts.create(row));
  }

  findFigures(projectId: string): Promise<ProjectSettlementFigures | null> {
    return this.figures.findOneBy({ projectId });
  }

  saveFigures(row: Partial<ProjectSettlementFigures> & { projectId: string }): Promise<ProjectSettlementFigures> {
    return this.figures.save(this.figures.create(row));
  }

  /** 送审: the sum of the project's statements' totals. */
  async submittedFen(projectId: string): Promise<bigint> {
    const [row] = await this.connection.manager.query<Array<{ fen: string | null }>>(`SELECT SUM("totalFen")::text AS fen FROM settlement_statement WHERE "projectId" = $1`, [projectId]);
    return big(row?.fen);
  }

  /**
   * Loads a demo statement in bulk (the seed's transaction): its lines from the cases' signed agreements, the
   * given answers, its total, and one receipt (the total, or `advanceFen`). Confirmed statements are written
   * confirmed at once. No fee: the demo projects set no rate.
   */
  async loadDemoStatement(s: {
    projectId: string;
    seq: number;
    number: string;
    issuedOn: string;
    confirmed: boolean;
    caseIds: string[];
    disputed: { caseId: string; reason: string } | null;
    receivedOn: string;
    advanceFen: bigint | null;
    actor: string;
  }): Promise<void> {
    const q = <T = unknown>(sql: string, params: unknown[]) => this.connection.manager.query<T>(sql, params);
    const [{ id }] = await q<Array<{ id: string }>>(
      `INSERT INTO settlement_statement (version, "projectId", seq, number, status, "issuedOn", "totalFen", "createdBy")
       VALUES (1, $1, $2, $3, 'issued', $4, 0, $5) RETURNING id`,
      [s.projectId, s.seq, s.number, s.issuedOn, s.actor],
    );
    await q(
      `INSERT INTO settlement_line (version, "statementId", "projectId", "caseId", "agreementId", position, "agreedFen", "paidFen", "feeFen", "totalFen", status, "disputeReason", "answeredBy", "answeredAt")
       SELECT 1, $1, a."projectId", a."caseId", a.id, x.ord, a."agreedFen", a."paidFen", 0, a."agreedFen",
              CASE WHEN $3 THEN 'confirmed' WHEN a."caseId" = $4 THEN 'disputed' ELSE 'pending' END,
              CASE WHEN a."caseId" = $4 THEN $5 END,
              CASE WHEN $3 OR a."caseId" = $4 THEN 'company' END,
              CASE WHEN $3 OR a."caseId" = $4 THEN ($6::date + time '16:00') AT TIME ZONE 'Asia/Shanghai' END
         FROM unnest($2::uuid[]) WITH ORDINALITY AS x(case_id, ord) JOIN agreement a ON a."caseId" = x.case_id AND a.status = 'signed'`,
      [id, s.caseIds, s.confirmed, s.disputed?.caseId ?? null, s.disputed?.reason ?? null, s.issuedOn],
    );
    await q(
      `UPDATE settlement_statement SET "totalFen" = (SELECT COALESCE(SUM("totalFen"), 0) FROM settlement_line WHERE "statementId" = $1),
              status = CASE WHEN $2 THEN 'confirmed' ELSE 'issued' END,
              "confirmedAt" = CASE WHEN $2 THEN ($3::date + time '16:00') AT TIME ZONE 'Asia/Shanghai' END
        WHERE id = $1`,
      [id, s.confirmed, s.issuedOn],
    );
    await q(
      `INSERT INTO settlement_receipt ("statementId", "projectId", "amountFen", "receivedOn", "bankReference", "idempotencyKey", "requestHash", "createdBy")
       SELECT id, "projectId", COALESCE($2::bigint, "totalFen"), $3, 'DEMO-' || number, 'demo-receipt-' || id, repeat('0', 64), $4
         FROM settlement_statement WHERE id = $1 AND COALESCE($2::bigint, "totalFen") > 0`,
      [id, s.advanceFen?.toString() ?? null, s.receivedOn, s.actor],
    );
  }

  /** 预算 and 审定 of a project as ratios (per mille) of its 送审, rounded to 10,000 元 (demo data). */
  async loadDemoFigures(f: { projectId: string; budgetPerMille: number; auditedPerMille: number; auditReportRef: string; actor: string }): Promise<void> {
    await this.connection.manager.query(
      `INSERT INTO project_settlement_figures ("projectId", "budgetFen", "auditedFen", "auditReportRef", "updatedBy", version)
       SELECT $1, round(t.fen * $2 / 1000.0 / 1000000) * 1000000, round(t.fen * $3 / 1000.0 / 1000000) * 1000000, $4, $5, 1
         FROM (SELECT COALESCE(SUM("totalFen"), 0) AS fen FROM settlement_statement WHERE "projectId" = $1) t`,
      [f.projectId, f.budgetPerMille, f.auditedPerMille, f.auditReportRef, f.actor],
    );
  }

  /** Issued statements with lines the company has not answered, in these projects (null: all), oldest first (the company's 待办). */
  async waitingForCompany(projectIds: readonly string[] | null): Promise<Array<{ id: string; projectId: string; number: string; issuedOn: string; waiting: number }>> {
    const rows: Array<{ id: string; projectId: string; number: string; issuedOn: string; waiting: number }> = await this.connection.manager.query(
      `SELECT s.id, s."projectId", s.number, to_char(s."issuedOn", 'YYYY-MM-DD') AS "issuedOn", count(*)::int AS waiting
         FROM settlement_statement s JOIN settlement_line l ON l."statementId" = s.id
        WHERE s.status = 'issued' AND l.status = 'pending' AND ($1::uuid[] IS NULL OR s."projectId" = ANY($1))
        GROUP BY s.id ORDER BY s."issuedOn", s.id`,
      [projectIds],
    );
    return rows;
  }
}
