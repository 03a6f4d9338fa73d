import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { makeParcel, makeProject } from '../support/factories.js';
import { caseOn, settledCaseOn } from '../support/handover.js';
import { settleThroughStatement } from '../support/settlement.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** 移交: a parcel is handed over only when every case on it is settled, by a 移交单 the town records and the company accepts. */
describe('company mechanisms: handover (e2e)', () => {
  let t: TestApp;
  let admin: Http;
  let officer: Http;
  let company: Http;
  let otherCompany: Http;
  let code: string;
  const where = (parcel: string) => ({ code, parcel });
  const handover = (parcelCode: string, extra: Record<string, unknown> = {}) => ({
    parcelCode,
    handedOverOn: '2014-03-01',
    area: '12500.50',
    townPeople: '王强（动迁办）、李明',
    companyPeople: '赵华（西虹桥公司）',
    remarks: '地上物已清除完毕',
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp();
    admin = t.http();
    const project = makeProject();
    code = project.code as string;
    await admin.post('/api/projects').send(project).expect(201);
    for (const parcel of ['A', 'B', 'C']) await admin.post(`/api/projects/${code}/parcels`).send(makeParcel({ code: `${code}-${parcel}` })).expect(201);
    officer = await t.loginAs({ username: 'ho-officer', roles: ['officer'], projects: [code] });
    company = await t.loginAs({ username: 'ho-company', roles: ['company'], projects: [code] });
    otherCompany = await t.loginAs({ username: 'ho-company-2', roles: ['company'], projects: [] });
  });
  afterAll(() => t.close());

  it('refuses a handover while one case on the parcel is unsettled, naming it; then the company accepts and the parcel and its cases are handed over', async () => {
    const parcel = `${code}-A`;
    const settled = await settledCaseOn(admin, where(parcel));
    const open = await caseOn(admin, where(parcel));
    const readiness = await officer.get(`/api/projects/${code}/parcels/${parcel}/handover-readiness`).expect(200);
    expect(readiness.body).toMatchObject({ parcelCode: parcel, ready: false, parcelStatus: 'surveying' });
    expect(readiness.body.blockers).toEqual([expect.objectContaining({ caseId: open.caseId, status: 'vacated', statusLabel: '已腾地' })]);
    expect(readiness.body.blockers[0].message).toMatch(/^民房 H-\d+ 张建国\d+：案件已腾地，尚未结算$/);

    const refused = await officer.post(`/api/projects/${code}/handovers`).send(handover(parcel)).expect(422);
    expect(refused.body.message).toContain(`地块 ${parcel} 还有 1 件案件未结算，不能移交：`);
    expect(refused.body.message).toContain(readiness.body.blockers[0].subject);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'parcelCode', caseId: open.caseId })]);
    expect((await t.query<{ n: number }>('SELECT count(*)::int AS n FROM handover'))[0]!.n).toBe(0);

    // Settled now through a 结算单, the parcel is ready.
    await settleThroughStatement(admin, code, [open.caseId]);
    expect((await officer.get(`/api/projects/${code}/parcels/${parcel}/handover-readiness`).expect(200)).body).toMatchObject({ ready: true, blockers: [] });

    await company.post(`/api/projects/${code}/handovers`).send(handover(parcel)).expect(403);
    const created = await officer.post(`/api/projects/${code}/handovers`).send(handover(parcel)).expect(201);
    expect(created.body).toMatchObject({ parcelCode: parcel, status: 'submitted', statusLabel: '待公司接收', area: '12500.50', handedOverOn: '2014-03-01', createdBy: 'ho-officer' });
    expect(created.body.cases).toHaveLength(2);
    await officer.post(`/api/projects/${code}/handovers`).send(handover(parcel)).expect(409);
    await officer.post(`/api/handovers/${created.body.id}/accept`).send({ version: created.body.version }).expect(403);

    const accepted = await company.post(`/api/handovers/${created.body.id}/accept`).send({ version: created.body.version }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', statusLabel: '已接收', answeredBy: 'ho-company' });
    expect(await t.query(`SELECT status FROM parcel WHERE code = $1`, [parcel])).toEqual([{ status: 'handed_over' }]);
    const cases = await t.query<{ id: string; status: string }>(`SELECT id, status FROM case_file WHERE id = ANY($1) ORDER BY id`, [[settled.caseId, open.caseId]]);
    expect(cases.map((c) => c.status)).toEqual(['handed_over', 'handed_over']);
    const audit = await t.query<{ action: string }>(`SELECT action FROM audit_log WHERE "entityId" = $1 AND "statusCode" < 400 ORDER BY id`, [created.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['handover.create', 'handover.accept']);
    await company.post(`/api/handovers/${created.body.id}/return`).send({ version: accepted.body.version, reason: '重复接收' }).expect(422);

    const summary = await company.get(`/api/projects/${code}/handover-summary`).expect(200);
    expect(summary.body).toMatchObject({ projectCode: code, totalArea: '37501.50', handedOverArea: '12500.50', percent: 33.3 });
    expect(summary.body.parcelsByStatus).toContainEqual({ status: 'handed_over', label: '已移交', count: 1 });
  });

  it('refuses the plain transition settled → handed_over, naming the 移交单, and the plain parcel change to 已移交', async () => {
    const parcel = `${code}-B`;
    const settled = await settledCaseOn(admin, where(parcel));
    const plain = await admin.post(`/api/cases/${settled.caseId}/transitions`).send({ to: 'handed_over' }).expect(422);
    expect(plain.body.message).toBe('“完成移交”须通过移交单办理，不能直接变更案件状态');
    const p = (await admin.get(`/api/projects/${code}/parcels`).expect(200)).body.items.find((x: { code: string }) => x.code === parcel);
    const parcelChange = await admin.patch(`/api/projects/${code}/parcels/${parcel}`).send({ version: p.version, status: 'handed_over' }).expect(422);
    expect(parcelChange.body.message).toBe('地块移交须通过移交单办理，不能直接改为“已移交”');
  });

  it('lets an admin exclude an unsettled case with a reason; the company may return a record with its reason', async () => {
    const parcel = `${code}-C`;
    await settledCaseOn(admin, where(parcel));
    const stuck = await caseOn(admin, where(parcel), ['surveyed']);
    await officer.post(`/api/cases/${stuck.caseId}/handover-exclusion`).send({ reason: '产权人下落不明，经批准先行移交' }).expect(403);
    await admin.post(`/api/cases/${stuck.caseId}/handover-exclusion`).send({ reason: '短' }).expect(400);
    const excluded = await admin.post(`/api/cases/${stuck.caseId}/handover-exclusion`).send({ reason: '产权人下落不明，经批准先行移交' }).expect(201);
    expect(excluded.body).toMatchObject({ caseId: stuck.caseId, createdBy: expect.any(String) });
    await admin.post(`/api/cases/${stuck.caseId}/handover-exclusion`).send({ reason: '产权人下落不明，经批准先行移交' }).expect(409);
    const readiness = await officer.get(`/api/projects/${code}/parcels/${parcel}/handover-readiness`).expect(200);
    expect(readiness.body).toMatchObject({ ready: true, blockers: [] });
    expect(readiness.body.cases).toContainEqual(expect.objectContaining({ caseId: stuck.caseId, excludedReason: '产权人下落不明，经批准先行移交' }));

    const bad = await officer.post(`/api/projects/${code}/handovers`).send(handover(parcel, { area: '99999.00' })).expect(422);
    expect(bad.body.message).toBe('移交面积 99999.00 平方米超过地块面积 12500.50 平方米');
    const first = await officer.post(`/api/projects/${code}/handovers`).send(handover(parcel)).expect(201);
    await company.post(`/api/handovers/${first.body.id}/return`).send({ version: first.body.version }).expect(400);
    const returned = await company.post(`/api/handovers/${first.body.id}/return`).send({ version: first.body.version, reason: '地块内仍有建筑垃圾未清运' }).expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', statusLabel: '已退回', returnReason: '地块内仍有建筑垃圾未清运' });
    const second = await officer.post(`/api/projects/${code}/handovers`).send(handover(parcel, { handedOverOn: '2014-03-15' })).expect(201);
    await company.post(`/api/handovers/${second.body.id}/accept`).send({ version: second.body.version }).expect(200);
    // The excluded case stays where it was; the parcel is handed over.
    expect(await t.query(`SELECT status FROM case_file WHERE id = $1`, [stuck.caseId])).toEqual([{ status: 'surveyed' }]);
    expect(await t.query(`SELECT status FROM parcel WHERE code = $1`, [parcel])).toEqual([{ status: 'handed_over' }]);
    const list = await company.get(`/api/projects/${code}/handovers`).expect(200);
    expect(list.body.total).toBe(3);
  });

  it('prints the 移交单 through the export pipeline: parcel, area, cases, both sides, signature and date lines', async () => {
    const [record] = await t.query<{ id: string }>(`SELECT h.id FROM handover h JOIN parcel p ON p.id = h."parcelId" WHERE p.code = $1`, [`${code}-A`]);
    await company.post('/api/exports').send({ kind: 'handover-certificate' }).expect(422);
    await otherCompany.post('/api/exports').send({ kind: 'handover-certificate', filters: { handover: record!.id } }).expect(404);
    const created = await company.post('/api/exports').send({ kind: 'handover-certificate', filters: { handover: record!.id } }).expect(202);
    const done = await finishedBatch(company, `/api/exports/${created.body.id}`, 45_000);
    expect(done).toMatchObject({ status: 'succeeded', fileName: expect.stringMatching(/^移交单-\d{8}\.xlsx$/) });
    const res = await company.get(`/api/exports/${created.body.id}/file`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells[0]).toBe('地块移交单');
    expect(cells).toEqual(expect.arrayContaining([`${code}-A`, '12500.50', '2014-03-01', '王强（动迁办）、李明', '赵华（西虹桥公司）', '共 2 件案件', '移交方（徐泾镇动迁办）（盖章）：', '接收方（西虹桥公司）（盖章）：', '经办人签字：', '______年____月____日']));
    expect(cells.filter((c) => /^民房 H-\d+ 张建国\d+$/.test(c))).toHaveLength(2);
  });

  it('answers 404 to the company of another project everywhere', async () => {
    const [record] = await t.query<{ id: string }>(`SELECT id FROM handover LIMIT 1`);
    await otherCompany.get(`/api/projects/${code}/handovers`).expect(404);
    await otherCompany.get(`/api/projects/${code}/handover-summary`).expect(404);
    await otherCompany.get(`/api/projects/${code}/parcels/${code}-A/handover-readiness`).expect(404);
    await otherCompany.get(`/api/handovers/${record!.id}`).expect(404);
    await otherCompany.post(`/api/handovers/${record!.id}/accept`).send({ version: 1 }).expect(404);
    await otherCompany.post(`/api/handovers/${record!.id}/return`).send({ version: 1, reason: '无权退回' }).expect(404);
    await otherCompany.post(`/api/projects/${code}/handovers`).send(handover(`${code}-A`)).expect(403);
  });
});
