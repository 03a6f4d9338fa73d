import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import type { DiscrepancyKind } from '../domain/reconciliation.js';

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

/** The three-ledger reconciliation and the allocation of receipts to lines, in set-based SQL. */
@Injectable()
export class ReconciliationRepository {
  constructor(private readonly connection: TransactionalConnection) {}

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
       -- A case has at most one live agreement (uq_agreement_live_case), so at most one signed: no aggregate needed.
       agr AS (SELECT "caseId", "agreedFen" AS agreed, id AS signed_id FROM agreement WHERE "projectId" = $1 AND status = 'signed'),
       pay AS (SELECT "caseId", SUM(CASE WHEN kind = 'payment' THEN "amountFen" ELSE -"amountFen" END) AS disbursed FROM payment WHERE "projectId" = $1 AND purpose = 'compensation' GROUP BY "caseId"),
       per_case AS MATERIALIZED (
         SELECT c.id AS "caseId", c.status, COALESCE(agr.agreed, 0) AS agreed, agr.agreed IS NOT NULL AS signed, COALESCE(pay.disbursed, 0) AS disbursed,
                alloc."statementId", alloc.allocated, alloc.id IS NOT NULL AS "inStatement",
                -- A line names the agreement it was issued for (signed then); a case has at most one signed agreement,
                -- so the line's agreement is voided exactly when it is no longer the case's signed one.
                (alloc.id IS NOT NULL AND alloc."agreementId" IS DISTINCT FROM agr.signed_id) AS voided
           FROM case_file c
           LEFT JOIN agr ON agr."caseId" = c.id
           LEFT JOIN pay ON pay."caseId" = c.id
           LEFT JOIN alloc ON alloc."caseId" = c.id
          WHERE c."projectId" = $1 AND (agr."caseId" IS NOT NULL OR pay."caseId" IS NOT NULL OR alloc.id IS NOT NULL)
            AND ($2::uuid IS NULL OR alloc.id IS NOT NULL)),
       -- What each statement's lines were allocated, from the per-case rows (every live line's case is one): the lines
       -- are read once, and the allocation CTE stays inlined into per_case instead of being materialised for two readers.
       per_statement AS (
         SELECT s.id AS "statementId", s.number, COALESCE(rec.fen, 0) AS received, COALESCE(ps.allocated, 0) AS allocated
           FROM settlement_statement s
           LEFT JOIN rec ON rec."statementId" = s.id
           LEFT JOIN (SELECT "statementId", SUM(allocated) AS allocated FROM per_case WHERE "inStatement" GROUP BY "statementId") ps ON ps."statementId" = s.id
          WHERE s."projectId" = $1 AND ($2::uuid IS NULL OR s.id = $2)),
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
}
