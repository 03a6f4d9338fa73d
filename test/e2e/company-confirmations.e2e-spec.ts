import { householdAt, projectWithScheme } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

/** 确认: the town submits a batch of surveyed cases, the company answers each; changed facts void a confirmation. */
describe('company mechanisms: confirmation (e2e)', () => {
  let t: TestApp;
  let where: { code: string; parcel: string };
  let officer: Http;
  let company: Http;
  let otherCompany: Http;
  let finance: Http;

  const surveyed = () => householdAt(t.http(), where, 'surveyed');
  const caseOf = async (id: string) => (await t.http().get(`/api/cases/${id}`).expect(200)).body as { status: string; history: Array<{ to: string; kind: string; reason: string | null }> };

  beforeAll(async () => {
    t = await createTestApp();
    where = await projectWithScheme(t.http());
    officer = await t.loginAs({ username: 'conf-officer', roles: ['officer'], projects: [where.code] });
    company = await t.loginAs({ username: 'conf-company', roles: ['company'], projects: [where.code] });
    otherCompany = await t.loginAs({ username: 'conf-company-2', roles: ['company'], projects: [] });
    finance = await t.loginAs({ username: 'conf-finance', roles: ['finance'] });
  });
  afterAll(() => t.close());

  it('a batch partly confirmed and partly rejected: snapshots and hashes kept, closed when every case has an answer', async () => {
    const a = await surveyed();
    const b = await surveyed();
    const c = await surveyed();
    await t.http().post(`/api/cases/${a.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const candidates = await officer.get(`/api/projects/${where.code}/confirmation-candidates`).query({ subjectType: 'household' }).expect(200);
    expect(candidates.body.items.map((i: { caseId: string }) => i.caseId)).toEqual(expect.arrayContaining([a.caseId, b.caseId, c.caseId]));

    const batch = await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [a.caseId, b.caseId, c.caseId], note: '第一批' }).expect(201);
    expect(batch.body).toMatchObject({ projectCode: where.code, number: 1, state: 'open', stateLabel: '待公司确认', lines: 3, pending: 3 });
    expect(batch.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const [la, lb, lc] = batch.body.items as Array<{ id: string; version: number; townFigure: string | null; contentHash: string; facts: { recognisedPersons: number; areas: Record<string, string> } }>;
    expect(la!.townFigure).toMatch(/^\d+\.\d{2}$/);
    expect(lb!.townFigure).toBeNull();
    expect(la!.facts).toMatchObject({ recognisedPersons: 3, areas: { licensed: '120.50' } });
    const stored = await t.query<{ snapshot: { subjectCode: string }; contentHash: string }>('SELECT snapshot, "contentHash" FROM confirmation_line WHERE id = $1', [la!.id]);
    expect(stored[0]!.contentHash).toBe(la!.contentHash);

    // A case in an open line cannot go into a second batch (the DB's partial unique index backs this).
    const twice = await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [a.caseId] }).expect(422);
    expect(twice.body.message).toContain('已在待确认的批次中');

    // The company sees it in its review list and answers.
    const pending = await company.get('/api/confirmation-batches').expect(200);
    expect(pending.body.items.map((x: { id: string }) => x.id)).toContain(batch.body.id);
    const confirmed = await company.post(`/api/confirmation-lines/${la!.id}/confirm`).send({ version: la!.version }).expect(200);
    expect(confirmed.body).toMatchObject({ state: 'confirmed', stateLabel: '已确认', answeredBy: 'conf-company' });
    expect((await caseOf(a.caseId)).status).toBe('confirmed');
    const again = await company.post(`/api/confirmation-lines/${la!.id}/confirm`).send({ version: confirmed.body.version }).expect(409);
    expect(again.body.message).toContain('不能重复答复');

    const rejected = await company.post(`/api/confirmation-lines/${lb!.id}/reject`).send({ version: lb!.version, reason: '认定面积与现场复核不符', companyFigure: '182000.50' }).expect(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', reason: '认定面积与现场复核不符', companyFigure: '182000.50', difference: null });
    expect((await caseOf(b.caseId)).status).toBe('surveyed');
    let seen = await officer.get(`/api/confirmation-batches/${batch.body.id}`).expect(200);
    expect(seen.body).toMatchObject({ state: 'open', pending: 1, confirmed: 1, rejected: 1 });

    const last = await company.post(`/api/confirmation-lines/${lc!.id}/reject`).send({ version: lc!.version, reason: '缺少宅基地证明' }).expect(200);
    expect(last.body.companyFigure).toBeNull();
    seen = await officer.get(`/api/confirmation-batches/${batch.body.id}`).expect(200);
    expect(seen.body).toMatchObject({ state: 'closed', stateLabel: '已完成', pending: 0 });
    expect(seen.body.closedAt).toBeTruthy();
    // The officer sees the company's reason on the case.
    const onCase = await officer.get(`/api/cases/${b.caseId}/confirmation-lines`).expect(200);
    expect(onCase.body.items[0]).toMatchObject({ state: 'rejected', reason: '认定面积与现场复核不符', batchNumber: 1 });
    // A rejected case may be submitted again.
    await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [b.caseId] }).expect(201);
    // Every answer is audited.
    const audit = await t.query<{ action: string }>(`SELECT action FROM audit_log WHERE action LIKE 'confirmation-%' ORDER BY "occurredAt"`);
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['confirmation-batch.create', 'confirmation-line.confirm', 'confirmation-line.reject']));
  });

  it('shows the differences per line and in total, to the fen', async () => {
    const a = await surveyed();
    const b = await surveyed();
    for (const h of [a, b]) await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const batch = await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [a.caseId, b.caseId] }).expect(201);
    const [la, lb] = batch.body.items as Array<{ id: string; version: number; townFigure: string }>;
    await company.post(`/api/confirmation-lines/${la!.id}/confirm`).send({ version: la!.version }).expect(200);
    await company.post(`/api/confirmation-lines/${lb!.id}/reject`).send({ version: lb!.version, reason: '人口认定有误', companyFigure: '100000.01' }).expect(200);
    const seen = await finance.get(`/api/confirmation-batches/${batch.body.id}`).expect(200);
    const town = BigInt(la!.townFigure.replace('.', '')) + BigInt(lb!.townFigure.replace('.', ''));
    const diff = 10000001n - BigInt(lb!.townFigure.replace('.', ''));
    const yuan = (fen: bigint) => `${fen < 0n ? '-' : ''}${(fen < 0n ? -fen : fen) / 100n}.${String((fen < 0n ? -fen : fen) % 100n).padStart(2, '0')}`;
    expect(seen.body.items[1]).toMatchObject({ companyFigure: '100000.01', difference: yuan(diff) });
    expect(seen.body.totals).toEqual({ town: yuan(town), company: yuan(town + diff), difference: yuan(diff) });
  });

  it('a confirmed case whose facts change loses its confirmation: case back to surveyed, line voided, audited', async () => {
    const h = await surveyed();
    const batch = await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [h.caseId] }).expect(201);
    const line = batch.body.items[0] as { id: string; version: number };
    await company.post(`/api/confirmation-lines/${line.id}/confirm`).send({ version: line.version }).expect(200);
    const fresh = await t.http().get(`/api/households/${h.id}`).expect(200);
    await officer.patch(`/api/households/${h.id}`).send({ version: fresh.body.version, licensedArea: '118.00' }).expect(200);
    const c = await caseOf(h.caseId);
    expect(c.status).toBe('surveyed');
    expect(c.history.at(-1)).toMatchObject({ to: 'surveyed', kind: 'system', reason: '摸底信息变更，原确认失效' });
    const seen = await company.get(`/api/confirmation-batches/${batch.body.id}`).expect(200);
    expect(seen.body.items[0]).toMatchObject({ state: 'voided', stateLabel: '已失效', voidReason: '摸底信息变更，原确认失效' });
    expect(seen.body.items[0].voidedAt).toBeTruthy();
    expect(seen.body).toMatchObject({ state: 'closed', voided: 1, confirmed: 0 });
    const audit = await t.query<{ changes: unknown }>(`SELECT changes FROM audit_log WHERE action = 'household.update' ORDER BY "occurredAt" DESC LIMIT 1`);
    expect(JSON.stringify(audit[0]!.changes)).toContain('confirmation-line');
    // Confirmed again through a new batch.
    await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [h.caseId] }).expect(201);
  });

  it('a confirmation withdrawn by hand (撤销确认) is voided on its line too', async () => {
    const h = await surveyed();
    const batch = await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [h.caseId] }).expect(201);
    const line = batch.body.items[0] as { id: string; version: number };
    await company.post(`/api/confirmation-lines/${line.id}/confirm`).send({ version: line.version }).expect(200);
    await company.post(`/api/cases/${h.caseId}/transitions`).send({ to: 'surveyed', reason: '复核发现面积有误' }).expect(200);
    const seen = await officer.get(`/api/cases/${h.caseId}/confirmation-lines`).expect(200);
    expect(seen.body.items[0]).toMatchObject({ state: 'voided', voidReason: '撤销确认：复核发现面积有误' });
  });

  it('refuses confirming by the plain transition route, naming 确认批次', async () => {
    const h = await surveyed();
    const res = await company.post(`/api/cases/${h.caseId}/transitions`).send({ to: 'confirmed' }).expect(422);
    expect(res.body.message).toBe('“公司确认”须通过确认批次办理，不能直接变更案件状态');
    expect((await caseOf(h.caseId)).status).toBe('surveyed');
  });

  it('refuses a confirmation whose facts changed after submission, and hands the company of another project 404', async () => {
    const h = await surveyed();
    const batch = await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [h.caseId] }).expect(201);
    const line = batch.body.items[0] as { id: string; version: number };
    for (const res of [
      await otherCompany.get(`/api/confirmation-batches/${batch.body.id}`),
      await otherCompany.get(`/api/projects/${where.code}/confirmation-batches`),
      await otherCompany.get(`/api/cases/${h.caseId}/confirmation-lines`),
      await otherCompany.post(`/api/confirmation-lines/${line.id}/confirm`).send({ version: line.version }),
      await otherCompany.post(`/api/confirmation-lines/${line.id}/reject`).send({ version: line.version, reason: '不属于我方' }),
    ]) expect(res.status).toBe(404);
    expect((await otherCompany.get('/api/confirmation-batches').expect(200)).body.total).toBe(0);
    // The company cannot submit; the officer cannot answer.
    await company.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [h.caseId] }).expect(403);
    await officer.post(`/api/confirmation-lines/${line.id}/confirm`).send({ version: line.version }).expect(403);

    const fresh = await t.http().get(`/api/households/${h.id}`).expect(200);
    await officer.patch(`/api/households/${h.id}`).send({ version: fresh.body.version, licensedArea: '99.00' }).expect(200);
    const stale = await company.post(`/api/confirmation-lines/${line.id}/confirm`).send({ version: line.version }).expect(409);
    expect(stale.body.message).toContain('在提交后已变更');
    expect((await caseOf(h.caseId)).status).toBe('surveyed');
  });

  it('pages the picker by code: every candidate once, in order, then next = null; a bad cursor or page size is a Chinese 400', async () => {
    for (let i = 0; i < 5; i++) await surveyed();
    const whole = await officer.get(`/api/projects/${where.code}/confirmation-candidates`).query({ pageSize: 100 }).expect(200);
    const all = whole.body.items as Array<{ caseId: string; subjectCode: string }>;
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(whole.body.next).toBeNull();
    const walked: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { body: { items: Array<{ caseId: string }>; next: string | null } } = await officer.get(`/api/projects/${where.code}/confirmation-candidates`).query({ pageSize: 2, ...(after ? { after } : {}) }).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      walked.push(...res.body.items.map((i: { caseId: string }) => i.caseId));
      after = res.body.next;
      pages++;
    } while (after && pages < 100);
    expect(walked).toEqual(all.map((i) => i.caseId));
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect([...all.map((i) => i.subjectCode)].sort((x, y) => (Buffer.from(x) < Buffer.from(y) ? -1 : 1))).toEqual(all.map((i) => i.subjectCode));

    expect((await officer.get(`/api/projects/${where.code}/confirmation-candidates`).query({ after: 'bm90LWEtY3Vyc29y' }).expect(400)).body.message).toContain('翻页位置（after）无效');
    expect((await officer.get(`/api/projects/${where.code}/confirmation-candidates`).query({ after: '%%%' }).expect(400)).body.message).toContain('翻页位置（after）无效');
    expect((await officer.get(`/api/projects/${where.code}/confirmation-candidates`).query({ pageSize: 101 }).expect(400)).body.message).toContain('每页条数最多 100');
    expect((await officer.get(`/api/projects/${where.code}/confirmation-candidates`).query({ pageSize: 0 }).expect(400)).body.message).toContain('每页条数至少为 1');
  });

  it('refuses bad input in Chinese and changes nothing', async () => {
    const h = await surveyed();
    const surveying = await householdAt(t.http(), where, 'surveying');
    const count = async () => (await t.query<{ n: number }>('SELECT (SELECT count(*) FROM confirmation_batch) + (SELECT count(*) FROM confirmation_line) AS n'))[0]!.n;
    const before = await count();
    expect((await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [] }).expect(400)).body.message).toContain('提交确认的案件至少要有 1 个');
    expect((await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: ['x'] }).expect(400)).body.message).toContain('提交确认的案件中有编号格式不正确的案件');
    await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [h.caseId], extra: 1 }).expect(400);
    expect((await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [h.caseId, h.caseId] }).expect(422)).body.message).toBe('同一案件不能在批次中出现两次');
    const wrong = await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [h.caseId, surveying.caseId] }).expect(422);
    expect(wrong.body.message).toMatch(/处于“摸底中”状态，只有“已摸底”的案件可以提交确认/);
    expect(await count()).toBe(before);

    const batch = await officer.post(`/api/projects/${where.code}/confirmation-batches`).send({ caseIds: [h.caseId] }).expect(201);
    const line = batch.body.items[0] as { id: string; version: number };
    expect((await company.post(`/api/confirmation-lines/${line.id}/reject`).send({ version: line.version }).expect(400)).body.message).toContain('请填写退回原因');
    expect((await company.post(`/api/confirmation-lines/${line.id}/reject`).send({ version: line.version, reason: '金额不对', companyFigure: '12.345' }).expect(400)).body.message).toContain('不超过两位小数');
    await company.post(`/api/confirmation-lines/${line.id}/confirm`).send({ version: 99 }).expect(409);
    const seen = await company.get(`/api/confirmation-batches/${batch.body.id}`).expect(200);
    expect(seen.body.items[0]).toMatchObject({ state: 'pending', version: line.version });
  });
});
