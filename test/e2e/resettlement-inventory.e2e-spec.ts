import { makeHousehold, makeParcel, makeProject } from '../support/factories.js';
import { baseWithBuilding, holdUnit, insertUnits, makeBase } from '../support/inventory.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

/** 安置基地, 楼栋, 房源: the town's inventory of resettlement flats, its stages, the 房源图 and freezing. */
describe('resettlement inventory (e2e)', () => {
  let t: TestApp;
  let admin: Http;
  let officer: Http;
  let otherOfficer: Http;
  let leader: Http;
  let company: Http;
  let projectCode: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = t.http();
    const project = makeProject();
    projectCode = project.code as string;
    await admin.post('/api/projects').send(project).expect(201);
    await admin.post(`/api/projects/${projectCode}/parcels`).send(makeParcel({ code: `${projectCode}-A` })).expect(201);
    officer = await t.loginAs({ username: 'inv-officer', roles: ['officer'], projects: [projectCode] });
    otherOfficer = await t.loginAs({ username: 'inv-officer-2', roles: ['officer'], projects: [] });
    leader = await t.loginAs({ username: 'inv-leader', roles: ['leader'] });
    company = await t.loginAs({ username: 'inv-company', roles: ['company'], projects: [projectCode] });
  });
  afterAll(() => t.close());

  const bases = () => t.query<{ n: number }>('SELECT count(*)::int AS n FROM resettlement_base').then((r) => r[0]!.n);

  it('creates a base (admin only), refuses invalid input in Chinese without writing, and lists it with its stage and counts for every role', async () => {
    const before = await bases();
    const invalid = await admin.post('/api/resettlement/bases').send(makeBase({ code: 'el', plannedDeliveryOn: '2027-02-30' })).expect(400);
    expect(JSON.stringify(invalid.body)).toContain('基地编号只能包含大写字母、数字和连字符');
    expect(JSON.stringify(invalid.body)).toContain('计划交付日期必须是有效日期');
    const future = await admin.post('/api/resettlement/bases').send(makeBase({ stageDates: { planning: { planned: null, actual: '2099-01-01' }, preliminary: { actual: '2099-02-01' } } })).expect(422);
    expect(future.body.message).toBe('「规划」的实际完成日期 2099-01-01 不能晚于今天');
    await officer.post('/api/resettlement/bases').send(makeBase()).expect(403);
    expect(await bases()).toBe(before);

    const payload = makeBase({ name: '二联测试基地' });
    const created = await admin.post('/api/resettlement/bases').send(payload).expect(201);
    expect(created.body).toMatchObject({ code: payload.code, name: '二联测试基地', stage: 'construction', stageLabel: '在建', plannedDeliveryOn: '2027-12-31', buildings: 0 });
    expect(created.body.steps.map((s: { label: string; state: string }) => `${s.label}:${s.state}`)).toEqual(['规划:done', '前期手续:done', '在建:current', '竣工:waiting', '交付中:waiting']);
    expect((await admin.post('/api/resettlement/bases').send(payload).expect(409)).body.message).toBe(`基地编号 ${payload.code} 已存在`);

    for (const who of [leader, company, otherOfficer]) {
      const list = await who.get('/api/resettlement/bases').expect(200);
      expect(list.body.find((b: { id: string }) => b.id === created.body.id)).toMatchObject({ units: { available: 0, total: 0 } });
    }
  });

  it('moves a stage forward only with the finished stage’s actual date, refuses a stale version, and lets only an admin move back', async () => {
    const { baseId, version } = await baseWithBuilding(admin);
    const early = await officer.patch(`/api/resettlement/bases/${baseId}`).send({ version, stage: 'completed' }).expect(422);
    expect(early.body.message).toBe('进入「竣工」前，须先填写「在建」的实际完成日期');
    const moved = await officer
      .patch(`/api/resettlement/bases/${baseId}`)
      .send({ version, stage: 'completed', stageDates: { construction: { actual: '2026-01-15' }, completed: { planned: '2027-09-30' } }, remarks: '主体结构已封顶' })
      .expect(200);
    expect(moved.body).toMatchObject({ stage: 'completed', stageLabel: '竣工', remarks: '主体结构已封顶', version: version + 1 });
    expect(moved.body.steps[2]).toMatchObject({ label: '在建', planned: '2027-06-30', actual: '2026-01-15', state: 'done' });
    expect((await officer.patch(`/api/resettlement/bases/${baseId}`).send({ version, remarks: '过期' }).expect(409)).body.message).toBe('该安置基地已被他人修改，请刷新后重试');
    const back = await officer.patch(`/api/resettlement/bases/${baseId}`).send({ version: moved.body.version, stage: 'construction', stageDates: { construction: { actual: null } } }).expect(422);
    expect(back.body.message).toBe('阶段不能从「竣工」退回「在建」；如确属录入错误，请联系管理员更正');
    await leader.patch(`/api/resettlement/bases/${baseId}`).send({ version: moved.body.version, remarks: 'x' }).expect(403);
    const corrected = await admin.patch(`/api/resettlement/bases/${baseId}`).send({ version: moved.body.version, stage: 'construction', stageDates: { construction: { actual: null } } }).expect(200);
    expect(corrected.body).toMatchObject({ stage: 'construction', remarks: '主体结构已封顶' });
    const audit = await t.query<{ action: string }>(`SELECT action FROM audit_log WHERE "entityId" = $1 AND "statusCode" < 400 ORDER BY id`, [baseId]);
    expect(audit.map((a) => a.action)).toEqual(['resettlement_base.create', 'resettlement_base.update', 'resettlement_base.update']);
  });

  it('adds buildings (admin, officer), refusing a duplicate 楼号 and the other roles', async () => {
    const { baseId } = await baseWithBuilding(admin);
    await company.post(`/api/resettlement/bases/${baseId}/buildings`).send({ code: '2号楼', floors: 11 }).expect(403);
    const invalid = await officer.post(`/api/resettlement/bases/${baseId}/buildings`).send({ code: '2号楼', floors: 0 }).expect(400);
    expect(JSON.stringify(invalid.body)).toContain('层数至少为 1');
    const added = await officer.post(`/api/resettlement/bases/${baseId}/buildings`).send({ code: '2号楼', floors: 11, plannedDeliveryOn: '2027-12-31' }).expect(201);
    expect(added.body.buildingList.map((b: { code: string; floors: number }) => `${b.code}/${b.floors}`)).toEqual(['1号楼/3', '2号楼/11']);
    expect((await officer.post(`/api/resettlement/bases/${baseId}/buildings`).send({ code: '2号楼', floors: 11 }).expect(409)).body.message).toContain('已有楼栋 2号楼');
    await officer.get(`/api/resettlement/bases/00000000-0000-4000-8000-000000000000`).expect(404);
  });

  it('draws a building’s unit grid top floor first with counts, the holder’s code for all and the 户主 name only for admin and the project’s officer', async () => {
    const where = await baseWithBuilding(admin);
    const units = await insertUnits(t, where, 3, 4);
    const household = (await admin.post('/api/households').send(makeHousehold({ projectCode, parcelCode: `${projectCode}-A`, headName: '陈桂英' })).expect(201)).body as { code: string; caseId: string };
    const held = units.find((u) => u.unitNo === '202')!;
    await holdUnit(t, held.id, household.caseId);

    const grid = await officer.get(`/api/resettlement/buildings/${where.buildingId}/grid`).expect(200);
    expect(grid.body).toMatchObject({ buildingCode: '1号楼', columns: ['01', '02', '03', '04'], counts: { available: 11, allocated: 1, total: 12 } });
    expect(grid.body.rows.map((r: { floor: number }) => r.floor)).toEqual([3, 2, 1]);
    const cell = grid.body.rows[1].units[1];
    expect(cell).toMatchObject({ unitNo: '202', layout: '两室一厅', area: '80.00', status: 'allocated', statusLabel: '已分配', kindLabel: '现房' });
    expect(cell.holder).toEqual({ caseId: household.caseId, code: household.code, name: '陈桂英', purpose: 'resettlement', purposeLabel: '安置房' });
    expect(grid.body.rows[0].units[0]).toMatchObject({ unitNo: '301', turnover: true });
    expect((await admin.get(`/api/resettlement/buildings/${where.buildingId}/grid`).expect(200)).body.rows[1].units[1].holder.name).toBe('陈桂英');
    for (const who of [otherOfficer, leader, company]) {
      const seen = (await who.get(`/api/resettlement/buildings/${where.buildingId}/grid`).expect(200)).body.rows[1].units[1].holder;
      expect(seen).toMatchObject({ code: household.code, name: null });
    }
    expect((await otherOfficer.get(`/api/resettlement/buildings/${where.buildingId}/grid`)).body.rows[1].units[1].holder.caseId).toBeNull();

    const base = await leader.get(`/api/resettlement/bases/${where.baseId}`).expect(200);
    expect(base.body.units).toMatchObject({ available: 11, allocated: 1, total: 12 });
    expect(base.body.buildingList[0].units).toMatchObject({ available: 11, allocated: 1 });

    const page = await leader.get(`/api/resettlement/units?base=${where.code}&layout=两室一厅&page=1&pageSize=2`).expect(200);
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((u: { unitNo: string }) => u.unitNo)).toEqual(['102', '202']);
    expect((await leader.get(`/api/resettlement/units?building=${where.buildingId}&status=allocated`).expect(200)).body.items.map((u: { unitNo: string }) => u.unitNo)).toEqual(['202']);
    expect((await leader.get('/api/resettlement/units?base=NOPE').expect(200)).body).toEqual({ items: [], total: 0 });
    const turnover = await leader.get(`/api/resettlement/units?base=${where.code}&turnover=true&status=available&page=1&pageSize=20`).expect(200);
    expect(turnover.body.total).toBe(3);
    expect(turnover.body.items.map((u: { unitNo: string; turnover: boolean }) => `${u.unitNo}:${u.turnover}`)).toEqual(['101:true', '201:true', '301:true']);
    expect((await leader.get(`/api/resettlement/units?base=${where.code}&turnover=false&page=1&pageSize=20`).expect(200)).body.total).toBe(9);
    const badTurnover = await leader.get('/api/resettlement/units?turnover=maybe').expect(400);
    expect(JSON.stringify(badTurnover.body)).toContain('周转房筛选只能是');
    const badFilter = await leader.get('/api/resettlement/units?status=sold').expect(400);
    expect(JSON.stringify(badFilter.body)).toContain('房源状态只能是');
    await leader.get('/api/resettlement/buildings/00000000-0000-4000-8000-000000000000/grid').expect(404);
  });

  it('freezes only an available unit with a reason and unfreezes it, audited; a stale version answers 409', async () => {
    const where = await baseWithBuilding(admin);
    const units = await insertUnits(t, where, 1, 2);
    const row = async (id: string) => (await t.query<{ status: string; frozenReason: string | null; version: number }>(`SELECT status, "frozenReason", version FROM resettlement_unit WHERE id = $1`, [id]))[0]!;
    const unit = units[0]!;
    const noReason = await officer.post(`/api/resettlement/units/${unit.id}/freeze`).send({ version: 1, reason: ' ' }).expect(400);
    expect(JSON.stringify(noReason.body)).toContain('请填写冻结原因');
    await leader.post(`/api/resettlement/units/${unit.id}/freeze`).send({ version: 1, reason: '卫生间渗水' }).expect(403);
    expect(await row(unit.id)).toMatchObject({ status: 'available', frozenReason: null, version: 1 });

    const frozen = await officer.post(`/api/resettlement/units/${unit.id}/freeze`).send({ version: 1, reason: '卫生间渗水，维修中' }).expect(200);
    expect(frozen.body).toMatchObject({ status: 'frozen', statusLabel: '冻结', frozenReason: '卫生间渗水，维修中', version: 2 });
    expect((await officer.post(`/api/resettlement/units/${unit.id}/freeze`).send({ version: 2, reason: '再次冻结' }).expect(422)).body.message).toBe('该房源已冻结');
    expect((await officer.post(`/api/resettlement/units/${unit.id}/unfreeze`).send({ version: 1 }).expect(409)).body.message).toBe('该房源已被他人修改，请刷新后重试');
    const thawed = await admin.post(`/api/resettlement/units/${unit.id}/unfreeze`).send({ version: 2 }).expect(200);
    expect(thawed.body).toMatchObject({ status: 'available', frozenReason: null, version: 3 });
    expect((await officer.post(`/api/resettlement/units/${unit.id}/unfreeze`).send({ version: 3 }).expect(422)).body.message).toBe('该房源可选，未被冻结');

    const household = (await admin.post('/api/households').send(makeHousehold({ projectCode, parcelCode: `${projectCode}-A` })).expect(201)).body as { caseId: string };
    await holdUnit(t, units[1]!.id, household.caseId, 'reserved');
    expect((await officer.post(`/api/resettlement/units/${units[1]!.id}/freeze`).send({ version: 2, reason: '预留后冻结' }).expect(422)).body.message).toBe('该房源已预留，只有可选的房源才能冻结');

    const audit = await t.query<{ action: string; changes: Array<{ after: { status: string } }> }>(`SELECT action, changes FROM audit_log WHERE "entityId" = $1 AND "statusCode" < 400 ORDER BY id`, [unit.id]);
    expect(audit.map((a) => `${a.action}:${a.changes[0]!.after.status}`)).toEqual(['resettlement_unit.freeze:frozen', 'resettlement_unit.unfreeze:available']);
  });
});
