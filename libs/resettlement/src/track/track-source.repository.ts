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

  /**
   * Every signed agreement with what a track is derived from (bulk, for loading tracks from the records): the
   * vacating date (the last signed → vacated step of a case now at vacated or beyond, as a Shanghai date), the
   * last compensation payment's date, and the case's resettlement allocations held or delivered.
   */
  async allSignedFacts(): Promise<Array<SignedAgreementFacts & { vacatedOn: string | null; allocations: Array<{ status: string; deliveredOn: string | null }> }>> {
    const rows = await this.connection.manager.query<Array<Record<string, unknown>>>(
      `SELECT a.id, a."caseId", a."projectId", a.method, a."transitionMethod", a."transitionMonths", a."agreedFen"::text, a."paidFen"::text,
              COALESCE((c.facts->>'recognisedPersons')::int, 0) AS persons,
              (SELECT max(p."paidOn")::text FROM payment p WHERE p."agreementId" = a.id AND p.kind = 'payment' AND p.purpose = 'compensation') AS "lastPaidOn",
              CASE WHEN cf.status IN ('vacated', 'settled', 'handed_over') THEN
                (SELECT (t."createdAt" AT TIME ZONE 'Asia/Shanghai')::date::text FROM case_transition t
                  WHERE t."caseId" = cf.id AND t."fromStatus" = 'signed' AND t."toStatus" = 'vacated' ORDER BY t."createdAt" DESC LIMIT 1) END AS "vacatedOn",
              COALESCE((SELECT jsonb_agg(jsonb_build_object('status', ua.status, 'deliveredOn', ua."deliveredOn"))
                          FROM unit_allocation ua WHERE ua."caseId" = cf.id AND ua.purpose = 'resettlement' AND ua.status IN ('reserved', 'allocated', 'delivered')), '[]'::jsonb) AS allocations
         FROM agreement a JOIN calculation c ON c.id = a."calculationId" JOIN case_file cf ON cf.id = a."caseId"
        WHERE a.status = 'signed'
        ORDER BY a."caseId"`,
    );
    return rows.map((r) => ({
      caseId: String(r.caseId),
      projectId: String(r.projectId),
      agreementId: String(r.id),
      method: String(r.method),
      transitionMethod: r.transitionMethod === null ? null : String(r.transitionMethod),
      transitionMonths: r.transitionMonths === null ? null : Number(r.transitionMonths),
      persons: Number(r.persons),
      agreedFen: BigInt(r.agreedFen as string),
      paidFen: BigInt(r.paidFen as string),
      lastPaidOn: r.lastPaidOn === null ? null : String(r.lastPaidOn),
      vacatedOn: r.vacatedOn === null ? null : String(r.vacatedOn),
      allocations: r.allocations as Array<{ status: string; deliveredOn: string | null }>,
    }));
  }

  /** Writes many tracks at once (one statement), replacing a case's track if it has one. */
  async upsertTracks(
    tracks: Array<TrackOpening & { track: string; transitionalSince: string | null; deliveredOn: string | null; resettledOn: string | null }>,
  ): Promise<void> {
    if (!tracks.length) return;
    await this.connection.manager.query(
      `INSERT INTO resettlement_track (version, "caseId", "projectId", "agreementId", method, "transitionMethod", "transitionMonths", persons, track, "transitionalSince", "deliveredOn", "resettledOn")
       SELECT 1, r."caseId", r."projectId", r."agreementId", r.method, r."transitionMethod", r."transitionMonths", r.persons, r.track, r."transitionalSince", r."deliveredOn", r."resettledOn"
         FROM jsonb_to_recordset($1::jsonb) AS r("caseId" uuid, "projectId" uuid, "agreementId" uuid, method varchar, "transitionMethod" varchar, "transitionMonths" int,
                                                 persons int, track varchar, "transitionalSince" date, "deliveredOn" date, "resettledOn" date)
       ON CONFLICT ("caseId") DO UPDATE SET "agreementId" = EXCLUDED."agreementId", method = EXCLUDED.method, "transitionMethod" = EXCLUDED."transitionMethod",
         "transitionMonths" = EXCLUDED."transitionMonths", persons = EXCLUDED.persons, track = EXCLUDED.track, "transitionalSince" = EXCLUDED."transitionalSince",
         "deliveredOn" = EXCLUDED."deliveredOn", "resettledOn" = EXCLUDED."resettledOn", version = resettlement_track.version + 1, "updatedAt" = now()`,
      [JSON.stringify(tracks)],
    );
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
