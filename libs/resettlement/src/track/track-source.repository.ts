import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import type { TrackOpening } from './track.repository.js';

/** A case's signed agreement as its track needs it, with its money paid (compensation only). */
export interface SignedAgreementFacts extends TrackOpening {
  agreedFen: bigint;
  paidFen: bigint;
  /** The last compensation payment's date (the day it was paid in full when it is). */
  lastPaidOn: string | null;
}

/**
 * Reads what opens and moves a household's track: its one signed agreement (method, 过渡方式, 过渡期限) and
 * the recognised persons (认定人口) of the calculation it was signed on.
 */
@Injectable()
export class TrackSourceRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  async signedAgreement(caseId: string): Promise<SignedAgreementFacts | null> {
    const [row] = await this.connection.manager.query<Array<Record<string, string | number | null>>>(
      `SELECT a.id, a."caseId", a."projectId", a.method, a."transitionMethod", a."transitionMonths", a."agreedFen", a."paidFen",
              COALESCE((c.facts->>'recognisedPersons')::int, 0) AS persons,
              (SELECT max(p."paidOn")::text FROM payment p WHERE p."agreementId" = a.id AND p.kind = 'payment' AND p.purpose = 'compensation') AS "lastPaidOn"
         FROM agreement a JOIN calculation c ON c.id = a."calculationId"
        WHERE a."caseId" = $1 AND a.status = 'signed'`,
      [caseId],
    );
    if (!row) return null;
    return {
      caseId: String(row.caseId),
      projectId: String(row.projectId),
      agreementId: String(row.id),
      method: String(row.method),
      transitionMethod: row.transitionMethod === null ? null : String(row.transitionMethod),
      transitionMonths: row.transitionMonths === null ? null : Number(row.transitionMonths),
      persons: Number(row.persons),
      agreedFen: BigInt(row.agreedFen as string),
      paidFen: BigInt(row.paidFen as string),
      lastPaidOn: row.lastPaidOn === null ? null : String(row.lastPaidOn),
    };
  }

  /** How many of the case's 过渡费 months are in a batch or paid (they stop the vacating from being undone). */
  async settledFeeMonths(caseId: string): Promise<number> {
    const [row] = await this.connection.manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM transitional_fee_accrual WHERE "caseId" = $1 AND ("batchId" IS NOT NULL OR "paymentId" IS NOT NULL)`,
      [caseId],
    );
    return row?.n ?? 0;
  }

  /** Drops the case's unbatched, unpaid 过渡费 months (its vacating was undone); answers how many. */
  async dropOpenFeeMonths(caseId: string): Promise<number> {
    const [, affected] = await this.connection.manager.query<[unknown, number]>(
      `DELETE FROM transitional_fee_accrual WHERE "caseId" = $1 AND "batchId" IS NULL AND "paymentId" IS NULL`,
      [caseId],
    );
    return affected;
  }
}
