import { decryptField } from '@app/platform';
import { confirmThroughBatch } from '../support/confirmation.js';
import { advanceCase } from '../support/money.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { makeHousehold, makeIdNumber, makeParcel, makeProject } from '../support/factories.js';

const STALE = '该记录已被他人修改，请刷新后重试';

/** A household in JSON, as issue 2's API contract names its fields (single households and list items alike). */
const HOUSEHOLD_CONTRACT = [
  'id', 'code', 'projectCode', 'parcelCode', 'village', 'group', 'headName', 'headIdNumber', 'phone', 'registeredPersons',
  'homesteadArea', 'licensedArea', 'unlicensedArea', 'structure', 'yearBuilt', 'surveyedOn', 'remarks', 'members', 'caseId', 'caseStatus',
];

describe('households (e2e)', () => {
  let t: TestApp;
  const at = (overrides: Record<string, unknown> = {}) => makeHousehold({ projectCode: 'GJ17', parcelCode: 'GJ17-01', ...overrides });

  async function create(overrides: Record<string, unknown> = {}) {
    const res = await t.http().post('/api/households').send(at(overrides));
    expect(res.status).toBe(201);
    return res.body;
  }
  const transition = (caseId: string, to: string) => t.http().post(`/api/cases/${caseId}/transitions`).send({ to });
  const count = async (sql: string, params: unknown[] = []) => Number((await t.query<{ n: string }>(sql, params))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    await t.http().post('/api/projects').send(makeProject({ code: 'GJ17', name: '轨交17号线' })).expect(201);
    await t.http().post('/api/projects/GJ17/parcels').send(makeParcel({ code: 'GJ17-01' })).expect(201);
    await t.http().post('/api/projects/GJ17/parcels').send(makeParcel({ code: 'GJ17-02' })).expect(201);
    await t.http().post('/api/projects').send(makeProject({ code: 'G318', name: '318国道两侧' })).expect(201);
    await t.http().post('/api/projects/G318/parcels').send(makeParcel({ code: 'G318-01', village: '金联村' })).expect(201);
  });
  afterAll(() => t.close());

  describe('POST /api/households', () => {
    it('records the household with its members and opens its case (摸底中)', async () => {
      const payload = at({ code: 'GJ17-0001', licensedArea: 120.5, unlicensedArea: '20', homesteadArea: '150' });
      const res = await t.http().post('/api/households').send(payload).expect(201);
      expect(res.body).toMatchObject({
        code: 'GJ17-0001',
        projectCode: 'GJ17',
        parcelCode: 'GJ17-01',
        village: '二联村',
        group: '3组',
        headIdNumber: `${payload.headIdNumber.slice(0, 6)}********${payload.headIdNumber.slice(-4)}`,
        phone: '138****5678',
        registeredPersons: 3,
        homesteadArea: '150.00',
        licensedArea: '120.50',
        unlicensedArea: '20.00',
        structure: 'brick_concrete',
        yearBuilt: 1995,
        surveyedOn: '2013-03-01',
        caseStatus: 'surveying',
        version: 1,
      });
      expect(Object.keys(res.body)).toEqual(expect.arrayContaining(HOUSEHOLD_CONTRACT));
      expect(res.body.members.map((m: { relation: string }) => m.relation)).toEqual(['head', 'spouse', 'child']);
      expect(res.body.caseId).toEqual(expect.any(String));

      const [caseRow] = await t.query('SELECT * FROM case_file WHERE id = $1', [res.body.caseId]);
      expect(caseRow).toMatchObject({ subjectType: 'household', subjectId: res.body.id, status: 'surveying' });
      const history = await t.query('SELECT "fromStatus", "toStatus", kind FROM case_transition WHERE "caseId" = $1', [res.body.caseId]);
      expect(history).toEqual([{ fromStatus: null, toStatus: 'surveying', kind: 'open' }]);
      expect(await count('SELECT count(*) AS n FROM household_member WHERE "householdId" = $1', [res.body.id])).toBe(3);

      const got = await t.http().get(`/api/households/${res.body.id}`).expect(200);
      expect(got.body).toEqual(res.body);
      // The list reads its rows another way (one statement, a plain reader): the same answer, masked numbers and members included.
      const listed = await t.http().get('/api/households?q=GJ17-0001').expect(200);
      expect(listed.body.items).toEqual([res.body]);
    });

    it('refuses a code already used in the project (409) but allows it in another project', async () => {
      await create({ code: 'DUP-1' });
      const res = await t.http().post('/api/households').send(at({ code: 'DUP-1' })).expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: '户编号 DUP-1 在项目 GJ17 中已存在' });
      await t.http().post('/api/households').send(makeHousehold({ projectCode: 'G318', parcelCode: 'G318-01', code: 'DUP-1' })).expect(201);
      expect(await count(`SELECT count(*) AS n FROM household WHERE code = 'DUP-1'`)).toBe(2);
    });

    it('refuses an ID number with a wrong check digit (400, field in details), creating nothing', async () => {
      const before = await count('SELECT count(*) AS n FROM household');
      const res = await t.http().post('/api/households').send(at({ headIdNumber: '110105194912310021' })).expect(400);
      expect(res.body.message).toBe('户主身份证号校验位不正确，请核对');
      expect(res.body.details).toEqual([{ field: 'headIdNumber', message: '户主身份证号校验位不正确，请核对' }]);
      expect(await count('SELECT count(*) AS n FROM household')).toBe(before);
    });

    it('explains other ID number problems in Chinese', async () => {
      const short = await t.http().post('/api/households').send(at({ headIdNumber: '3101181980' })).expect(400);
      expect(short.body.message).toBe('户主身份证号必须是 18 位（当前 10 位）');
      const feb30 = '31011819800230001';
      const res = await t.http().post('/api/households').send(at({ headIdNumber: feb30 + '0' })).expect(400);
      expect(res.body.message).toBe('户主身份证号中的出生日期 19800230 不是有效日期');
      const member = await t.http().post('/api/households').send(at({ members: [{ name: '张三', idNumber: '110105194912310021', relation: 'head' }] })).expect(400);
      expect(member.body.details).toEqual([{ field: 'members.0.idNumber', message: '成员身份证号校验位不正确，请核对' }]);
    });

    it('normalises a lowercase x (and stray spaces) to the stored uppercase form', async () => {
      const res = await t
        .http()
        .post('/api/households')
        .send(at({ headIdNumber: ' 11010519491231002x ', members: [{ name: '户主', idNumber: '11010519491231002x', relation: 'head' }] }))
        .expect(201);
      expect(res.body.headIdNumber).toBe('110105********002X');
      expect(res.body.members[0].idNumber).toBe('110105********002X');
      const full = await t.http().post(`/api/households/${res.body.id}/unmask`).send({ reason: '核对' }).expect(200);
      expect(full.body.headIdNumber).toBe('11010519491231002X');
      expect(full.body.members[0].idNumber).toBe('11010519491231002X');
      const [row] = await t.query<{ headIdNumberEncrypted: string }>('SELECT "headIdNumberEncrypted" FROM household WHERE id = $1', [res.body.id]);
      expect(decryptField(row!.headIdNumberEncrypted)).toBe('11010519491231002X');
    });

    it('refuses the same ID number twice among the members', async () => {
      const id = makeIdNumber();
      const res = await t
        .http()
        .post('/api/households')
        .send(at({ members: [{ name: '甲', idNumber: id, relation: 'head' }, { name: '乙', idNumber: id.toLowerCase(), relation: 'child' }] }))
        .expect(400);
      // The number itself is never echoed back.
      expect(res.body.details).toEqual([{ field: 'members', message: '家庭成员身份证号重复：第 1 人与第 2 人相同' }]);
      expect(JSON.stringify(res.body)).not.toContain(id.slice(6, 14));
    });

    it.each([['status'], ['projectId'], ['caseStatus']])('refuses the unknown field %s (400) and creates nothing', async (field) => {
      const before = await count('SELECT count(*) AS n FROM household');
      const res = await t.http().post('/api/households').send(at({ [field]: 'confirmed' })).expect(400);
      expect(res.body.message).toBe(`不允许提交字段 ${field}`);
      expect(await count('SELECT count(*) AS n FROM household')).toBe(before);
      expect(await count('SELECT count(*) AS n FROM case_file')).toBe(before);
    });

    it('answers 422 for an unknown project or a parcel of another project', async () => {
      const project = await t.http().post('/api/households').send(at({ projectCode: 'NOPE' })).expect(422);
      expect(project.body.message).toBe('项目 NOPE 不存在');
      const parcel = await t.http().post('/api/households').send(at({ parcelCode: 'G318-01' })).expect(422);
      expect(parcel.body.message).toBe('地块 G318-01 不属于项目 GJ17 或不存在');
    });

    it('checks the remaining fields in Chinese', async () => {
      const res = await t
        .http()
        .post('/api/households')
        .send(at({ registeredPersons: 0, licensedArea: '12.345', structure: 'wood', yearBuilt: 1900, surveyedOn: '2999-01-01', phone: '12345' }))
        .expect(400);
      expect(res.body.details).toEqual(
        expect.arrayContaining([
          { field: 'registeredPersons', message: '户籍人数不能小于 1' },
          { field: 'licensedArea', message: '合法建筑面积必须是不小于 0 的数字，最多两位小数' },
          { field: 'structure', message: '房屋结构只能是 reinforced_concrete、brick_concrete、brick_wood、simple 之一' },
          { field: 'yearBuilt', message: expect.stringMatching(/^建造年份必须在 1949 至 \d{4} 年之间$/) },
          { field: 'surveyedOn', message: '摸底日期不能晚于今天' },
          { field: 'phone', message: '联系电话应为 11 位手机号或带区号的固定电话（如 021-59761234）' },
        ]),
      );
      const missing = await t.http().post('/api/households').send({ projectCode: 'GJ17', parcelCode: 'GJ17-01' }).expect(400);
      expect(missing.body.message).toContain('户主姓名不能为空');
    });
  });

  describe('GET /api/households/:id', () => {
    it('answers 404 in Chinese for an unknown or malformed id', async () => {
      const unknown = await t.http().get('/api/households/00000000-0000-4000-8000-000000000000').expect(404);
      expect(unknown.body).toEqual({ statusCode: 404, message: '该户不存在' });
      const malformed = await t.http().get('/api/households/not-a-uuid').expect(404);
      expect(malformed.body).toEqual({ statusCode: 404, message: '请求的资源不存在' });
    });
  });

  describe('GET /api/households', () => {
    const ids: Record<string, { id: string; caseId: string; headIdNumber: string }> = {};
    const fullIds: Record<string, string> = {};

    beforeAll(async () => {
      const seed = [
        { code: 'L-0001', headName: '陆国强', village: '金联村' },
        { code: 'L-0002', headName: '陆国华', village: '金联村' },
        { code: 'L-0010', headName: '沈美英', village: '金联村', headIdNumber: '31011819620812001X' },
        { code: 'M-0001', headName: '周国强', village: '徐南村' },
      ];
      for (const s of seed) {
        const payload = makeHousehold({ projectCode: 'G318', parcelCode: 'G318-01', ...s });
        const body = (await t.http().post('/api/households').send(payload).expect(201)).body;
        ids[s.code] = body;
        fullIds[s.code] = payload.headIdNumber as string;
      }
      await transition(ids['L-0002']!.caseId, 'surveyed').expect(200);
    });

    const list = async (query: string) => (await t.http().get(`/api/households?${query}`).expect(200)).body;
    const codes = (body: { items: Array<{ code: string }> }) => body.items.map((i) => i.code);

    it('filters by project and returns the total with case ids and statuses', async () => {
      const body = await list('project=G318');
      expect(codes(body)).toEqual(['DUP-1', 'L-0001', 'L-0002', 'L-0010', 'M-0001']);
      expect(body.total).toBe(5);
      expect(body.items[2]).toMatchObject({ code: 'L-0002', caseId: ids['L-0002']!.caseId, caseStatus: 'surveyed', projectCode: 'G318', parcelCode: 'G318-01' });
      // List items have the contract's shape too, members (masked) included.
      for (const item of body.items) expect(Object.keys(item)).toEqual(expect.arrayContaining(HOUSEHOLD_CONTRACT));
      const single = (await t.http().get(`/api/households/${body.items[3].id}`).expect(200)).body;
      expect(body.items[3]).toEqual(single);
      expect(single.members.length).toBeGreaterThan(0);
    });

    const search = async (body: Record<string, unknown>) => (await t.http().post('/api/households/search').send(body).expect(200)).body;

    it('matches q against a code prefix, part of the head’s name, or (searched by POST) an exact ID number', async () => {
      expect(codes(await list('project=G318&q=L-000'))).toEqual(['L-0001', 'L-0002']);
      expect(codes(await list('project=G318&q=l-00'))).toEqual(['L-0001', 'L-0002', 'L-0010']);
      expect(codes(await list('project=G318&q=国强'))).toEqual(['L-0001', 'M-0001']);
      expect(codes(await search({ q: '31011819620812001x' }))).toEqual(['L-0010']);
      expect(codes(await search({ q: fullIds['M-0001'] }))).toEqual(['M-0001']);
      // The search takes every filter of the list, in the body.
      expect(codes(await search({ project: 'G318', q: 'L-00', status: 'surveyed', page: 1, pageSize: 5, sort: '-code' }))).toEqual(['L-0002']);
      // A masked number is not a number: it finds nothing.
      expect((await list(`q=${encodeURIComponent(ids['M-0001']!.headIdNumber)}`)).total).toBe(0);
      expect((await search({ q: ids['M-0001']!.headIdNumber })).total).toBe(0);
      expect((await list('q=%25')).total).toBe(0);
    });

    it('a search that codes and names both match lists both in code order, and follows a name changed to match it', async () => {
      const both = async (query: string) => codes(await list(`project=G318&${query}`));
      // Only codes begin with it: its page walks the code ranges alone (again and again, as a prepared statement may).
      for (let i = 0; i < 7; i += 1) expect(await both('q=m-00')).toEqual(['M-0001']);
      await t.query(`UPDATE household SET "headName" = '陆m-00华' WHERE code = 'L-0002'`);
      try {
        for (let i = 0; i < 3; i += 1) expect(await both('q=M-00')).toEqual(['L-0002', 'M-0001']);
        expect(await both('q=m-00&pageSize=1&page=2')).toEqual(['M-0001']);
        expect((await list('project=G318&q=m-00&pageSize=1')).total).toBe(2);
        // Only the name now: L-000 codes are not its prefix.
        expect(await both('q=陆m-00')).toEqual(['L-0002']);
      } finally {
        await t.query(`UPDATE household SET "headName" = '陆国华' WHERE code = 'L-0002'`);
      }
      expect(await both('q=m-00')).toEqual(['M-0001']);
    });

    it('a search’s total, kept between its pages, counts a household written since at once (by the api or behind its back)', async () => {
      const total = async () => (await list('q=新增计数')).total as number;
      expect(await total()).toBe(0);
      expect(await total()).toBe(0); // the same search again: the kept count
      await create({ code: 'CNT-1', headName: '新增计数甲' });
      expect(await total()).toBe(1);
      await t.query(`UPDATE household SET "headName" = '新增计数乙' WHERE code = 'L-0001'`);
      expect(await total()).toBe(2);
      await t.query(`UPDATE household SET "headName" = '陆国强' WHERE code = 'L-0001'`);
      expect(await total()).toBe(1);
    });

    it('GET still matches an exact ID number in q (the first contract); POST /search takes the same filters in the body', async () => {
      expect(codes(await list('q=31011819620812001x'))).toEqual(['L-0010']);
      expect(codes(await list(`q=${fullIds['M-0001']}`))).toEqual(['M-0001']);
      expect(codes(await search({ q: fullIds['M-0001'] }))).toEqual(codes(await list(`q=${fullIds['M-0001']}`)));
      await t.http().post('/api/households/search').send({ q: '13912345678', extra: 1 }).expect(400);
    });

    it('filters by case status, parcel and village', async () => {
      expect(codes(await list('status=surveyed'))).toEqual(['L-0002']);
      expect((await list('project=G318&status=surveying')).total).toBe(4);
      expect(codes(await list('project=G318&village=徐南村'))).toEqual(['M-0001']);
      const onParcel = await list('project=GJ17&parcel=GJ17-02');
      expect(onParcel.total).toBe(0);
      expect((await list('project=NOPE')).total).toBe(0);
    });

    it('paginates and sorts by whitelisted fields only', async () => {
      const page = await list('project=G318&page=2&pageSize=2');
      expect(page.total).toBe(5);
      expect(codes(page)).toEqual(['L-0002', 'L-0010']);
      expect(codes(await list('project=G318&sort=-code&pageSize=2'))).toEqual(['M-0001', 'L-0010']);
      const bad = await t.http().get('/api/households?sort=headIdNumber').expect(400);
      expect(bad.body.message).toContain('排序只能是');
      await t.http().get('/api/households?pageSize=500').expect(400);
      await t.http().get('/api/households?status=unknown').expect(400);
      await t.http().get('/api/households?foo=1').expect(400);
    });
  });

  describe('PATCH /api/households/:id', () => {
    it('changes fields, bumps the version and refuses a stale version (409)', async () => {
      const h = await create();
      const res = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, phone: '021-59761234', remarks: '户主在外地' }).expect(200);
      expect(res.body).toMatchObject({ phone: '021-****1234', remarks: '户主在外地', version: 2, caseStatus: 'surveying' });
      const stale = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, phone: '13900000000' }).expect(409);
      expect(stale.body).toEqual({ statusCode: 409, message: STALE });
      const [row] = await t.query<{ phoneEncrypted: string; version: number }>('SELECT "phoneEncrypted", version FROM household WHERE id = $1', [h.id]);
      expect(decryptField(row!.phoneEncrypted)).toBe('021-59761234');
      expect(row!.version).toBe(2);
    });

    it('lets exactly one of two concurrent PATCHes with the same version through', async () => {
      const h = await create();
      const results = await Promise.all([
        t.http().patch(`/api/households/${h.id}`).send({ version: 1, licensedArea: '100.00' }),
        t.http().patch(`/api/households/${h.id}`).send({ version: 1, licensedArea: '200.00' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!;
      const [row] = await t.query<{ licensedArea: string; version: number }>('SELECT "licensedArea", version FROM household WHERE id = $1', [h.id]);
      expect(row).toEqual({ licensedArea: winner.body.licensedArea, version: 2 });
    });

    it('replaces the member list when members are given, and clears optional fields with null', async () => {
      const h = await create();
      const res = await t
        .http()
        .patch(`/api/households/${h.id}`)
        .send({ version: 1, members: [{ name: '新成员', relation: 'other' }], phone: null, group: '' })
        .expect(200);
      expect(res.body.members).toEqual([{ id: expect.any(String), name: '新成员', idNumber: null, relation: 'other', recognitionBasis: null, recognitionEvidence: null }]);
      expect(res.body).toMatchObject({ phone: null, group: null, version: 2 });
      expect(await count('SELECT count(*) AS n FROM household_member WHERE "householdId" = $1', [h.id])).toBe(1);
    });

    it('refuses null for a required field and any change of project', async () => {
      const h = await create();
      const nulls = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, headName: null }).expect(400);
      expect(nulls.body.message).toContain('户主姓名不能为空');
      const project = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, projectCode: 'G318' }).expect(400);
      expect(project.body.message).toBe('不允许提交字段 projectCode');
      const missing = await t.http().patch(`/api/households/${h.id}`).send({ phone: '13812345678' }).expect(400);
      expect(missing.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'version' })]));
    });

    it('refuses a code already used in the project', async () => {
      const a = await create();
      const b = await create();
      const res = await t.http().patch(`/api/households/${b.id}`).send({ version: 1, code: a.code }).expect(409);
      expect(res.body.message).toBe(`户编号 ${a.code} 在项目 GJ17 中已存在`);
    });

    it('moves the household and its case to another parcel of the same project', async () => {
      const h = await create();
      const res = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, parcelCode: 'GJ17-02' }).expect(200);
      expect(res.body.parcelCode).toBe('GJ17-02');
      const [row] = await t.query<{ same: boolean }>(
        'SELECT c."parcelId" = h."parcelId" AS same FROM case_file c JOIN household h ON h.id = c."subjectId" WHERE c.id = $1',
        [h.caseId],
      );
      expect(row!.same).toBe(true);
      const wrong = await t.http().patch(`/api/households/${h.id}`).send({ version: 2, parcelCode: 'G318-01' }).expect(422);
      expect(wrong.body.message).toBe('地块 G318-01 不属于项目 GJ17 或不存在');
    });

    it('answers 404 for an unknown household', async () => {
      const res = await t.http().patch('/api/households/00000000-0000-4000-8000-000000000000').send({ version: 1 }).expect(404);
      expect(res.body.message).toBe('该户不存在');
    });
  });

  describe('survey facts and the case', () => {
    it('keeps a case with missing survey facts in 摸底中', async () => {
      const h = await create({ surveyedOn: null, structure: undefined, members: [] });
      const res = await transition(h.caseId, 'surveyed').expect(422);
      expect(res.body.message).toBe('摸底信息不完整，缺少：房屋结构、摸底日期、家庭成员');
    });

    it('voids a confirmation when a survey fact changes: back to 已摸底 with a system history entry', async () => {
      const h = await create();
      await transition(h.caseId, 'surveyed').expect(200);
      await confirmThroughBatch(t.http(), 'GJ17', [h.caseId]);

      const contact = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, phone: '13900000000' }).expect(200);
      expect(contact.body.caseStatus).toBe('confirmed');

      const res = await t.http().patch(`/api/households/${h.id}`).send({ version: 2, licensedArea: '130.00' }).expect(200);
      expect(res.body).toMatchObject({ licensedArea: '130.00', caseStatus: 'surveyed', version: 3 });
      const history = await t.query('SELECT "fromStatus", "toStatus", kind, reason FROM case_transition WHERE "caseId" = $1 ORDER BY "createdAt", id', [h.caseId]);
      expect(history).toHaveLength(4);
      expect(history).toContainEqual({ fromStatus: 'confirmed', toStatus: 'surveyed', kind: 'system', reason: '摸底信息变更，原确认失效' });
    });

    it('voids a confirmation when only the members change', async () => {
      const h = await create();
      await transition(h.caseId, 'surveyed').expect(200);
      await confirmThroughBatch(t.http(), 'GJ17', [h.caseId]);
      // Replacing the list needs the full numbers: the unmasked view gives them.
      const full = (await t.http().post(`/api/households/${h.id}/unmask`).send({ reason: '修改家庭成员' }).expect(200)).body;
      const members = full.members.map(({ id: _id, ...m }: { id: string }) => m);
      const same = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, members }).expect(200);
      expect(same.body).toMatchObject({ caseStatus: 'confirmed', version: 1 });
      const masked = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, members: h.members.map(({ id: _id, ...m }: { id: string }) => m) }).expect(400);
      expect(masked.body.details).toContainEqual({ field: 'members.0.idNumber', message: '成员身份证号前 17 位必须是数字，最后一位是数字或 X' });
      const res = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, members: members.slice(0, 2) }).expect(200);
      expect(res.body).toMatchObject({ caseStatus: 'surveyed', version: 2 });
      expect(res.body.members).toHaveLength(2);
    });

    it('refuses to change survey facts once the case is signed (409) and changes nothing', async () => {
      const h = await create();
      await advanceCase(t.http(), 'GJ17', h.caseId, ['surveyed', 'confirmed', 'signed']);
      const before = await t.query('SELECT * FROM household WHERE id = $1', [h.id]);
      const membersBefore = await t.query('SELECT * FROM household_member WHERE "householdId" = $1 ORDER BY position', [h.id]);

      const res = await t
        .http()
        .patch(`/api/households/${h.id}`)
        .send({ version: 1, licensedArea: '999.00', members: [{ name: '某人', relation: 'other' }] })
        .expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: '案件已处于“已签约”状态，摸底信息不能再修改' });
      expect(await t.query('SELECT * FROM household WHERE id = $1', [h.id])).toEqual(before);
      expect(await t.query('SELECT * FROM household_member WHERE "householdId" = $1 ORDER BY position', [h.id])).toEqual(membersBefore);
      const [caseRow] = await t.query<{ status: string }>('SELECT status FROM case_file WHERE id = $1', [h.caseId]);
      expect(caseRow!.status).toBe('signed');

      const contact = await t.http().patch(`/api/households/${h.id}`).send({ version: 1, phone: '13900000000' }).expect(200);
      expect(contact.body).toMatchObject({ phone: '139****0000', caseStatus: 'signed' });
    });
  });
});
