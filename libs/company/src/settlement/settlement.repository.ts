import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { joinSubjectLabel } from '@app/subjects';
import type { DiscrepancyKind } from '../domain/reconciliation.js';
import { ProjectSettlementFigures, SettlementLine, SettlementReceipt, SettlementStatement } from './settlement.entity.js';

/** A vacated (or later) case of the project with its live signed agreement, and its live line if any. */
export interface CandidateCase {
  caseId: string;
  status: string;
  agreementId: string;
  agreedFen: bigint;
  paidFen: bigint;
  subjectType: string;
  subjectCode: string;
  party: string;
  liveLineId: string | null;
}

export interface LineMoney {
  lineId: string;
  caseId: string;
  caseStatus: string;
  status: string;
  totalFen: bigint;
  allocatedFen: bigint;
  agreementSigned: boolean;
  agreedFen: bigint;
  paidFen: bigint;
}

export interface LedgerTotals {
  agreedFen: bigint;
  disbursedFen: bigint;
  receivedFen: bigint;
  allocatedFen: bigint;
  statementTotalFen: bigint;
  cases: number;
}

export interface DiscrepancyRow {
  kind: DiscrepancyKind;
  caseId: string | null;
  statementId: string | null;
  statementNumber: string | null;
  amountFen: bigint;
  subjectType: string | null;
  subjectCode: string | null;
  party: string | null;
}

export interface Reconciliation {
  totals: LedgerTotals;
  counts: Partial<Record<DiscrepancyKind, number>>;
  discrepancies: DiscrepancyRow[];
}

const big = (v: string | null | undefined): bigint => BigInt(v ?? '0');

/**
 * The allocation of receipts to lines (reconciliation.ts states the rule): per live line, the running total
 * of the confirmed lines before it in its statement, and what of the statement's receipts it gets.
 * `$1` the project, `$2` one statement or null.
 */
const ALLOCATION = `
  rec AS (
    SELECT r."statementId", SUM(r."amountFen") AS fen FROM settlement_receipt r
     WHERE r."projectId" = $1 AND ($2::uuid IS NULL OR r."statementId" = $2) GROUP BY r."statementId"),
  lines AS (
    SELECT l.id, l."statementId", l."caseId", l."agreementId", l."totalFen", l.status,
           COALESCE(SUM(l."totalFen") FILTER (WHERE l.status = 'confirmed')
             OVER (PARTITION BY l."statementId" ORDER BY l.position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
      FROM settlement_line l
     WHERE l."projectId" = $1 AND l.status <> 'dropped' AND ($2::uuid IS NULL OR l."statementId" = $2)),
  alloc AS (
    SELECT lines.*, CASE WHEN lines.status = 'confirmed'
                         THEN LEAST(lines."totalFen", GREATEST(0, COALESCE(rec.fen, 0) - lines.before)) ELSE 0 END AS allocated
      FROM lines LEFT JOIN rec ON rec."statementId" = lines."statementId")`;

/** Database access for statements, lines, receipts, the project's figures, and the three-ledger reconciliation. */
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
      `SELECT c.id AS "caseId", c.status, a.id AS "agreementId", a."agreedFen"::text AS "agreedFen", a."paidFen"::text AS "paidFen",
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
    return rows.map((r) => ({
      caseId: r.caseId!,
      status: r.status!,
      agreementId: r.agreementId!,
      agreedFen: big(r.agreedFen),
      paidFen: big(r.paidFen),
      subjectType: r.subjectType!,
      subjectCode: r.subjectCode!,
      party: r.party!,
      liveLineId: r.liveLineId,
    }));
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

  /** The live lines of the given statements (or of the given cases) with what is allocated to them and their agreement's money. */
  async lineMoney(projectId: string, filter: { statementId?: string; caseId?: string }): Promise<LineMoney[]> {
    const rows = await this.connection.manager.query<Array<Record<string, string | boolean>>>(
      `WITH ${ALLOCATION}
       SELECT alloc.id AS "lineId", alloc."caseId", c.status AS "caseStatus", alloc.status, alloc."totalFen"::text AS "totalFen", alloc.allocated::text AS allocated,
              (a.status = 'signed') AS signed, a."agreedFen"::text AS "agreedFen", a."paidFen"::text AS "paidFen"
         FROM alloc JOIN case_file c ON c.id = alloc."caseId" JOIN agreement a ON a.id = alloc."agreementId"
        WHERE ($3::uuid IS NULL OR alloc."caseId" = $3)`,
      [projectId, filter.statementId ?? null, filter.caseId ?? null],
    );
    return rows.map((r) => ({
      lineId: r.lineId as string,
      caseId: r.caseId as string,
      caseStatus: r.caseStatus as string,
      status: r.status as string,
      totalFen: big(r.totalFen as string),
      allocatedFen: big(r.allocated as string),
      agreementSigned: r.signed === true,
      agreedFen: big(r.agreedFen as string),
      paidFen: big(r.paidFen as string),
    }));
  }

  /**
   * The three ledgers of a project (or of one statement's cases) and the discrepancy list, in one set-based
   * query: per case the agreed amount (live signed agreement), the net disbursed (payments less reversals),
   * its live line and what of the receipts is allocated to it; per statement what was received and not
   * allocated. `limit` caps the listed discrepancies; `counts` counts them all.
   */
  async reconcile(projectId: string, statementId: string | null, limit: number): Promise<Reconciliation> {
    const rows = await this.connection.manager.query<Array<Record<string, string | number | null>>>(
      `WITH ${ALLOCATION},
       agr AS (SELECT "caseId", SUM("agreedFen") FILTER (WHERE status = 'signed') AS agreed, array_agg(id) FILTER (WHERE status = 'voided') AS voided
                 FROM agreement WHERE "projectId" = $1 GROUP BY "caseId"),
       pay AS (SELECT "caseId", SUM(CASE WHEN kind = 'payment' THEN "amountFen" ELSE -"amountFen" END) AS disbursed FROM payment WHERE "projectId" = $1 GROUP BY "caseId"),
       per_case AS MATERIALIZED (
         SELECT c.id AS "caseId", c.status, COALESCE(agr.agreed, 0) AS agreed, agr.agreed IS NOT NULL AS signed, COALESCE(pay.disbursed, 0) AS disbursed,
                alloc."statementId", alloc.allocated, alloc.id IS NOT NULL AS "inStatement", COALESCE(alloc."agreementId" = ANY(agr.voided), false) AS voided
           FROM case_file c
           LEFT JOIN agr ON agr."caseId" = c.id
           LEFT JOIN pay ON pay."caseId" = c.id
           LEFT JOIN alloc ON alloc."caseId" = c.id
          WHERE c."projectId" = $1 AND (agr."caseId" IS NOT NULL OR pay."caseId" IS NOT NULL OR alloc.id IS NOT NULL)
            AND ($2::uuid IS NULL OR alloc.id IS NOT NULL)),
       per_statement AS (
         SELECT s.id AS "statementId", s.number, COALESCE(rec.fen, 0) AS received, COALESCE(SUM(alloc.allocated), 0) AS allocated
           FROM settlement_statement s LEFT JOIN rec ON rec."statementId" = s.id LEFT JOIN alloc ON alloc."statementId" = s.id
          WHERE s."projectId" = $1 AND ($2::uuid IS NULL OR s.id = $2)
          GROUP BY s.id, s.number, rec.fen),
       case_totals AS (SELECT COALESCE(SUM(agreed), 0) AS agreed, COALESCE(SUM(disbursed), 0) AS disbursed, count(*) AS cases FROM per_case),
       found AS (
         SELECT d.kind, p."caseId", p."statementId", d.amount
           FROM (SELECT * FROM per_case
                  WHERE disbursed > agreed OR (signed AND NOT "inStatement") OR ("inStatement" AND (voided OR disbursed > allocated))) p
           CROSS JOIN LATERAL (VALUES
             ('paid_over_agreed', p.disbursed - p.agreed, p.disbursed > p.agreed),
             ('agreed_not_in_statement', p.agreed, p.signed AND NOT p."inStatement" AND p.status IN ('vacated', 'settled', 'handed_over')),
             ('in_statement_voided', p.allocated, p."inStatement" AND p.voided),
             ('paid_not_received', p.disbursed - p.allocated, p."inStatement" AND p.disbursed > p.allocated)) AS d(kind, amount, hit)
          WHERE d.hit
         UNION ALL
         SELECT 'received_not_allocated', NULL, ps."statementId", ps.received - ps.allocated FROM per_statement ps WHERE ps.received > ps.allocated),
       listed AS (SELECT * FROM found ORDER BY kind, "statementId", "caseId" LIMIT $3)
       SELECT 'totals' AS kind, NULL::uuid AS "caseId", NULL::uuid AS "statementId", NULL::text AS amount,
              (SELECT COALESCE(json_object_agg(k.kind, k.n), '{}')::text FROM (SELECT kind, count(*) AS n FROM found GROUP BY kind) k) AS counts,
              (SELECT agreed FROM case_totals)::text AS agreed,
              (SELECT disbursed FROM case_totals)::text AS disbursed,
              (SELECT COALESCE(SUM(received), 0) FROM per_statement)::text AS received,
              (SELECT COALESCE(SUM(allocated), 0) FROM per_statement)::text AS allocated,
              (SELECT COALESCE(SUM("totalFen"), 0) FROM settlement_statement WHERE "projectId" = $1 AND ($2::uuid IS NULL OR id = $2))::text AS submitted,
              (SELECT cases FROM case_totals)::int AS cases,
              NULL AS number, NULL AS "subjectType", NULL AS code, NULL AS party
       UNION ALL
       SELECT l.kind, l."caseId", l."statementId", l.amount::text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, s.number, sl."subjectType", sl.code, sl.party
         FROM listed l
         LEFT JOIN settlement_statement s ON s.id = l."statementId"
         LEFT JOIN case_file c ON c.id = l."caseId"
         LEFT JOIN subject_label sl ON sl."subjectType" = c."subjectType" AND sl."subjectId" = c."subjectId"`,
      [projectId, statementId, limit],
    );
    const [head, ...rest] = rows;
    const counts = JSON.parse(head!.counts as string) as Partial<Record<DiscrepancyKind, number>>;
    return {
      totals: {
        agreedFen: big(head!.agreed as string),
        disbursedFen: big(head!.disbursed as string),
        receivedFen: big(head!.received as string),
        allocatedFen: big(head!.allocated as string),
        statementTotalFen: big(head!.submitted as string),
        cases: Number(head!.cases),
      },
      counts,
      discrepancies: rest.map((r) => ({
        kind: r.kind as DiscrepancyKind,
        caseId: r.caseId as string | null,
        statementId: r.statementId as string | null,
        statementNumber: r.number as string | null,
        amountFen: big(r.amount as string),
        subjectType: r.subjectType as string | null,
        subjectCode: r.code as string | null,
        party: r.party as string | null,
      })),
    };
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
}
