import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertBase, signedSwapHouseholds } from '../support/choosing.js';
import { projectWithScheme } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** 预留: a unit set aside for one household (available → reserved → allocated → delivered), or released. */
describe('resettlement: reserving a unit for a household (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let project: { code: string; parcel: string };
  let officer: Http;
  let otherOfficer: Http;
  let finance: Http;
  let base: Awaited<ReturnType<typeof insertBase>>;
  let households: Array<{ caseId: string; agreementId: string; code: string }>;

  const agreement = async (id: string) => (await t.http().get(`/api/agreements/${id}`).expect(200)).body;
  const unitStatus = async (no: string) =>
    (await t.query<{ status: string }>('SELECT status FROM resettlement_unit WHERE id = $1', [base.unitIds[no]]))[0]!.status;
  const reserve = (http: Http, caseId: string, no: string, reason = '家中有残疾人，需低楼层房源') =>
    http.post('/api/resettlement/reservations').send({ caseId, unitId: base.unitIds[no], reason });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-reserve-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    project = await projectWithScheme(t.http());
    officer = await t.loginAs({ username: 'yl-officer', roles: ['officer'], projects: [project.code] });
    otherOfficer = await t.loginAs({ username: 'yl-other', roles: ['officer'], projects: [] });
    finance = await t.loginAs({ username: 'yl-finance', roles: ['finance'], projects: [] });
    base = await insertBase(t, { code: 'BC', name: '徐泾北城安置基地' }, '1号楼', [
      { unitNo: '101', area: '80.00', resettlementPrice: '1000.00', marketPrice: '20000.00' },
      { unitNo: '102', area: '40.00', resettlementPrice: '1000.00', marketPrice: '20000.00' },
      { unitNo: '103', area: '80.00', resettlementPrice: '1000.00', marketPrice: '20000.00' },
      { unitNo: '104', area: '200.00', resettlementPrice: '1000.00', marketPrice: '20000.00', layout: '复式' },
      { unitNo: '105', area: '80.00', resettlementPrice: '1000.00', marketPrice: '20000.00' },
      { unitNo: '106', area: '60.00', turnover: true },
    ]);
    households = await signedSwapHouseholds(t.http(), project, 4);
  }, 240_000);
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reserves with a reason: the unit is 已预留, the agreement untouched, audited; bad requests change nothing', async () => {
    const [h] = households;
    await finance
      .post('/api/resettlement/reservations')
      .send({ caseId: h!.caseId, unitId: base.unitIds['101'], reason: '低楼层' })
      .expect(403);
    await reserve(otherOfficer, h!.caseId, '101').expect(404);
    const noReason = await officer
      .post('/api/resettlement/reservations')
      .send({ caseId: h!.caseId, unitId: base.unitIds['101'] })
      .expect(400);
    expect(noReason.body.message).toContain('请填写预留原因');
    const extra = await officer
      .post('/api/resettlement/reservations')
      .send({ caseId: h!.caseId, unitId: base.unitIds['101'], reason: '低楼层', status: 'allocated' })
      .expect(400);
    expect(extra.body.message).toContain('status');
    const turnover = await reserve(officer, h!.caseId, '106').expect(422);
    expect(turnover.body.message).toBe('该房源为周转房，不能作为安置房分配');
    const beyond = await reserve(officer, h!.caseId, '104').expect(422);
    expect(beyond.body.message).toContain('超出应安置面积');
    expect(await unitStatus('104')).toBe('available');

    const before = await agreement(h!.agreementId);
    const res = await reserve(officer, h!.caseId, '101').expect(201);
    expect(res.body).toMatchObject({
      status: 'reserved',
      statusLabel: '已预留',
      reserveReason: '家中有残疾人，需低楼层房源',
      reservedBy: 'yl-officer',
      unit: { unitNo: '101', status: 'reserved' },
    });
    expect(res.body.reservedAt).toMatch(/\+08:00$/);
    expect(await unitStatus('101')).toBe('reserved');
    const after = await agreement(h!.agreementId);
    expect({ location: after.swapLocation, area: after.swapArea, agreed: after.agreed }).toEqual({
      location: before.swapLocation,
      area: before.swapArea,
      agreed: before.agreed,
    });
    const [audit] = await t.query<{ changes: Array<{ entityType: string; after: Record<string, unknown> }> }>(
      `SELECT changes FROM audit_log WHERE action = 'allocation.reserve' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit!.changes[0]).toMatchObject({
      entityType: 'unit-allocation',
      after: expect.objectContaining({ status: 'reserved', reason: '家中有残疾人，需低楼层房源' }),
    });

    const again = await reserve(officer, h!.caseId, '101').expect(409);
    expect(again.body.message).toBe('该房源已为该户预留');
  });

  it('nobody else takes or reserves a reserved unit; 10 households asking at once for one free unit: exactly one reservation', async () => {
    const [h, other] = households;
    const taken = await officer
      .post('/api/resettlement/allocations')
      .send({ caseId: other!.caseId, unitId: base.unitIds['101'], purpose: 'resettlement' })
      .expect(409);
    expect(taken.body.message).toBe('该房源已为其他家庭预留');
    const reserved = await reserve(officer, other!.caseId, '101').expect(409);
    expect(reserved.body.message).toBe('该房源已为其他家庭预留');

    const many = await signedSwapHouseholds(t.http(), project, 10);
    const answers = await Promise.all(many.map((m) => reserve(officer, m.caseId, '105')));
    expect(answers.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const r of answers.filter((x) => x.status === 409)) expect(r.body.message).toBe('该房源已为其他家庭预留');
    const holders = await t.query<{ caseId: string }>(`SELECT "caseId" FROM unit_allocation WHERE "unitId" = $1 AND status <> 'released'`, [
      base.unitIds['105'],
    ]);
    expect(holders).toHaveLength(1);
    expect(h).toBeDefined();
  }, 300_000);

  it('a reserved unit is offered first to its household in a round and to nobody else; it is taken in one click (the same record), the agreement repriced', async () => {
    const [h, other] = households;
    const round = (
      await officer
        .post('/api/resettlement/choosing-rounds')
        .send({ baseId: base.baseId, projectCodes: [project.code], seed: '2013122001' })
        .expect(201)
    ).body;
    const entryOf = (caseId: string) => round.entries.find((e: { caseId: string }) => e.caseId === caseId);
    const mine = (await officer.get(`/api/resettlement/choosing-rounds/${round.id}/entries/${entryOf(h!.caseId).id}/options`).expect(200))
      .body;
    expect(mine.options[0]).toMatchObject({ reserved: true, available: true, unit: { unitNo: '101', status: 'reserved' } });
    expect(mine.heldArea).toBe('0.00');
    const theirs = (
      await officer.get(`/api/resettlement/choosing-rounds/${round.id}/entries/${entryOf(other!.caseId).id}/options`).expect(200)
    ).body;
    expect(theirs.options.map((o: { unit: { unitNo: string } }) => o.unit.unitNo)).not.toContain('101');
    expect(theirs.options.every((o: { reserved: boolean }) => !o.reserved)).toBe(true);

    // The household's turn: the households before it finish without choosing.
    for (const entry of round.entries) {
      if (entry.caseId === h!.caseId) break;
      await officer.post(`/api/resettlement/choosing-rounds/${round.id}/entries/${entry.id}/finish`).send({}).expect(200);
    }
    const [reservation] = await t.query<{ id: string }>(`SELECT id FROM unit_allocation WHERE "unitId" = $1 AND status = 'reserved'`, [
      base.unitIds['101'],
    ]);
    const taken = await officer
      .post('/api/resettlement/allocations')
      .send({ caseId: h!.caseId, unitId: base.unitIds['101'], roundId: round.id, purpose: 'resettlement' })
      .expect(201);
    expect(taken.body).toMatchObject({
      id: reservation!.id,
      status: 'allocated',
      roundId: round.id,
      reserveReason: '家中有残疾人，需低楼层房源',
      unit: { status: 'allocated' },
    });
    expect(await unitStatus('101')).toBe('allocated');
    expect(await agreement(h!.agreementId)).toMatchObject({ swapLocation: '徐泾北城安置基地 1号楼 101室', swapArea: '80.00' });
    const [audit] = await t.query<{
      changes: Array<{ entityType: string; before: Record<string, unknown>; after: Record<string, unknown> }>;
    }>(`SELECT changes FROM audit_log WHERE action = 'allocation.create' ORDER BY id DESC LIMIT 1`);
    expect(audit!.changes[0]).toMatchObject({
      entityType: 'unit-allocation',
      before: expect.objectContaining({ status: 'reserved' }),
      after: expect.objectContaining({ status: 'allocated' }),
    });
    const state = (await officer.get(`/api/resettlement/choosing-rounds/${round.id}`).expect(200)).body;
    await officer.post(`/api/resettlement/choosing-rounds/${round.id}/close`).send({ version: state.version }).expect(200);
  }, 120_000);

  it('a reservation cannot be delivered; released, the unit is free for anyone and the agreement stays as it was', async () => {
    const [, , third, fourth] = households;
    const held = (await reserve(officer, third!.caseId, '103', '待其子女户口迁入后再确认')).body;
    expect(held.status).toBe('reserved');
    const receipt = (
      await officer
        .post('/api/attachments')
        .field('ownerType', 'unit_allocation')
        .field('ownerId', held.id)
        .attach('file', PDF, '交房签收单.pdf')
        .expect(201)
    ).body;
    const deliver = await officer
      .post(`/api/resettlement/allocations/${held.id}/deliver`)
      .send({ deliveredOn: today(), receiptAttachmentId: receipt.id, version: held.version })
      .expect(422);
    expect(deliver.body.message).toBe('预留的房源须先分配给该户，才能交房');
    const before = await agreement(third!.agreementId);
    const released = await officer
      .post(`/api/resettlement/allocations/${held.id}/release`)
      .send({ reason: '该户放弃预留', version: held.version })
      .expect(200);
    expect(released.body).toMatchObject({ status: 'released', releaseReason: '该户放弃预留', unit: { status: 'available' } });
    expect((await agreement(third!.agreementId)).agreed).toBe(before.agreed);
    const history = (await finance.get(`/api/cases/${third!.caseId}/allocations`).expect(200)).body;
    expect(history).toEqual([expect.objectContaining({ status: 'released', reserveReason: '待其子女户口迁入后再确认' })]);
    await officer
      .post('/api/resettlement/allocations')
      .send({ caseId: fourth!.caseId, unitId: base.unitIds['103'], purpose: 'resettlement' })
      .expect(201);
  });
});
