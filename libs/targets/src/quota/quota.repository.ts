import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import type { ForecastPipeline } from '../domain/forecast.js';

/**
 * Which households the quota counts (住房问题解决, the resettlement library's rule): a household case whose
 * `resettlement_track.resettledOn` — the last flat's delivery for a property swap, the day it was paid in full for
 * money — falls in the year. `resettledOn` is a calendar date in Asia/Shanghai, so the year is a plain date range.
 * `$1`/`$2` are the year's first and last day, `$3` the project ids (null: all), `$4` base ids (null: all; a
 * household counts for a base when one of its delivered flats is there).
 */
const SOLVED = `
  SELECT t."caseId", t."projectId", t."resettledOn", t.method
    FROM resettlement_track t
    JOIN case_file c ON c.id = t."caseId" AND c."subjectType" = 'household'
   WHERE t.track = 'resettled' AND t."resettledOn" BETWEEN $1::date AND $2::date
     AND ($3::uuid[] IS NULL OR t."projectId" = ANY($3::uuid[]))
     AND ($4::uuid[] IS NULL OR EXISTS (
           SELECT 1 FROM unit_allocation ua
            WHERE ua."caseId" = t."caseId" AND ua.purpose = 'resettlement' AND ua.status = 'delivered' AND ua."baseId" = ANY($4::uuid[])))`;

export interface QuotaScope {
  from: string;
  to: string;
  projectIds: string[] | null;
  baseIds?: string[] | null;
  /** Only property-swap households (过渡户清退). */
  swapOnly?: boolean;
}

export interface MonthCount {
  month: string;
  solved: number;
}

export interface ProjectCount {
  projectId: string;
  code: string;
  name: string;
  solved: number;
}

export interface BaseCount {
  baseId: string | null;
  code: string | null;
  name: string | null;
  solved: number;
}

/**
 * The quota's figures, every one a set-based aggregate over indexed columns (`idx_resettlement_track_resettled`,
 * the allocations' case index): no per-household loop in Node.
 */
@Injectable()
export class QuotaRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The snapshot and time a computation reads in (its first statement, inside its read-only transaction). */
  async snapshot(): Promise<{ snapshot: string; at: Date }> {
    const [row] = await this.connection.manager.query<Array<{ snapshot: string; at: Date }>>(`SELECT pg_current_snapshot()::text AS snapshot, now() AS at`);
    return row!;
  }

  private params(scope: QuotaScope): unknown[] {
    return [scope.from, scope.to, scope.projectIds, scope.baseIds?.length ? scope.baseIds : null];
  }

  private solved(scope: QuotaScope): string {
    return scope.swapOnly ? `${SOLVED} AND t.method = 'swap'` : SOLVED;
  }

  /** Households solved in the range, per month (`YYYY-MM`, months without any left out). */
  async solvedByMonth(scope: QuotaScope): Promise<MonthCount[]> {
    return this.connection.manager.query<MonthCount[]>(
      `SELECT to_char(s."resettledOn", 'YYYY-MM') AS month, count(*)::int AS solved
         FROM (${this.solved(scope)}) s GROUP BY 1 ORDER BY 1`,
      this.params(scope),
    );
  }

  /** Households solved in the range per project (projects without any left out). */
  async solvedByProject(scope: QuotaScope): Promise<ProjectCount[]> {
    return this.connection.manager.query<ProjectCount[]>(
      `SELECT p.id AS "projectId", p.code, p.name, count(*)::int AS solved
         FROM (${this.solved(scope)}) s JOIN project p ON p.id = s."projectId"
        GROUP BY p.id, p.code, p.name ORDER BY solved DESC, p.code`,
      this.params(scope),
    );
  }

  /**
   * Households solved in the range per base of their delivered flats (a household with flats on two bases counts for
   * each); households solved without a delivered flat (货币补偿) under a null base.
   */
  async solvedByBase(scope: QuotaScope): Promise<BaseCount[]> {
    return this.connection.manager.query<BaseCount[]>(
      `SELECT b.id AS "baseId", b.code, b.name, count(DISTINCT s."caseId")::int AS solved
         FROM (${this.solved(scope)}) s
         LEFT JOIN unit_allocation ua ON ua."caseId" = s."caseId" AND ua.purpose = 'resettlement' AND ua.status = 'delivered'
         LEFT JOIN resettlement_base b ON b.id = ua."baseId"
        GROUP BY b.id, b.code, b.name ORDER BY (b.id IS NULL), solved DESC, b.code`,
      this.params(scope),
    );
  }

  /** The latest day a household of the scope vacated or was solved: the data's present when it lies in the past. */
  async latestHousingEvent(projectIds: string[] | null): Promise<string | null> {
    const [row] = await this.connection.manager.query<Array<{ latest: string | null }>>(
      `SELECT GREATEST(max(t."transitionalSince"), max(t."resettledOn"))::text AS latest FROM resettlement_track t
        WHERE ($1::uuid[] IS NULL OR t."projectId" = ANY($1::uuid[]))`,
      [projectIds],
    );
    return row?.latest ?? null;
  }

  /**
   * The households not yet solved, grouped as the forecast weighs them (domain/forecast.ts), in one statement.
   * `windowFrom` (null: no lower bound, the present year) and `to` bound the delivery dates that fall in the year;
   * `present` is the day a built flat (现房) without a planned date can be delivered.
   */
  async pipeline(projectIds: string[] | null, windowFrom: string | null, to: string, present: string): Promise<ForecastPipeline> {
    const [row] = await this.connection.manager.query<Array<ForecastPipeline>>(
      `WITH open AS (
         SELECT a."caseId", a.method, a."agreedFen", a."paidFen"
           FROM agreement a
           JOIN case_file c ON c.id = a."caseId" AND c."subjectType" = 'household'
           LEFT JOIN resettlement_track t ON t."caseId" = a."caseId"
          WHERE a.status = 'signed' AND (t."caseId" IS NULL OR t.track <> 'resettled')
            AND ($1::uuid[] IS NULL OR a."projectId" = ANY($1::uuid[]))
       ), held AS (
         SELECT ua."caseId",
                max(COALESCE(u."plannedDeliveryOn", bl."plannedDeliveryOn", CASE WHEN u.kind = 'built' THEN $4::date END, b."plannedDeliveryOn")) AS due
           FROM open o
           JOIN unit_allocation ua ON ua."caseId" = o."caseId" AND ua.purpose = 'resettlement' AND ua.status IN ('reserved', 'allocated')
           JOIN resettlement_unit u ON u.id = ua."unitId"
           JOIN resettlement_building bl ON bl.id = u."buildingId"
           JOIN resettlement_base b ON b.id = ua."baseId"
          WHERE o.method = 'swap'
          GROUP BY ua."caseId"
       ), waiting AS (
         SELECT DISTINCT ON (e."caseId") e."caseId",
                (b.stage IN ('completed', 'delivering')
                 OR COALESCE(b."plannedDeliveryOn", (b."stageDates"->'delivering'->>'planned')::date) <= $3::date) AS ready
           FROM open o
           JOIN choosing_entry e ON e."caseId" = o."caseId"
           JOIN choosing_round r ON r.id = e."roundId" AND r.status = 'published'
           JOIN resettlement_base b ON b.id = r."baseId"
          WHERE o.method = 'swap'
          ORDER BY e."caseId", r."publishedAt" DESC
       )
       SELECT count(*) FILTER (WHERE h.due IS NOT NULL AND h.due <= $3::date AND ($2::date IS NULL OR h.due >= $2::date))::int AS "allocatedDue",
              count(*) FILTER (WHERE h."caseId" IS NOT NULL AND NOT (h.due IS NOT NULL AND h.due <= $3::date AND ($2::date IS NULL OR h.due >= $2::date)))::int AS "allocatedLater",
              count(*) FILTER (WHERE o.method = 'swap' AND h."caseId" IS NULL AND w.ready)::int AS "swapReadyBase",
              count(*) FILTER (WHERE o.method = 'swap' AND h."caseId" IS NULL AND w.ready = false)::int AS "swapLaterBase",
              count(*) FILTER (WHERE o.method = 'swap' AND h."caseId" IS NULL AND w."caseId" IS NULL)::int AS "swapNoRound",
              count(*) FILTER (WHERE o.method = 'monetary' AND o."paidFen" > 0 AND o."paidFen" < o."agreedFen")::int AS "monetaryPartlyPaid",
              count(*) FILTER (WHERE o.method = 'monetary' AND o."paidFen" = 0 AND o."agreedFen" > 0)::int AS "monetaryUnpaid"
         FROM open o
         LEFT JOIN held h ON h."caseId" = o."caseId"
         LEFT JOIN waiting w ON w."caseId" = o."caseId"`,
      [projectIds, windowFrom, to, present],
    );
    return row!;
  }

  /** Households of the scope whose agreement was signed in the range. */
  async signedCount(scope: QuotaScope): Promise<number> {
    const [row] = await this.connection.manager.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM agreement a JOIN case_file c ON c.id = a."caseId" AND c."subjectType" = 'household'
        WHERE a.status = 'signed' AND a."signedOn" BETWEEN $1::date AND $2::date AND ($3::uuid[] IS NULL OR a."projectId" = ANY($3::uuid[]))`,
      [scope.from, scope.to, scope.projectIds],
    );
    return row!.n;
  }

  /** Parcels handed over (移交单 accepted) in the range, and their area (m², decimal text). */
  async handedOver(scope: QuotaScope): Promise<{ parcels: number; area: string }> {
    const [row] = await this.connection.manager.query<Array<{ parcels: number; area: string }>>(
      `SELECT count(DISTINCT h."parcelId")::int AS parcels, COALESCE(sum(h.area), 0)::text AS area FROM handover h
        WHERE h.status = 'accepted' AND h."handedOverOn" BETWEEN $1::date AND $2::date AND ($3::uuid[] IS NULL OR h."projectId" = ANY($3::uuid[]))`,
      [scope.from, scope.to, scope.projectIds],
    );
    return row!;
  }
}
