import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { choosingOrder, ORDER_ALGORITHM, orderHash } from '@app/resettlement';
import { verifyOrderFile } from '../../scripts/verify-order.js';
import { insertBase, signedSwapHouseholds } from '../support/choosing.js';
import { projectWithScheme } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('resettlement: 选房 order, allocation, release, delivery (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let a: { code: string; parcel: string };
  let b: { code: string; parcel: string };
  let c: { code: string; parcel: string };
  let officer: Http;
  let otherOfficer: Http;
  let finance: Http;
  let base: Awaited<ReturnType<typeof insertBase>>;
  let households: Array<{ caseId: string; agreementId: string; code: string }>;
  let round: { id: string; seed: string; orderHash: string; entries: Array<{ id: string; position: number; caseId: string; caseRef: string; sequenceNo: number; isNext: boolean; done: boolean }> };

  const agreement = async (id: string) => (await t.http().get(`/api/agreements/${id}`).expect(200)).body;
  const roundNow = async () => (await officer.get(`/api/resettlement/choosing-rounds/${round.id}`).expect(200)).body;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-choosing-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    a = await projectWithScheme(t.http());
    b = await projectWithScheme(t.http());
    c = await projectWithScheme(t.http());
    officer = await t.loginAs({ username: 'xf-officer', roles: ['officer'], projects: [a.code, b.code, c.code] });
    otherOfficer = await t.loginAs({ username: 'xf-other', roles: ['officer'], projects: [] });
    finance = await t.loginAs({ username: 'xf-finance', roles: ['finance'], projects: [] });
    // Cheap units: the households' compensation covers them, so the agreements carry a 差价 payable to them.
    base = await insertBase(t, { code: 'BC', name: '徐泾北城安置基地' }, '3号楼', [
      { unitNo: '1501', area: '80.00', resettlementPrice: '1000.00', marketPrice: '20000.00' },
      { unitNo: '1502', area: '40.00', resettlementPrice: '1000.00', marketPrice: '20000.00' },
      { unitNo: '1503', area: '120.00', resettlementPrice: '1000.00', marketPrice: '20000.00', layout: '三室两厅' },
      { unitNo: '1504', area: '200.00', resettlementPrice: '1000.00', marketPrice: '20000.00', layout: '复式' },
      { unitNo: '1601', area: '120.00', resettlementPrice: '1000.00', marketPrice: '20000.00', layout: '三室两厅' },
      { unitNo: '1602', area: '135.00', resettlementPrice: '1000.00', marketPrice: '20000.00', layout: '三室两厅' },
      { unitNo: '1603', area: '120.00', resettlementPrice: '4000.00', marketPrice: '20000.00', layout: '四室两厅' },
      { unitNo: '1701', area: '80.00', resettlementPrice: '1000.00', marketPrice: '20000.00' },
      { unitNo: '1702', area: '80.00', resettlementPrice: '1000.00', marketPrice: '20000.00' },
      { unitNo: '0101', area: '60.00', turnover: true },
    ]);
    // Signed in turn in two projects: 签约顺序号 1, 2, 3 in each, so every number is a tie the seed breaks.
    households = [];
    for (let i = 0; i < 3; i++) {
      households.push(...(await signedSwapHouseholds(t.http(), a, 1)));
      households.push(...(await signedSwapHouseholds(t.http(), b, 1)));
    }
  }, 240_000);
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('publishes a round in 签约顺序号 order, ties broken by the published seed, with the order hash', async () => {
    await officer.post('/api/resettlement/choosing-rounds').send({ baseId: base.baseId, projectCodes: [a.code], seed: 'bad:seed' }).expect(400);
    await otherOfficer.post('/api/resettlement/choosing-rounds').send({ baseId: base.baseId, projectCodes: [a.code] }).expect(404);
    await finance.post('/api/resettlement/choosing-rounds').send({ baseId: base.baseId, projectCodes: [a.code] }).expect(403);
    const res = await officer.post('/api/resettlement/choosing-rounds').send({ baseId: base.baseId, projectCodes: [a.code, b.code], seed: '2026120401' }).expect(201);
    round = res.body;
    expect(res.body).toMatchObject({ seed: '2026120401', algorithm: ORDER_ALGORITHM, status: 'published', baseName: '徐泾北城安置基地', projectCodes: [a.code, b.code] });
    expect(res.body.algorithmDescription).toContain('SHA-256(种子');
    expect(round.entries).toHaveLength(6);
    expect(round.entries.map((e) => e.sequenceNo)).toEqual([1, 1, 2, 2, 3, 3]);
    const expected = choosingOrder('2026120401', households.map((h, i) => ({ caseRef: h.code, sequenceNo: Math.floor(i / 2) + 1 })));
    expect(round.entries.map((e) => e.caseRef)).toEqual(expected.map((e) => e.item.caseRef));
    expect(round.orderHash).toBe(orderHash(ORDER_ALGORITHM, '2026120401', round.entries));
    expect(res.body.entries[0]).toMatchObject({ isNext: true, entitlementArea: '120.00', householdName: expect.stringContaining('张建国') });
    // Nobody is left to publish another round of these projects for.
    const again = await officer.post('/api/resettlement/choosing-rounds').send({ baseId: base.baseId, projectCodes: [a.code] }).expect(422);
    expect(again.body.message).toContain('没有可参加选房的产权调换户');
    // A seed generated when none is given: 32 random bytes.
    const list = await finance.get('/api/resettlement/choosing-rounds').query({ project: a.code }).expect(200);
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([round.id]);
    await otherOfficer.get(`/api/resettlement/choosing-rounds/${round.id}`).expect(404);
    await otherOfficer.get('/api/resettlement/choosing-rounds').query({ project: a.code }).expect(404);
  });

  it('exports the published order, which verify:order recomputes; a tampered row is named', async () => {
    const created = await officer.post('/api/exports').send({ kind: 'choosing-order', filters: { round: round.id } }).expect(202);
    const done = await finishedBatch(officer, `/api/exports/${created.body.id}`, 45_000);
    expect(done.status).toBe('succeeded');
    const file = (await officer.get(`/api/exports/${created.body.id}/file`).buffer(true).parse(binary).expect(200)).body as Buffer;
    const verified = await verifyOrderFile(file);
    expect(verified.consistent).toBe(true);
    expect(verified.lines.join('\n')).toContain('结果：一致');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('选房顺序')!;
    let header = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === '选房顺序') header = n;
    });
    expect(sheet.getRow(header + 1).getCell(2).value).toBe(round.entries[0]!.caseRef);
    // The first two (both 签约顺序号 1) swapped: the seed puts them back, so positions 1 and 2 differ.
    const first = sheet.getRow(header + 1).getCell(2).value;
    sheet.getRow(header + 1).getCell(2).value = sheet.getRow(header + 2).getCell(2).value;
    sheet.getRow(header + 2).getCell(2).value = first;
    const tampered = await verifyOrderFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(tampered).toMatchObject({ consistent: false, differingPositions: [1, 2] });
    expect(tampered.lines.join('\n')).toContain('结果：不一致');
    await otherOfficer.post('/api/exports').send({ kind: 'choosing-order', filters: { round: round.id } }).expect(404);
  });

  it('shows the next household the units it may take, each with its 差价, those beyond the cap unavailable in Chinese', async () => {
    const next = round.entries[0]!;
    const res = await finance.get(`/api/resettlement/choosing-rounds/${round.id}/entries/${next.id}/options`).expect(200);
    const byNo = new Map(res.body.options.map((o: { unit: { unitNo: string } }) => [o.unit.unitNo, o]));
    expect(byNo.has('0101')).toBe(false); // a 周转房 is not offered as a resettlement flat
    const comp = (await agreement(households.find((h) => h.caseId === next.caseId)!.agreementId)).compensation as string;
    const expectedFen = Math.round(Number(comp) * 100) - 80 * 1000 * 100;
    expect(byNo.get('1501')).toMatchObject({ available: true, housingArea: '80.00', difference: (expectedFen / 100).toFixed(2) });
    // 200 m² against 120 m² entitled: 80 m² beyond, the scheme allows 30.
    expect(byNo.get('1504')).toMatchObject({ available: false, reason: expect.stringContaining('超过允许的 30.00 m²'), difference: null });
    const filtered = await officer.get(`/api/resettlement/choosing-rounds/${round.id}/entries/${next.id}/options`).query({ layout: '三室两厅' }).expect(200);
    expect(filtered.body.options.map((o: { unit: { unitNo: string } }) => o.unit.unitNo)).toEqual(['1503', '1601', '1602']);
  });

  it('allocates in turn, within the cap, and updates the agreement\'s promised units and 差价, audited', async () => {
    const [first, second] = round.entries;
    const out = await officer.post('/api/resettlement/allocations').send({ caseId: second!.caseId, unitId: base.unitIds['1501'], roundId: round.id, purpose: 'resettlement' }).expect(422);
    expect(out.body.message).toBe('还未轮到该户选房，当前应由第 1 号选房');
    const beyond = await officer.post('/api/resettlement/allocations').send({ caseId: first!.caseId, unitId: base.unitIds['1504'], roundId: round.id, purpose: 'resettlement' }).expect(422);
    expect(beyond.body.message).toContain('超出应安置面积');
    await finance.post('/api/resettlement/allocations').send({ caseId: first!.caseId, unitId: base.unitIds['1501'], roundId: round.id, purpose: 'resettlement' }).expect(403);
    const turnover = await officer.post('/api/resettlement/allocations').send({ caseId: first!.caseId, unitId: base.unitIds['0101'], purpose: 'turnover' }).expect(422);
    expect(turnover.body.message).toBe('只有选择“周转房过渡”的产权调换户可以分配周转房');

    const agreementId = households.find((h) => h.caseId === first!.caseId)!.agreementId;
    const before = await agreement(agreementId);
    const allocated = await officer.post('/api/resettlement/allocations').send({ caseId: first!.caseId, unitId: base.unitIds['1501'], roundId: round.id, purpose: 'resettlement' }).expect(201);
    expect(allocated.body).toMatchObject({ status: 'allocated', purpose: 'resettlement', unit: { unitNo: '1501', status: 'allocated', label: '徐泾北城安置基地 3号楼 1501室' } });
    const after = await agreement(agreementId);
    expect(after).toMatchObject({ swapLocation: '徐泾北城安置基地 3号楼 1501室', swapArea: '80.00' });
    expect(after.swap.lines).toEqual([expect.objectContaining({ words: '80.00 m² × 1,000.00 元/m²', amount: '80000.00' })]);
    expect(after.agreed).toBe((Number(before.compensation) - 80000).toFixed(2));
    const audit = await t.query<{ action: string; changes: Array<{ entityType: string; before: unknown; after: unknown }> }>(
      `SELECT action, changes FROM audit_log WHERE action = 'allocation.create' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit[0]!.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityType: 'unit-allocation' }),
        expect.objectContaining({ entityType: 'agreement', before: expect.objectContaining({ swapLocation: '待选房', swapArea: '120.00' }), after: expect.objectContaining({ swapArea: '80.00' }) }),
      ]),
    );
    // Still the first's turn (80 of 120 m²); a second flat of 40 m² uses the entitlement and the turn moves on.
    expect((await roundNow()).nextEntryId).toBe(first!.id);
    await officer.post('/api/resettlement/allocations').send({ caseId: first!.caseId, unitId: base.unitIds['1502'], roundId: round.id, purpose: 'resettlement' }).expect(201);
    const state = await roundNow();
    expect(state.nextEntryId).toBe(second!.id);
    expect(state.entries[0]).toMatchObject({ done: true, chosenArea: '120.00' });
    expect(state.entries[0].units.map((u: { unit: { unitNo: string } }) => u.unit.unitNo).sort()).toEqual(['1501', '1502']);
    expect((await agreement(agreementId)).swapLocation).toBe('徐泾北城安置基地 3号楼 1501室；徐泾北城安置基地 3号楼 1502室');
    // A unit already taken: 409 in Chinese.
    const taken = await officer.post('/api/resettlement/allocations').send({ caseId: second!.caseId, unitId: base.unitIds['1501'], roundId: round.id, purpose: 'resettlement' }).expect(409);
    expect(taken.body.message).toBe('该房源已被其他家庭选定');
    // Households in a published round choose there, not outside it.
    const outside = await officer.post('/api/resettlement/allocations').send({ caseId: second!.caseId, unitId: base.unitIds['1503'], purpose: 'resettlement' }).expect(422);
    expect(outside.body.message).toBe('该户在已公布的选房轮次中，须按选房顺序在该轮次中选房');
  });

  it('50 households asking for the same unit at once: exactly one 201, 49 × 409 in Chinese, one holding in the database', async () => {
    const many = await signedSwapHouseholds(t.http(), c, 50);
    const answers = await Promise.all(many.map((h) => officer.post('/api/resettlement/allocations').send({ caseId: h.caseId, unitId: base.unitIds['1601'], purpose: 'resettlement' })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of answers.filter((x) => x.status === 409)) expect(r.body.message).toBe('该房源已被其他家庭选定');
    const holdings = await t.query<{ caseId: string }>(`SELECT "caseId" FROM unit_allocation WHERE "unitId" = $1 AND status <> 'released'`, [base.unitIds['1601']]);
    expect(holdings).toHaveLength(1);
    const winner = answers.find((r) => r.status === 201)!.body;
    expect(holdings[0]!.caseId).toBe(winner.caseId);
    const [unit] = await t.query<{ status: string }>('SELECT status FROM resettlement_unit WHERE id = $1', [base.unitIds['1601']]);
    expect(unit!.status).toBe('allocated');
    // The database alone refuses a second holding of the unit, whatever the code does.
    await expect(
      t.query(
        `INSERT INTO unit_allocation ("unitId", "baseId", "caseId", "projectId", "agreementId", purpose, status, "allocatedBy", "allocatedAt", version)
         SELECT "unitId", "baseId", $2, "projectId", "agreementId", purpose, 'allocated', 'x', now(), 1 FROM unit_allocation WHERE id = $1`,
        [winner.id, many.find((h) => h.caseId !== winner.caseId)!.caseId],
      ),
    ).rejects.toThrow(/uq_unit_allocation_holding/);
  }, 300_000);

  it('one household choosing two flats at once is priced one after the other: the pair beyond the cap is refused', async () => {
    const [h] = await signedSwapHouseholds(t.http(), c, 1);
    const answers = await Promise.all(
      ['1701', '1702'].map((no) => officer.post('/api/resettlement/allocations').send({ caseId: h!.caseId, unitId: base.unitIds[no], purpose: 'resettlement' })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(answers.find((r) => r.status === 422)!.body.message).toContain('超过允许的 30.00 m²');
    expect((await agreement(h!.agreementId)).swapArea).toBe('80.00');
  });

  it('releases with a reason (unit free, agreement repriced, audited) and the unit is allocated again', async () => {
    const [held] = await t.query<{ id: string; caseId: string; agreementId: string; version: number }>(
      `SELECT id, "caseId", "agreementId", version FROM unit_allocation WHERE "unitId" = $1 AND status = 'allocated'`,
      [base.unitIds['1601']],
    );
    await otherOfficer.post(`/api/resettlement/allocations/${held!.id}/release`).send({ reason: '放弃该套房源', version: held!.version }).expect(404);
    await officer.post(`/api/resettlement/allocations/${held!.id}/release`).send({ reason: '放弃该套房源', version: held!.version + 5 }).expect(409);
    const released = await officer.post(`/api/resettlement/allocations/${held!.id}/release`).send({ reason: '放弃该套房源', version: held!.version }).expect(200);
    expect(released.body).toMatchObject({ status: 'released', releaseReason: '放弃该套房源', unit: { status: 'available' } });
    expect((await agreement(held!.agreementId)).swapLocation).toBeNull();
    const [audit] = await t.query<{ changes: Array<{ entityType: string; after: Record<string, unknown> }> }>(`SELECT changes FROM audit_log WHERE action = 'allocation.release' ORDER BY id DESC LIMIT 1`);
    expect(audit!.changes[0]).toMatchObject({ entityType: 'unit-allocation', after: expect.objectContaining({ status: 'released', reason: '放弃该套房源' }) });
    const other = (await t.query<{ caseId: string }>(`SELECT c.id AS "caseId" FROM case_file c JOIN project p ON p.id = c."projectId"
          WHERE p.code = $1 AND c.id <> $2 AND NOT EXISTS (SELECT 1 FROM unit_allocation x WHERE x."caseId" = c.id) LIMIT 1`, [c.code, held!.caseId]))[0]!;
    const again = await officer.post('/api/resettlement/allocations').send({ caseId: other.caseId, unitId: base.unitIds['1601'], purpose: 'resettlement' }).expect(201);
    expect(again.body.unit.status).toBe('allocated');
    const history = await finance.get(`/api/cases/${held!.caseId}/allocations`).expect(200);
    expect(history.body.map((x: { status: string }) => x.status)).toEqual(['released']);
    await otherOfficer.get(`/api/cases/${held!.caseId}/allocations`).expect(404);
  });

  it('refuses a flat whose 差价 would leave the agreed amount below what is paid', async () => {
    const [h] = await t.query<{ caseId: string; agreementId: string }>(
      `SELECT a."caseId", a.id AS "agreementId" FROM agreement a JOIN project p ON p.id = a."projectId"
        WHERE p.code = $1 AND a.method = 'swap' AND NOT EXISTS (SELECT 1 FROM unit_allocation x WHERE x."caseId" = a."caseId") LIMIT 1`,
      [c.code],
    );
    const ag = await agreement(h!.agreementId);
    await t.http().post(`/api/agreements/${h!.agreementId}/payments`).set('Idempotency-Key', 'choosing-paid-0001').send({ amount: ag.agreed, paidOn: '2013-06-15', method: 'bank_transfer', bankReference: 'ICBC-9' }).expect(201);
    const res = await officer.post('/api/resettlement/allocations').send({ caseId: h!.caseId, unitId: base.unitIds['1603'], purpose: 'resettlement' }).expect(422);
    expect(res.body.message).toMatch(/^按所选房源重新计算后应付金额 .* 元，低于已支付的 .* 元，不能分配$/);
    const [unit] = await t.query<{ status: string }>('SELECT status FROM resettlement_unit WHERE id = $1', [base.unitIds['1603']]);
    expect(unit!.status).toBe('available');
  });

  it('delivers with a receipt: all flats delivered → the track and the case are 已安置', async () => {
    const first = round.entries[0]!;
    const held = (await officer.get(`/api/cases/${first.caseId}/allocations`).expect(200)).body as Array<{ id: string; version: number; unit: { unitNo: string } }>;
    expect(held).toHaveLength(2);
    const [one, two] = held;
    const noReceipt = await officer.post(`/api/resettlement/allocations/${one!.id}/deliver`).send({ deliveredOn: today(), receiptAttachmentId: '00000000-0000-4000-8000-000000000000', version: one!.version }).expect(422);
    expect(noReceipt.body.message).toBe('请先上传该分配的交房签收单');
    const receipt = await officer.post('/api/attachments').field('ownerType', 'unit_allocation').field('ownerId', one!.id).attach('file', PDF, '交房签收单.pdf').expect(201);
    await otherOfficer.post('/api/attachments').field('ownerType', 'unit_allocation').field('ownerId', one!.id).attach('file', PDF, 'x.pdf').expect(404);
    const noDay = await officer.post(`/api/resettlement/allocations/${one!.id}/deliver`).send({ deliveredOn: '2026-02-30', receiptAttachmentId: receipt.body.id, version: one!.version }).expect(400);
    expect(noDay.body.message).toBe('交房日期必须是有效日期（YYYY-MM-DD）');
    const delivered = await officer.post(`/api/resettlement/allocations/${one!.id}/deliver`).send({ deliveredOn: today(), receiptAttachmentId: receipt.body.id, version: one!.version }).expect(200);
    expect(delivered.body).toMatchObject({ status: 'delivered', deliveredOn: today(), unit: { status: 'delivered' }, receiptAttachmentId: receipt.body.id });
    // One of two delivered: not yet resettled.
    expect((await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM resettlement_track WHERE "caseId" = $1 AND track = 'resettled'`, [first.caseId]))[0]!.n).toBe(0);
    const releaseDelivered = await officer.post(`/api/resettlement/allocations/${one!.id}/release`).send({ reason: '试图释放', version: delivered.body.version }).expect(422);
    expect(releaseDelivered.body.message).toBe('已交房的房源不能释放');
    const receipt2 = await officer.post('/api/attachments').field('ownerType', 'unit_allocation').field('ownerId', two!.id).attach('file', PDF, '交房签收单2.pdf').expect(201);
    await officer.post(`/api/resettlement/allocations/${two!.id}/deliver`).send({ deliveredOn: today(), receiptAttachmentId: receipt2.body.id, version: two!.version }).expect(200);
    const [track] = await t.query<{ track: string; deliveredOn: string; persons: number; method: string }>(
      `SELECT track, to_char("deliveredOn", 'YYYY-MM-DD') AS "deliveredOn", persons, method FROM resettlement_track WHERE "caseId" = $1`,
      [first.caseId],
    );
    expect(track).toEqual({ track: 'resettled', deliveredOn: today(), persons: 3, method: 'swap' });
    const caseFile = await finance.get(`/api/cases/${first.caseId}`).expect(200);
    expect(caseFile.body.resettlementStatus).toBe('resettled');
  });

  it('lets a 周转房过渡 household hold a 周转房 without touching its agreement', async () => {
    const [h] = await signedSwapHouseholds(t.http(), c, 1, { transitionMethod: 'turnover_flat' });
    const before = await agreement(h!.agreementId);
    const res = await officer.post('/api/resettlement/allocations').send({ caseId: h!.caseId, unitId: base.unitIds['0101'], purpose: 'turnover' }).expect(201);
    expect(res.body).toMatchObject({ purpose: 'turnover', purposeLabel: '周转房', status: 'allocated' });
    expect(await agreement(h!.agreementId)).toMatchObject({ swapLocation: before.swapLocation, swapArea: before.swapArea, agreed: before.agreed });
  });

  it('closes the round', async () => {
    const state = await roundNow();
    await finance.post(`/api/resettlement/choosing-rounds/${round.id}/close`).send({ version: state.version }).expect(403);
    const closed = await officer.post(`/api/resettlement/choosing-rounds/${round.id}/close`).send({ version: state.version }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', statusLabel: '已结束', nextEntryId: null });
    const late = await officer.post('/api/resettlement/allocations').send({ caseId: round.entries[1]!.caseId, unitId: base.unitIds['1503'], roundId: round.id, purpose: 'resettlement' }).expect(409);
    expect(late.body.message).toBe('该选房轮次已结束');
  });
});
