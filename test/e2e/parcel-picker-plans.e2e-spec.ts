import { encryptField, TransactionalConnection } from '@app/platform';
import { ConfirmationRepository } from '../../libs/company/src/confirmation/confirmation.repository.js';
import { makeIdNumber, makeParcel, makeProject } from '../support/factories.js';
import { genericPlan } from '../support/generic-plan.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

/** Rows a plan's nodes on `index` read, over all their loops. */
const readOn = (all: PlanNode[], index: string) =>
  all.filter((n) => n['Index Name'] === index).reduce((sum, n) => sum + (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1), 0);

/**
 * A parcel's confirmation picker runs as a prepared statement. Where a project has many parcels, a plan made without
 * the values counts on a parcel holding a few rows — fewer than a page — and would read every row of the parcel after
 * the cursor and sort them rather than walk to the page. Here, as the benchmark has them: 150 parcels of 200
 * households, one of 1,000 all surveyed, their rows spread over the table.
 */
describe("a parcel's confirmation picker, prepared, where a project has many parcels (e2e)", () => {
  let t: TestApp;
  let confirmations: ConfirmationRepository;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.http().post('/api/projects').send(makeProject({ code: 'PP1' })).expect(201);
    for (let i = 1; i <= 150; i += 1)
      await t
        .http()
        .post('/api/projects/PP1/parcels')
        .send(makeParcel({ code: `PP1-${String(i).padStart(3, '0')}` }))
        .expect(201);
    await t.query(
      `WITH h AS (
         INSERT INTO household (version, "projectId", "parcelId", code, village, "headName", "headIdNumberEncrypted", "headIdNumberHash", "registeredPersons", "licensedArea", "surveyedOn")
         SELECT 1, p.id, pc.id, pc.code || '-' || lpad(g::text, 4, '0'), '二联村', '户主' || g, $1, md5(pc.code || g), 3, 100, '2013-01-01'
           FROM project p JOIN parcel pc ON pc."projectId" = p.id
          CROSS JOIN LATERAL generate_series(1, CASE WHEN pc.code = 'PP1-001' THEN 1000 ELSE 200 END) g
          WHERE p.code = 'PP1'
          ORDER BY md5(pc.code || g) -- the parcels' rows spread over the table, as years of surveys and imports leave them
         RETURNING id, "projectId", "parcelId", code)
       INSERT INTO case_file (version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus")
       SELECT 1, 'household', h.id, h."projectId", h."parcelId",
              CASE WHEN pc.code = 'PP1-001' THEN 'surveyed' ELSE (ARRAY['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'])[1 + (hashtext(h.code) & 65535) % 7] END, 'none'
         FROM h JOIN parcel pc ON pc.id = h."parcelId"`,
      [encryptField(makeIdNumber())],
    );
    await t.query('VACUUM ANALYZE household');
    await t.query('ANALYZE');
    confirmations = t.app.get(ConfirmationRepository);
    [{ id: projectId }] = await t.query<{ id: string }>(`SELECT id FROM project WHERE code = 'PP1'`);
  }, 120_000);
  afterAll(() => t.close());

  it('a page after a cursor deep in the parcel walks its index to the page on the generic plan too, and answers the rows in order', async () => {
    const all = await t.query<{ caseId: string; code: string; subjectId: string }>(
      `SELECT c.id AS "caseId", h.code, h.id AS "subjectId" FROM household h JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id
        JOIN parcel pc ON pc.id = h."parcelId" WHERE pc.code = 'PP1-001' ORDER BY h.code, h.id`,
    );
    expect(all).toHaveLength(1000);
    const cursor = { code: all[299]!.code, id: all[299]!.subjectId };
    const [sql, params] = confirmations.candidatesStatement(projectId, { parcelCode: 'PP1-001' }, 51, cursor);
    // The plan made without the values: the 51 rows of the page, not the 700 after the cursor sorted.
    const plan = nodes(await genericPlan<PlanNode>(t.databaseUrl, sql, params, true));
    // (By the parcel's (caseStatus, code) index or its code index, a status filter aside: every row here is surveyed.)
    expect(readOn(plan, 'idx_household_parcel_case_status') + readOn(plan, 'idx_household_parcel')).toBe(51);
    expect(plan.filter((n) => n['Node Type'] === 'Bitmap Heap Scan' || (n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'household'))).toEqual([]);
    // Prepared and run again and again (one after another: on one pooled connection), PostgreSQL settles on that plan,
    // and the rows are the same every time.
    for (let i = 0; i < 8; i += 1)
      expect((await confirmations.candidates(projectId, { parcelCode: 'PP1-001' }, 51, cursor)).map((r) => r.caseId)).toEqual(
        all.slice(300, 351).map((r) => r.caseId),
      );
    const [held] = await t.app
      .get(TransactionalConnection)
      .queryPrepared<{ generic: number; custom: number }>('SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement = $1', [sql]);
    expect(held).toEqual({ generic: 3, custom: 5 });
    // Another parcel, its first page: only its surveyed households.
    const other = await confirmations.candidates(projectId, { parcelCode: 'PP1-150' }, 51);
    expect(other.length).toBeGreaterThan(0);
    expect(other.length).toBeLessThan(51);
    expect(new Set(other.map((r) => r.parcelCode))).toEqual(new Set(['PP1-150']));
  });
});
