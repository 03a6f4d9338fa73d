import { Injectable } from '@nestjs/common';
import { SIGNED_ON_STATUSES } from '../shared/signed-statuses.js';
import { TransactionalConnection } from '@app/platform';

/** One broken invariant: which rule, and the id of a row breaking it. */
export interface InvariantViolation {
  rule: string;
  id: string;
}

/**
 * The money's invariants as one query each, run by the e2e tests after their scenarios and on a
 * freshly seeded database. The database holds the first ones itself (CHECK constraints, the row lock,
 * the foreign keys); this query shows they held.
 */
const CHECKS: Array<{ rule: string; sql: string }> = [
  { rule: '已付不超过协议金额', sql: `SELECT id FROM agreement WHERE "paidFen" < 0 OR "paidFen" > "agreedFen"` },
  {
    rule: '没有未签约协议的支付',
    sql: `SELECT p.id FROM payment p JOIN agreement a ON a.id = p."agreementId"
           WHERE a."signedAt" IS NULL OR p."createdAt" < a."signedAt" OR (a.status <> 'signed' AND a."paidFen" <> 0)`,
  },
  {
    rule: '协议已付等于支付减冲正',
    sql: `SELECT a.id FROM agreement a LEFT JOIN payment p ON p."agreementId" = a.id AND p.purpose = 'compensation'
           GROUP BY a.id HAVING a."paidFen" <> COALESCE(SUM(CASE p.kind WHEN 'payment' THEN p."amountFen" ELSE -p."amountFen" END), 0)`,
  },
  {
    rule: '测算合计等于各行之和',
    sql: `SELECT c.id FROM calculation c
           WHERE c."totalFen" <> (SELECT COALESCE(SUM((l->>'amountFen')::bigint), 0) FROM jsonb_array_elements(c.lines) l)`,
  },
  { rule: '协议补偿总额等于其测算合计', sql: `SELECT a.id FROM agreement a JOIN calculation c ON c.id = a."calculationId" WHERE a."compensationFen" <> c."totalFen"` },
  {
    rule: '已签约及以后的案件有已签约的协议',
    sql: `SELECT c.id FROM case_file c WHERE c.status = ANY($1)
           AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a."caseId" = c.id AND a.status = 'signed')`,
  },
];

@Injectable()
export class MoneyInvariantsRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Every violation of every invariant (none on a consistent database). */
  async violations(): Promise<InvariantViolation[]> {
    const found: InvariantViolation[] = [];
    for (const check of CHECKS) {
      const rows = await this.connection.manager.query<Array<{ id: string }>>(check.sql, check.sql.includes('$1') ? [SIGNED_ON_STATUSES] : []);
      found.push(...rows.map((r) => ({ rule: check.rule, id: r.id })));
    }
    return found;
  }
}
