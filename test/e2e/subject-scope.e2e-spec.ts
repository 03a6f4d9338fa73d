import { makeEnterprise, makeFacility, makeHousehold, makeLegacyBase, makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

/** The four kinds of subject: their route, factory and "not found" message. */
const KINDS = [
  { path: 'households', make: makeHousehold, notFound: '该户不存在', entityType: 'household' },
  { path: 'enterprises', make: makeEnterprise, notFound: '该企业不存在', entityType: 'enterprise' },
  { path: 'facilities', make: makeFacility, notFound: '该市政设施不存在', entityType: 'facility' },
  { path: 'legacy-bases', make: makeLegacyBase, notFound: '该遗留基地不存在', entityType: 'legacy_base' },
] as const;
type Kind = (typeof KINDS)[number];

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const inA = { projectCode: 'GJ17', parcelCode: 'GJ17-01' };
const inB = { projectCode: 'SYQH', parcelCode: 'SYQH-01' };

describe('project scope of subjects (e2e)', () => {
  let t: TestApp;
  let officer: Http;
  let company: Http;
  let leader: Http;
  let finance: Http;
  let unassigned: Http;
  /** One object of each kind in each project, created by the admin. */
  const made: Record<string, { a: { id: string; code: string }; b: { id: string; code: string } }> = {};
  const count = async (table: string) => Number((await t.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    for (const [code, name] of [
      ['GJ17', '轨交17号线'],
      ['SYQH', '石油期货交易中心'],
    ]) {
      await t.http().post('/api/projects').send(makeProject({ code, name })).expect(201);
      await t.http().post(`/api/projects/${code}/parcels`).send(makeParcel({ code: `${code}-01` })).expect(201);
    }
    for (const kind of KINDS) {
      const a = (await t.http().post(`/api/${kind.path}`).send(kind.make(inA)).expect(201)).body;
      const b = (await t.http().post(`/api/${kind.path}`).send(kind.make(inB)).expect(201)).body;
      made[kind.path] = { a, b };
    }
    officer = await t.loginAs({ username: 'scope-officer', roles: ['officer'], projects: ['GJ17'] });
    company = await t.loginAs({ username: 'scope-company', roles: ['company'], projects: ['GJ17'] });
    leader = await t.loginAs({ username: 'scope-leader', roles: ['leader'] });
    finance = await t.loginAs({ username: 'scope-finance', roles: ['finance'] });
    unassigned = await t.loginAs({ username: 'scope-nobody', roles: ['officer'] });
  });
  afterAll(() => t.close());

  const codes = (body: { items: Array<{ code: string; projectCode: string }> }) => body.items.map((i) => i.code).sort();

  describe.each(KINDS.map((k) => [k.path, k] as [string, Kind]))('/api/%s', (path, kind) => {
    const mine = () => made[path]!.a;
    const theirs = () => made[path]!.b;

    it('lists only the officer’s projects; filtering by another project gives an empty list', async () => {
      const all = await officer.get(`/api/${path}?pageSize=100`).expect(200);
      expect(all.body.items.every((i: { projectCode: string }) => i.projectCode === 'GJ17')).toBe(true);
      expect(codes(all.body)).toContain(mine().code);
      expect(codes(all.body)).not.toContain(theirs().code);
      const other = await officer.get(`/api/${path}?project=SYQH`).expect(200);
      expect(other.body).toMatchObject({ items: [], total: 0 });
      expect((await unassigned.get(`/api/${path}`).expect(200)).body).toMatchObject({ items: [], total: 0 });
    });

    it('answers GET and PATCH of another project’s object 404, exactly as for an unknown id, changing nothing', async () => {
      const unknown = await officer.get(`/api/${path}/${UNKNOWN_ID}`).expect(404);
      expect(unknown.body).toEqual({ statusCode: 404, message: kind.notFound });
      expect((await officer.get(`/api/${path}/${theirs().id}`).expect(404)).body).toEqual(unknown.body);
      const patchUnknown = await officer.patch(`/api/${path}/${UNKNOWN_ID}`).send({ version: 1, remarks: '越权修改' }).expect(404);
      const patch = await officer.patch(`/api/${path}/${theirs().id}`).send({ version: 1, remarks: '越权修改' }).expect(404);
      expect(patch.body).toEqual(patchUnknown.body);
      expect((await t.http().get(`/api/${path}/${theirs().id}`).expect(200)).body).toMatchObject({ remarks: null, version: 1 });
    });

    it('lets the officer read and change objects of their own project', async () => {
      await officer.get(`/api/${path}/${mine().id}`).expect(200);
      const res = await officer.patch(`/api/${path}/${mine().id}`).send({ version: 1, remarks: '本项目修改' }).expect(200);
      expect(res.body).toMatchObject({ remarks: '本项目修改', version: 2 });
      // Reset for the other roles' checks.
      await officer.patch(`/api/${path}/${mine().id}`).send({ version: 2, remarks: null }).expect(200);
    });

    it('answers a create in another project 422 exactly like an unknown project, creating nothing', async () => {
      const table = { households: 'household', enterprises: 'enterprise', facilities: 'municipal_facility', 'legacy-bases': 'legacy_base' }[path]!;
      const before = await count(table);
      const unknown = await officer.post(`/api/${path}`).send(kind.make({ projectCode: 'NOPE', parcelCode: 'NOPE-01' })).expect(422);
      expect(unknown.body).toEqual({ statusCode: 422, message: '项目 NOPE 不存在' });
      const other = await officer.post(`/api/${path}`).send(kind.make(inB)).expect(422);
      expect(other.body).toEqual({ statusCode: 422, message: '项目 SYQH 不存在' });
      // Even a parcel that does not exist there says nothing more about the project.
      const wrongParcel = await officer.post(`/api/${path}`).send(kind.make({ projectCode: 'SYQH', parcelCode: 'NOPE-01' })).expect(422);
      expect(wrongParcel.body).toEqual(other.body);
      expect(await count(table)).toBe(before);
      await officer.post(`/api/${path}`).send(kind.make(inA)).expect(201);
    });

    it('scopes the company’s liaison the same way, and never lets it write', async () => {
      const all = await company.get(`/api/${path}?pageSize=100`).expect(200);
      expect(codes(all.body)).toContain(mine().code);
      expect(codes(all.body)).not.toContain(theirs().code);
      await company.get(`/api/${path}/${mine().id}`).expect(200);
      expect((await company.get(`/api/${path}/${theirs().id}`).expect(404)).body).toEqual({ statusCode: 404, message: kind.notFound });
      await company.post(`/api/${path}`).send(kind.make(inA)).expect(403);
      await company.patch(`/api/${path}/${mine().id}`).send({ version: 1, remarks: '公司修改' }).expect(403);
    });

    it('lets leader and finance read every project but write nothing', async () => {
      for (const reader of [leader, finance]) {
        const all = await reader.get(`/api/${path}?pageSize=100`).expect(200);
        expect(codes(all.body)).toEqual(expect.arrayContaining([mine().code, theirs().code]));
        await reader.get(`/api/${path}/${theirs().id}`).expect(200);
        expect((await reader.get(`/api/${path}?project=SYQH`).expect(200)).body.total).toBeGreaterThanOrEqual(1);
        await reader.post(`/api/${path}`).send(kind.make(inA)).expect(403);
        await reader.patch(`/api/${path}/${mine().id}`).send({ version: 1, remarks: '领导修改' }).expect(403);
      }
    });

    it('notes every write for the audit trail with its entity type and project', async () => {
      const created = (await officer.post(`/api/${path}`).send(kind.make(inA)).expect(201)).body;
      await officer.patch(`/api/${path}/${created.id}`).send({ version: 1, remarks: '审计' }).expect(200);
      const rows = await t.query<{ action: string; entityType: string; changes: Array<{ before: unknown; after: Record<string, unknown> }> }>(
        `SELECT action, "entityType", changes FROM audit_log WHERE "entityId" = $1 ORDER BY id`,
        [created.id],
      );
      expect(rows.map((r) => [r.action, r.entityType])).toEqual([
        [`${kind.entityType}.create`, kind.entityType],
        [`${kind.entityType}.update`, kind.entityType],
      ]);
      expect(rows[0]!.changes[0]!.after).toMatchObject({ projectCode: 'GJ17', parcelCode: 'GJ17-01', code: created.code });
      expect(rows[1]!.changes[0]).toMatchObject({ before: { remarks: null }, after: { remarks: '审计' } });
    });
  });

  it('masks households for the company’s liaison, who can never unmask', async () => {
    const detail = await company.get(`/api/households/${made.households!.a.id}`).expect(200);
    expect(detail.body.headIdNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(detail.body.phone).toBe('138****5678');
    await company.post(`/api/households/${made.households!.a.id}/unmask`).send({ reason: '核对' }).expect(403);
  });
});
