import { makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** 集体土地所有权 and 归并方案: the register with its totals, the survey steps, the plan's steps, roles and scope. */
describe('land ownership and the consolidation plan (e2e)', () => {
  let t: TestApp;
  let own: string;
  let other: string;
  let officer: Http;
  let leader: Http;
  let company: Http;
  let finance: Http;
  let n = 0;

  const record = (over: Record<string, unknown> = {}) => ({
    code: `OWN-${String(++n).padStart(3, '0')}`,
    ownerKind: 'village',
    ownerName: '二联村农民集体',
    area: '1000.50',
    landUse: 'farmland',
    ...over,
  });
  const count = async (table: string) => (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp();
    const a = makeProject();
    const b = makeProject();
    own = a.code as string;
    other = b.code as string;
    await t.http().post('/api/projects').send(a).expect(201);
    await t.http().post('/api/projects').send(b).expect(201);
    await t
      .http()
      .post(`/api/projects/${own}/parcels`)
      .send(makeParcel({ code: `${own}-01`, village: '二联村' }))
      .expect(201);
    await t
      .http()
      .post(`/api/projects/${other}/parcels`)
      .send(makeParcel({ code: `${other}-01`, village: '光联村' }))
      .expect(201);
    officer = await t.loginAs({ username: 'lo-officer', roles: ['officer'], projects: [own] });
    leader = await t.loginAs({ username: 'lo-leader', roles: ['leader'] });
    company = await t.loginAs({ username: 'lo-company', roles: ['company'], projects: [own] });
    finance = await t.loginAs({ username: 'lo-finance', roles: ['finance'] });
  });
  afterAll(() => t.close());

  it('registers land on a parcel (village from the parcel) and land of no project (village and 坐落); refuses bad input in Chinese, writing nothing', async () => {
    const onParcel = (
      await officer
        .post('/api/land/ownership')
        .send(record({ projectCode: own, parcelCode: `${own}-01` }))
        .expect(201)
    ).body;
    expect(onParcel).toMatchObject({
      village: '二联村',
      projectCode: own,
      parcelCode: `${own}-01`,
      surveyStatus: 'unsurveyed',
      surveyStatusLabel: '未调查',
      ownerKindLabel: '村集体',
      area: '1000.50',
    });
    const loose = (
      await officer
        .post('/api/land/ownership')
        .send(
          record({
            village: '二联村',
            location: '二联村北横港以南',
            ownerKind: 'group',
            ownerName: '二联村第三村民小组',
            area: '200.25',
            landUse: 'homestead',
          }),
        )
        .expect(201)
    ).body;
    expect(loose).toMatchObject({ projectCode: null, parcelCode: null, location: '二联村北横港以南' });

    const before = await count('land_ownership');
    const noPlace = await officer
      .post('/api/land/ownership')
      .send(record({ village: '二联村' }))
      .expect(422);
    expect(noPlace.body.message).toBe('不在项目地块上的土地须填写坐落');
    const badArea = await officer
      .post('/api/land/ownership')
      .send(record({ village: '二联村', location: 'x', area: '-1' }))
      .expect(400);
    expect(JSON.stringify(badArea.body)).toContain('面积必须是不小于 0 的数字');
    const badKind = await officer
      .post('/api/land/ownership')
      .send(record({ village: '二联村', location: 'x', ownerKind: 'state' }))
      .expect(400);
    expect(JSON.stringify(badKind.body)).toContain('所有权人类型只能是');
    const wrongVillage = await officer
      .post('/api/land/ownership')
      .send(record({ projectCode: own, parcelCode: `${own}-01`, village: '金联村' }))
      .expect(422);
    expect(wrongVillage.body.message).toContain('与填写的村（金联村）不一致');
    // Another project's parcel is answered as one that does not exist; another project's village is not the officer's.
    expect(
      (
        await officer
          .post('/api/land/ownership')
          .send(record({ projectCode: other, parcelCode: `${other}-01` }))
          .expect(422)
      ).body.message,
    ).toBe(`项目 ${other} 不存在`);
    expect(
      (
        await officer
          .post('/api/land/ownership')
          .send(record({ village: '光联村', location: 'y' }))
          .expect(403)
      ).body.message,
    ).toContain('光联村');
    const dup = await officer
      .post('/api/land/ownership')
      .send(record({ code: onParcel.code, village: '二联村', location: 'z' }))
      .expect(409);
    expect(dup.body.message).toBe(`登记编号 ${onParcel.code} 已存在`);
    expect(await count('land_ownership')).toBe(before);
  });

  it('lists with filters and totals by owner kind and use (exact decimals); scope per role; the company and finance see nothing', async () => {
    await t
      .http()
      .post('/api/land/ownership')
      .send(record({ projectCode: other, parcelCode: `${other}-01`, ownerName: '光联村农民集体', area: '0.10', landUse: 'construction' }))
      .expect(201);
    await t
      .http()
      .post('/api/land/ownership')
      .send(
        record({
          village: '光联村',
          location: '光联村东',
          ownerKind: 'town',
          ownerName: '徐泾镇农民集体',
          area: '0.20',
          landUse: 'construction',
        }),
      )
      .expect(201);

    const all = (await leader.get('/api/land/ownership?pageSize=200').expect(200)).body;
    const total = all.items.reduce((s: number, i: { area: string }) => s + Math.round(Number(i.area) * 100), 0);
    expect(Math.round(Number(all.totals.area) * 100)).toBe(total);
    expect(all.totals.byOwner.map((l: { key: string }) => l.key)).toEqual(['town', 'village', 'group']);
    expect(all.totals.byUse.find((l: { key: string }) => l.key === 'construction')).toMatchObject({
      label: '集体建设用地',
      count: 2,
      area: '0.30',
    });

    const mine = (await officer.get('/api/land/ownership').expect(200)).body;
    expect(mine.items.every((i: { village: string }) => i.village === '二联村')).toBe(true);
    expect(mine.total).toBe(2);
    const filtered = (await leader.get('/api/land/ownership?village=光联村&owner=town').expect(200)).body;
    expect(filtered).toMatchObject({ total: 1, totals: { count: 1, area: '0.20' } });
    expect((await leader.get('/api/land/ownership?status=confirmed').expect(200)).body.total).toBe(0);
    expect((await officer.get('/api/land/ownership/villages').expect(200)).body.villages).toEqual(['二联村']);

    await company.get('/api/land/ownership').expect(403);
    await finance.get('/api/land/ownership').expect(403);
    await company.get('/api/land/consolidation-plans').expect(403);
    const foreign = all.items.find((i: { village: string }) => i.village === '光联村');
    await officer.get(`/api/land/ownership/${foreign.id}`).expect(404);
    await leader.patch(`/api/land/ownership/${foreign.id}`).send({ version: foreign.version, remarks: '领导' }).expect(403);
  });

  it('moves the survey forward: 未调查 → 调查中 → 已确权 (needs the certificate); never back; a confirmed record keeps its owner and area', async () => {
    const r = (
      await officer
        .post('/api/land/ownership')
        .send(record({ village: '二联村', location: '步骤测试' }))
        .expect(201)
    ).body;
    const surveying = (
      await officer.post(`/api/land/ownership/${r.id}/status`).send({ status: 'surveying', version: r.version }).expect(200)
    ).body;
    expect(surveying.surveyStatusLabel).toBe('调查中');
    const noCert = await officer
      .post(`/api/land/ownership/${r.id}/status`)
      .send({ status: 'confirmed', version: surveying.version })
      .expect(422);
    expect(noCert.body.message).toBe('已确权的土地须填写所有权证书编号');
    const confirmed = (
      await officer
        .post(`/api/land/ownership/${r.id}/status`)
        .send({ status: 'confirmed', certificateNo: '沪集有(2013)第001号', version: surveying.version })
        .expect(200)
    ).body;
    expect(confirmed).toMatchObject({ surveyStatus: 'confirmed', certificateNo: '沪集有(2013)第001号' });
    const back = await officer
      .post(`/api/land/ownership/${r.id}/status`)
      .send({ status: 'surveying', version: confirmed.version })
      .expect(422);
    expect(back.body.message).toBe('调查状态不能从“已确权”改为“调查中”');
    const fixed = await officer.patch(`/api/land/ownership/${r.id}`).send({ area: '1.00', version: confirmed.version }).expect(422);
    expect(fixed.body.message).toContain('已确权的土地不能修改');
    await officer.patch(`/api/land/ownership/${r.id}`).send({ remarks: '已发证', version: confirmed.version }).expect(200);
    const stale = await officer.patch(`/api/land/ownership/${r.id}`).send({ remarks: '旧版本', version: confirmed.version }).expect(409);
    expect(stale.body.message).toBe('该所有权记录已被他人修改，请刷新后重试');
    // Another record cannot take the same certificate.
    const s = (
      await officer
        .post('/api/land/ownership')
        .send(record({ village: '二联村', location: '证书重复' }))
        .expect(201)
    ).body;
    expect(
      (await officer.patch(`/api/land/ownership/${s.id}`).send({ certificateNo: '沪集有(2013)第001号', version: s.version }).expect(409))
        .body.message,
    ).toContain('已登记在其他土地上');
  });

  it('keeps documents as attachments checked by their bytes; the leader reads them, the company cannot', async () => {
    const r = (
      await officer
        .post('/api/land/ownership')
        .send(record({ projectCode: own, parcelCode: `${own}-01` }))
        .expect(201)
    ).body;
    const loose = (
      await officer
        .post('/api/land/ownership')
        .send(record({ village: '二联村', location: '附件' }))
        .expect(201)
    ).body;
    for (const id of [r.id, loose.id]) {
      await officer
        .post('/api/attachments')
        .field('ownerType', 'land_ownership')
        .field('ownerId', id)
        .attach('file', PDF, '权属来源证明.pdf')
        .expect(201);
      expect((await leader.get(`/api/attachments?ownerType=land_ownership&ownerId=${id}`).expect(200)).body).toHaveLength(1);
    }
    const fake = await officer
      .post('/api/attachments')
      .field('ownerType', 'land_ownership')
      .field('ownerId', r.id)
      .attach('file', Buffer.from('MZ not a pdf'), '证书.pdf');
    expect(fake.status).toBeGreaterThanOrEqual(400);
    expect(fake.body.message).toMatch(/[\u4e00-\u9fa5]/);
    await leader
      .post('/api/attachments')
      .field('ownerType', 'land_ownership')
      .field('ownerId', r.id)
      .attach('file', PDF, 'x.pdf')
      .expect(403);
    await company.get(`/api/attachments?ownerType=land_ownership&ownerId=${r.id}`).expect(404);
  });

  it('a plan goes draft → approved (admin only, who and when) → done (records take the target owner and use); totals before and after', async () => {
    const a = (
      await officer
        .post('/api/land/ownership')
        .send(record({ village: '二联村', location: '归并甲', area: '100.10', landUse: 'farmland' }))
        .expect(201)
    ).body;
    const b = (
      await officer
        .post('/api/land/ownership')
        .send(
          record({
            village: '二联村',
            location: '归并乙',
            ownerKind: 'group',
            ownerName: '二联村第一村民小组',
            area: '50.05',
            landUse: 'other',
          }),
        )
        .expect(201)
    ).body;
    const body = {
      name: '二联村集体建设用地归并',
      targetOwnerKind: 'town',
      targetOwnerName: '徐泾镇农民集体',
      targetUse: 'construction',
      ownershipIds: [a.id, b.id],
    };
    const plan = (await officer.post('/api/land/consolidation-plans').send(body).expect(201)).body;
    expect(plan).toMatchObject({ status: 'draft', statusLabel: '草拟', createdBy: 'lo-officer', approvedBy: null });
    expect(plan.before.area).toBe('150.15');
    expect(plan.before.byOwner.find((l: { key: string }) => l.key === 'village').area).toBe('100.10');
    expect(plan.after.byOwner.find((l: { key: string }) => l.key === 'town')).toMatchObject({ count: 2, area: '150.15' });
    expect(plan.after.byUse.find((l: { key: string }) => l.key === 'construction').area).toBe('150.15');

    // A record in an open plan cannot join another, nor be deleted.
    expect(
      (
        await officer
          .post('/api/land/consolidation-plans')
          .send({ ...body, ownershipIds: [a.id] })
          .expect(409)
      ).body.message,
    ).toContain('已列入其他未完成的归并方案');
    expect((await officer.delete(`/api/land/ownership/${a.id}`).send({ version: a.version }).expect(409)).body.message).toBe(
      '该土地已列入归并方案，不能删除',
    );

    const early = await officer.post(`/api/land/consolidation-plans/${plan.id}/complete`).send({ version: plan.version }).expect(422);
    expect(early.body.message).toBe('只有已批准的归并方案才能标为完成');
    await officer.post(`/api/land/consolidation-plans/${plan.id}/approve`).send({ version: plan.version }).expect(403);
    await leader.post(`/api/land/consolidation-plans/${plan.id}/approve`).send({ version: plan.version }).expect(403);
    const renamed = (
      await officer
        .patch(`/api/land/consolidation-plans/${plan.id}`)
        .send({ name: '二联村集体土地归并方案', version: plan.version })
        .expect(200)
    ).body;
    const approved = (
      await t.http().post(`/api/land/consolidation-plans/${plan.id}/approve`).send({ version: renamed.version }).expect(200)
    ).body;
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'test-admin' });
    expect(approved.approvedAt).toMatch(/\+08:00$/);
    expect(
      (await officer.patch(`/api/land/consolidation-plans/${plan.id}`).send({ name: '再改', version: approved.version }).expect(422)).body
        .message,
    ).toBe('只有草拟中的归并方案才能修改');
    expect(
      (await t.http().post(`/api/land/consolidation-plans/${plan.id}/approve`).send({ version: approved.version }).expect(422)).body
        .message,
    ).toBe('归并方案已是“已批准”状态');

    const done = (await officer.post(`/api/land/consolidation-plans/${plan.id}/complete`).send({ version: approved.version }).expect(200))
      .body;
    expect(done).toMatchObject({ status: 'done', doneBy: 'lo-officer' });
    // Before keeps the former facts; the records now hold the target owner and use.
    expect(done.before.byOwner.find((l: { key: string }) => l.key === 'group').area).toBe('50.05');
    expect(done.items.map((i: { formerOwnerKind: string }) => i.formerOwnerKind).sort()).toEqual(['group', 'village']);
    const after = (await officer.get(`/api/land/ownership/${b.id}`).expect(200)).body;
    expect(after).toMatchObject({ ownerKind: 'town', ownerName: '徐泾镇农民集体', landUse: 'construction' });
    expect(
      (await t.http().post(`/api/land/consolidation-plans/${plan.id}/complete`).send({ version: done.version }).expect(422)).body.message,
    ).toBe('归并方案已是“已完成”状态');

    // The leader reads plans; the officer of another project does not see this one.
    expect((await leader.get('/api/land/consolidation-plans').expect(200)).body.map((p: { id: string }) => p.id)).toContain(plan.id);
    const stranger = await t.loginAs({ username: 'lo-stranger', roles: ['officer'], projects: [other] });
    await stranger.get(`/api/land/consolidation-plans/${plan.id}`).expect(404);
    expect((await stranger.get('/api/land/consolidation-plans').expect(200)).body).toEqual([]);

    // Every write is audited.
    const actions = (
      await t.query<{ action: string }>(`SELECT DISTINCT action FROM audit_log WHERE action LIKE 'consolidation_plan.%' ORDER BY action`)
    ).map((r) => r.action);
    expect(actions).toEqual([
      'consolidation_plan.approve',
      'consolidation_plan.complete',
      'consolidation_plan.create',
      'consolidation_plan.update',
    ]);
  });

  it('deletes a record no plan holds (audited)', async () => {
    const r = (
      await officer
        .post('/api/land/ownership')
        .send(record({ village: '二联村', location: '删除' }))
        .expect(201)
    ).body;
    const audited = async () => (await t.query(`SELECT 1 FROM audit_log WHERE action = 'land_ownership.delete'`)).length;
    const before = await audited();
    await officer.delete(`/api/land/ownership/${r.id}`).send({ version: r.version }).expect(204);
    await officer.get(`/api/land/ownership/${r.id}`).expect(404);
    expect(await audited()).toBe(before + 1);
  });

  it('two plans asking for the same land at the same moment: one takes it, the other is told it is taken (no double listing)', async () => {
    const land = (
      await officer
        .post('/api/land/ownership')
        .send(record({ village: '二联村', location: '并发归并' }))
        .expect(201)
    ).body;
    const body = (name: string) => ({ name, targetOwnerKind: 'town', targetOwnerName: '徐泾镇农民集体', targetUse: 'construction', ownershipIds: [land.id] });
    const answers = await Promise.all([
      officer.post('/api/land/consolidation-plans').send(body('并发方案甲')),
      officer.post('/api/land/consolidation-plans').send(body('并发方案乙')),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.status === 409)!.body.message).toContain('已列入其他未完成的归并方案');
    const [{ n }] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM consolidation_plan_item WHERE "ownershipId" = $1`, [land.id]);
    expect(n).toBe(1);
  });
});
