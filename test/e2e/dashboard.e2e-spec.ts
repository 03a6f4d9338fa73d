import { makeEnterprise, makeHousehold, makeParcel } from '../support/factories.js';
import { settledCaseOn } from '../support/handover.js';
import { advanceCase, projectWithScheme } from '../support/money.js';
import { signedSwapHouseholds } from '../support/choosing.js';
import { payInFull } from '../support/settlement.js';
import { jest } from '@jest/globals';
import { DashboardRepository } from '@app/targets';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

interface Drill {
  list: string;
  project: string;
  parcel?: string;
  status?: string;
  reached?: string;
  resettlement?: string;
}
interface Count {
  count: number;
  drill: Drill;
}
interface Figures {
  code: string;
  subjects: Array<{ kind: string; label: string; total: Count; byStatus: Array<Count & { status: string; label: string }> }>;
  funnel: Array<Count & { status: string; label: string }>;
  signing: { count: number; of: number; rate: number | null; drill: Drill };
  vacating: { count: number; of: number; rate: number | null; drill: Drill };
  money: { agreements: number; agreed: string; paid: string; paidRate: number | null; settled: string | null; received: string | null; receivedRate: number | null };
  area: { parcels: number; handedOverParcels: number; totalArea: string; handedOverArea: string; rate: number | null };
  transitional: Count;
}

const yuan = (fen: string | number | bigint) => {
  const f = BigInt(fen);
  return `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;
};

describe('dashboards: project progress (e2e)', () => {
  let t: TestApp;
  let a: { code: string; parcel: string };
  let b: { code: string; parcel: string };
  let company: Http;
  let leader: Http;

  beforeAll(async () => {
    t = await createTestApp();
    a = await projectWithScheme(t.http());
    b = await projectWithScheme(t.http());
    const second = makeParcel({ code: `${a.code}-02`, area: '3000.25' });
    await t.http().post(`/api/projects/${a.code}/parcels`).send(second).expect(201);
    const a2 = { code: a.code, parcel: second.code as string };
    // Project A: households at every step, an enterprise, a transitional swap household, money paid and settled.
    for (const [where, statuses] of [
      [a, []],
      [a, ['surveyed']],
      [a, ['surveyed', 'confirmed']],
      [a, ['surveyed', 'confirmed', 'signed']],
      [a2, ['surveyed', 'confirmed', 'signed', 'vacated']],
      [a2, []],
    ] as const) {
      const created = await t.http().post('/api/households').send(makeHousehold({ projectCode: where.code, parcelCode: where.parcel })).expect(201);
      await advanceCase(t.http(), where.code, created.body.caseId, statuses);
    }
    await settledCaseOn(t.http(), a2);
    const [swap] = await signedSwapHouseholds(t.http(), a, 1);
    await t.http().post(`/api/cases/${swap!.caseId}/transitions`).send({ to: 'vacated' }).expect(200);
    const partly = await t.http().post('/api/households').send(makeHousehold({ projectCode: a.code, parcelCode: a.parcel })).expect(201);
    await advanceCase(t.http(), a.code, partly.body.caseId, ['surveyed', 'confirmed', 'signed']);
    await payInFull(t.http(), partly.body.caseId);
    await t.http().post('/api/enterprises').send(makeEnterprise({ projectCode: a.code, parcelCode: a.parcel })).expect(201);
    // Project B: one household only (out of the company liaison's scope).
    await t.http().post('/api/households').send(makeHousehold({ projectCode: b.code, parcelCode: b.parcel })).expect(201);
    company = await t.loginAs({ username: 'dash-company', roles: ['company'], projects: [a.code] });
    leader = await t.loginAs({ username: 'dash-leader', roles: ['leader'] });
  }, 240_000);
  afterAll(() => t.close());

  /** The same figures recounted from the records themselves (cases, agreements, statements, receipts, tracks, parcels). */
  async function recount(projectCode: string, parcelCode?: string) {
    const where = `p.code = $1 AND ($2::text IS NULL OR pc.code = $2)`;
    const params = [projectCode, parcelCode ?? null];
    const [cases] = await t.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE c."subjectType" = 'household')::int AS households,
              count(*) FILTER (WHERE c."subjectType" = 'household' AND c.status <> 'surveying')::int AS surveyed,
              count(*) FILTER (WHERE c."subjectType" = 'household' AND c.status IN ('confirmed', 'signed', 'vacated', 'settled', 'handed_over'))::int AS confirmed,
              count(*) FILTER (WHERE c."subjectType" = 'household' AND c.status IN ('signed', 'vacated', 'settled', 'handed_over'))::int AS signed,
              count(*) FILTER (WHERE c."subjectType" = 'household' AND c.status IN ('vacated', 'settled', 'handed_over'))::int AS vacated,
              count(*) FILTER (WHERE c."subjectType" = 'household' AND c.status IN ('settled', 'handed_over'))::int AS settled,
              count(*) FILTER (WHERE c."subjectType" = 'household' AND c.status = 'handed_over')::int AS handed_over,
              count(*) FILTER (WHERE c."subjectType" = 'enterprise')::int AS enterprises
         FROM case_file c JOIN project p ON p.id = c."projectId" JOIN parcel pc ON pc.id = c."parcelId" WHERE ${where}`,
      params,
    );
    const [money] = await t.query<{ n: number; agreed: string; paid: string }>(
      `SELECT count(*)::int AS n, COALESCE(sum(a."agreedFen"), 0)::text AS agreed, COALESCE(sum(a."paidFen"), 0)::text AS paid
         FROM agreement a JOIN case_file c ON c.id = a."caseId" JOIN project p ON p.id = a."projectId" JOIN parcel pc ON pc.id = c."parcelId"
        WHERE a.status = 'signed' AND ${where}`,
      params,
    );
    const [transitional] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM resettlement_track r JOIN case_file c ON c.id = r."caseId" JOIN project p ON p.id = c."projectId" JOIN parcel pc ON pc.id = c."parcelId"
        WHERE r.track = 'transitional' AND ${where}`,
      params,
    );
    const [company] = await t.query<{ settled: string; received: string }>(
      `SELECT (SELECT COALESCE(sum(l."totalFen"), 0) FROM settlement_line l WHERE l."projectId" = p.id AND l.status = 'confirmed')::text AS settled,
              (SELECT COALESCE(sum(r."amountFen"), 0) FROM settlement_receipt r WHERE r."projectId" = p.id)::text AS received
         FROM project p WHERE p.code = $1`,
      [projectCode],
    );
    const [area] = await t.query<{ total: string; handed: string; parcels: number }>(
      `SELECT sum(pc.area)::numeric(16, 2)::text AS total, COALESCE(sum(pc.area) FILTER (WHERE pc.status = 'handed_over'), 0)::numeric(16, 2)::text AS handed, count(*)::int AS parcels
         FROM parcel pc JOIN project p ON p.id = pc."projectId" WHERE ${where}`,
      params,
    );
    return { cases: cases!, money: money!, transitional: transitional!.n, company: company!, area: area! };
  }

  function expectFiguresEqual(figures: Figures, r: Awaited<ReturnType<typeof recount>>, byParcel: boolean) {
    expect(figures.funnel.map((s) => [s.status, s.count])).toEqual(['surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'].map((s) => [s, r.cases[s]]));
    expect(figures.signing).toMatchObject({ count: r.cases.signed, of: r.cases.households });
    expect(figures.vacating).toMatchObject({ count: r.cases.vacated, of: r.cases.households });
    // A parcel lists only the kinds and statuses it has; a project all of them.
    expect(figures.subjects.find((k) => k.kind === 'enterprise')?.total.count ?? 0).toBe(r.cases.enterprises);
    if (byParcel) for (const k of figures.subjects) expect([k.kind, k.total.count > 0, k.byStatus.every((s) => s.count > 0)]).toEqual([k.kind, true, true]);
    else expect(figures.subjects.map((k) => k.byStatus.length)).toEqual([7, 7, 7, 7]);
    expect(figures.money).toMatchObject({ agreements: r.money.n, agreed: yuan(r.money.agreed), paid: yuan(r.money.paid) });
    if (byParcel) expect(figures.money).toMatchObject({ settled: null, received: null });
    else expect(figures.money).toMatchObject({ settled: yuan(r.company.settled), received: yuan(r.company.received) });
    expect(figures.transitional.count).toBe(r.transitional);
    expect(figures.area).toMatchObject({ parcels: r.area.parcels, totalArea: r.area.total, handedOverArea: r.area.handed });
  }

  it('answers per project the figures a recount of the records gives, each rate from its own counts', async () => {
    const res = await leader.get('/api/dashboard/overview').expect(200);
    expect(res.body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    const codes = (res.body.projects as Figures[]).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining([a.code, b.code]));
    for (const code of [a.code, b.code]) {
      const figures = (res.body.projects as Figures[]).find((p) => p.code === code)!;
      expectFiguresEqual(figures, await recount(code), false);
    }
    const pa = (res.body.projects as Figures[]).find((p) => p.code === a.code)!;
    // Crafted: 9 households in A — 2 at 摸底中, one at each further step, the swap household vacated, the settled one.
    expect(pa.funnel.map((s) => s.count)).toEqual([7, 6, 5, 3, 1, 0]);
    expect(pa.signing).toMatchObject({ count: 5, of: 9, rate: 0.5556 });
    expect(pa.vacating).toMatchObject({ count: 3, of: 9, rate: 0.3333 });
    expect(pa.transitional.count).toBe(1);
    expect(pa.money.paidRate).not.toBeNull();
    expect(pa.money.received).toBe(pa.money.settled);
    expect(pa.money.receivedRate).toBe(1);
    expect(pa.area).toMatchObject({ parcels: 2, handedOverParcels: 0, totalArea: '15500.75', handedOverArea: '0.00', rate: 0 });
  });

  it('every figure opens exactly the cases behind it through the list routes’ own filters', async () => {
    const pa = ((await leader.get('/api/dashboard/overview').expect(200)).body.projects as Figures[]).find((p) => p.code === a.code)!;
    const total = async (d: Drill) => {
      const { list, ...filters } = d;
      const res = await leader.get(`/api/${list}`).query({ ...filters, pageSize: 200 }).expect(200);
      return res.body.total as number;
    };
    for (const step of pa.funnel) {
      expect(step.drill).toEqual({ list: 'households', project: a.code, reached: step.status });
      expect([step.status, await total(step.drill)]).toEqual([step.status, step.count]);
    }
    expect(await total(pa.signing.drill)).toBe(pa.signing.count);
    expect(await total(pa.vacating.drill)).toBe(pa.vacating.count);
    expect(pa.transitional.drill).toEqual({ list: 'households', project: a.code, resettlement: 'transitional' });
    expect(await total(pa.transitional.drill)).toBe(1);
    for (const kind of pa.subjects) {
      expect(await total(kind.total.drill)).toBe(kind.total.count);
      for (const s of kind.byStatus.filter((x) => x.count > 0)) expect(await total(s.drill)).toBe(s.count);
    }
    expect(pa.subjects.find((k) => k.kind === 'enterprise')!.total.drill).toEqual({ list: 'enterprises', project: a.code });
  });

  it('the new list filters are checked and keep the old ones working', async () => {
    const bad = await leader.get('/api/households?reached=done').expect(400);
    expect(bad.body.message).toBe('案件进度：该状态及以后的取值不在允许范围内');
    const gone = await leader.get('/api/households?resettlement=gone').expect(400);
    expect(gone.body.message).toBe('过渡安置状态的取值不在允许范围内');
    const signedOnly = await leader.get(`/api/households?project=${a.code}&status=signed`).expect(200);
    const both = await leader.get(`/api/households?project=${a.code}&status=signed&reached=vacated`).expect(200);
    expect(signedOnly.body.total).toBe(2);
    expect(both.body.total).toBe(0);
  });

  it('per parcel of one project, each parcel as recounted', async () => {
    const res = await leader.get(`/api/dashboard/projects/${a.code}`).expect(200);
    expectFiguresEqual(res.body.project, await recount(a.code), false);
    expect(res.body.parcels.map((p: { code: string }) => p.code)).toEqual([a.parcel, `${a.code}-02`]);
    for (const parcel of res.body.parcels as Array<Figures & { village: string; statusLabel: string }>) {
      expectFiguresEqual(parcel, await recount(a.code, parcel.code), true);
      expect(parcel.funnel[0]!.drill).toEqual({ list: 'households', project: a.code, parcel: parcel.code, reached: 'surveyed' });
      expect(parcel).toMatchObject({ village: '二联村', statusLabel: expect.any(String) });
    }
    const second = (res.body.parcels as Figures[])[1]!;
    expect(second.funnel.map((s) => s.count)).toEqual([2, 2, 2, 2, 1, 0]);
    await leader.get('/api/dashboard/projects/NOPE').expect(404);
  });

  it('a company liaison sees only its projects; another project is as if it did not exist', async () => {
    const res = await company.get('/api/dashboard/overview').expect(200);
    expect((res.body.projects as Figures[]).map((p) => p.code)).toEqual([a.code]);
    const mine = (res.body.projects as Figures[])[0]!;
    expectFiguresEqual(mine, await recount(a.code), false);
    await company.get(`/api/dashboard/projects/${a.code}`).expect(200);
    const other = await company.get(`/api/dashboard/projects/${b.code}`).expect(404);
    expect(other.body).toEqual({ statusCode: 404, message: '项目不存在' });
    const officer = await t.loginAs({ username: 'dash-officer', roles: ['officer'], projects: [] });
    expect((await officer.get('/api/dashboard/overview').expect(200)).body.projects).toEqual([]);
    await t.anon().get('/api/dashboard/overview').expect(401);
  });

  it('serves an answer again only while nothing has committed since it was computed; any write shows at once, by the api or not', async () => {
    const repository = t.app.get(DashboardRepository);
    const figures = jest.spyOn(repository, 'figures');
    const households = async (path: string, project: string) => {
      const body = (await leader.get(path).expect(200)).body as { projects?: Figures[]; project?: Figures };
      const figures = body.project ?? body.projects!.find((p) => p.code === project)!;
      return figures.signing.of;
    };
    try {
      // The database's snapshot is the whole cluster's: the other test files' commits change it at any moment, so the
      // reads here see a snapshot of the test's choosing (the figures themselves are read for real).
      let snapshot = 'quiet-1';
      const realCurrent = DashboardRepository.prototype.current.bind(repository);
      const realFigures = DashboardRepository.prototype.figures.bind(repository);
      const current = jest.spyOn(repository, 'current').mockImplementation(async (code) => ({ ...(await realCurrent(code)), snapshot }));
      figures.mockImplementation(async (grouping) => ({ ...(await realFigures(grouping)), snapshot }));
      const overview = async () => (await leader.get('/api/dashboard/overview').expect(200)).body as { asOf: string; projects: Figures[] };
      // Three reads in one snapshot: computed once, the same answer each time.
      const first = [await overview(), await overview(), await overview()];
      expect(figures).toHaveBeenCalledTimes(1);
      expect(first[1]!.projects).toEqual(first[0]!.projects);
      expect(first[2]!.projects).toEqual(first[0]!.projects);
      // Another snapshot (a commit, anywhere): computed again, once, then served again.
      snapshot = 'quiet-2';
      await overview();
      await overview();
      expect(figures).toHaveBeenCalledTimes(2);
      // One project's answer is kept apart from the overview's.
      await leader.get(`/api/dashboard/projects/${a.code}`).expect(200);
      await leader.get(`/api/dashboard/projects/${a.code}`).expect(200);
      expect(figures).toHaveBeenCalledTimes(3);
      current.mockRestore();
      figures.mockRestore();

      const was = await households('/api/dashboard/overview', a.code);
      const wasProject = await households(`/api/dashboard/projects/${a.code}`, a.code);
      // A case written behind the api's back (its summary kept by the trigger) is counted by the very next read.
      const [row] = await t.query<{ id: string }>(
        `INSERT INTO case_file (id, version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus")
         SELECT gen_random_uuid(), 1, 'household', gen_random_uuid(), p.id, pc.id, 'surveying', 'none' FROM project p JOIN parcel pc ON pc."projectId" = p.id
          WHERE p.code = $1 AND pc.code = $2 RETURNING id`,
        [a.code, a.parcel],
      );
      expect(await households('/api/dashboard/overview', a.code)).toBe(was + 1);
      expect(await households(`/api/dashboard/projects/${a.code}`, a.code)).toBe(wasProject + 1);
      await t.query(`DELETE FROM case_file WHERE id = $1`, [row!.id]);
      expect(await households('/api/dashboard/overview', a.code)).toBe(was);
      // And one through the api.
      await t.http().post('/api/households').send(makeHousehold({ projectCode: a.code, parcelCode: a.parcel })).expect(201);
      expect(await households('/api/dashboard/overview', a.code)).toBe(was + 1);
      expect(await households(`/api/dashboard/projects/${a.code}`, a.code)).toBe(wasProject + 1);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
