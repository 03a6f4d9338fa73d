import ExcelJS from 'exceljs';
import { encryptField } from '@app/platform';
import { AuditLogRepository } from '../../libs/audit/src/audit-log/audit-log.repository.js';
import { PaymentRepository } from '../../libs/compensation/src/payment/payment.repository.js';
import { ImportBatchRepository } from '../../libs/excel/src/import/import-batch.repository.js';
import { ConfirmationRepository } from '../../libs/company/src/confirmation/confirmation.repository.js';
import { SettlementRepository } from '../../libs/company/src/settlement/settlement.repository.js';
import { HouseholdRepository } from '../../libs/subjects/src/household/household.repository.js';
import { makeHousehold, makeIdNumber, makeParcel, makeProject } from '../support/factories.js';
import { LEDGER_HEADERS } from '../support/household-ledger.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { genericPlan as genericRoot } from '../support/generic-plan.js';
import { finishedBatch } from '../support/wait-for.js';

/**
 * Lists at district scale (issue 15). The households list takes its totals from the trigger-kept case summary and
 * its pages from an index walk per project: (1) after every step of a seeded random sequence of creates, imports,
 * re-imports, transitions and parcel moves, every total the list gives equals a recount of the records, and walking
 * the list by `next` cursors gives exactly the recount's rows in order; (2) on tables with tens of thousands of rows,
 * the page's plan walks the index built for its order or filter (no sort of the whole scope, no full count).
 */

const SEED = Number(process.env.LISTS_SEED ?? 20131015);
const STEPS = Number(process.env.LISTS_STEPS ?? 40);

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  id: string;
  code: string;
  headName: string;
  project: string;
  parcel: string;
  village: string;
  status: string | null;
  caseId: string | null;
}

const STATUS_ORDER = ['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'];

describe('households list totals and keyset pages against a recount after every step (e2e)', () => {
  let t: TestApp;
  let officer: Http;
  const random = rng(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const projects = [
    { code: 'LS1', parcels: ['LS1-01', 'LS1-02'] },
    { code: 'LS2', parcels: ['LS2-01', 'LS2-02'] },
    { code: 'LS3', parcels: ['LS3-01'] },
  ];
  let importNo = 0;

  beforeAll(async () => {
    t = await createTestApp();
    for (const p of projects) {
      await t
        .http()
        .post('/api/projects')
        .send(makeProject({ code: p.code }))
        .expect(201);
      for (const parcel of p.parcels)
        await t
          .http()
          .post(`/api/projects/${p.code}/parcels`)
          .send(makeParcel({ code: parcel, village: parcel.endsWith('2') ? '金联村' : '二联村' }))
          .expect(201);
    }
    officer = await t.loginAs({ username: 'ls-officer', roles: ['officer'], projects: ['LS1', 'LS2'] });
  }, 120_000);
  afterAll(() => t.close());

  const rows = () =>
    t.query<Row>(
      `SELECT h.id, h.code, h."headName", p.code AS project, pc.code AS parcel, h.village, c.status, c.id AS "caseId"
         FROM household h JOIN project p ON p.id = h."projectId" JOIN parcel pc ON pc.id = h."parcelId"
         LEFT JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id AND c."projectId" = h."projectId" AND c."parcelId" = h."parcelId"`,
    );

  async function create(): Promise<string> {
    const p = pick(projects);
    const name = pick(['张', '王', '李']) + pick(['建国', '秀英', '伟']);
    const payload = makeHousehold({
      projectCode: p.code,
      parcelCode: pick(p.parcels),
      headName: name,
      village: pick(['二联村', '金联村']),
    });
    const members = (payload.members as Array<Record<string, unknown>>).map((m, i) => (i === 0 ? { ...m, name } : m));
    await t
      .http()
      .post('/api/households')
      .send({ ...payload, members })
      .expect(201);
    return `建档 ${payload.code as string}`;
  }

  /** New rows, or a re-import of rows already there (another parcel, another name). */
  async function importRows(all: Row[]): Promise<string> {
    const p = pick(projects);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow([...LEDGER_HEADERS]);
    const row = (code: string, parcel: string, name: string) => [
      code,
      p.code,
      parcel,
      '二联村',
      '3组',
      name,
      makeIdNumber(),
      '13812345678',
      '3',
      '150',
      '100',
      '',
      '砖混',
      '1995',
      '2013-01-22',
    ];
    const early = all.filter((r) => r.project === p.code && (r.status === 'surveying' || r.status === 'surveyed'));
    const again = early.length > 0 && random() < 0.4;
    const lines = again
      ? early.slice(0, 2).map((r) => row(r.code, pick(p.parcels), `${r.headName}改`))
      : Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
          // Codes as a ledger gives them, now and then in lower case: a code prefix matches them whatever their case.
          row(`${random() < 0.3 ? 'li' : 'LI'}-${String(++importNo).padStart(3, '0')}`, pick(p.parcels), pick(['赵国华', '王芳'])),
        );
    for (const l of lines) ws.addRow(l);
    const res = await t
      .http()
      .post('/api/imports')
      .field('kind', 'households')
      .attach('file', Buffer.from(await wb.xlsx.writeBuffer()), '摸底台账.xlsx')
      .expect(202);
    const batch = await finishedBatch(t.http(), `/api/imports/${res.body.id}`, 60_000);
    expect(batch.status).toBe('succeeded');
    return `${again ? '重新导入' : '导入'} ${lines.length} 户`;
  }

  async function transition(all: Row[]): Promise<string | null> {
    const candidates = all.filter((r) => r.status === 'surveying' || r.status === 'surveyed');
    if (!candidates.length) return null;
    const r = pick(candidates);
    const to = r.status === 'surveying' ? 'surveyed' : 'surveying';
    const res = await t.http().post(`/api/cases/${r.caseId}/transitions`).send({ to, reason: '摸底信息需补充' });
    expect([200, 422]).toContain(res.status);
    return `${r.code} ${r.status} → ${to} (${res.status})`;
  }

  async function moveParcel(all: Row[]): Promise<string | null> {
    const candidates = all.filter(
      (r) => (r.status === 'surveying' || r.status === 'surveyed') && projects.find((p) => p.code === r.project)!.parcels.length > 1,
    );
    if (!candidates.length) return null;
    const r = pick(candidates);
    const other = projects.find((p) => p.code === r.project)!.parcels.find((c) => c !== r.parcel)!;
    const h = (await t.http().get(`/api/households/${r.id}`).expect(200)).body;
    await t.http().patch(`/api/households/${r.id}`).send({ parcelCode: other, version: h.version }).expect(200);
    return `${r.code} 换地块 → ${other}`;
  }

  const FILTERS: Array<Record<string, string>> = [
    {},
    { project: 'LS1' },
    { parcel: 'LS2-02' },
    { status: 'surveyed' },
    { project: 'LS2', status: 'surveying' },
    { reached: 'surveyed' },
    { village: '金联村' },
    { q: '张' },
    { q: 'LI-0' },
    { q: 'li-00' },
    { q: 'Li-0', project: 'LS2' },
    { q: '赵国华' },
  ];

  function matches(r: Row, f: Record<string, string>, scope: string[] | null): boolean {
    if (scope && !scope.includes(r.project)) return false;
    if (f.project && r.project !== f.project) return false;
    if (f.parcel && r.parcel !== f.parcel) return false;
    if (f.status && r.status !== f.status) return false;
    if (f.reached && STATUS_ORDER.indexOf(r.status ?? '') < STATUS_ORDER.indexOf(f.reached)) return false;
    if (f.village && r.village !== f.village) return false;
    if (f.q && !r.code.toLowerCase().startsWith(f.q.toLowerCase()) && !r.headName.includes(f.q)) return false;
    return true;
  }

  const byCode = (a: Row, b: Row) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : 1);
  const byHeadNameDesc = (a: Row, b: Row) => (a.headName !== b.headName ? (a.headName < b.headName ? 1 : -1) : -byCode(a, b));

  /** Every total equals the recount, and walking by `next` gives exactly the recount's rows in order. */
  async function expectListsTrue(step: string): Promise<void> {
    const all = await rows();
    // One case per household, on the household's project and parcel: what lets the totals come from the case summary.
    expect({ step, withoutCase: all.filter((r) => !r.caseId).map((r) => r.code) }).toEqual({ step, withoutCase: [] });
    for (const [who, http, scope] of [
      ['admin', t.http(), null],
      ['officer', officer, ['LS1', 'LS2']],
    ] as const) {
      for (const f of FILTERS) {
        const expected = all.filter((r) => matches(r, f, scope as string[] | null));
        for (const [sort, compare] of [
          [undefined, byCode],
          ['-headName', byHeadNameDesc],
        ] as const) {
          const seen: string[] = [];
          let after: string | null = null;
          let total = -1;
          for (let guard = 0; guard < 50; guard += 1) {
            const query = new URLSearchParams({ ...f, pageSize: '4', ...(sort ? { sort } : {}), ...(after ? { after } : {}) });
            const body = (await http.get(`/api/households?${query.toString()}`).expect(200)).body as {
              items: Array<{ code: string; id: string }>;
              total: number;
              totalExact: boolean;
              next: string | null;
            };
            if (total < 0) total = body.total;
            seen.push(...body.items.map((i) => i.id));
            if (!body.next) break;
            after = body.next;
          }
          const label = { step, who, filter: f, sort };
          expect({ ...label, total, ids: seen }).toEqual({
            ...label,
            total: expected.length,
            ids: [...expected].sort(compare).map((r) => r.id),
          });
        }
      }
      // Page numbers still work: page 2 is the rows after page 1.
      const expected = all.filter((r) => matches(r, {}, scope as string[] | null)).sort(byCode);
      const page2 = (await http.get('/api/households?page=2&pageSize=3').expect(200)).body as { items: Array<{ id: string }> };
      expect({ step, who, page2: page2.items.map((i) => i.id) }).toEqual({ step, who, page2: expected.slice(3, 6).map((r) => r.id) });
    }
  }

  it('after every step of a random sequence, every total and every keyset walk equals the recount', async () => {
    const steps: Array<[number, (all: Row[]) => Promise<string | null>]> = [
      [4, () => create()],
      [2, (all) => importRows(all)],
      [3, transition],
      [2, moveParcel],
    ];
    const weight = steps.reduce((s, [w]) => s + w, 0);
    for (let i = 0; i < 6; i += 1) await create();
    await expectListsTrue('start');
    for (let i = 0; i < STEPS; i += 1) {
      let roll = random() * weight;
      const [, step] = steps.find(([w]) => (roll -= w) < 0) ?? steps[0]!;
      const done = (await step(await rows())) ?? 'nothing to do';
      await expectListsTrue(`${i + 1}: ${done}`);
    }
  }, 600_000);

  it('refuses an after= that is not a cursor the list gave out (400, Chinese)', async () => {
    const bad = await t.http().get('/api/households?after=not-a-cursor').expect(400);
    expect(JSON.stringify(bad.body)).toContain('翻页位置');
    await t.http().get('/api/households?after=%7B%22a%22%3A1%7D').expect(400);
  });
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows': number;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The nodes of `sql`'s generic plan, as a prepared statement may run it (see generic-plan.ts). */
const genericPlan = async (url: string, sql: string, params: unknown[], analyze = false) => nodes(await genericRoot<PlanNode>(url, sql, params, analyze));


describe('households list plans on tens of thousands of rows (e2e)', () => {
  let t: TestApp;
  let repo: HouseholdRepository;
  let scope: string[];
  const PER_PROJECT = 25_000;

  beforeAll(async () => {
    t = await createTestApp();
    for (const code of ['PX1', 'PX2', 'PX3']) {
      await t.http().post('/api/projects').send(makeProject({ code })).expect(201);
      for (let i = 1; i <= 5; i += 1)
        await t
          .http()
          .post(`/api/projects/${code}/parcels`)
          .send(makeParcel({ code: `${code}-0${i}` }))
          .expect(201);
    }
    // Households and their cases straight in SQL (the summary triggers fire as for an import).
    await t.query(
      `WITH h AS (
         INSERT INTO household (version, "projectId", "parcelId", code, village, "headName", "headIdNumberEncrypted", "headIdNumberHash", "registeredPersons", "licensedArea", "surveyedOn")
         SELECT 1, p.id, pc.id, p.code || '-' || lpad(g::text, 6, '0'), (ARRAY['二联村', '金联村', '徐南村', '前明村', '光联村'])[1 + g % 5],
                (ARRAY['张', '王', '李', '赵', '陈', '刘', '徐', '孙'])[1 + g % 8] || (ARRAY['建国', '秀英', '伟', '芳', '明华'])[1 + (g / 8) % 5] || g,
                $2, md5(g::text) || md5(p.code), 3, 100, '2013-01-01'::date + g % 300
           FROM project p CROSS JOIN generate_series(1, $1) g
           JOIN parcel pc ON pc."projectId" = p.id AND pc.code = p.code || '-0' || (1 + g % 5)
          WHERE p.code LIKE 'PX%'
         RETURNING id, "projectId", "parcelId", code)
       INSERT INTO case_file (version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus")
       SELECT 1, 'household', id, "projectId", "parcelId", (ARRAY['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'])[1 + (hashtext(code) & 65535) % 7], 'none' FROM h`,
      [PER_PROJECT, encryptField(makeIdNumber())],
    );
    // As autovacuum leaves a table: its visibility map set, so index-only walks are costed as such.
    await t.query('VACUUM ANALYZE household');
    await t.query('ANALYZE');
    repo = t.app.get(HouseholdRepository);
    scope = (await t.query<{ id: string }>(`SELECT id FROM project WHERE code IN ('PX1', 'PX2') ORDER BY code`)).map((r) => r.id);
  }, 300_000);
  afterAll(() => t.close());

  async function plan(sql: string, params: unknown[]): Promise<PlanNode[]> {
    const [row] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return nodes(row!['QUERY PLAN'][0]!.Plan);
  }

  const page = (query: Record<string, unknown>) => ({ page: 1, pageSize: 20, ...query });

  /** A page's plan walks `index` in order: no scan of the tables, and no sort of more than the projects' first rows. */
  function expectIndexWalk(all: PlanNode[], index: string | RegExp, query: { page: number; pageSize: number }): void {
    // The page's rows and their cases are read by key.
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && ['household', 'case_file'].includes(n['Relation Name']!))).toEqual([]);
    const used = all.map((n) => n['Index Name']).filter(Boolean);
    if (index instanceof RegExp) expect(used.some((name) => index.test(name!))).toBe(true);
    else expect(used).toContain(index);
    // The only sort merges the projects' first rows: at most (skip + take) rows from each project.
    for (const sort of all.filter((n) => n['Node Type'] === 'Sort' || n['Node Type'] === 'Incremental Sort'))
      expect(sort['Plan Rows']).toBeLessThanOrEqual(2 * query.page * query.pageSize);
  }

  it.each([
    ['default order (code), first page', page({}), 'idx_household_project_code_id'],
    ['default order, page 5', page({ page: 5 }), 'idx_household_project_code_id'],
    ['descending code', page({ sort: '-code' }), 'idx_household_project_code_id'],
    ['by head name, descending', page({ sort: '-headName' }), 'idx_household_project_head_name'],
    ['by last change', page({ sort: 'updatedAt' }), 'idx_household_project_updated'],
    ['one project', page({ project: 'PX2' }), 'idx_household_project_code_id'],
    // A parcel is a fifth of its project here: walking the project's code order and skipping other parcels' rows is as good.
    ['a parcel', page({ parcel: 'PX1-03' }), /^(idx_household_parcel|idx_household_project_code_id)$/],
    ['a village', page({ village: '金联村' }), 'idx_household_project_village'],
    // The status the household row carries (kept by triggers): its rows of that status, in code order.
    ['a case status', page({ status: 'signed' }), 'idx_household_project_case_status'],
    // Each spelling of the prefix is a range of the code index; PX1 has no such code and reads none.
    ['a code prefix, any case', page({ q: 'px2-0001' }), /^(idx_household_project_code_id|uq_household_project_code)$/],
  ])('%s (%j) walks %s in order — no sort of the whole scope, no scan of the table', async (_label, query, index) => {
    const [sql, params] = await repo.listStatement(query as never, scope);
    expectIndexWalk(await plan(sql, params), index, query as { page: number; pageSize: number });
  });

  // The pages without a search run as prepared statements (planned once per connection): PostgreSQL may then run its
  // generic plan, made without the values — it must walk the same index as the plan made for them.
  it.each([
    ['default order (code), first page', page({}), 'idx_household_project_code_id'],
    ['default order, page 10', page({ page: 10 }), 'idx_household_project_code_id'],
    ['by head name, descending', page({ sort: '-headName' }), 'idx_household_project_head_name'],
    ['one project', page({ project: 'PX2' }), 'idx_household_project_code_id'],
    ['a parcel', page({ parcel: 'PX1-03' }), /^(idx_household_parcel|idx_household_project_code_id)$/],
    ['a village', page({ village: '金联村' }), 'idx_household_project_village'],
    ['a case status', page({ status: 'signed' }), 'idx_household_project_case_status'],
    ['a keyset page', page({ after: 'cursor' }), 'idx_household_project_code_id'],
  ])('prepared, its generic plan (%s, %j) walks %s too — no sort of the whole scope, no scan of the table', async (_label, query, index) => {
    const q = { ...(query as Record<string, unknown>) };
    if (q.after) {
      const [row] = await t.query<{ id: string; code: string }>(`SELECT id, code FROM household WHERE "projectId" = $1 ORDER BY code, id OFFSET 5000 LIMIT 1`, [scope[0]]);
      q.after = Buffer.from(JSON.stringify([row!.code, row!.code, row!.id])).toString('base64url');
    }
    const [sql, params] = await repo.listStatement(q as never, scope);
    expectIndexWalk(await genericPlan(t.databaseUrl, sql, params), index, q as { page: number; pageSize: number });
  });

  it.each([
    // A fifth of each project's rows before the page (deeper, reading most of a project, a sort of it can be cheaper).
    ['default order', { page: 250 }],
    ['by head name, descending', { sort: '-headName', page: 250 }],
    // A seventh of the rows are signed: page 50 is well inside them.
    ['a case status', { status: 'signed', page: 50 }],
  ])("a page deep in the list (%s) merges the projects' ordered walks: no sort of the rows before it", async (_label, query) => {
    const [sql, params] = await repo.listStatement(page(query) as never, scope);
    const [row] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const all = nodes(row!['QUERY PLAN'][0]!.Plan);
    expect(all.map((n) => n['Node Type'])).toContain('Merge Append');
    // The one full sort left puts the page's own 20 rows (read by key) in order; an incremental sort of a walk's rows
    // (ties of an index order, e.g. the id after a code) streams them without holding them.
    const sorts = all.filter((n) => n['Node Type'] === 'Sort');
    expect(sorts.map((n) => n['Actual Rows'])).toEqual(sorts.map(() => 20));
  });

  it("the confirmation screen's candidates walk the surveyed subjects in code order and stop at the limit", async () => {
    const confirmations = t.app.get(ConfirmationRepository);
    const [sql, params] = confirmations.candidatesStatement(scope[0]!, {}, 500);
    const [row] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const all = nodes(row!['QUERY PLAN'][0]!.Plan);
    expect(all.map((n) => n['Index Name'])).toContain('idx_household_project_case_status');
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && ['household', 'case_file'].includes(n['Relation Name']!))).toEqual([]);
    // The walk reads the 500 rows it answers, not every surveyed household of the project (~3,600 here).
    const walk = all.find((n) => n['Index Name'] === 'idx_household_project_case_status')!;
    expect(walk['Actual Rows']! * (walk['Actual Loops'] ?? 1)).toBeLessThanOrEqual(500);
    // Prepared, its generic plan walks the same way.
    const generic = await genericPlan(t.databaseUrl, sql, params, true);
    const genericWalk = generic.find((n) => n['Index Name'] === 'idx_household_project_case_status')!;
    expect(genericWalk['Actual Rows']! * (genericWalk['Actual Loops'] ?? 1)).toBeLessThanOrEqual(500);
    expect(generic.filter((n) => n['Node Type'] === 'Seq Scan' && ['household', 'case_file'].includes(n['Relation Name']!))).toEqual([]);
    // The same rows, in the same order, as the recount through the label view.
    const got = await confirmations.candidates(scope[0]!, {}, 500);
    const expected = await t.query<{ caseId: string }>(
      `SELECT c.id AS "caseId" FROM case_file c JOIN subject_label s ON s."subjectType" = c."subjectType" AND s."subjectId" = c."subjectId"
        WHERE c."projectId" = $1 AND c.status = 'surveyed'
          AND NOT EXISTS (SELECT 1 FROM confirmation_line l WHERE l."caseId" = c.id AND l.answer IS NULL)
        ORDER BY s.code, s."subjectId" LIMIT 500`,
      [scope[0]],
    );
    expect(got.map((r) => r.caseId)).toEqual(expected.map((r) => r.caseId));
    const parcel = await confirmations.candidates(scope[0]!, { parcelCode: 'PX1-03' }, 500);
    expect(parcel.length).toBeGreaterThan(0);
    expect(new Set(parcel.map((r) => r.parcelCode))).toEqual(new Set(['PX1-03']));
    // A parcel's candidates read that parcel's surveyed households, not the project's others before them.
    const [parcelSql, parcelParams] = confirmations.candidatesStatement(scope[0]!, { parcelCode: 'PX1-03' }, 500);
    const [parcelRow] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${parcelSql}`, parcelParams);
    const read = nodes(parcelRow!['QUERY PLAN'][0]!.Plan)
      .filter((n) => n['Relation Name'] === 'household' && n['Node Type'] !== 'Seq Scan')
      .reduce((sum, n) => sum + n['Actual Rows']! * (n['Actual Loops'] ?? 1), 0);
    const [{ n: surveyedInParcel }] = await t.query<{ n: number }>(
      `SELECT count(*)::int n FROM household h JOIN parcel p ON p.id = h."parcelId" WHERE p.code = 'PX1-03' AND h."caseStatus" = 'surveyed'`,
    );
    expect(read).toBeLessThanOrEqual(surveyedInParcel);
    // A page of a parcel's candidates walks the parcel's (parcelId, caseStatus, code, id) index and stops at the page.
    expect(surveyedInParcel).toBeGreaterThan(11);
    const [pageSql, pageParams] = confirmations.candidatesStatement(scope[0]!, { parcelCode: 'PX1-03' }, 11);
    const [pageRow] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${pageSql}`, pageParams);
    const parcelWalk = nodes(pageRow!['QUERY PLAN'][0]!.Plan).find((n) => n['Index Name'] === 'idx_household_parcel_case_status')!;
    expect(parcelWalk['Actual Rows']! * (parcelWalk['Actual Loops'] ?? 1)).toBeLessThanOrEqual(11);
    const genericParcelWalk = (await genericPlan(t.databaseUrl, pageSql, pageParams, true)).find((n) => n['Index Name'] === 'idx_household_parcel_case_status')!;
    expect(genericParcelWalk['Actual Rows']! * (genericParcelWalk['Actual Loops'] ?? 1)).toBeLessThanOrEqual(11);
    expect((await confirmations.candidates(scope[0]!, { parcelCode: 'PX1-03' }, 11)).map((r) => r.caseId)).toEqual(parcel.slice(0, 11).map((r) => r.caseId));

    // A page after a cursor deep in the list (a picker's `after=`) starts its walk there: it reads its own rows only.
    const recount = await t.query<{ caseId: string; code: string; subjectId: string }>(
      `SELECT c.id AS "caseId", s.code, s."subjectId" FROM case_file c JOIN subject_label s ON s."subjectType" = c."subjectType" AND s."subjectId" = c."subjectId"
        WHERE c."projectId" = $1 AND c.status = 'surveyed'
          AND NOT EXISTS (SELECT 1 FROM confirmation_line l WHERE l."caseId" = c.id AND l.answer IS NULL)
        ORDER BY s.code, s."subjectId" OFFSET 2000 LIMIT 52`,
      [scope[0]],
    );
    const cursor = { code: recount[0]!.code, id: recount[0]!.subjectId };
    const [deepSql, deepParams] = confirmations.candidatesStatement(scope[0]!, {}, 51, cursor);
    const [deepRow] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${deepSql}`, deepParams);
    const deepWalk = nodes(deepRow!['QUERY PLAN'][0]!.Plan).find((n) => n['Index Name'] === 'idx_household_project_case_status')!;
    expect(deepWalk['Actual Rows']! * (deepWalk['Actual Loops'] ?? 1)).toBeLessThanOrEqual(51);
    const genericDeep = (await genericPlan(t.databaseUrl, deepSql, deepParams, true)).find((n) => n['Index Name'] === 'idx_household_project_case_status')!;
    expect(genericDeep['Actual Rows']! * (genericDeep['Actual Loops'] ?? 1)).toBeLessThanOrEqual(51);
    expect((await confirmations.candidates(scope[0]!, {}, 51, cursor)).map((r) => r.caseId)).toEqual(recount.slice(1).map((r) => r.caseId));
  });

  it("a new settlement statement's candidates walk the vacated subjects in code order and stop at the limit", async () => {
    // Signed agreements for the cases of PX1 that reached signing.
    await t.query(
      `INSERT INTO scheme_version (version, "projectId", number, name, status, "effectiveOn", items, "createdBy")
       VALUES (1, $1, 1, '方案', 'published', '2013-01-01', '[]', 'test')`,
      [scope[0]],
    );
    await t.query(
      `INSERT INTO calculation ("caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy")
       SELECT c.id, c."projectId", v.id, '{}', '[]', 100000, 'test' FROM case_file c JOIN scheme_version v ON v."projectId" = c."projectId"
        WHERE c."projectId" = $1 AND c.status IN ('signed', 'vacated', 'settled', 'handed_over')`,
      [scope[0]],
    );
    await t.query(
      `INSERT INTO agreement (version, "caseId", "projectId", "calculationId", method, status, "compensationFen", "agreedFen", "paidFen", "createdBy")
       SELECT 1, k."caseId", k."projectId", k.id, 'monetary', 'signed', 100000, 100000, 0, 'test' FROM calculation k WHERE k."projectId" = $1`,
      [scope[0]],
    );
    await t.query('ANALYZE agreement');
    const settlements = t.app.get(SettlementRepository);
    const [sql, params] = settlements.openCandidatesStatement(scope[0]!, 500);
    const [row] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const all = nodes(row!['QUERY PLAN'][0]!.Plan);
    const walk = all.find((n) => n['Index Name'] === 'idx_household_project_case_status')!;
    expect(walk).toBeDefined();
    expect(walk['Actual Rows']! * (walk['Actual Loops'] ?? 1)).toBeLessThanOrEqual(500);
    // Prepared, its generic plan walks the same way.
    const generic = await genericPlan(t.databaseUrl, sql, params, true);
    const genericWalk = generic.find((n) => n['Index Name'] === 'idx_household_project_case_status')!;
    expect(genericWalk['Actual Rows']! * (genericWalk['Actual Loops'] ?? 1)).toBeLessThanOrEqual(500);
    expect(generic.filter((n) => n['Node Type'] === 'Seq Scan' && ['household', 'case_file', 'agreement'].includes(n['Relation Name']!))).toEqual([]);
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && ['household', 'case_file', 'agreement'].includes(n['Relation Name']!))).toEqual([]);
    // The same cases, in the same order, as every vacated case with a signed agreement and no live line, by code.
    const got = await settlements.openCandidates(scope[0]!, 500);
    const expected = await t.query<{ caseId: string }>(
      `SELECT c.id AS "caseId" FROM case_file c JOIN agreement a ON a."caseId" = c.id AND a.status = 'signed'
         JOIN subject_label s ON s."subjectType" = c."subjectType" AND s."subjectId" = c."subjectId"
        WHERE c."projectId" = $1 AND c.status = 'vacated'
          AND NOT EXISTS (SELECT 1 FROM settlement_line l WHERE l."caseId" = c.id AND l.status <> 'dropped')
        ORDER BY s.code, s."subjectId" LIMIT 500`,
      [scope[0]],
    );
    expect(got).toHaveLength(500);
    expect(got.map((r) => r.caseId)).toEqual(expected.map((r) => r.caseId));

    // The next page after the 300th: its walk starts at the cursor and reads its own rows only.
    const cursor = { code: got[299]!.subjectCode, id: got[299]!.subjectId };
    const [deepSql, deepParams] = settlements.openCandidatesStatement(scope[0]!, 51, cursor);
    const [deepRow] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${deepSql}`, deepParams);
    const deepWalk = nodes(deepRow!['QUERY PLAN'][0]!.Plan).find((n) => n['Index Name'] === 'idx_household_project_case_status')!;
    expect(deepWalk['Actual Rows']! * (deepWalk['Actual Loops'] ?? 1)).toBeLessThanOrEqual(51);
    const genericDeep = (await genericPlan(t.databaseUrl, deepSql, deepParams, true)).find((n) => n['Index Name'] === 'idx_household_project_case_status')!;
    expect(genericDeep['Actual Rows']! * (genericDeep['Actual Loops'] ?? 1)).toBeLessThanOrEqual(51);
    expect((await settlements.openCandidates(scope[0]!, 51, cursor)).map((r) => r.caseId)).toEqual(expected.slice(300, 351).map((r) => r.caseId));
  });

  it('a code prefix reads only its own rows: none in a project without such a code, not every code before them', async () => {
    for (const q of ['px2-0001', 'PX2-012', 'Px1-02499']) {
      const [sql, params] = await repo.listStatement(page({ q }) as never, scope);
      const [row] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      const scans = nodes(row!['QUERY PLAN'][0]!.Plan).filter((n) => n['Relation Name'] === 'household' || n['Index Name']?.startsWith('idx_household') || n['Index Name']?.startsWith('uq_household'));
      // A range walk reads at most a page per spelling and project; the name part finds nothing through the trigram index.
      const read = scans.reduce((sum, n) => sum + (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1), 0);
      expect({ q, read: read <= 4 * 2 * 20 + 2 * 20 }).toEqual({ q, read: true });
      const found = await repo.findPage(page({ q }) as never, scope);
      expect(found.items.length).toBeGreaterThan(0);
      expect(found.items.every((h) => h.code.toLowerCase().startsWith(q.toLowerCase()))).toBe(true);
    }
  });

  it('a search that only codes match runs prepared: its generic plan walks the code ranges and reads only its own rows', async () => {
    for (const q of ['px2-0001', 'PX2-012', 'Px1-02499']) {
      const [sql, params, prepared] = await repo.listStatement(page({ q }) as never, scope);
      expect({ q, prepared }).toEqual({ q, prepared: true });
      // Its statement holds the code ranges alone: no LIKE left to plan by its value.
      expect(sql).not.toMatch(/LIKE/i);
      const generic = await genericPlan(t.databaseUrl, sql, params, true);
      expectIndexWalk(generic, /^(idx_household_project_code_id|uq_household_project_code)$/, page({}));
      // One project (the one the count found its rows in), a page at most per spelling of its two letters.
      const read = generic
        .filter((n) => n['Index Name']?.startsWith('idx_household_project') || n['Index Name'] === 'uq_household_project_code')
        .reduce((sum, n) => sum + (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1), 0);
      expect({ q, read: read <= 4 * 20 }).toEqual({ q, read: true });
      const found = await repo.findPage(page({ q }) as never, scope);
      expect(found.items.map((h) => h.code)).toEqual(
        (await t.query<{ code: string }>(`SELECT code FROM household WHERE "projectId" = ANY($1) AND code ILIKE $2 ORDER BY code, id LIMIT 20`, [scope, `${q}%`])).map((r) => r.code),
      );
    }
    // A name fragment's page is planned for its value each time (a LIKE pattern is an index range only once known).
    const [, , byName] = await repo.listStatement(page({ q: '张建国1' }) as never, scope);
    expect(byName).toBe(false);
  });

  it("a search's count names the projects its rows are in, and its pages walk only those", async () => {
    const [px2] = scope.slice(1);
    const counted = await repo.countMatching({ ...page({}), q: 'px2-0001' } as never, scope);
    // Every one of them by its code (none by a name alone).
    expect(counted).toEqual({ total: 100, exact: true, projects: [px2], byCode: 100 });
    const none = await repo.countMatching({ ...page({}), q: '无此人' } as never, scope);
    expect(none).toEqual({ total: 0, exact: true, projects: [], byCode: 0 });
    expect((await repo.findPage({ ...page({}), q: '无此人' } as never, scope)).items).toEqual([]);
    // Past the cap the projects are not known: every project in scope is walked.
    expect(await repo.countMatching({ ...page({}), q: 'PX' } as never, scope)).toEqual({ total: 10_000, exact: false });
  });

  it('a keyset page (after=) starts in the index at the cursor', async () => {
    const first = await repo.findPage(page({}) as never, scope);
    expect(first.items).toHaveLength(20);
    const [sql, params] = await repo.listStatement(page({ after: first.next! }) as never, scope);
    const all = await plan(sql, params);
    expect(all.map((n) => n['Index Name'])).toContain('idx_household_project_code_id');
    for (const sort of all.filter((n) => n['Node Type'] === 'Sort')) expect(sort['Plan Rows']).toBeLessThanOrEqual(40);
    const second = await repo.findPage(page({ after: first.next! }) as never, scope);
    const byNumber = await repo.findPage(page({ page: 2 }) as never, scope);
    expect(second.items.map((i) => i.id)).toEqual(byNumber.items.map((i) => i.id));
  });

  it.each([
    ['default order', { page: 1234 }],
    ['by head name, descending', { sort: '-headName', page: 700 }],
    ['by survey date', { sort: 'surveyedOn', page: 333 }],
    ['a case status', { status: 'signed', page: 120 }],
    ['a village', { village: '金联村', page: 300 }],
  ])('a page number deep in the list (%s) starts from the row kept for its thousand: the same rows as the plain walk', async (_label, query) => {
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
    const [sql, params] = await repo.listStatement(page(query) as never, scope);
    const plain = ids(await t.query<{ id: string }>(sql, params));
    expect(plain).toHaveLength(20);
    const first = await repo.findPage(page(query) as never, scope); // finds the anchor
    const again = await repo.findPage(page(query) as never, scope); // starts from it (unless another commit came between)
    expect(ids(first.items)).toEqual(plain);
    expect(ids(again.items)).toEqual(plain);
    expect(again.next).toEqual(first.next);
  });

  it('a deep page follows a row written behind the api: its anchor is found again after the commit', async () => {
    const query = page({ page: 600 });
    const before = await repo.findPage(query as never, scope);
    // A household whose code sorts before every other of PX1: every later row moves one place on.
    await t.query(
      `WITH h AS (
         INSERT INTO household (version, "projectId", "parcelId", code, village, "headName", "headIdNumberEncrypted", "headIdNumberHash", "registeredPersons", "licensedArea")
         SELECT 1, p.id, pc.id, 'PX1-000000', '二联村', '插队户', h."headIdNumberEncrypted", 'anchor-test', 3, 100
           FROM project p JOIN parcel pc ON pc."projectId" = p.id AND pc.code = 'PX1-01' CROSS JOIN (SELECT "headIdNumberEncrypted" FROM household LIMIT 1) h
          WHERE p.code = 'PX1'
         RETURNING id, "projectId", "parcelId")
       INSERT INTO case_file (version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus")
       SELECT 1, 'household', id, "projectId", "parcelId", 'surveying', 'none' FROM h`,
    );
    try {
      const after = await repo.findPage(query as never, scope);
      const [sql, params] = await repo.listStatement(query as never, scope);
      expect(after.items.map((i) => i.id)).toEqual((await t.query<{ id: string }>(sql, params)).map((r) => r.id));
      expect(after.items.slice(1).map((i) => i.id)).toEqual(before.items.slice(0, 19).map((i) => i.id));
    } finally {
      await t.query(`DELETE FROM case_file WHERE "subjectId" IN (SELECT id FROM household WHERE code = 'PX1-000000')`);
      await t.query(`DELETE FROM household WHERE code = 'PX1-000000'`);
    }
  });

  it("a search's kept count serves its pages while nothing commits, and is counted again after a row written behind the api", async () => {
    const insertHead = (code: string, project: string, headName: string) =>
      t.query(
        `WITH h AS (
           INSERT INTO household (version, "projectId", "parcelId", code, village, "headName", "headIdNumberEncrypted", "headIdNumberHash", "registeredPersons", "licensedArea")
           SELECT 1, p.id, pc.id, $1, '二联村', $3, h."headIdNumberEncrypted", 'kept-count-test', 3, 100
             FROM project p JOIN parcel pc ON pc."projectId" = p.id AND pc.code = p.code || '-01' CROSS JOIN (SELECT "headIdNumberEncrypted" FROM household LIMIT 1) h
            WHERE p.code = $2
           RETURNING id, "projectId", "parcelId")
         INSERT INTO case_file (version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus")
         SELECT 1, 'household', id, "projectId", "parcelId", 'surveying', 'none' FROM h`,
        [code, project, headName],
      );
    const recount = async (q: string) =>
      (await t.query<{ id: string }>(`SELECT id FROM household WHERE "projectId" = ANY($1::uuid[]) AND "headName" LIKE $2 ORDER BY code, id`, [scope, `%${q}%`])).map((r) => r.id);
    // A search with matches: the second read is served with the kept count; the page equals the recount.
    const q = '张建国1';
    const first = await repo.findPage(page({ q }) as never, scope);
    const again = await repo.findPage(page({ q }) as never, scope);
    expect(again).toEqual(first);
    const before = await recount(q);
    expect(first).toMatchObject({ total: before.length, totalExact: true });
    expect(first.items.map((i) => i.id)).toEqual(before.slice(0, 20));
    // A search with no match in PX1 and PX2, kept as such (an empty page: its snapshot is asked after it).
    const none = '插队户新名';
    expect(await repo.findPage(page({ q: none }) as never, scope)).toMatchObject({ items: [], total: 0 });
    expect(await repo.findPage(page({ q: none }) as never, scope)).toMatchObject({ items: [], total: 0 });
    // Rows committed behind the api: a match sorting first in PX1, and the first match of the other search, in PX2 —
    // a project the kept count did not name.
    await insertHead('PX1-000000', 'PX1', `${q}插队`);
    await insertHead('PX2-000000', 'PX2', none);
    try {
      const after = await repo.findPage(page({ q }) as never, scope);
      expect(after).toMatchObject({ total: before.length + 1, totalExact: true });
      expect(after.items.map((i) => i.code)[0]).toBe('PX1-000000');
      expect(after.items.map((i) => i.id)).toEqual((await recount(q)).slice(0, 20));
      const found = await repo.findPage(page({ q: none }) as never, scope);
      expect(found).toMatchObject({ total: 1, totalExact: true });
      expect(found.items.map((i) => i.code)).toEqual(['PX2-000000']);
      // A page past the end of a kept search: no rows, the count kept.
      const past = await repo.findPage(page({ q, page: 999 }) as never, scope);
      expect(past).toMatchObject({ items: [], total: before.length + 1 });
    } finally {
      await t.query(`DELETE FROM case_file WHERE "subjectId" IN (SELECT id FROM household WHERE code IN ('PX1-000000', 'PX2-000000'))`);
      await t.query(`DELETE FROM household WHERE code IN ('PX1-000000', 'PX2-000000')`);
    }
  });

  it('a page past the end of a list without a search still answers its total from the case summary', async () => {
    const { total } = await repo.findPage(page({ status: 'signed' }) as never, scope);
    expect(await repo.findPage(page({ status: 'signed', page: 9_999 }) as never, scope)).toMatchObject({ items: [], total, totalExact: true });
  });

  it('a name fragment of three characters or more finds its rows through the trigram index', async () => {
    const [sql, params] = await repo.listStatement(page({ q: '张建国1' }) as never, scope);
    const all = await plan(sql, params);
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'household')).toEqual([]);
    const { sql: countSql, params: countParams } = repo.countQuery({ ...page({}), q: '张建国1' }, scope);
    expect((await plan(countSql, countParams)).map((n) => n['Index Name'])).toContain('idx_household_head_name_trgm');
  });

  it('totals without a search come from the case summary, never from counting households', async () => {
    for (const query of [{}, { status: 'signed' }, { parcel: 'PX1-03' }, { project: 'PX2', reached: 'signed' }]) {
      const { sql, params, summary } = repo.countQuery(page(query) as never, scope);
      expect(summary).toBe(true);
      const relations = (await plan(sql, params)).map((n) => n['Relation Name']).filter(Boolean);
      expect(relations).not.toContain('household');
      expect(relations).not.toContain('case_file');
    }
    const counted = await repo.findPage(page({ status: 'signed' }) as never, scope);
    const [recount] = await t.query<{ n: string }>(
      `SELECT count(*) AS n FROM household h JOIN case_file c ON c."subjectId" = h.id WHERE h."projectId" = ANY($1::uuid[]) AND c.status = 'signed'`,
      [scope],
    );
    expect(counted).toMatchObject({ total: Number(recount!.n), totalExact: true });
  });

  it('a search that matches many rows stops counting at the cap (totalExact: false) and still pages', async () => {
    const { sql, params, summary } = repo.countQuery({ ...page({}), q: 'PX' }, scope);
    expect(summary).toBe(false);
    expect((await plan(sql, params)).map((n) => n['Node Type'])).toContain('Limit');
    const found = await repo.findPage({ ...page({}), q: 'PX' } as never, scope);
    expect(found).toMatchObject({ total: 10_000, totalExact: false });
    expect(found.items).toHaveLength(20);
    const village = await repo.findPage({ ...page({}), village: '金联村' } as never, scope);
    expect(village).toMatchObject({ total: 10_000, totalExact: true });
  });
});

describe('audit log list plans on hundreds of thousands of rows (e2e)', () => {
  let t: TestApp;
  let repo: AuditLogRepository;
  const ROWS = 200_000;

  beforeAll(async () => {
    t = await createTestApp();
    await t.query(
      `INSERT INTO audit_log ("occurredAt", username, roles, action, "entityType", "entityId", method, path, "statusCode", outcome)
       SELECT timestamptz '2024-01-01 00:00:00+08' + g * interval '1 minute', 'officer' || (g % 40), '{officer}',
              CASE WHEN g % 500 = 0 THEN 'pii.unmask' ELSE (ARRAY['household.update', 'case.transition', 'agreement.sign', 'auth.login'])[1 + g % 4] END,
              'household', 'household-' || (g % 20000), 'POST', '/api/households', 200, 'success'
         FROM generate_series(1, $1) g`,
      [ROWS],
    );
    await t.query('VACUUM ANALYZE audit_log');
    repo = t.app.get(AuditLogRepository);
  }, 300_000);
  afterAll(() => t.close());

  async function plan(sql: string, params: unknown[]): Promise<PlanNode[]> {
    const [row] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return nodes(row!['QUERY PLAN'][0]!.Plan);
  }

  const day = { from: new Date('2024-03-01T00:00:00+08:00'), until: new Date('2024-03-02T00:00:00+08:00') };
  it.each([
    ['the whole log', {}, 'idx_audit_occurred'],
    ['one user', { username: 'officer7' }, 'idx_audit_username'],
    // A rare action (one row in 500); a common one walks the whole log's index as well.
    ['one action', { action: 'pii.unmask' }, 'idx_audit_action'],
    ['one object', { entityType: 'household', entityIds: ['household-1234'] }, 'idx_audit_entity'],
    ['one day', day, 'idx_audit_occurred'],
  ])(
    '%s: the page walks %s (%j) newest first — no sort of the matching rows, and the count stops at the cap',
    async (_label, filter, index) => {
      const [sql, params] = repo.pageQuery(filter, { skip: 40, take: 20 }).getQueryAndParameters();
      const page = await plan(sql, params);
      expect(page.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'audit_log')).toEqual([]);
      expect(page.map((n) => n['Index Name'])).toContain(index);
      // An incremental sort only orders rows of the same instant by id; a full sort only the rows about one object.
      for (const sort of page.filter((n) => n['Node Type'] === 'Sort')) expect(sort['Plan Rows']).toBeLessThanOrEqual(100);
      const [countSql, countParams] = repo.countQuery(filter);
      expect((await plan(countSql, countParams)).map((n) => n['Node Type'])).toContain('Limit');
    },
  );

  it("counts a user's or an action's rows from the index alone (no project join, no table reads)", async () => {
    for (const filter of [{ username: 'officer7' }, { action: 'household.update' }, {}]) {
      const [sql, params] = repo.countQuery(filter);
      expect(sql).not.toContain('project');
      const types = (await plan(sql, params)).map((n) => n['Node Type']);
      expect(types).not.toContain('Bitmap Heap Scan');
      if (Object.keys(filter).length) expect(types).toContain('Index Only Scan');
    }
  });

  it('the whole log answers a capped total (totalExact: false) and exact totals for small sets', async () => {
    expect(await repo.list({}, { skip: 0, take: 20 })).toMatchObject({ total: 10_000, totalExact: false });
    expect(await repo.list({ entityType: 'household', entityIds: ['household-1234'] }, { skip: 0, take: 20 })).toMatchObject({
      total: 10,
      totalExact: true,
    });
  });
});

describe("finance's payment list and the import history on tens of thousands of rows (e2e)", () => {
  let t: TestApp;
  let payments: PaymentRepository;
  let imports: ImportBatchRepository;
  let officerId: string;
  const ROWS = 30_000;

  beforeAll(async () => {
    t = await createTestApp();
    for (const code of ['PY1', 'PY2', 'PY3']) {
      await t.http().post('/api/projects').send(makeProject({ code })).expect(201);
      await t.http().post(`/api/projects/${code}/parcels`).send(makeParcel({ code: `${code}-01` })).expect(201);
    }
    // Signed agreements paid in full, straight in SQL: a case, a calculation, an agreement and a payment each.
    await t.query(
      `INSERT INTO scheme_version (version, "projectId", number, name, status, "effectiveOn", items, "createdBy")
       SELECT 1, id, 1, '方案', 'published', '2013-01-01', '[]', 'test' FROM project WHERE code LIKE 'PY%'`,
    );
    await t.query(
      `INSERT INTO case_file (version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus")
       SELECT 1, 'household', gen_random_uuid(), p.id, pc.id, 'signed', 'none'
         FROM project p JOIN parcel pc ON pc."projectId" = p.id CROSS JOIN generate_series(1, $1) g WHERE p.code LIKE 'PY%'`,
      [ROWS / 3],
    );
    await t.query(
      `INSERT INTO calculation ("caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy")
       SELECT c.id, c."projectId", v.id, '{}', '[]', 100000, 'test' FROM case_file c JOIN scheme_version v ON v."projectId" = c."projectId"`,
    );
    await t.query(
      `INSERT INTO agreement (version, "caseId", "projectId", "calculationId", method, status, "compensationFen", "agreedFen", "paidFen", "createdBy")
       SELECT 1, k."caseId", k."projectId", k.id, 'monetary', 'signed', 100000, 100000, 100000, 'test' FROM calculation k`,
    );
    await t.query(
      `INSERT INTO payment ("agreementId", "caseId", "projectId", kind, "amountFen", "paidOn", method, "createdBy")
       SELECT a.id, a."caseId", a."projectId", 'payment', 100000, date '2013-01-01' + (hashtext(a.id::text) & 255), 'bank_transfer', 'test' FROM agreement a`,
    );
    [{ id: officerId }] = await t.query<{ id: string }>(`SELECT id FROM app_user WHERE 'admin' = ANY(roles) LIMIT 1`);
    await t.query(
      `INSERT INTO import_batch (kind, "fileName", "fileSize", sha256, "storedPath", "headerRow", "columnMap", "userId", username, "createdAt")
       SELECT 'households', g || '.xlsx', 1, repeat('0', 64), g || '.xlsx', 1, '{}', CASE WHEN g % 10 = 0 THEN $2::uuid ELSE gen_random_uuid() END, 'u', now() - g * interval '1 minute'
         FROM generate_series(1, $1) g`,
      [ROWS, officerId],
    );
    await t.query('VACUUM ANALYZE payment');
    await t.query('VACUUM ANALYZE import_batch');
    payments = t.app.get(PaymentRepository);
    imports = t.app.get(ImportBatchRepository);
  }, 300_000);
  afterAll(() => t.close());

  async function analyzed(sql: string, params: unknown[]): Promise<PlanNode[]> {
    const [row] = await t.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    return nodes(row!['QUERY PLAN'][0]!.Plan);
  }

  it.each([
    ['every project, page 10', {}, 'idx_payment_paid_on'],
    ['one project over a month', { project: 'PY2', from: '2013-05-01', to: '2013-05-31' }, /^idx_payment_(project_)?paid_on$/],
  ])('payments, %s (%j): the page walks %s newest first and reads only its own rows', async (_label, filter, index) => {
    const projectIds = 'project' in filter ? (await t.query<{ id: string }>(`SELECT id FROM project WHERE code = $1`, [filter.project])).map((r) => r.id) : null;
    const [sql, params] = payments.pageStatement({ ...filter, projectIds, skip: 180, take: 20 });
    const plan = await analyzed(sql, params);
    expect(plan.filter((n) => n['Node Type'] === 'Sort' || n['Node Type'] === 'Seq Scan')).toEqual([]);
    expect(plan.map((n) => n['Index Name'])).toContainEqual(expect.stringMatching(index));
    // The page's rows and the ones skipped before them, not every payment (a month is ~1/8 of them).
    expect(Math.max(...plan.map((n) => n['Actual Rows'] ?? 0))).toBeLessThanOrEqual(200);
  });

  it('payments: the page and total equal a recount, and the total follows a payment written behind the api', async () => {
    const recount = async () => (await t.query<{ n: number }>(`SELECT count(*)::int n FROM payment`))[0]!.n;
    const page = await payments.list({ projectIds: null, skip: 0, take: 5 });
    const expected = await t.query<{ id: string }>(`SELECT id FROM payment ORDER BY "paidOn" DESC, "createdAt" DESC, id DESC LIMIT 5`);
    expect(page.items.map((p) => p.payment.id)).toEqual(expected.map((r) => r.id));
    expect(page.items[0]).toMatchObject({ projectCode: expect.stringMatching(/^PY\d$/), subject: null }); // cases without a subject row here
    expect(page.total).toBe(await recount());
    const [{ id }] = await t.query<{ id: string }>(`SELECT id FROM payment LIMIT 1`);
    await t.query(
      `INSERT INTO payment ("agreementId", "caseId", "projectId", kind, "amountFen", "paidOn", method, "createdBy", "reversesId", reason)
       SELECT "agreementId", "caseId", "projectId", 'reversal', 100, date '2014-01-01', 'bank_transfer', 'test', id, '退回' FROM payment WHERE id = $1`,
      [id],
    );
    const after = await payments.list({ projectIds: null, skip: 0, take: 1 });
    expect(after.total).toBe(page.total + 1);
    expect(after.items[0]!.payment).toMatchObject({ kind: 'reversal', paidOn: '2014-01-01' });
  });

  it.each([
    ["every user's, page 10", null, 'idx_import_batch_created'],
    // Here every tenth batch is the user's: walking everyone's newest first and skipping the others' is as good.
    ["one user's, page 10", 'officer', /^idx_import_batch_(user|created)$/],
  ])('import history, %s (%s): the page walks an index newest first', async (_label, who, index) => {
    const [sql, params] = imports.pageQuery(who ? officerId : null, { page: 10, pageSize: 20 }).getQueryAndParameters();
    const plan = await analyzed(sql, params);
    expect(plan.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
    expect(plan.map((n) => n['Index Name'])).toContainEqual(expect.stringMatching(index));
    // An incremental sort only orders the rows of one instant by id.
    for (const sort of plan.filter((n) => n['Node Type'] === 'Sort')) expect(sort['Actual Rows']).toBeLessThanOrEqual(20);
    expect(Math.max(...plan.map((n) => n['Actual Rows'] ?? 0))).toBeLessThanOrEqual(200);
    const page = await imports.findPage(who ? officerId : null, { page: 1, pageSize: 20 });
    expect(page.total).toBe(who ? ROWS / 10 : ROWS);
  });
});
