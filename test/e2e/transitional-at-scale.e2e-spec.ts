import { encryptField } from '@app/platform';
import { FeeRepository, type StockFilter } from '../../libs/resettlement/src/fee/fee.repository.js';
import { makeIdNumber, makeParcel, makeProject } from '../support/factories.js';
import { genericPlan } from '../support/generic-plan.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The transitional stock (过渡户存量, issue 15) on ten thousand households with twelve accrued fee months each: a page
 * walks the stock index longest waiting first and orders only one day's households by code; only the page's rows get
 * their fee sums; the totals equal a recount and follow a month accrued behind the api's back.
 */

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

describe('transitional stock on ten thousand households (e2e)', () => {
  let t: TestApp;
  let fees: FeeRepository;
  const PER_PROJECT = 5_000;
  const MONTHS = 12;

  beforeAll(async () => {
    t = await createTestApp();
    for (const code of ['TS1', 'TS2']) {
      await t.http().post('/api/projects').send(makeProject({ code })).expect(201);
      await t.http().post(`/api/projects/${code}/parcels`).send(makeParcel({ code: `${code}-01` })).expect(201);
    }
    // Vacated households in transition since a day of 2012–2013 (about a dozen a day per project), straight in SQL.
    await t.query(
      `WITH h AS (
         INSERT INTO household (version, "projectId", "parcelId", code, village, "headName", "headIdNumberEncrypted", "headIdNumberHash", "registeredPersons", "licensedArea", "surveyedOn")
         SELECT 1, p.id, pc.id, p.code || '-' || lpad(g::text, 6, '0'), '二联村', '王' || g, $2, md5(g::text) || md5(p.code), 3, 100, '2012-01-01'
           FROM project p JOIN parcel pc ON pc."projectId" = p.id CROSS JOIN generate_series(1, $1) g
          WHERE p.code LIKE 'TS%'
         RETURNING id, "projectId", "parcelId", code),
       c AS (
         INSERT INTO case_file (version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus")
         SELECT 1, 'household', id, "projectId", "parcelId", 'vacated', 'none' FROM h
         RETURNING id, "projectId", "subjectId")
       INSERT INTO resettlement_track (version, "caseId", "projectId", "agreementId", method, "transitionMethod", "transitionMonths", persons, track, "transitionalSince")
       SELECT 1, c.id, c."projectId", gen_random_uuid(), 'swap', 'monetary', 24, 3, 'transitional', date '2012-01-01' + (hashtext(h.code) & 511)
         FROM c JOIN h ON h.id = c."subjectId"`,
      [PER_PROJECT, encryptField(makeIdNumber())],
    );
    await t.query(
      `INSERT INTO transitional_fee_accrual ("caseId", "projectId", month, days, "daysInMonth", "amountFen", basis)
       SELECT t."caseId", t."projectId", date '2014-01-01' + make_interval(months => g), 30, 30, 150000 + g, '{}'
         FROM resettlement_track t CROSS JOIN generate_series(0, $1 - 1) g`,
      [MONTHS],
    );
    for (const table of ['household', 'case_file', 'resettlement_track', 'transitional_fee_accrual']) await t.query(`VACUUM ANALYZE ${table}`);
    fees = t.app.get(FeeRepository);
  }, 300_000);
  afterAll(() => t.close());

  const projectIds = async (...codes: string[]) => (await t.query<{ id: string }>(`SELECT id FROM project WHERE code = ANY($1) ORDER BY code`, [codes])).map((r) => r.id);

  /** EXPLAIN ANALYZE of a page; `generic`: of the generic plan the prepared statement may run it by. */
  async function analyzed(filter: StockFilter, skip: number, generic = false): Promise<PlanNode[]> {
    const [sql, params] = fees.stockPageStatement(filter, skip, 20);
    if (generic) return nodes(await genericPlan<PlanNode>(t.databaseUrl, sql, params, true));
    const [row] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    return nodes(row!['QUERY PLAN'][0]!.Plan);
  }

  /** The page as a plain recount: every household of the stock sorted, and every accrued month summed. */
  async function recount(codes: string[] | null, skip: number, take: number) {
    return t.query<{ subjectCode: string; accruedFen: string; months: number }>(
      `SELECT h.code AS "subjectCode", sum(a."amountFen")::text AS "accruedFen", count(a.*)::int AS months
         FROM resettlement_track t JOIN case_file c ON c.id = t."caseId" JOIN household h ON h.id = c."subjectId"
         JOIN project p ON p.id = t."projectId" LEFT JOIN transitional_fee_accrual a ON a."caseId" = t."caseId"
        WHERE t.track = 'transitional' AND t.method = 'swap' AND ($1::text[] IS NULL OR p.code = ANY($1))
        GROUP BY t."caseId", t."transitionalSince", h.code
        ORDER BY t."transitionalSince", h.code, t."caseId" OFFSET $2 LIMIT $3`,
      [codes, skip, take],
    );
  }

  it.each([
    ['every project', null, 'idx_resettlement_track_stock', false],
    ["an officer's two projects", ['TS1', 'TS2'], 'idx_resettlement_track_stock', false],
    ['one project', ['TS2'], 'idx_resettlement_track_project_stock', false],
    // Prepared, a page may run by its generic plan (made without the values): it must walk the same way.
    ['every project, generic plan', null, 'idx_resettlement_track_stock', true],
    ["an officer's two projects, generic plan", ['TS1', 'TS2'], 'idx_resettlement_track_stock', true],
    ['one project, generic plan', ['TS2'], 'idx_resettlement_track_project_stock', true],
  ])('%s (%j), page 10: walks %s, orders one day at a time, sums only the page', async (_label, codes, index, generic) => {
    const plan = await analyzed({ projectIds: codes ? await projectIds(...codes) : null }, 180, generic);
    const large = ['resettlement_track', 'case_file', 'household', 'transitional_fee_accrual'];
    expect(plan.filter((n) => n['Node Type'] === 'Seq Scan' && large.includes(n['Relation Name']!))).toEqual([]);
    expect(plan.map((n) => n['Index Name'])).toContainEqual(index);
    // An incremental sort orders one day's households by code; no sort sees the whole stock.
    for (const sort of plan.filter((n) => n['Node Type'] === 'Sort')) expect(sort['Actual Rows']).toBeLessThanOrEqual(60);
    // Rows read: the page and the ones before it, and twelve fee months for each of the page's twenty households.
    for (const node of plan) expect((node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1)).toBeLessThanOrEqual(500);
  });

  it.each([
    [null, 0],
    [['TS1'], 2_000],
    [['TS1', 'TS2'], 9_990],
  ])('the page (%j from %d) and the totals equal a recount', async (codes, skip) => {
    const filter = { projectIds: codes ? await projectIds(...codes) : null };
    const { rows: page } = await fees.stockPage(filter, skip, 20);
    const expected = await recount(codes, skip, 20);
    expect(page.map((r) => ({ subjectCode: r.subjectCode, accruedFen: String(r.accruedFen), months: r.months }))).toEqual(expected);
    expect(page.length).toBe(Math.min(20, (codes?.length ?? 2) * PER_PROJECT - skip));
    const [sum] = await t.query<{ households: number; accrued: string }>(
      `SELECT count(DISTINCT t."caseId")::int AS households, COALESCE(sum(a."amountFen"), 0)::text AS accrued
         FROM resettlement_track t JOIN project p ON p.id = t."projectId" LEFT JOIN transitional_fee_accrual a ON a."caseId" = t."caseId"
        WHERE t.track = 'transitional' AND ($1::text[] IS NULL OR p.code = ANY($1))`,
      [codes],
    );
    expect(await fees.stockTotals(filter)).toEqual({ households: sum!.households, accruedFen: BigInt(sum!.accrued), paidFen: 0n });
  });

  it('the totals follow a fee month accrued and a household leaving the stock behind the api', async () => {
    const filter = { projectIds: await projectIds('TS1') };
    const before = await fees.stockTotals(filter);
    const [{ caseId }] = await t.query<{ caseId: string }>(
      `SELECT t."caseId" FROM resettlement_track t JOIN project p ON p.id = t."projectId" WHERE p.code = 'TS1' LIMIT 1`,
    );
    await t.query(
      `INSERT INTO transitional_fee_accrual ("caseId", "projectId", month, days, "daysInMonth", "amountFen", basis)
       SELECT "caseId", "projectId", date '2016-01-01', 31, 31, 777, '{}' FROM resettlement_track WHERE "caseId" = $1`,
      [caseId],
    );
    expect(await fees.stockTotals(filter)).toEqual({ ...before, accruedFen: before.accruedFen + 777n });
    // As a request reads them: a page, then the totals kept for the snapshot the page ran in (a page past the end has
    // none, and asks for the current one).
    const asRequested = async (skip: number) => {
      const page = await fees.stockPage(filter, skip, 20);
      expect(page.snapshot === null).toBe(page.rows.length === 0);
      return fees.stockTotals(filter, page.snapshot);
    };
    expect(await asRequested(0)).toEqual({ ...before, accruedFen: before.accruedFen + 777n });
    await t.query(`UPDATE resettlement_track SET track = 'resettled', "resettledOn" = '2016-02-01' WHERE "caseId" = $1`, [caseId]);
    const after = await asRequested(0);
    expect(after.households).toBe(before.households - 1);
    expect(await asRequested(PER_PROJECT)).toEqual(after);
    await t.query(`UPDATE transitional_fee_accrual SET "amountFen" = 778 WHERE "caseId" = $1 AND month = '2016-01-01'`, [caseId]);
    await t.query(`UPDATE resettlement_track SET track = 'transitional', "resettledOn" = NULL WHERE "caseId" = $1`, [caseId]);
    expect(await asRequested(0)).toEqual({ ...before, accruedFen: before.accruedFen + 778n });
    await t.query(`UPDATE resettlement_track SET track = 'resettled', "resettledOn" = '2016-02-01' WHERE "caseId" = $1`, [caseId]);
    expect(await asRequested(0)).toEqual(after);
    expect((await fees.stockPage(filter, 0, PER_PROJECT)).rows.map((r) => r.caseId)).not.toContain(caseId);
  });
});
