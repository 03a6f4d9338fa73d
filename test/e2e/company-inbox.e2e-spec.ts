import { makeHousehold, makeParcel, makeProject } from '../support/factories.js';
import { settledCaseOn } from '../support/handover.js';
import { advanceCase } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

interface Entry {
  kind: string;
  kindLabel: string;
  refId: string;
  projectCode: string;
  title: string;
  overdue: boolean;
  dueOn: string | null;
  link: string;
}

/** 待办: what waits for the company across the mechanisms, in its projects only, the most urgent first. */
describe('company inbox (e2e)', () => {
  let t: TestApp;
  let code: string;
  let other: string;
  let officer: Http;
  let company: Http;
  let otherCompany: Http;
  const meeting = (code: string, items: unknown[]) => ({
    kind: 'meeting',
    heldOn: '2013-06-01',
    subject: `待办测试协调会 ${code}`,
    townParticipants: '王强',
    companyParticipants: '赵华',
    minutes: '纪要',
    actionItems: items,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const p = makeProject();
    const q = makeProject();
    code = p.code as string;
    other = q.code as string;
    await t.http().post('/api/projects').send(p).expect(201);
    await t.http().post('/api/projects').send(q).expect(201);
    officer = await t.loginAs({ username: 'inbox-officer', roles: ['officer'], projects: [code, other] });
    company = await t.loginAs({ username: 'inbox-company', roles: ['company'], projects: [code] });
    otherCompany = await t.loginAs({ username: 'inbox-company-2', roles: ['company'], projects: [other] });
    await officer
      .post(`/api/projects/${code}/communications`)
      .send(
        meeting(code, [
          { content: '提供红线图', ownerSide: 'company', owner: '赵华', dueOn: '2013-06-10' },
          { content: '提供规划许可', ownerSide: 'company', owner: '赵华', dueOn: '2013-06-05' },
          { content: '汇总评估结果', ownerSide: 'town', owner: '李明', dueOn: '2013-06-05' },
          { content: '确认付款计划', ownerSide: 'company', owner: '赵华', dueOn: '2099-12-31' },
        ]),
      )
      .expect(201);
    await officer.post(`/api/projects/${other}/communications`).send(meeting(other, [{ content: '他项目事项', ownerSide: 'company', owner: '钱七', dueOn: '2013-06-02' }])).expect(201);
  });
  afterAll(() => t.close());

  it("lists the company's overdue action items of its projects, the longest overdue first", async () => {
    const res = await company.get('/api/company/inbox').expect(200);
    const items = res.body.items as Entry[];
    expect(items.map((i) => i.title)).toEqual(['提供规划许可', '提供红线图']);
    expect(items.every((i) => i.kind === 'action_item' && i.kindLabel === '逾期落实事项' && i.overdue && i.projectCode === code && i.link === '/action-items')).toBe(true);
    expect(res.body).toMatchObject({ total: 2, overdue: 2, byKind: [{ kind: 'action_item', kindLabel: '逾期落实事项', count: 2 }] });
  });

  it('drops an item once the company has done it', async () => {
    const [item] = (await company.get('/api/action-items').query({ project: code }).expect(200)).body.items as Array<{ id: string; version: number; content: string }>;
    await company.patch(`/api/action-items/${item!.id}`).send({ status: 'done', doneOn: '2013-06-09', version: item!.version }).expect(200);
    const res = await company.get('/api/company/inbox').expect(200);
    expect((res.body.items as Entry[]).map((i) => i.title)).not.toContain(item!.content);
    expect(res.body.total).toBe(1);
  });

  it("shows another project's liaison only its own project, and nothing of a project it may not see", async () => {
    const mine = await otherCompany.get('/api/company/inbox').expect(200);
    expect((mine.body.items as Entry[]).map((i) => [i.projectCode, i.title])).toEqual([[other, '他项目事项']]);
    const refused = await otherCompany.get('/api/company/inbox').query({ project: code }).expect(200);
    expect(refused.body).toEqual({ items: [], total: 0, overdue: 0, byKind: [] });
  });

  it('lets the town see what waits for the company, per project', async () => {
    const res = await officer.get('/api/company/inbox').query({ project: other }).expect(200);
    expect(res.body.total).toBe(1);
  });

  it('pages, and refuses a bad page in Chinese', async () => {
    const first = await officer.get('/api/company/inbox').query({ pageSize: 1 }).expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.total).toBe(2);
    const bad = await officer.get('/api/company/inbox').query({ page: 0 }).expect(400);
    expect(bad.body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('lists a batch, a 结算单 and a 移交单 waiting for the company, each once with what waits in it, until the company answers', async () => {
    const admin = t.http();
    const parcel = `${code}-01`;
    await admin.post(`/api/projects/${code}/parcels`).send(makeParcel({ code: parcel })).expect(201);
    const where = { code, parcel };
    const household = async () => (await admin.post('/api/households').send(makeHousehold({ projectCode: code, parcelCode: parcel })).expect(201)).body.caseId as string;
    // A batch of two surveyed cases.
    const surveyed = [await household(), await household()];
    for (const id of surveyed) await admin.post(`/api/cases/${id}/transitions`).send({ to: 'surveyed' }).expect(200);
    const batch = (await officer.post(`/api/projects/${code}/confirmation-batches`).send({ caseIds: surveyed }).expect(201)).body;
    // A 结算单 of a vacated signed case.
    const vacated = await household();
    await advanceCase(admin, code, vacated, ['surveyed', 'confirmed', 'signed', 'vacated']);
    const statement = (await admin.post(`/api/projects/${code}/settlement-statements`).send({ caseIds: [vacated], issuedOn: '2013-09-01' }).expect(201)).body;
    // A 移交单 of a parcel whose one case is settled.
    const ready = `${code}-02`;
    await admin.post(`/api/projects/${code}/parcels`).send(makeParcel({ code: ready })).expect(201);
    await settledCaseOn(admin, { ...where, parcel: ready });
    const handover = (
      await officer
        .post(`/api/projects/${code}/handovers`)
        .send({ parcelCode: ready, handedOverOn: '2014-03-01', area: '100.00', townPeople: '王强', companyPeople: '赵华' })
        .expect(201)
    ).body;

    const inbox = (await company.get('/api/company/inbox').query({ project: code }).expect(200)).body;
    const byKind = (kind: string) => (inbox.items as Entry[]).filter((i) => i.kind === kind);
    expect(byKind('confirmation_batch')).toEqual([expect.objectContaining({ refId: batch.id, kindLabel: '待确认批次', link: `/confirmations/${batch.id}`, overdue: false, detail: '2 件案件待确认或退回' })]);
    expect(byKind('settlement_statement')).toEqual([expect.objectContaining({ refId: statement.id, kindLabel: '待确认结算单', link: `/settlements/${statement.id}`, since: '2013-09-01' })]);
    expect(byKind('handover')).toEqual([expect.objectContaining({ refId: handover.id, kindLabel: '待接收移交单', title: `地块 ${ready} 移交单`, link: `/handovers?project=${code}` })]);
    expect(inbox.byKind.map((k: { kind: string }) => k.kind).sort()).toEqual(['action_item', 'confirmation_batch', 'handover', 'settlement_statement']);
    expect((await otherCompany.get('/api/company/inbox').expect(200)).body.items.map((i: Entry) => i.kind)).toEqual(['action_item']);

    // Answered, each leaves the inbox (one of two lines answered: the batch still waits, for one case).
    const lines = (await company.get(`/api/confirmation-batches/${batch.id}`).expect(200)).body.items as Array<{ id: string; version: number }>;
    await company.post(`/api/confirmation-lines/${lines[0]!.id}/confirm`).send({ version: lines[0]!.version }).expect(200);
    let after = (await company.get('/api/company/inbox').query({ project: code }).expect(200)).body.items as Array<Entry & { detail: string }>;
    expect(after.find((i) => i.kind === 'confirmation_batch')?.detail).toBe('1 件案件待确认或退回');
    await company.post(`/api/confirmation-lines/${lines[1]!.id}/reject`).send({ version: lines[1]!.version, reason: '面积有误' }).expect(200);
    for (const line of statement.lines as Array<{ id: string; version: number }>) await company.post(`/api/settlement-lines/${line.id}/confirm`).send({ version: line.version }).expect(200);
    await company.post(`/api/handovers/${handover.id}/accept`).send({ version: handover.version }).expect(200);
    after = (await company.get('/api/company/inbox').query({ project: code }).expect(200)).body.items;
    expect(after.map((i) => i.kind)).toEqual(['action_item']);
  });
});
