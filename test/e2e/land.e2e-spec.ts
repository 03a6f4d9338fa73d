import { createTestApp, type TestApp } from '../support/test-app.js';

/** A valid project body; tests override what they are about. */
function projectBody(overrides: Record<string, unknown> = {}) {
  return { code: 'GJ17', name: '轨交17号线', zone: '两线一圈', plannedStartOn: '2013-03-01', plannedEndOn: '2013-12-31', ...overrides };
}

/** A valid parcel body; tests override what they are about. */
function parcelBody(overrides: Record<string, unknown> = {}) {
  return { code: 'GJ17-01', village: '二联村', landOwnership: 'collective', area: '12500.50', ...overrides };
}

describe('land: projects and parcels (e2e)', () => {
  let t: TestApp;
  const countProjects = async (code?: string) =>
    Number(
      (
        await t.query<{ n: string }>(
          code ? 'SELECT count(*) AS n FROM project WHERE code = $1' : 'SELECT count(*) AS n FROM project',
          code ? [code] : [],
        )
      )[0]!.n,
    );
  const countParcels = async () => Number((await t.query<{ n: string }>('SELECT count(*) AS n FROM parcel'))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('POST /api/projects', () => {
    it('creates a project (201) with defaults and stores it', async () => {
      const res = await t
        .http()
        .post('/api/projects')
        .send(projectBody({ name: '  轨交17号线  ' }))
        .expect(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        code: 'GJ17',
        name: '轨交17号线',
        zone: '两线一圈',
        acquirer: '西虹桥公司',
        status: 'preparing',
        plannedStartOn: '2013-03-01',
        plannedEndOn: '2013-12-31',
        remarks: null,
        version: 1,
      });
      const rows = await t.query('SELECT code, name, acquirer, status, "plannedStartOn"::text AS start FROM project WHERE id = $1', [
        res.body.id,
      ]);
      expect(rows).toEqual([{ code: 'GJ17', name: '轨交17号线', acquirer: '西虹桥公司', status: 'preparing', start: '2013-03-01' }]);
    });

    it('keeps an explicit acquirer and status, and accepts a project without dates', async () => {
      const res = await t
        .http()
        .post('/api/projects')
        .send({ code: 'SY-QH', name: '石油期货交易中心', acquirer: '青浦区土地储备中心', status: 'in_progress' })
        .expect(201);
      expect(res.body).toMatchObject({
        acquirer: '青浦区土地储备中心',
        status: 'in_progress',
        zone: null,
        plannedStartOn: null,
        plannedEndOn: null,
      });
    });

    it('refuses a duplicate code with a Chinese 409 and stores nothing more', async () => {
      await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'DUP1' }))
        .expect(201);
      const res = await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'DUP1', name: '另一个项目' }))
        .expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: '项目编号 DUP1 已存在' });
      expect(await countProjects('DUP1')).toBe(1);
    });

    it('refuses two concurrent creations of the same code: one 201, one 409', async () => {
      const results = await Promise.all(
        [0, 1].map(() =>
          t
            .http()
            .post('/api/projects')
            .send(projectBody({ code: 'RACE1' })),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.status === 409)!.body.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await countProjects('RACE1')).toBe(1);
    });

    it.each([['gj17'], ['G'], ['GJ 17'], ['-GJ17'], ['项目一'], ['A'.repeat(21)]])(
      'refuses the code %p with a 400 naming 项目编号',
      async (code) => {
        const res = await t.http().post('/api/projects').send(projectBody({ code })).expect(400);
        expect(res.body.statusCode).toBe(400);
        expect(res.body.details).toEqual([{ field: 'code', message: '项目编号只能包含大写字母、数字和连字符，2 至 20 位' }]);
        expect(res.body.message).toContain('项目编号');
      },
    );

    it('refuses a missing code and name with Chinese details for both', async () => {
      const res = await t.http().post('/api/projects').send({}).expect(400);
      const fields = res.body.details.map((d: { field: string }) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['code', 'name']));
      expect(res.body.details.find((d: { field: string }) => d.field === 'name').message).toMatch(/^项目名称/);
    });

    it('refuses a blank name and a blank acquirer', async () => {
      const name = await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'BLANK1', name: '   ' }))
        .expect(400);
      expect(name.body.details).toEqual([{ field: 'name', message: '项目名称不能为空' }]);
      const acquirer = await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'BLANK2', acquirer: '' }))
        .expect(400);
      expect(acquirer.body.details[0]).toMatchObject({ field: 'acquirer', message: expect.stringMatching(/^收储单位/) });
      expect(await countProjects('BLANK1')).toBe(0);
      expect(await countProjects('BLANK2')).toBe(0);
    });

    it('refuses an unknown status with a Chinese message', async () => {
      const res = await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'ST1', status: 'done' }))
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'status', message: '项目状态的取值不在允许范围内' }]);
    });

    it.each([
      ['id', { id: '00000000-0000-4000-8000-000000000000' }],
      ['status2', { status2: 'completed' }],
      ['version', { version: 7 }],
      ['createdAt', { createdAt: '2000-01-01T00:00:00Z' }],
    ])('refuses the undeclared field %s with a 400 and creates nothing', async (field, extra) => {
      const before = await countProjects();
      const res = await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'EXTRA1', ...extra }))
        .expect(400);
      expect(res.body.details).toEqual([{ field, message: `不允许提交字段 ${field}` }]);
      expect(await countProjects()).toBe(before);
    });

    it.each(['__proto__', 'constructor'])('refuses a body carrying %s with a 400 and creates nothing', async (field) => {
      const before = await countProjects();
      const body = `{"code":"PROTO1","name":"原型污染","${field}":{"status":"completed","acquirer":"黑客"}}`;
      const res = await t.http().post('/api/projects').set('content-type', 'application/json').send(body).expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        message: `不允许提交字段 ${field}`,
        details: [{ field, message: `不允许提交字段 ${field}` }],
      });
      expect(await countProjects()).toBe(before);
      expect(({} as Record<string, unknown>).status).toBeUndefined();
    });

    it('refuses __proto__ nested in a field and in the query string', async () => {
      const body = '{"code":"PROTO2","name":"原型污染","remarks":{"__proto__":{"x":1}}}';
      const nested = await t.http().post('/api/projects').set('content-type', 'application/json').send(body).expect(400);
      expect(nested.body.details).toEqual([{ field: 'remarks.__proto__', message: '不允许提交字段 remarks.__proto__' }]);
      const query = await t.http().get('/api/projects?__proto__=1').expect(400);
      expect(query.body.message).toBe('不允许提交字段 __proto__');
      expect(await countProjects('PROTO2')).toBe(0);
    });

    it.each([
      ['plannedStartOn', '2013-02-30'],
      ['plannedStartOn', '2013/03/01'],
      ['plannedStartOn', '20130301'],
      ['plannedEndOn', '2013-13-01'],
      ['plannedEndOn', '2013-12-31T00:00:00Z'],
      ['plannedEndOn', 20131231],
    ])('refuses %s = %p with a Chinese 400', async (field, value) => {
      const res = await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'DATE1', [field]: value }))
        .expect(400);
      const label = field === 'plannedStartOn' ? '计划开始日期' : '计划完成日期';
      expect(res.body.details.length).toBeGreaterThan(0);
      for (const d of res.body.details) expect(d).toEqual({ field, message: `${label}必须是 YYYY-MM-DD 格式的日期` });
      expect(await countProjects('DATE1')).toBe(0);
    });

    it('accepts 29 February in a leap year', async () => {
      await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'LEAP1', plannedStartOn: '2012-02-29', plannedEndOn: '2012-03-01' }))
        .expect(201);
    });

    it('refuses a planned end before the planned start', async () => {
      const res = await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'DATE2', plannedStartOn: '2013-12-31', plannedEndOn: '2013-03-01' }))
        .expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        message: '计划完成日期不能早于计划开始日期',
        details: [{ field: 'plannedEndOn', message: '计划完成日期不能早于计划开始日期' }],
      });
      expect(await countProjects('DATE2')).toBe(0);
    });
  });

  describe('GET /api/projects/:code', () => {
    it('returns the project', async () => {
      await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'G318', name: '318国道两侧' }))
        .expect(201);
      const res = await t.http().get('/api/projects/G318').expect(200);
      expect(res.body).toMatchObject({ code: 'G318', name: '318国道两侧', acquirer: '西虹桥公司' });
    });

    it('answers an unknown code with a Chinese 404', async () => {
      const res = await t.http().get('/api/projects/NOPE').expect(404);
      expect(res.body).toEqual({ statusCode: 404, message: '项目 NOPE 不存在' });
    });
  });

  describe('GET /api/projects', () => {
    beforeAll(async () => {
      for (const [code, name] of [
        ['LIST-A', '列表测试甲'],
        ['LIST-B', '列表测试乙'],
        ['LIST-C', '列表测试丙'],
        ['G15W', 'G15以西地块'],
      ]) {
        await t.http().post('/api/projects').send({ code, name }).expect(201);
      }
    });

    it('lists { items, total } ordered by code', async () => {
      const res = await t.http().get('/api/projects').expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['items', 'total']);
      const total = await countProjects();
      expect(res.body.total).toBe(total);
      const codes = res.body.items.map((p: { code: string }) => p.code);
      expect(codes).toEqual([...codes].sort());
      expect(res.body.items[0]).toEqual(
        expect.objectContaining({ id: expect.any(String), code: expect.any(String), name: expect.any(String) }),
      );
    });

    it('pages with page and pageSize', async () => {
      const first = await t.http().get('/api/projects?q=LIST-&pageSize=2').expect(200);
      expect(first.body.total).toBe(3);
      expect(first.body.items.map((p: { code: string }) => p.code)).toEqual(['LIST-A', 'LIST-B']);
      const second = await t.http().get('/api/projects?q=LIST-&pageSize=2&page=2').expect(200);
      expect(second.body).toMatchObject({ total: 3, items: [expect.objectContaining({ code: 'LIST-C' })] });
      const beyond = await t.http().get('/api/projects?q=LIST-&pageSize=2&page=3').expect(200);
      expect(beyond.body).toEqual({ items: [], total: 3 });
    });

    it('filters by code or name with q, case-insensitively, treating % and _ literally', async () => {
      const byName = await t.http().get('/api/projects').query({ q: '以西' }).expect(200);
      expect(byName.body.items.map((p: { code: string }) => p.code)).toEqual(['G15W']);
      const byCode = await t.http().get('/api/projects').query({ q: 'list-b' }).expect(200);
      expect(byCode.body.items.map((p: { code: string }) => p.code)).toEqual(['LIST-B']);
      const percent = await t.http().get('/api/projects').query({ q: '%' }).expect(200);
      expect(percent.body).toEqual({ items: [], total: 0 });
    });

    it('filters by status', async () => {
      const res = await t.http().get('/api/projects?status=in_progress').expect(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      for (const p of res.body.items) expect(p.status).toBe('in_progress');
    });

    it.each([
      ['pageSize=201', 'pageSize', '每页条数不能大于 200'],
      ['pageSize=0', 'pageSize', '每页条数不能小于 1'],
      ['page=0', 'page', '页码不能小于 1'],
      ['page=abc', 'page', '页码必须是整数'],
      ['status=done', 'status', '项目状态的取值不在允许范围内'],
    ])('refuses %s with a Chinese 400', async (query, field, message) => {
      const res = await t.http().get(`/api/projects?${query}`).expect(400);
      expect(res.body.details).toContainEqual({ field, message });
      for (const d of res.body.details) expect(d.field).toBe(field);
    });

    it('accepts pageSize=200', async () => {
      await t.http().get('/api/projects?pageSize=200').expect(200);
    });

    it('refuses an unknown query parameter', async () => {
      const res = await t.http().get('/api/projects?sort=name').expect(400);
      expect(res.body.details).toEqual([{ field: 'sort', message: '不允许提交字段 sort' }]);
    });
  });

  describe('parcels', () => {
    beforeAll(async () => {
      await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'PARC', name: '地块测试项目' }))
        .expect(201);
    });

    it('creates a parcel (201), normalising a string area to 2 decimals', async () => {
      const res = await t
        .http()
        .post('/api/projects/PARC/parcels')
        .send(parcelBody({ code: 'PARC-01', area: ' 12500.5 ', village: ' 二联村 ' }))
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        code: 'PARC-01',
        projectCode: 'PARC',
        village: '二联村',
        landOwnership: 'collective',
        area: '12500.50',
        status: 'surveying',
        remarks: null,
        version: 1,
      });
      const rows = await t.query(
        'SELECT p.area, p.village, pr.code AS project FROM parcel p JOIN project pr ON pr.id = p."projectId" WHERE p.id = $1',
        [res.body.id],
      );
      expect(rows).toEqual([{ area: '12500.50', village: '二联村', project: 'PARC' }]);
    });

    it.each([
      [1234, '1234.00'],
      [0.1, '0.10'],
      [88.25, '88.25'],
      ['0', '0.00'],
      ['999999999999.99', '999999999999.99'],
    ])('accepts the area %p as %p', async (area, stored) => {
      const code = `PARC-A${String(stored).replace(/\D/g, '').slice(0, 10)}`;
      const res = await t
        .http()
        .post('/api/projects/PARC/parcels')
        .send(parcelBody({ code, area, landOwnership: 'state' }))
        .expect(201);
      expect(res.body.area).toBe(stored);
      expect(await t.query('SELECT area FROM parcel WHERE id = $1', [res.body.id])).toEqual([{ area: stored }]);
    });

    it.each([['12.345'], [12.345], ['-1'], [-1], ['abc'], [''], ['1e3'], ['1,000'], [null], [true], ['1000000000000']])(
      'refuses the area %p with a Chinese 400',
      async (area) => {
        const before = await countParcels();
        const res = await t
          .http()
          .post('/api/projects/PARC/parcels')
          .send(parcelBody({ code: 'PARC-BAD', area }))
          .expect(400);
        expect(res.body.details).toEqual([{ field: 'area', message: '地块面积必须是不小于 0 的数字，最多两位小数' }]);
        expect(await countParcels()).toBe(before);
      },
    );

    it('refuses an unknown land ownership with a Chinese message', async () => {
      const res = await t
        .http()
        .post('/api/projects/PARC/parcels')
        .send(parcelBody({ code: 'PARC-LO', landOwnership: '集体' }))
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'landOwnership', message: '土地权属只能是 collective（集体）或 state（国有）' }]);
    });

    it('refuses a bad parcel code, a blank village and an undeclared field', async () => {
      const code = await t
        .http()
        .post('/api/projects/PARC/parcels')
        .send(parcelBody({ code: 'parc-01' }))
        .expect(400);
      expect(code.body.details).toEqual([{ field: 'code', message: '地块编号只能包含大写字母、数字和连字符，2 至 30 位' }]);
      const village = await t
        .http()
        .post('/api/projects/PARC/parcels')
        .send(parcelBody({ code: 'PARC-V', village: '  ' }))
        .expect(400);
      expect(village.body.details).toEqual([{ field: 'village', message: '所在村不能为空' }]);
      const extra = await t
        .http()
        .post('/api/projects/PARC/parcels')
        .send(parcelBody({ code: 'PARC-X', projectId: '00000000-0000-4000-8000-000000000000' }))
        .expect(400);
      expect(extra.body.details).toEqual([{ field: 'projectId', message: '不允许提交字段 projectId' }]);
      expect(await t.query("SELECT code FROM parcel WHERE code IN ('PARC-V', 'PARC-X')")).toEqual([]);
    });

    it('refuses a duplicate parcel code within the project with a Chinese 409', async () => {
      await t
        .http()
        .post('/api/projects/PARC/parcels')
        .send(parcelBody({ code: 'PARC-DUP' }))
        .expect(201);
      const res = await t
        .http()
        .post('/api/projects/PARC/parcels')
        .send(parcelBody({ code: 'PARC-DUP', village: '徐泾村' }))
        .expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: '地块编号 PARC-DUP 在项目 PARC 中已存在' });
      expect(await t.query("SELECT village FROM parcel WHERE code = 'PARC-DUP'")).toEqual([{ village: '二联村' }]);
    });

    it('allows the same parcel code in another project', async () => {
      await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'PARC2', name: '另一个项目' }))
        .expect(201);
      await t
        .http()
        .post('/api/projects/PARC2/parcels')
        .send(parcelBody({ code: 'PARC-DUP' }))
        .expect(201);
    });

    it('answers a parcel for an unknown project with a Chinese 404 and stores nothing', async () => {
      const before = await countParcels();
      const res = await t.http().post('/api/projects/NOPE/parcels').send(parcelBody()).expect(404);
      expect(res.body).toEqual({ statusCode: 404, message: '项目 NOPE 不存在' });
      expect(await countParcels()).toBe(before);
    });

    it("lists a project's parcels as { items, total } ordered by code, with paging", async () => {
      await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'PLIST', name: '地块列表项目' }))
        .expect(201);
      for (const code of ['PL-03', 'PL-01', 'PL-02']) {
        await t
          .http()
          .post('/api/projects/PLIST/parcels')
          .send(parcelBody({ code, area: 100 }))
          .expect(201);
      }
      const all = await t.http().get('/api/projects/PLIST/parcels').expect(200);
      expect(all.body.total).toBe(3);
      expect(all.body.items.map((p: { code: string }) => p.code)).toEqual(['PL-01', 'PL-02', 'PL-03']);
      expect(all.body.items[0]).toMatchObject({ projectCode: 'PLIST', area: '100.00', landOwnership: 'collective', status: 'surveying' });
      const page = await t.http().get('/api/projects/PLIST/parcels?page=2&pageSize=2').expect(200);
      expect(page.body).toMatchObject({ total: 3, items: [expect.objectContaining({ code: 'PL-03' })] });
      await t.http().get('/api/projects/PLIST/parcels?pageSize=201').expect(400);
    });

    it("filters a project's parcels by status", async () => {
      await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'PSTAT', name: '地块状态项目' }))
        .expect(201);
      await t
        .http()
        .post('/api/projects/PSTAT/parcels')
        .send(parcelBody({ code: 'PS-01' }))
        .expect(201);
      await t
        .http()
        .post('/api/projects/PSTAT/parcels')
        .send(parcelBody({ code: 'PS-02', status: 'cleared' }))
        .expect(201);
      const cleared = await t.http().get('/api/projects/PSTAT/parcels?status=cleared').expect(200);
      expect(cleared.body).toMatchObject({ total: 1, items: [expect.objectContaining({ code: 'PS-02', status: 'cleared' })] });
      const bad = await t.http().get('/api/projects/PSTAT/parcels?status=gone').expect(400);
      expect(bad.body.details).toEqual([{ field: 'status', message: '地块状态的取值不在允许范围内' }]);
    });

    it('lists no parcels of a project without any, and 404s for an unknown project', async () => {
      await t
        .http()
        .post('/api/projects')
        .send(projectBody({ code: 'EMPTY', name: '空项目' }))
        .expect(201);
      expect((await t.http().get('/api/projects/EMPTY/parcels').expect(200)).body).toEqual({ items: [], total: 0 });
      expect((await t.http().get('/api/projects/NOPE/parcels').expect(404)).body).toEqual({ statusCode: 404, message: '项目 NOPE 不存在' });
    });
  });
});
