import { createTestApp, type TestApp } from '../support/test-app.js';
import { confirmThroughBatch } from '../support/confirmation.js';
import { advanceCase } from '../support/money.js';
import { makeCreditCode, makeEnterprise, makeFacility, makeLegacyBase, makeParcel, makeProject } from '../support/factories.js';

const STALE = '该记录已被他人修改，请刷新后重试';
const where = { projectCode: 'XJ-QY', parcelCode: 'XJ-QY-01' };

describe('enterprises, municipal facilities and legacy bases (e2e)', () => {
  let t: TestApp;
  const transition = (caseId: string, to: string) => t.http().post(`/api/cases/${caseId}/transitions`).send({ to });

  beforeAll(async () => {
    t = await createTestApp();
    await t.http().post('/api/projects').send(makeProject({ code: 'XJ-QY', name: '石油期货交易中心' })).expect(201);
    await t.http().post('/api/projects/XJ-QY/parcels').send(makeParcel({ code: 'XJ-QY-01' })).expect(201);
    await t.http().post('/api/projects/XJ-QY/parcels').send(makeParcel({ code: 'XJ-QY-02' })).expect(201);
  });
  afterAll(() => t.close());

  describe('/api/enterprises', () => {
    it('records an enterprise, normalising its credit code, and opens its case', async () => {
      const res = await t
        .http()
        .post('/api/enterprises')
        .send(makeEnterprise({ ...where, code: 'QY-001', creditCode: '91350100m000100y43', buildingArea: 1800.5 }))
        .expect(201);
      expect(res.body).toMatchObject({
        code: 'QY-001',
        projectCode: 'XJ-QY',
        parcelCode: 'XJ-QY-01',
        creditCode: '91350100M000100Y43',
        landArea: '2500.00',
        buildingArea: '1800.50',
        employees: 35,
        caseStatus: 'surveying',
        version: 1,
      });
      const [caseRow] = await t.query('SELECT "subjectType", "subjectId", status FROM case_file WHERE id = $1', [res.body.caseId]);
      expect(caseRow).toEqual({ subjectType: 'enterprise', subjectId: res.body.id, status: 'surveying' });
      expect((await t.http().get(`/api/enterprises/${res.body.id}`).expect(200)).body).toEqual(res.body);
    });

    it('refuses an invalid 统一社会信用代码 (GB 32100-2015) in Chinese', async () => {
      const wrong = await t.http().post('/api/enterprises').send(makeEnterprise({ ...where, creditCode: '91350100M000100Y44' })).expect(400);
      expect(wrong.body.details).toEqual([{ field: 'creditCode', message: '统一社会信用代码校验位不正确，请核对' }]);
      const letter = await t.http().post('/api/enterprises').send(makeEnterprise({ ...where, creditCode: '91350100M000100O43' })).expect(400);
      expect(letter.body.message).toBe('统一社会信用代码含有无效字符 O（不使用 I、O、Z、S、V）');
      const short = await t.http().post('/api/enterprises').send(makeEnterprise({ ...where, creditCode: '9135010' })).expect(400);
      expect(short.body.message).toBe('统一社会信用代码必须是 18 位（当前 7 位）');
      expect(Number((await t.query<{ n: string }>(`SELECT count(*) AS n FROM enterprise WHERE "creditCode" LIKE '913501%'`))[0]!.n)).toBe(1);
    });

    it('refuses a duplicate code (409), unknown fields (400) and unknown parcels (422)', async () => {
      await t.http().post('/api/enterprises').send(makeEnterprise({ ...where, code: 'QY-DUP' })).expect(201);
      const dup = await t.http().post('/api/enterprises').send(makeEnterprise({ ...where, code: 'QY-DUP' })).expect(409);
      expect(dup.body.message).toBe('企业编号 QY-DUP 在项目 XJ-QY 中已存在');
      const unknown = await t.http().post('/api/enterprises').send(makeEnterprise({ ...where, status: 'signed' })).expect(400);
      expect(unknown.body.message).toBe('不允许提交字段 status');
      const parcel = await t.http().post('/api/enterprises').send(makeEnterprise({ ...where, parcelCode: 'NOPE' })).expect(422);
      expect(parcel.body.message).toBe('地块 NOPE 不属于项目 XJ-QY 或不存在');
    });

    it('finds enterprises by code prefix, part of the name, or the exact credit code', async () => {
      const creditCode = makeCreditCode(424242);
      await t.http().post('/api/enterprises').send(makeEnterprise({ ...where, code: 'QZ-001', name: '徐泾塑料包装有限公司', creditCode })).expect(201);
      const find = async (q: string) => (await t.http().get(`/api/enterprises?project=XJ-QY&q=${encodeURIComponent(q)}`).expect(200)).body;
      expect((await find('QZ-')).items.map((e: { code: string }) => e.code)).toEqual(['QZ-001']);
      expect((await find('塑料')).items.map((e: { code: string }) => e.code)).toEqual(['QZ-001']);
      const byCode = await find(creditCode.toLowerCase());
      expect(byCode.total).toBe(1);
      expect(byCode.items[0]).toMatchObject({ code: 'QZ-001', caseStatus: 'surveying', caseId: expect.any(String) });
      expect((await t.http().get('/api/enterprises?project=XJ-QY&status=confirmed').expect(200)).body.total).toBe(0);
      expect((await t.http().get('/api/enterprises?project=XJ-QY&pageSize=1&sort=-code').expect(200)).body).toMatchObject({ total: 3, items: [{ code: 'QZ-001' }] });
    });

    it('changes an enterprise under the optimistic lock and voids a confirmation', async () => {
      const e = (await t.http().post('/api/enterprises').send(makeEnterprise({ ...where, landArea: null })).expect(201)).body;
      const incomplete = await transition(e.caseId, 'surveyed').expect(422);
      expect(incomplete.body.message).toBe('摸底信息不完整，缺少：占地面积');
      const patched = await t.http().patch(`/api/enterprises/${e.id}`).send({ version: 1, landArea: '3000', parcelCode: 'XJ-QY-02' }).expect(200);
      expect(patched.body).toMatchObject({ landArea: '3000.00', parcelCode: 'XJ-QY-02', version: 2 });
      await transition(e.caseId, 'surveyed').expect(200);
      await confirmThroughBatch(t.http(), 'XJ-QY', [e.caseId]);
      const stale = await t.http().patch(`/api/enterprises/${e.id}`).send({ version: 1, employees: 10 }).expect(409);
      expect(stale.body.message).toBe(STALE);
      const changed = await t.http().patch(`/api/enterprises/${e.id}`).send({ version: 2, employees: 10 }).expect(200);
      expect(changed.body).toMatchObject({ employees: 10, caseStatus: 'surveyed', version: 3 });
      const bad = await t.http().patch(`/api/enterprises/${e.id}`).send({ version: 3, creditCode: '91350100M000100Y44' }).expect(400);
      expect(bad.body.message).toBe('统一社会信用代码校验位不正确，请核对');
    });

    it('answers 404 for an unknown enterprise', async () => {
      const res = await t.http().get('/api/enterprises/00000000-0000-4000-8000-000000000000').expect(404);
      expect(res.body).toEqual({ statusCode: 404, message: '该企业不存在' });
      await t.http().patch('/api/enterprises/abc').send({ version: 1 }).expect(404);
    });
  });

  describe('/api/facilities', () => {
    it('records, lists, reads and changes a municipal facility', async () => {
      const f = (await t.http().post('/api/facilities').send(makeFacility({ ...where, code: 'SZ-001', quantity: 12 })).expect(201)).body;
      expect(f).toMatchObject({ code: 'SZ-001', kind: 'power', quantity: '12.00', unit: '根', caseStatus: 'surveying', projectCode: 'XJ-QY' });
      await t.http().post('/api/facilities').send(makeFacility({ ...where, code: 'SZ-002', kind: 'water', ownerUnit: '青浦自来水公司', unit: '米' })).expect(201);

      const water = (await t.http().get('/api/facilities?project=XJ-QY&kind=water').expect(200)).body;
      expect(water.items.map((i: { code: string }) => i.code)).toEqual(['SZ-002']);
      const byOwner = (await t.http().get(`/api/facilities?q=${encodeURIComponent('自来水')}`).expect(200)).body;
      expect(byOwner.total).toBe(1);

      const patched = await t.http().patch(`/api/facilities/${f.id}`).send({ version: 1, quantity: '15.5', description: null }).expect(200);
      expect(patched.body).toMatchObject({ quantity: '15.50', description: null, version: 2 });
      expect((await t.http().get(`/api/facilities/${f.id}`).expect(200)).body).toEqual(patched.body);
      await t.http().patch(`/api/facilities/${f.id}`).send({ version: 1, unit: '座' }).expect(409);
    });

    it('refuses an unknown kind, a bad quantity and a duplicate code', async () => {
      const res = await t.http().post('/api/facilities').send(makeFacility({ ...where, kind: 'pipeline', quantity: '-1' })).expect(400);
      expect(res.body.details).toEqual([
        { field: 'kind', message: '设施类别只能是 power、telecom、water、drainage、gas、road、bridge、other 之一' },
        { field: 'quantity', message: '数量必须是不小于 0 的数字，最多两位小数' },
      ]);
      await t.http().post('/api/facilities').send(makeFacility({ ...where, code: 'SZ-DUP' })).expect(201);
      const dup = await t.http().post('/api/facilities').send(makeFacility({ ...where, code: 'SZ-DUP' })).expect(409);
      expect(dup.body.message).toBe('设施编号 SZ-DUP 在项目 XJ-QY 中已存在');
      expect((await t.http().get('/api/facilities/00000000-0000-4000-8000-000000000000').expect(404)).body.message).toBe('该市政设施不存在');
    });
  });

  describe('/api/legacy-bases', () => {
    it('records, lists, reads and changes a legacy base', async () => {
      const b = (await t.http().post('/api/legacy-bases').send(makeLegacyBase({ ...where, code: 'YL-001', name: '原二联村仓库地块' })).expect(201)).body;
      expect(b).toMatchObject({ code: 'YL-001', name: '原二联村仓库地块', originalProject: '318国道拓宽工程', area: '3500.00', householdsRemaining: 4, caseStatus: 'surveying' });
      const [caseRow] = await t.query('SELECT "subjectType" FROM case_file WHERE id = $1', [b.caseId]);
      expect(caseRow).toEqual({ subjectType: 'legacy_base' });

      const found = (await t.http().get(`/api/legacy-bases?project=XJ-QY&q=${encodeURIComponent('仓库')}`).expect(200)).body;
      expect(found).toMatchObject({ total: 1, items: [{ id: b.id, caseId: b.caseId }] });

      const patched = await t.http().patch(`/api/legacy-bases/${b.id}`).send({ version: 1, householdsRemaining: null, remarks: '已清退' }).expect(200);
      expect(patched.body).toMatchObject({ householdsRemaining: 0, remarks: '已清退', version: 2 });
    });

    it('guards its survey facts and refuses changes once signed', async () => {
      const b = (await t.http().post('/api/legacy-bases').send(makeLegacyBase({ ...where, originalProject: null, area: null })).expect(201)).body;
      expect((await transition(b.caseId, 'surveyed').expect(422)).body.message).toBe('摸底信息不完整，缺少：原项目、面积');
      await t.http().patch(`/api/legacy-bases/${b.id}`).send({ version: 1, originalProject: '徐泾老镇改造', area: '800' }).expect(200);
      await advanceCase(t.http(), 'XJ-QY', b.caseId, ['surveyed', 'confirmed', 'signed']);
      const res = await t.http().patch(`/api/legacy-bases/${b.id}`).send({ version: 2, area: '900' }).expect(409);
      expect(res.body.message).toBe('案件已处于“已签约”状态，摸底信息不能再修改');
      const [row] = await t.query<{ area: string; version: number }>('SELECT area, version FROM legacy_base WHERE id = $1', [b.id]);
      expect(row).toEqual({ area: '800.00', version: 2 });
      expect((await t.http().get('/api/legacy-bases/00000000-0000-4000-8000-000000000000').expect(404)).body.message).toBe('该遗留基地不存在');
    });
  });
});
