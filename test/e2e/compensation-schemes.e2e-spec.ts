import { exampleScheme } from '@app/compensation';
import { makeFacility, makeParcel, makeProject } from '../support/factories.js';
import { householdAt, projectWithScheme } from '../support/money.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('compensation schemes and calculations (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses a version whose items are wrong with 422 naming the item, and stores nothing', async () => {
    const project = makeProject();
    await t.http().post('/api/projects').send(project).expect(201);
    const items = exampleScheme().items;
    items[2] = { ...items[2]!, rule: { kind: 'percentage', percent: '30', of: ['JA-CZ', 'NO-SUCH'] } };
    items[3] = { ...items[3]!, rule: { kind: 'per_area', area: 'licensed', unitPrice: '-300.00' } };
    const res = await t.http().post(`/api/projects/${project.code}/schemes`).send({ name: '错误方案', effectiveOn: '2013-01-01', items }).expect(422);
    expect(res.body.message).toContain('第3项 价格补贴（JG-BT）');
    expect(res.body.message).toContain('第4项 无证建筑残值（WZ-CZ）');
    expect(res.body.details.map((d: { itemCode: string }) => d.itemCode)).toEqual(expect.arrayContaining(['JG-BT', 'WZ-CZ']));
    const unknownArea = exampleScheme().items;
    unknownArea[0] = { ...unknownArea[0]!, rule: { kind: 'per_area', area: 'garden' as never, unitPrice: '10.00' } };
    const area = await t.http().post(`/api/projects/${project.code}/schemes`).send({ name: '错误方案', effectiveOn: '2013-01-01', items: unknownArea }).expect(422);
    expect(area.body.message).toContain('第1项 建安重置价（JA-CZ）');
    expect((await t.http().get(`/api/projects/${project.code}/schemes`).expect(200)).body).toEqual([]);
  });

  it('publishes a draft, which then never changes, and a new version supersedes it', async () => {
    const p = await projectWithScheme(t.http());
    const published = await t.http().get(`/api/schemes/${p.schemeId}`).expect(200);
    expect(published.body).toMatchObject({ status: 'published', number: 1, projectCode: p.code });
    const patch = await t.http().patch(`/api/schemes/${p.schemeId}`).send({ version: published.body.version, name: '改名' }).expect(409);
    expect(patch.body.message).toContain('不能修改');
    const next = await t.http().post(`/api/projects/${p.code}/schemes`).send({ name: '第二版', effectiveOn: '2013-07-01', items: exampleScheme().items }).expect(201);
    expect(next.body).toMatchObject({ status: 'draft', number: 2 });
    await t.http().patch(`/api/schemes/${next.body.id}`).send({ version: next.body.version, name: '第二版（修订）' }).expect(200);
    await t.http().post(`/api/schemes/${next.body.id}/publish`).expect(200);
    const list = (await t.http().get(`/api/projects/${p.code}/schemes`).expect(200)).body as Array<{ number: number; status: string }>;
    expect(list.map((v) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
  });

  it('keeps a 过渡费 rule on a version, shows it in words, and refuses a wrong one with every problem in Chinese', async () => {
    const project = makeProject();
    await t.http().post('/api/projects').send(project).expect(201);
    const rule = { basis: 'per_person', monthlyAmount: '800.00', overdue: { everyMonths: 6, percent: '50', capPercent: '100' }, afterDeliveryMonths: 3 };
    const bad = await t
      .http()
      .post(`/api/projects/${project.code}/schemes`)
      .send({ name: '错误过渡费', effectiveOn: '2013-01-01', items: exampleScheme().items, transitionalFee: { ...rule, monthlyAmount: '0', overdue: { everyMonths: 0, percent: '50', capPercent: '10' } } })
      .expect(422);
    expect(bad.body.message).toContain('过渡费月标准必须大于 0');
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['transitionalFee.monthlyAmount', 'transitionalFee.overdue.everyMonths', 'transitionalFee.overdue.capPercent']);
    const created = await t.http().post(`/api/projects/${project.code}/schemes`).send({ name: '含过渡费', effectiveOn: '2013-01-01', items: exampleScheme().items, transitionalFee: rule }).expect(201);
    expect(created.body.transitionalFee).toEqual(rule);
    expect(created.body.transitionalFeeText).toBe('800.00 元/人/月，逾期每 6 个月增发 50%（上限 100%），交房后续发 3 个月');
    const changed = await t
      .http()
      .patch(`/api/schemes/${created.body.id}`)
      .send({ version: created.body.version, transitionalFee: { ...rule, basis: 'per_household', overdue: null } })
      .expect(200);
    expect(changed.body.transitionalFeeText).toBe('800.00 元/户/月，逾期不增发，交房后续发 3 个月');
    await t.http().patch(`/api/schemes/${created.body.id}`).send({ version: changed.body.version, transitionalFee: { ...rule, basis: 'per_room' } }).expect(422);
    const cleared = await t.http().patch(`/api/schemes/${created.body.id}`).send({ version: changed.body.version, transitionalFee: null }).expect(200);
    expect(cleared.body).toMatchObject({ transitionalFee: null, transitionalFeeText: null });
  });

  it('only admins write schemes; an officer of another project sees none of it', async () => {
    const p = await projectWithScheme(t.http());
    const other = makeProject();
    await t.http().post('/api/projects').send(other).expect(201);
    const officer = await t.loginAs({ username: 'scheme-officer', roles: ['officer'], projects: [other.code as string] });
    await officer.post(`/api/projects/${p.code}/schemes`).send({ name: 'x', effectiveOn: '2013-01-01', items: exampleScheme().items }).expect(403);
    await officer.get(`/api/projects/${p.code}/schemes`).expect(404);
    await officer.get(`/api/schemes/${p.schemeId}`).expect(404);
  });

  it('calculates a household line by line under the published version and keeps the snapshot as it was', async () => {
    const p = await projectWithScheme(t.http());
    const h = await householdAt(t.http(), p, 'surveyed', { licensedArea: '120.50', unlicensedArea: '0', homesteadArea: '150.00', lowIncome: true });
    const res = await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const line = (code: string) => res.body.lines.find((l: { code: string }) => l.code === code);
    // 1995 brick-concrete, counted to 2013: 18 years → 0.80.
    expect(line('JA-CZ')).toMatchObject({ words: '120.50 m² × 1,850.00 元/m² × 0.80', amount: '178340.00' });
    expect(line('RK-BT')).toMatchObject({ amount: '15000.00' });
    expect(line('QY-JL')).toMatchObject({ amount: '30000.00' });
    expect(line('DB-BZ')).toMatchObject({ applicable: true, amount: '5000.00' });
    expect(line('CJ-BZ')).toMatchObject({ applicable: false, amount: '0.00' });
    const sum = res.body.lines.reduce((s: bigint, l: { amount: string }) => s + BigInt(l.amount.replace('.', '')), 0n);
    expect(res.body.total.replace('.', '')).toBe(sum.toString());
    expect(res.body.stale).toBe(false);
    expect(res.body).toMatchObject({ asOf: '2013-06-01', agreed: [] });

    // A fact change marks it stale; the snapshot itself stays exactly as stored.
    await t.http().patch(`/api/households/${h.id}`).send({ version: h.version, licensedArea: '130.00' }).expect(200);
    const latest = await t.http().get(`/api/cases/${h.caseId}/calculations/latest`).expect(200);
    expect(latest.body).toMatchObject({ id: res.body.id, stale: true, total: res.body.total });
    expect(latest.body.lines).toEqual(res.body.lines);
    const again = await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    expect(again.body.total).not.toBe(res.body.total);
    const list = (await t.http().get(`/api/cases/${h.caseId}/calculations`).expect(200)).body as Array<{ id: string; stale: boolean }>;
    expect(list.map((c) => [c.id, c.stale])).toEqual([
      [again.body.id, false],
      [res.body.id, true],
    ]);
    // The database itself refuses to change a snapshot.
    await expect(t.query(`UPDATE calculation SET "totalFen" = 1 WHERE id = $1`, [res.body.id])).rejects.toThrow(/不能修改/);
  });

  it('refuses a calculation without a published scheme, and names the item whose facts are missing', async () => {
    const project = makeProject();
    const parcel = makeParcel({ code: `${project.code}-01` });
    await t.http().post('/api/projects').send(project).expect(201);
    await t.http().post(`/api/projects/${project.code}/parcels`).send(parcel).expect(201);
    const h = await householdAt(t.http(), { code: project.code as string, parcel: parcel.code as string }, 'surveying');
    const none = await t.http().post(`/api/cases/${h.caseId}/calculations`).send({}).expect(422);
    expect(none.body.message).toContain('尚未发布补偿方案');

    const p = await projectWithScheme(t.http());
    const noStructure = await householdAt(t.http(), p, 'surveying', { structure: null });
    const res = await t.http().post(`/api/cases/${noStructure.caseId}/calculations`).send({}).expect(422);
    expect(res.body.message).toContain('建安重置价（JA-CZ）');
    expect(res.body.message).toContain('缺少房屋结构');
  });

  it('calculates a facility from the agreed amount supplied, and keeps the date and the amount it was given', async () => {
    const p = await projectWithScheme(t.http());
    const f = (await t.http().post('/api/facilities').send(makeFacility({ projectCode: p.code, parcelCode: p.parcel })).expect(201)).body;
    const missing = await t.http().post(`/api/cases/${f.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(422);
    expect(missing.body.message).toContain('缺少商定金额');
    const res = await t
      .http()
      .post(`/api/cases/${f.caseId}/calculations`)
      .send({ asOf: '2013-06-01', agreed: [{ code: 'SS-BC', amount: '85000.05', remark: '经产权单位协商确定' }] })
      .expect(201);
    expect(res.body).toMatchObject({ asOf: '2013-06-01', agreed: [{ code: 'SS-BC', amount: '85000.05', remark: '经产权单位协商确定' }], total: '85000.05' });
    expect(res.body.lines.find((l: { code: string }) => l.code === 'SS-BC')).toMatchObject({ applicable: true, amount: '85000.05' });
    const latest = await t.http().get(`/api/cases/${f.caseId}/calculations/latest`).expect(200);
    expect(latest.body).toMatchObject({ id: res.body.id, asOf: '2013-06-01', agreed: res.body.agreed });
    const negative = await t.http().post(`/api/cases/${f.caseId}/calculations`).send({ agreed: [{ code: 'SS-BC', amount: '-1' }] }).expect(400);
    expect(JSON.stringify(negative.body)).toContain('商定金额必须是不小于 0 的金额');
  });
});
