import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { makeHousehold, makeParcel, makeProject } from '../support/factories.js';
import { settledCaseOn } from '../support/handover.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/** 综合整治: the register of violations, their steps, the year's figures and the links to relocation. */
describe('综合整治 register (e2e)', () => {
  let t: TestApp;
  let admin: Http;
  let officer: Http;
  let otherOfficer: Http;
  let leader: Http;
  let company: Http;
  let finance: Http;
  let code: string;
  let other: string;
  const parcel = (p: string) => `${code}-${p}`;
  const violation = (extra: Record<string, unknown> = {}) => ({
    kind: 'illegal_building',
    projectCode: code,
    parcelCode: parcel('A'),
    area: '35.50',
    discoveredAt: '2013-03-05',
    responsibleText: '张某某',
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp();
    admin = t.http();
    const project = makeProject();
    code = project.code as string;
    await admin.post('/api/projects').send(project).expect(201);
    for (const p of ['A', 'B', 'C'])
      await admin
        .post(`/api/projects/${code}/parcels`)
        .send(makeParcel({ code: parcel(p), village: '二联村' }))
        .expect(201);
    const second = makeProject();
    other = second.code as string;
    await admin.post('/api/projects').send(second).expect(201);
    await admin
      .post(`/api/projects/${other}/parcels`)
      .send(makeParcel({ code: `${other}-A`, village: '金联村' }))
      .expect(201);
    officer = await t.loginAs({ username: 'rz-officer', roles: ['officer'], projects: [code] });
    otherOfficer = await t.loginAs({ username: 'rz-officer-2', roles: ['officer'], projects: [other] });
    leader = await t.loginAs({ username: 'rz-leader', roles: ['leader'] });
    company = await t.loginAs({ username: 'rz-company', roles: ['company'], projects: [code] });
    finance = await t.loginAs({ username: 'rz-finance', roles: ['finance'] });
  }, 120_000);
  afterAll(() => t.close());

  describe('roles', () => {
    it('the company and finance see nothing of the register (403)', async () => {
      for (const as of [company, finance]) {
        await as.get('/api/rectification/violations').expect(403);
        await as.get('/api/rectification/summary?year=2013').expect(403);
        await as.post('/api/rectification/violations').send(violation()).expect(403);
      }
      await company.post('/api/exports').send({ kind: 'rectification-ledger' }).expect(403);
    });

    it('a leader reads but writes nothing; an officer writes only in their projects’ parcels and villages', async () => {
      await leader.get('/api/rectification/violations').expect(200);
      await leader.post('/api/rectification/violations').send(violation()).expect(403);
      const refused = await otherOfficer.post('/api/rectification/violations').send(violation()).expect(422);
      expect(refused.body.message).toContain(`项目 ${code} 不存在`);
      const village = await otherOfficer
        .post('/api/rectification/violations')
        .send(violation({ projectCode: undefined, parcelCode: undefined, village: '二联村', address: '二联村 5 组' }))
        .expect(403);
      expect(village.body.message).toBe('没有在二联村登记违法行为的权限');
      // Land in no project, in the officer's project's village: theirs.
      const created = await officer
        .post('/api/rectification/violations')
        .send(
          violation({
            projectCode: undefined,
            parcelCode: undefined,
            village: '二联村',
            address: '二联村 5 组 8 号',
            kind: 'waste_dumping',
            area: undefined,
            volume: '120',
          }),
        )
        .expect(201);
      expect(created.body).toMatchObject({
        village: '二联村',
        projectCode: null,
        kindLabel: '渣土乱倒',
        volume: '120.00',
        area: null,
        status: 'found',
      });
      await otherOfficer.get(`/api/rectification/violations/${created.body.id}`).expect(404);
      expect((await otherOfficer.get('/api/rectification/violations').expect(200)).body.total).toBe(0);
      expect((await otherOfficer.get('/api/rectification/villages').expect(200)).body.villages).toEqual(['金联村']);
      await leader.get(`/api/rectification/violations/${created.body.id}`).expect(200);
    });

    it('refuses bad facts with a Chinese 422 and changes nothing', async () => {
      const before = (await t.query<{ n: number }>('SELECT count(*)::int AS n FROM rectification_violation'))[0]!.n;
      const noVolume = await officer
        .post('/api/rectification/violations')
        .send(violation({ kind: 'waste_dumping', area: undefined }))
        .expect(422);
      expect(noVolume.body.message).toBe('渣土乱倒须填写大于 0 的方量（立方米）');
      const nobody = await officer
        .post('/api/rectification/violations')
        .send(violation({ responsibleText: undefined }))
        .expect(422);
      expect(nobody.body.message).toBe('请填写责任人或责任单位');
      const wrongVillage = await officer
        .post('/api/rectification/violations')
        .send(violation({ village: '金联村' }))
        .expect(422);
      expect(wrongVillage.body.message).toContain('与所填的村（金联村）不一致');
      await officer
        .post('/api/rectification/violations')
        .send(violation({ discoveredAt: '2013-13-45' }))
        .expect(422);
      await officer
        .post('/api/rectification/violations')
        .send(violation({ discoveredAt: 'yesterday' }))
        .expect(400);
      expect((await t.query<{ n: number }>('SELECT count(*)::int AS n FROM rectification_violation'))[0]!.n).toBe(before);
    });
  });

  it('classifies stock and new at the year boundary, 1 January in Asia/Shanghai, and counts the year', async () => {
    const stock = await officer
      .post('/api/rectification/violations')
      .send(violation({ parcelCode: parcel('C'), discoveredAt: '2012-12-31T23:59:00+08:00' }))
      .expect(201);
    const fresh = await officer
      .post('/api/rectification/violations')
      .send(violation({ parcelCode: parcel('C'), discoveredAt: '2013-01-01T00:00:00+08:00' }))
      .expect(201);
    // The same instant written in UTC: still the first of January in Shanghai.
    const utc = await officer
      .post('/api/rectification/violations')
      .send(violation({ parcelCode: parcel('C'), discoveredAt: '2012-12-31T16:00:00Z' }))
      .expect(201);
    const page = (await officer.get('/api/rectification/violations?year=2013&pageSize=200').expect(200)).body;
    const origin = (id: string) => page.items.find((v: { id: string }) => v.id === id);
    expect(origin(stock.body.id)).toMatchObject({
      origin: 'stock',
      originLabel: '存量',
      discoveredOn: '2012-12-31',
      discoveredAt: '2012-12-31T23:59:00.000+08:00',
    });
    expect(origin(fresh.body.id)).toMatchObject({ origin: 'new', originLabel: '新增', discoveredOn: '2013-01-01' });
    expect(origin(utc.body.id)).toMatchObject({ origin: 'new', discoveredOn: '2013-01-01' });
    const summary = (await leader.get('/api/rectification/summary?year=2013').expect(200)).body;
    expect(summary.year).toBe(2013);
    expect(summary.stockAtStart).toBe(1);
    expect(summary.byMonth[0]).toMatchObject({ month: '2013-01', stockRemaining: 1 });
    expect(summary.byKind.find((k: { kind: string }) => k.kind === 'illegal_building')).toMatchObject({
      kindLabel: '违法建筑',
      stockAtStart: 1,
    });
    expect(summary.stockAtStart + summary.newFound - summary.eliminated).toBe(summary.open);
    const y2012 = (await leader.get('/api/rectification/summary?year=2012').expect(200)).body;
    expect(y2012).toMatchObject({ stockAtStart: 0, newFound: 1, open: 1 });
    await leader.get('/api/rectification/summary?year=1999').expect(400);
  });

  it('takes each status step in order, recording who and when; refuses skipped steps, stale versions and leaders; marks overdue', async () => {
    const created = (
      await officer
        .post('/api/rectification/violations')
        .send(violation({ parcelCode: parcel('B') }))
        .expect(201)
    ).body;
    expect(created.nextSteps).toEqual([{ to: 'notice_issued', label: '已下达整改通知' }]);
    const path = `/api/rectification/violations/${created.id}/steps`;
    const skip = await officer.post(path).send({ version: created.version, to: 'rectified' }).expect(422);
    expect(skip.body.message).toBe('当前状态为已发现，只能变更为已下达整改通知，不能变更为已整改');
    const noDeadline = await officer.post(path).send({ version: created.version, to: 'notice_issued', on: '2013-03-10' }).expect(422);
    expect(noDeadline.body.message).toBe('下达整改通知须填写整改期限');
    await leader.post(path).send({ version: created.version, to: 'notice_issued', on: '2013-03-10', deadline: '2013-04-10' }).expect(403);
    await otherOfficer
      .post(path)
      .send({ version: created.version, to: 'notice_issued', on: '2013-03-10', deadline: '2013-04-10' })
      .expect(404);
    const notice = (
      await officer
        .post(path)
        .send({ version: created.version, to: 'notice_issued', on: '2013-03-10', deadline: '2013-04-10', note: '青徐整改〔2013〕12号' })
        .expect(200)
    ).body;
    expect(notice).toMatchObject({ status: 'notice_issued', statusLabel: '已下达整改通知', deadline: '2013-04-10', overdue: true });
    await officer.post(path).send({ version: created.version, to: 'rectifying' }).expect(409);
    const rectifying = (await officer.post(path).send({ version: notice.version, to: 'rectifying', on: '2013-03-20' }).expect(200)).body;
    expect(rectifying.nextSteps.map((s: { to: string }) => s.to)).toEqual(['rectified', 'demolished']);
    const closed = (await admin.post(path).send({ version: rectifying.version, to: 'demolished', on: '2013-04-08' }).expect(200)).body;
    expect(closed).toMatchObject({ status: 'demolished', closedOn: '2013-04-08', overdue: false, nextSteps: [] });
    expect(closed.steps.map((s: { toStatus: string; stepOn: string; createdBy: string }) => [s.toStatus, s.stepOn, s.createdBy])).toEqual([
      ['found', '2013-03-05', 'rz-officer'],
      ['notice_issued', '2013-03-10', 'rz-officer'],
      ['rectifying', '2013-03-20', 'rz-officer'],
      ['demolished', '2013-04-08', 'test-admin'],
    ]);
    const after = await officer.post(path).send({ version: closed.version, to: 'rectified' }).expect(422);
    expect(after.body.message).toBe('该违法行为已拆除，已结案，不能再变更状态');
    const audit = await t.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE "entityId" = $1 OR changes::text LIKE $2 ORDER BY id`,
      [created.id, `%${created.id}%`],
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['rectification.create', 'rectification.step']));
  });

  it('keeps evidence as attachments the company cannot see', async () => {
    const created = (
      await officer
        .post('/api/rectification/violations')
        .send(violation({ parcelCode: parcel('B') }))
        .expect(201)
    ).body;
    const owner = { ownerType: 'rectification_violation', ownerId: created.id };
    const uploaded = await officer
      .post('/api/attachments')
      .field('ownerType', owner.ownerType)
      .field('ownerId', owner.ownerId)
      .attach('file', PNG, '现场照片.png')
      .expect(201);
    expect(uploaded.body).toMatchObject({ fileName: '现场照片.png', mediaType: 'image/png' });
    expect((await leader.get('/api/attachments').query(owner).expect(200)).body).toHaveLength(1);
    await leader
      .post('/api/attachments')
      .field('ownerType', owner.ownerType)
      .field('ownerId', owner.ownerId)
      .attach('file', PNG, '照片.png')
      .expect(403);
    await company.get('/api/attachments').query(owner).expect(404);
    await otherOfficer.get('/api/attachments').query(owner).expect(404);
  });

  it('an illegal building on a household proposes its 无证面积; nothing changes until the officer confirms', async () => {
    const household = (
      await officer
        .post('/api/households')
        .send(makeHousehold({ projectCode: code, parcelCode: parcel('A'), unlicensedArea: '20' }))
        .expect(201)
    ).body;
    const created = (
      await officer
        .post('/api/rectification/violations')
        .send(violation({ householdId: household.id, responsibleText: undefined, area: '35.50' }))
        .expect(201)
    ).body;
    expect(created.responsible).toBe(`民房 ${household.code} ${household.headName}`);
    await officer
      .post('/api/rectification/violations')
      .send(violation({ kind: 'illegal_land', householdId: household.id, responsibleText: undefined, area: '100' }))
      .expect(201);
    const onCase = (await officer.get(`/api/rectification/violations?householdId=${household.id}`).expect(200)).body;
    expect(onCase.total).toBe(2);
    const proposal = (await officer.get(`/api/rectification/households/${household.id}/unlicensed-area`).expect(200)).body;
    expect(proposal).toMatchObject({ currentArea: '20.00', proposedArea: '35.50', pending: true, violationCodes: [created.code] });
    expect((await officer.get(`/api/households/${household.id}`).expect(200)).body.unlicensedArea).toBe('20.00');
    const path = `/api/rectification/households/${household.id}/unlicensed-area/confirm`;
    await leader.post(path).send({ householdVersion: proposal.householdVersion, area: '35.50' }).expect(403);
    const stale = await officer.post(path).send({ householdVersion: proposal.householdVersion, area: '30.00' }).expect(409);
    expect(stale.body.message).toBe('整治台账的建议已变为 35.50 平方米，请刷新后重新确认');
    await officer
      .post(path)
      .send({ householdVersion: proposal.householdVersion + 5, area: '35.50' })
      .expect(409);
    expect((await officer.get(`/api/households/${household.id}`).expect(200)).body.unlicensedArea).toBe('20.00');
    const confirmed = (await officer.post(path).send({ householdVersion: proposal.householdVersion, area: '35.50' }).expect(200)).body;
    expect(confirmed).toMatchObject({ currentArea: '35.50', proposedArea: '35.50', pending: false });
    expect((await officer.get(`/api/households/${household.id}`).expect(200)).body.unlicensedArea).toBe('35.50');
    const [audit] = await t.query<{
      action: string;
      changes: Array<{ entityType: string; before: Record<string, unknown>; after: Record<string, unknown> }>;
    }>(`SELECT action, changes FROM audit_log WHERE action = 'rectification.confirm-unlicensed-area' AND "statusCode" = 200`);
    expect(audit!.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityType: 'household', after: expect.objectContaining({ unlicensedArea: '35.50' }) }),
      ]),
    );
    const again = await officer
      .post(path)
      .send({ householdVersion: proposal.householdVersion + 1, area: '35.50' })
      .expect(422);
    expect(again.body.message).toBe('该户的无证面积已是 35.50 平方米，无需确认');
  });

  it('an open violation on a parcel holds its handover back (422 naming it) until it is closed', async () => {
    await admin
      .post(`/api/projects/${code}/parcels`)
      .send(makeParcel({ code: parcel('H'), village: '二联村' }))
      .expect(201);
    await settledCaseOn(admin, { code, parcel: parcel('H') });
    const open = (
      await officer
        .post('/api/rectification/violations')
        .send(violation({ parcelCode: parcel('H') }))
        .expect(201)
    ).body;
    const readiness = (await officer.get(`/api/projects/${code}/parcels/${parcel('H')}/handover-readiness`).expect(200)).body;
    expect(readiness).toMatchObject({ ready: false, blockers: [] });
    expect(readiness.holds).toEqual([
      {
        kind: 'rectification',
        id: open.id,
        label: `违法建筑 ${open.code}（已发现）`,
        message: `违法建筑 ${open.code}（已发现）尚未整改完毕或拆除`,
      },
    ]);
    const summary = (await officer.get(`/api/projects/${code}/handover-summary`).expect(200)).body;
    expect(summary.parcels.find((p: { code: string }) => p.code === parcel('H'))).toMatchObject({ blockers: 0, holds: 1, ready: false });
    const handover = { parcelCode: parcel('H'), handedOverOn: '2014-03-01', area: '100.00', townPeople: '王强', companyPeople: '赵华' };
    const refused = await officer.post(`/api/projects/${code}/handovers`).send(handover).expect(422);
    expect(refused.body.message).toBe(`地块 ${parcel('H')} 上还有 1 处未结案的违法行为，不能移交：违法建筑 ${open.code}（已发现）`);
    expect(
      (
        await t.query<{ n: number }>('SELECT count(*)::int AS n FROM handover WHERE "parcelId" = (SELECT id FROM parcel WHERE code = $1)', [
          parcel('H'),
        ])
      )[0]!.n,
    ).toBe(0);
    // The company sees that something holds the parcel, not the register's record.
    const seen = (await company.get(`/api/projects/${code}/parcels/${parcel('H')}/handover-readiness`).expect(200)).body;
    expect(seen.holds[0].label).toBe(`违法行为 ${open.code}`);
    let v = open;
    for (const [to, extra] of [
      ['notice_issued', { deadline: '2013-04-01' }],
      ['rectifying', {}],
      ['rectified', {}],
    ] as const) {
      v = (
        await officer
          .post(`/api/rectification/violations/${open.id}/steps`)
          .send({ version: v.version, to, on: '2013-03-20', ...extra })
          .expect(200)
      ).body;
    }
    expect((await officer.get(`/api/projects/${code}/parcels/${parcel('H')}/handover-readiness`).expect(200)).body).toMatchObject({
      ready: true,
      holds: [],
    });
    await officer.post(`/api/projects/${code}/handovers`).send(handover).expect(201);
  });

  it('exports the year’s register as 综合整治台账, read back with ExcelJS', async () => {
    // Hostile text typed by a user stays text in the workbook, never a formula.
    await officer
      .post('/api/rectification/violations')
      .send(violation({ parcelCode: parcel('C'), responsibleText: '=HYPERLINK("http://x","点我")' }))
      .expect(201);
    const created = await leader
      .post('/api/exports')
      .send({ kind: 'rectification-ledger', filters: { year: 2013 } })
      .expect(202);
    const done = await finishedBatch(leader, `/api/exports/${created.body.id}`, 45_000);
    expect(done).toMatchObject({ status: 'succeeded', fileName: expect.stringMatching(/^综合整治台账-\d{8}\.xlsx$/) });
    const file = await leader.get(`/api/exports/${created.body.id}/file`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('综合整治台账（2013年）');
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['台账编号', '类型', '所在村', '存量/新增', '状态', '整改期限', '逾期']));
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(row.values as unknown[]);
    });
    const stock = rows.find((r) => r.includes('2012-12-31'));
    expect(stock).toEqual(expect.arrayContaining(['违法建筑', '二联村', '存量', '已发现', 35.5]));
    expect(rows.some((r) => r.includes('渣土乱倒') && r.includes(120))).toBe(true);
    expect(rows.find((r) => r.includes('=HYPERLINK("http://x","点我")'))).toBeDefined();
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });
});
