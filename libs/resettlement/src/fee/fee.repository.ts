import { Injectable } from '@nestjs/common';
import { SnapshotCache, TransactionalConnection } from '@app/platform';
import { joinSubjectLabel, subjectLabelOfCaseSql } from '@app/subjects';
import { accrualSql } from './accrual.sql.js';
import { TransitionalFeeAccrual, TransitionalFeeBatch } from './fee.entity.js';

/** What one accrual run inserted. */
export interface AccrualCounts {
  months: number;
  households: number;
  amountFen: bigint;
}

/** One household of the transitional stock (过渡户), with its allocation and its fees. */
export interface StockRow {
  caseId: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  subjectCode: string;
  party: string;
  vacatedOn: string;
  transitionMethod: string | null;
  transitionMonths: number | null;
  persons: number;
  bases: string | null;
  units: string | null;
  plannedDeliveryOn: string | null;
  accruedFen: bigint;
  paidFen: bigint;
  months: number;
}

export interface StockTotals {
  households: number;
  accruedFen: bigint;
  paidFen: bigint;
}

export interface StockFilter {
  projectIds: string[] | null;
  baseCode?: string;
  since?: string;
}

/** A fee batch's line: one household's unpaid months in it. */
export interface BatchLine {
  caseId: string;
  agreementId: string;
  subjectCode: string;
  party: string;
  /** 户主身份证号 as stored (ciphertext; decrypt with `decryptField`). */
  headIdNumber: string | null;
  months: number;
  firstMonth: string;
  lastMonth: string;
  amountFen: bigint;
  paymentId: string | null;
}

/** The clearance view's raw counts for a year. */
export interface ClearanceCounts {
  startStock: number;
  entered: number;
  delivered: number;
}

const ALLOCATION_HELD = `('reserved', 'allocated', 'delivered')`;

/** Database access for 过渡费 accruals and batches, and the transitional stock they are paid to. */
@Injectable()
export class FeeRepository {
  /** The stock's totals per filter, kept for the snapshot they were summed in. */
  private readonly totals = new SnapshotCache<StockTotals>(64);

  constructor(private readonly connection: TransactionalConnection) {}

  private get batches() {
    return this.connection.getRepository(TransitionalFeeBatch);
  }

  private get accruals() {
    return this.connection.getRepository(TransitionalFeeAccrual);
  }

  /** Accrues every complete month not yet accrued through `throughMonth` (one set-based statement). */
  async accrue(throughMonth: string, caseIds: string[] | null = null): Promise<AccrualCounts> {
    // generate_series makes the planner expect far more rows than a run inserts; compiling the statement (JIT) would cost
    // more than running it. Inside a transaction (FeeService.accrue) this holds for the statement's transaction only.
    if (this.connection.inTransaction) await this.connection.manager.query('SET LOCAL jit = off');
    const [row] = await this.connection.manager.query<Array<{ months: number; households: number; amountFen: string }>>(
      accrualSql(caseIds ? `AND t."caseId" = ANY($2::uuid[])` : ''),
      caseIds ? [throughMonth, caseIds] : [throughMonth],
    );
    return { months: row!.months, households: row!.households, amountFen: BigInt(row!.amountFen) };
  }

  /** A case's accrued months, oldest first. */
  monthsOfCase(caseId: string): Promise<TransitionalFeeAccrual[]> {
    return this.accruals.find({ where: { caseId }, order: { month: 'ASC' } });
  }

  private stockWhere(filter: StockFilter, params: unknown[]): string {
    let where = `t.track = 'transitional' AND t.method = 'swap'`;
    if (filter.projectIds?.length === 1) {
      // One project as an equality: the page walks that project's part of the stock index in order.
      params.push(filter.projectIds[0]);
      where += ` AND t."projectId" = $${params.length}::uuid`;
    } else if (filter.projectIds) {
      params.push(filter.projectIds);
      where += ` AND t."projectId" = ANY($${params.length}::uuid[])`;
    }
    if (filter.baseCode) {
      params.push(filter.baseCode);
      where += ` AND EXISTS (SELECT 1 FROM unit_allocation ua JOIN resettlement_base b ON b.id = ua."baseId"
                              WHERE ua."caseId" = t."caseId" AND ua.status IN ${ALLOCATION_HELD} AND b.code = $${params.length})`;
    }
    if (filter.since) {
      params.push(filter.since);
      where += ` AND t."transitionalSince" >= $${params.length}::date`;
    }
    return where;
  }

  /**
   * The statement of one page of the stock, longest waiting first (then by code). The page is chosen first — walking
   * the stock index in (transitionalSince) order, each row's code looked up by key, only one day's households ordered
   * by code — and only its rows get their allocation and fee sums. Sorting the whole stock joined with every subject's
   * label and every accrued month, as before, cost half a second a page at 10,000 households.
   */
  stockPageStatement(filter: StockFilter, skip: number, take: number): [string, unknown[]] {
    const params: unknown[] = [];
    const where = this.stockWhere(filter, params);
    // The page's bounds written in (validated integers): a generic plan would guess a limit given as a parameter.
    const [limit, offset] = [Math.trunc(take), Math.trunc(skip)];
    const sql = `SELECT pg."caseId", pg."projectId", p.code AS "projectCode", p.name AS "projectName", pg."subjectCode", pg.party,
              pg."transitionalSince"::text AS "vacatedOn", pg."transitionMethod", pg."transitionMonths", pg.persons,
              al.bases, al.units, al.planned AS "plannedDeliveryOn",
              COALESCE(f.accrued, 0)::text AS "accruedFen", COALESCE(f.paid, 0)::text AS "paidFen", COALESCE(f.months, 0)::int AS months,
              pg_current_snapshot()::text AS "__snapshot"
         FROM (SELECT t."caseId", t."projectId", s.code AS "subjectCode", s.party, t."transitionalSince", t."transitionMethod",
                      t."transitionMonths", t.persons
                 FROM resettlement_track t
                 JOIN case_file c ON c.id = t."caseId"
                 CROSS JOIN LATERAL ${subjectLabelOfCaseSql('c')} s
                WHERE ${where}
                ORDER BY t."transitionalSince", s.code, t."caseId"
                LIMIT ${limit} OFFSET ${offset}) pg
         JOIN project p ON p.id = pg."projectId"
         LEFT JOIN LATERAL (
           SELECT string_agg(DISTINCT b.name, '、') AS bases,
                  string_agg(bl.code || '-' || u."unitNo", '、' ORDER BY bl.code, u."unitNo") AS units,
                  max(COALESCE(u."plannedDeliveryOn", bl."plannedDeliveryOn", b."plannedDeliveryOn"))::text AS planned
             FROM unit_allocation ua
             JOIN resettlement_unit u ON u.id = ua."unitId"
             JOIN resettlement_building bl ON bl.id = u."buildingId"
             JOIN resettlement_base b ON b.id = ua."baseId"
            WHERE ua."caseId" = pg."caseId" AND ua.purpose = 'resettlement' AND ua.status IN ${ALLOCATION_HELD}
         ) al ON TRUE
         LEFT JOIN LATERAL (
           SELECT sum(a."amountFen") AS accrued, sum(a."amountFen") FILTER (WHERE a."paymentId" IS NOT NULL) AS paid, count(*) AS months
             FROM transitional_fee_accrual a WHERE a."caseId" = pg."caseId"
         ) f ON TRUE
        ORDER BY pg."transitionalSince", pg."subjectCode", pg."caseId"`;
    return [sql, params];
  }

  /**
   * A page of the transitional stock, longest waiting first, and the database snapshot its statement ran in (null
   * inside a transaction, or for a page past the end: no row to carry it) — the snapshot `stockTotals` looks its kept
   * totals up by, so a page and its totals take one round trip when nothing was committed since the totals were summed.
   */
  async stockPage(filter: StockFilter, skip: number, take: number): Promise<{ rows: StockRow[]; snapshot: string | null }> {
    const [sql, params] = this.stockPageStatement(filter, skip, take);
    // Prepared (planned once per connection: planning it cost as much as running it); the plan test EXPLAINs its generic plan.
    const rows = await this.connection.queryPrepared<Record<string, string | number | null>>(sql, params);
    const snapshot = rows.length && !this.connection.inTransaction ? String(rows[0]!.__snapshot) : null;
    if (snapshot) this.connection.sawSnapshot(snapshot);
    const page = rows.map((r) => ({
      caseId: String(r.caseId),
      projectId: String(r.projectId),
      projectCode: String(r.projectCode),
      projectName: String(r.projectName),
      subjectCode: String(r.subjectCode),
      party: String(r.party),
      vacatedOn: String(r.vacatedOn),
      transitionMethod: r.transitionMethod === null ? null : String(r.transitionMethod),
      transitionMonths: r.transitionMonths === null ? null : Number(r.transitionMonths),
      persons: Number(r.persons),
      bases: r.bases === null ? null : String(r.bases),
      units: r.units === null ? null : String(r.units),
      plannedDeliveryOn: r.plannedDeliveryOn === null ? null : String(r.plannedDeliveryOn),
      accruedFen: BigInt(r.accruedFen as string),
      paidFen: BigInt(r.paidFen as string),
      months: Number(r.months),
    }));
    return { rows: page, snapshot };
  }

  /**
   * The stock's household count and fee totals under the same filter. They sum every accrued month of the stock, so
   * they are kept while the database's snapshot is the one they were computed in (see SnapshotCache): the pages of an
   * unchanged stock sum it once, and the first read after any commit sums again — never stale.
   */
  async stockTotals(filter: StockFilter, seen: string | null = null): Promise<StockTotals> {
    const params: unknown[] = [];
    const where = this.stockWhere(filter, params);
    const key = JSON.stringify([where, params]);
    // `seen`: the snapshot a statement of this request just ran in (its page's), else the current one asked for.
    const snapshot = seen !== null && !this.connection.inTransaction ? seen : await this.connection.currentSnapshot();
    const { value } = await this.totals.resolve(key, snapshot, async () => {
      const [row] = await this.connection.manager.query<Array<{ snapshot: string; at: Date; households: number; accrued: string; paid: string }>>(
        `SELECT pg_current_snapshot()::text AS snapshot, now() AS at,
                (SELECT count(*)::int FROM resettlement_track t WHERE ${where}) AS households,
                COALESCE(sum(a."amountFen"), 0)::text AS accrued, COALESCE(sum(a."amountFen") FILTER (WHERE a."paymentId" IS NOT NULL), 0)::text AS paid
           FROM resettlement_track t JOIN transitional_fee_accrual a ON a."caseId" = t."caseId"
          WHERE ${where}`,
        params,
      );
      return { snapshot: row!.snapshot, at: row!.at, value: { households: row!.households, accruedFen: BigInt(row!.accrued), paidFen: BigInt(row!.paid) } };
    });
    return value;
  }

  /** A year's actual figures for swap households: stock on 1 January, vacated in the year, resettled in the year. */
  async clearanceCounts(projectIds: string[] | null, year: number): Promise<ClearanceCounts> {
    const start = `${year}-01-01`;
    const end = `${year + 1}-01-01`;
    const [row] = await this.connection.manager.query<Array<ClearanceCounts>>(
      `SELECT count(*) FILTER (WHERE t."transitionalSince" < $1::date AND (t."resettledOn" IS NULL OR t."resettledOn" >= $1::date))::int AS "startStock",
              count(*) FILTER (WHERE t."transitionalSince" >= $1::date AND t."transitionalSince" < $2::date)::int AS entered,
              count(*) FILTER (WHERE t."resettledOn" >= $1::date AND t."resettledOn" < $2::date)::int AS delivered
         FROM resettlement_track t
        WHERE t.method = 'swap' AND t.track IN ('transitional', 'resettled') AND t."transitionalSince" IS NOT NULL
          AND ($3::uuid[] IS NULL OR t."projectId" = ANY($3::uuid[]))`,
      [start, end, projectIds],
    );
    return row!;
  }

  /** The latest date any swap household vacated or was resettled (the data's "now"; null without any). */
  async latestTrackEvent(projectIds: string[] | null): Promise<string | null> {
    const [row] = await this.connection.manager.query<Array<{ latest: string | null }>>(
      `SELECT GREATEST(max(t."transitionalSince"), max(t."resettledOn"))::text AS latest FROM resettlement_track t
        WHERE t.method = 'swap' AND ($1::uuid[] IS NULL OR t."projectId" = ANY($1::uuid[]))`,
      [projectIds],
    );
    return row?.latest ?? null;
  }

  /** Households transitional now, by the year of their allocated units' latest planned delivery (null: no date yet). */
  async plannedDeliveries(projectIds: string[] | null): Promise<Array<{ year: number | null; households: number }>> {
    const rows = await this.connection.manager.query<Array<{ year: number | null; households: number }>>(
      `SELECT extract(year FROM al.planned)::int AS year, count(*)::int AS households
         FROM resettlement_track t
         LEFT JOIN LATERAL (
           SELECT max(COALESCE(u."plannedDeliveryOn", bl."plannedDeliveryOn", b."plannedDeliveryOn")) AS planned
             FROM unit_allocation ua
             JOIN resettlement_unit u ON u.id = ua."unitId"
             JOIN resettlement_building bl ON bl.id = u."buildingId"
             JOIN resettlement_base b ON b.id = ua."baseId"
            WHERE ua."caseId" = t."caseId" AND ua.purpose = 'resettlement' AND ua.status IN ('reserved', 'allocated')
         ) al ON TRUE
        WHERE t.track = 'transitional' AND t.method = 'swap' AND ($1::uuid[] IS NULL OR t."projectId" = ANY($1::uuid[]))
        GROUP BY 1`,
      [projectIds],
    );
    return rows;
  }

  // ---- batches ----

  findBatch(id: string): Promise<TransitionalFeeBatch | null> {
    return this.batches.findOne({ where: { id } });
  }

  lockBatch(id: string): Promise<TransitionalFeeBatch | null> {
    return this.batches.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  listBatches(projectIds: string[] | null, skip: number, take: number): Promise<[TransitionalFeeBatch[], number]> {
    const query = this.batches.createQueryBuilder('b').orderBy('b.createdAt', 'DESC').skip(skip).take(take);
    if (projectIds) query.where('b.projectId = ANY(:projectIds)', { projectIds });
    return query.getManyAndCount();
  }

  async countBatches(projectId: string): Promise<number> {
    return this.batches.count({ where: { projectId } });
  }

  /** Serialises batch creation per project (a transaction-scoped advisory lock). */
  async lockProjectBatches(projectId: string): Promise<void> {
    await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtext('transitional_fee_batch:' || $1))`, [projectId]);
  }

  insertBatch(row: Partial<TransitionalFeeBatch>): Promise<TransitionalFeeBatch> {
    return this.batches.save(this.batches.create(row));
  }

  /** Puts the project's unpaid, unbatched months through `throughMonth` into the batch; answers households and total. */
  async gather(batchId: string, projectId: string, throughMonth: string): Promise<{ households: number; totalFen: bigint }> {
    const [row] = await this.connection.manager.query<Array<{ households: number; total: string }>>(
      `WITH taken AS (
         UPDATE transitional_fee_accrual SET "batchId" = $1
          WHERE "projectId" = $2 AND month <= $3::date AND "batchId" IS NULL AND "paymentId" IS NULL AND "amountFen" > 0
          RETURNING "caseId", "amountFen")
       SELECT count(DISTINCT "caseId")::int AS households, COALESCE(sum("amountFen"), 0)::text AS total FROM taken`,
      [batchId, projectId, throughMonth],
    );
    return { households: row!.households, totalFen: BigInt(row!.total) };
  }

  async updateBatch(id: string, changes: Partial<Pick<TransitionalFeeBatch, 'households' | 'totalFen' | 'status' | 'paidOn' | 'paidBy'>>): Promise<void> {
    await this.batches.update({ id }, changes);
  }

  async deleteBatch(id: string): Promise<void> {
    await this.batches.delete({ id });
  }

  /** Households with unpaid, unbatched months through `throughMonth`, per project code (most first). */
  async unbatchedByProject(throughMonth: string): Promise<Array<{ projectCode: string; households: number }>> {
    return this.connection.manager.query(
      `SELECT p.code AS "projectCode", count(DISTINCT f."caseId")::int AS households
         FROM transitional_fee_accrual f JOIN project p ON p.id = f."projectId"
        WHERE f.month <= $1::date AND f."batchId" IS NULL AND f."paymentId" IS NULL
        GROUP BY p.code ORDER BY households DESC, p.code`,
      [throughMonth],
    );
  }

  /** The batch's lines, one per household, by subject code. */
  async batchLines(batchId: string): Promise<BatchLine[]> {
    const rows = await this.connection.manager.query<Array<Record<string, string | number | null>>>(
      `SELECT f."caseId", t."agreementId", s.code AS "subjectCode", s.party, h."headIdNumberEncrypted" AS "headIdNumber",
              count(*)::int AS months, min(f.month)::text AS "firstMonth", max(f.month)::text AS "lastMonth",
              sum(f."amountFen")::text AS "amountFen", max(f."paymentId"::text) AS "paymentId"
         FROM transitional_fee_accrual f
         JOIN resettlement_track t ON t."caseId" = f."caseId"
         JOIN case_file c ON c.id = f."caseId"
         ${joinSubjectLabel('s', 'c')}
         LEFT JOIN household h ON c."subjectType" = 'household' AND h.id = c."subjectId"
        WHERE f."batchId" = $1
        GROUP BY f."caseId", t."agreementId", s.code, s.party, h."headIdNumberEncrypted"
        ORDER BY s.code`,
      [batchId],
    );
    return rows.map((r) => ({
      caseId: String(r.caseId),
      agreementId: String(r.agreementId),
      subjectCode: String(r.subjectCode),
      party: String(r.party),
      headIdNumber: r.headIdNumber === null ? null : String(r.headIdNumber),
      months: Number(r.months),
      firstMonth: String(r.firstMonth),
      lastMonth: String(r.lastMonth),
      amountFen: BigInt(r.amountFen as string),
      paymentId: r.paymentId === null ? null : String(r.paymentId),
    }));
  }

  /** Marks a household's months in the batch paid by its payment. */
  async markPaid(batchId: string, caseId: string, paymentId: string): Promise<void> {
    await this.accruals.update({ batchId, caseId }, { paymentId });
  }
}
