import ExcelJS from 'exceljs';
import { encryptField } from '@app/platform';
import { AuditLogRepository } from '../../libs/audit/src/audit-log/audit-log.repository.js';
import { HouseholdRepository } from '../../libs/subjects/src/household/household.repository.js';
import { makeHousehold, makeIdNumber, makeParcel, makeProject } from '../support/factories.js';
import { LEDGER_HEADERS } from '../support/household-ledger.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
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
          row(`LI-${String(++importNo).padStart(3, '0')}`, pick(p.parcels), pick(['赵国华', '王芳'])),
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
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

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

  it.each([
    ['default order (code), first page', page({}), 'uq_household_project_code'],
    ['default order, page 5', page({ page: 5 }), 'uq_household_project_code'],
    ['descending code', page({ sort: '-code' }), 'uq_household_project_code'],
    ['by head name, descending', page({ sort: '-headName' }), 'idx_household_project_head_name'],
    ['by last change', page({ sort: 'updatedAt' }), 'idx_household_project_updated'],
    ['one project', page({ project: 'PX2' }), 'uq_household_project_code'],
    // A parcel is a fifth of its project here: walking the project's code order and skipping other parcels' rows is as good.
    ['a parcel', page({ parcel: 'PX1-03' }), /^(idx_household_parcel|uq_household_project_code)$/],
    ['a village', page({ village: '金联村' }), 'idx_household_project_village'],
    ['a case status', page({ status: 'signed' }), 'uq_household_project_code'],
  ])('%s (%j) walks %s in order — no sort of the whole scope, no scan of the table', async (_label, query, index) => {
    const [sql, params] = repo.pageQuery(query as never, scope);
    const all = await plan(sql, params);
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'household')).toEqual([]);
    const used = all.map((n) => n['Index Name']).filter(Boolean);
    if (index instanceof RegExp) expect(used.some((name) => index.test(name!))).toBe(true);
    else expect(used).toContain(index);
    // The only sort merges the projects' first rows: at most (skip + take) rows from each project.
    const q = query as { page: number; pageSize: number };
    for (const sort of all.filter((n) => n['Node Type'] === 'Sort' || n['Node Type'] === 'Incremental Sort'))
      expect(sort['Plan Rows']).toBeLessThanOrEqual(2 * q.page * q.pageSize);
  });

  it('a keyset page (after=) starts in the index at the cursor', async () => {
    const first = await repo.findPage(page({}) as never, scope);
    expect(first.items).toHaveLength(20);
    const [sql, params] = repo.pageQuery(page({ after: first.next! }) as never, scope);
    const all = await plan(sql, params);
    expect(all.map((n) => n['Index Name'])).toContain('uq_household_project_code');
    for (const sort of all.filter((n) => n['Node Type'] === 'Sort')) expect(sort['Plan Rows']).toBeLessThanOrEqual(40);
    const second = await repo.findPage(page({ after: first.next! }) as never, scope);
    const byNumber = await repo.findPage(page({ page: 2 }) as never, scope);
    expect(second.items.map((i) => i.id)).toEqual(byNumber.items.map((i) => i.id));
  });

  it('a name fragment of three characters or more finds its rows through the trigram index', async () => {
    const [sql, params] = repo.pageQuery(page({ q: '张建国1' }) as never, scope);
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
