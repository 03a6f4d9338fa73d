import { makeHousehold, makeParcel, makeProject } from '../support/factories.js';
import { advanceCase } from '../support/money.js';
import { settleThroughStatement } from '../support/settlement.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

const STALE = '该记录已被他人修改，请刷新后重试';
const LINE = ['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled'];

describe('land: editing projects and parcels (e2e)', () => {
  let t: TestApp;
  let officer: Http;
  let company: Http;

  const project = async (code: string, overrides: Record<string, unknown> = {}) =>
    (await t.http().post('/api/projects').send(makeProject({ code, plannedStartOn: '2013-03-01', plannedEndOn: '2013-12-31', ...overrides })).expect(201)).body;
  const parcel = async (projectCode: string, code: string, overrides: Record<string, unknown> = {}) =>
    (await t.http().post(`/api/projects/${projectCode}/parcels`).send(makeParcel({ code, ...overrides })).expect(201)).body;
  /** A household on the parcel with its case moved along the line to `status`. */
  const caseAt = async (projectCode: string, parcelCode: string, status: string) => {
    const h = (await t.http().post('/api/households').send(makeHousehold({ projectCode, parcelCode })).expect(201)).body;
    await advanceCase(t.http(), projectCode, h.caseId, LINE.slice(1, LINE.indexOf(status) + 1));
    return h as { id: string; caseId: string };
  };
  const auditRows = (action: string, entityId: string) =>
    t.query<{ changes: Array<{ before: unknown; after: unknown }>; statusCode: number }>(
      'SELECT changes, "statusCode" FROM audit_log WHERE action = $1 AND "entityId" = $2 ORDER BY id',
      [action, entityId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    await project('ED1', { name: '编辑测试一' });
    await project('ED2', { name: '编辑测试二' });
    officer = await t.loginAs({ username: 'ed-officer', roles: ['officer'], projects: ['ED1'] });
    company = await t.loginAs({ username: 'ed-company', roles: ['company'], projects: ['ED1'] });
  });
  afterAll(() => t.close());

  describe('PATCH /api/projects/:code', () => {
    it('changes the given fields, bumps the version, stores and audits the change', async () => {
      const before = await project('PE1', { name: '旧名称', zone: '两线一圈' });
      const res = await t
        .http()
        .patch('/api/projects/PE1')
        .send({ version: before.version, name: '  新名称  ', zone: null, status: 'in_progress', plannedEndOn: '2014-06-30', remarks: '调整计划' })
        .expect(200);
      expect(res.body).toMatchObject({
        code: 'PE1',
        name: '新名称',
        zone: null,
        status: 'in_progress',
        plannedStartOn: '2013-03-01',
        plannedEndOn: '2014-06-30',
        remarks: '调整计划',
        version: before.version + 1,
      });
      expect(await t.query('SELECT name, zone, status, "plannedEndOn"::text AS "end", version FROM project WHERE code = $1', ['PE1'])).toEqual([
        { name: '新名称', zone: null, status: 'in_progress', end: '2014-06-30', version: before.version + 1 },
      ]);
      const rows = await auditRows('project.update', before.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.changes[0]).toMatchObject({
        before: { name: '旧名称', zone: '两线一圈', status: 'preparing', plannedEndOn: '2013-12-31', remarks: null },
        after: { name: '新名称', zone: null, status: 'in_progress', plannedEndOn: '2014-06-30', remarks: '调整计划' },
      });
    });

    it('answers a stale version with the Chinese 409 and changes nothing', async () => {
      const p = await project('PE2', { name: '原名' });
      await t.http().patch('/api/projects/PE2').send({ version: p.version, name: '第一次修改' }).expect(200);
      const res = await t.http().patch('/api/projects/PE2').send({ version: p.version, name: '第二次修改' }).expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: STALE });
      expect(await t.query('SELECT name FROM project WHERE code = $1', ['PE2'])).toEqual([{ name: '第一次修改' }]);
    });

    it('lets only one of two concurrent edits of the same version through', async () => {
      const p = await project('PE3');
      const results = await Promise.all(['甲', '乙'].map((name) => t.http().patch('/api/projects/PE3').send({ version: p.version, name })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(results.find((r) => r.status === 409)!.body.message).toBe(STALE);
    });

    it('leaves the version alone when nothing changes', async () => {
      const p = await project('PE4', { name: '不变' });
      const res = await t.http().patch('/api/projects/PE4').send({ version: p.version, name: '不变' }).expect(200);
      expect(res.body.version).toBe(p.version);
      expect(await auditRows('project.update', p.id)).toEqual([expect.objectContaining({ changes: [] })]);
    });

    it('refuses a planned end before the (stored) planned start, next to the field', async () => {
      const p = await project('PE5');
      const res = await t.http().patch('/api/projects/PE5').send({ version: p.version, plannedEndOn: '2013-01-01' }).expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        message: '计划完成日期不能早于计划开始日期',
        details: [{ field: 'plannedEndOn', message: '计划完成日期不能早于计划开始日期' }],
      });
    });

    it.each([
      [{ code: 'PE9' }, 'code', '不允许提交字段 code'],
      [{ name: null }, 'name', expect.stringMatching(/^项目名称/)],
      [{ name: '  ' }, 'name', '项目名称不能为空'],
      [{ status: 'done' }, 'status', '项目状态的取值不在允许范围内'],
      [{ plannedStartOn: '2013/03/01' }, 'plannedStartOn', '计划开始日期必须是 YYYY-MM-DD 格式的日期'],
    ])('refuses %p with a Chinese 400 naming %s', async (body, field, message) => {
      const p = await project(`PV${Math.random().toString(36).slice(2, 8).toUpperCase()}`);
      const res = await t.http().patch(`/api/projects/${p.code}`).send({ version: p.version, ...body }).expect(400);
      expect(res.body.details).toContainEqual({ field, message });
    });

    it('needs the version', async () => {
      const p = await project('PE6');
      const res = await t.http().patch('/api/projects/PE6').send({ name: '无版本' }).expect(400);
      expect(res.body.details.length).toBeGreaterThan(0);
      for (const d of res.body.details) expect(d).toEqual({ field: 'version', message: expect.stringMatching(/^版本号/) });
      expect(await t.query('SELECT name FROM project WHERE id = $1', [p.id])).toEqual([{ name: p.name }]);
    });

    it('answers an unknown project with a Chinese 404', async () => {
      const res = await t.http().patch('/api/projects/NOPE').send({ version: 1, name: '无' }).expect(404);
      expect(res.body).toEqual({ statusCode: 404, message: '项目 NOPE 不存在' });
    });

    it('is for admins only', async () => {
      const res = await officer.patch('/api/projects/ED1').send({ version: 1, name: '经办人改名' }).expect(403);
      expect(res.body.message).toMatch(/权限/);
    });
  });

  describe('PATCH /api/projects/:code/parcels/:parcelCode', () => {
    it('lets the officer of the project change a parcel, normalising the area, and audits it', async () => {
      const p = await parcel('ED1', 'ED1-01', { area: '100' });
      const res = await officer
        .patch('/api/projects/ED1/parcels/ED1-01')
        .send({ version: p.version, village: ' 徐泾村 ', area: 2345.6, landOwnership: 'state', status: 'clearing', remarks: '边界调整' })
        .expect(200);
      expect(res.body).toEqual({
        id: p.id,
        code: 'ED1-01',
        projectCode: 'ED1',
        village: '徐泾村',
        landOwnership: 'state',
        area: '2345.60',
        status: 'clearing',
        remarks: '边界调整',
        version: p.version + 1,
      });
      const rows = await auditRows('parcel.update', p.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.changes[0]).toMatchObject({
        before: { code: 'ED1-01', village: '二联村', area: '100.00', landOwnership: 'collective', status: 'surveying', remarks: null },
        after: { code: 'ED1-01', village: '徐泾村', area: '2345.60', landOwnership: 'state', status: 'clearing', remarks: '边界调整' },
      });
    });

    it('answers a stale version with the Chinese 409 and changes nothing', async () => {
      const p = await parcel('ED1', 'ED1-02');
      await t.http().patch('/api/projects/ED1/parcels/ED1-02').send({ version: p.version, village: '新村' }).expect(200);
      const res = await officer.patch('/api/projects/ED1/parcels/ED1-02').send({ version: p.version, village: '旧版本' }).expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: STALE });
      expect(await t.query('SELECT village FROM parcel WHERE id = $1', [p.id])).toEqual([{ village: '新村' }]);
    });

    it("answers the officer with 404 for another project's parcel, as if it did not exist", async () => {
      const p = await parcel('ED2', 'ED2-01');
      const res = await officer.patch('/api/projects/ED2/parcels/ED2-01').send({ version: p.version, village: '越权' }).expect(404);
      expect(res.body).toEqual({ statusCode: 404, message: '项目 ED2 不存在' });
      expect(await t.query('SELECT village FROM parcel WHERE id = $1', [p.id])).toEqual([{ village: '二联村' }]);
    });

    it('refuses the company liaison and answers an unknown parcel with a Chinese 404', async () => {
      const p = await parcel('ED1', 'ED1-03');
      expect((await company.patch('/api/projects/ED1/parcels/ED1-03').send({ version: p.version, village: '公司' }).expect(403)).body.message).toMatch(/权限/);
      expect((await t.http().patch('/api/projects/ED1/parcels/ED1-99').send({ version: 1, village: '无' }).expect(404)).body).toEqual({
        statusCode: 404,
        message: '地块 ED1-99 不存在',
      });
    });

    it.each([
      [{ code: 'ED1-77' }, 'code', '不允许提交字段 code'],
      [{ area: '12.345' }, 'area', '地块面积必须是不小于 0 的数字，最多两位小数'],
      [{ area: null }, 'area', '地块面积必须是不小于 0 的数字，最多两位小数'],
      [{ village: '' }, 'village', '所在村不能为空'],
      [{ landOwnership: '集体' }, 'landOwnership', '土地权属只能是 collective（集体）或 state（国有）'],
    ])('refuses %p with a Chinese 400 naming %s', async (body, field, message) => {
      const p = await parcel('ED1', `ED1-V${Math.random().toString(36).slice(2, 6).toUpperCase()}`);
      const res = await t.http().patch(`/api/projects/ED1/parcels/${p.code}`).send({ version: p.version, ...body }).expect(400);
      expect(res.body.details).toContainEqual({ field, message });
    });

    it('hands a parcel over only through an accepted 移交单, never by a plain status change', async () => {
      await project('HO1');
      let p = await parcel('HO1', 'HO1-01');
      const household = await caseAt('HO1', 'HO1-01', 'vacated');
      const message = '地块移交须通过移交单办理，不能直接改为“已移交”';
      const refused = await t.http().patch('/api/projects/HO1/parcels/HO1-01').send({ version: p.version, status: 'handed_over' }).expect(422);
      expect(refused.body).toEqual({ statusCode: 422, message, details: [{ field: 'status', message }] });
      expect(await t.query('SELECT status, version FROM parcel WHERE id = $1', [p.id])).toEqual([{ status: 'surveying', version: p.version }]);

      await settleThroughStatement(t.http(), 'HO1', [household.caseId]);
      const settled = await t.http().patch('/api/projects/HO1/parcels/HO1-01').send({ version: p.version, status: 'handed_over' }).expect(422);
      expect(settled.body.message).toBe(message);
      // As an accepted 移交单 leaves it (test/e2e/company-handover.e2e-spec.ts takes that way).
      await t.query(`UPDATE parcel SET status = 'handed_over', version = version + 1 WHERE id = $1`, [p.id]);
      p = (await t.http().get('/api/projects/HO1/parcels').expect(200)).body.items.find((x: { code: string }) => x.code === 'HO1-01');
      expect(p.status).toBe('handed_over');

      // Handed over, the land is fixed; its remarks are not.
      const area = await t.http().patch('/api/projects/HO1/parcels/HO1-01').send({ version: p.version, area: '1.00' }).expect(422);
      expect(area.body).toEqual({
        statusCode: 422,
        message: '地块已处于“已移交”状态，所在村、土地权属和面积不能再修改',
        details: [{ field: 'area', message: '地块已处于“已移交”状态，所在村、土地权属和面积不能再修改' }],
      });
      p = (await t.http().patch('/api/projects/HO1/parcels/HO1-01').send({ version: p.version, remarks: '已移交西虹桥公司' }).expect(200)).body;

      // Once a case went with the parcel, the parcel stays handed over.
      await t.query(`UPDATE case_file SET status = 'handed_over' WHERE id = $1`, [household.caseId]);
      const back = await t.http().patch('/api/projects/HO1/parcels/HO1-01').send({ version: p.version, status: 'cleared' }).expect(422);
      expect(back.body.message).toBe('地块上已有 1 件案件随地块移交，不能撤销“已移交”');
      expect(await t.query('SELECT status, area, remarks FROM parcel WHERE id = $1', [p.id])).toEqual([
        { status: 'handed_over', area: '12500.50', remarks: '已移交西虹桥公司' },
      ]);
    });
  });
});
