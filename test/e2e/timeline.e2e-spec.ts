import { makeParcel } from '../support/factories.js';
import { householdAt, projectWithScheme, signedAgreement } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

interface Entry {
  action: string;
  side: string;
  entityType: string | null;
  entityId: string | null;
  changes: Array<{ entityType: string; entityId: string }>;
}

/** One timeline of both sides' steps on the project, the parcel and the case, read from the audit trail. */
describe('timelines of both sides (e2e)', () => {
  let t: TestApp;
  let admin: Http;
  let company: Http;
  let otherCompany: Http;
  let where: { code: string; parcel: string };
  let otherParcel: string;
  let signed: { caseId: string; agreementId: string };
  let elsewhere: { caseId: string; id: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = t.http();
    where = await projectWithScheme(admin);
    otherParcel = `${where.code}-02`;
    await admin.post(`/api/projects/${where.code}/parcels`).send(makeParcel({ code: otherParcel })).expect(201);
    company = await t.loginAs({ username: 'tl-company', roles: ['company'], projects: [where.code] });
    otherCompany = await t.loginAs({ username: 'tl-company-2', roles: ['company'], projects: [] });
    signed = await signedAgreement(admin, where);
    elsewhere = await householdAt(admin, { code: where.code, parcel: otherParcel }, 'surveyed');
    await company
      .post(`/api/projects/${where.code}/communications`)
      .send({ kind: 'notice', heldOn: '2013-06-02', subject: '关于第一批评估结果的回复', townParticipants: '王强', companyParticipants: '赵华', minutes: '已收到。', actionItems: [] })
      .expect(201);
  });
  afterAll(() => t.close());

  it("shows the project's steps of both sides, newest first, each naming its side", async () => {
    const res = await company.get(`/api/projects/${where.code}/timeline`).query({ pageSize: 100 }).expect(200);
    const items = res.body.items as Entry[];
    expect(res.body.total).toBe(items.length);
    expect(items[0]).toMatchObject({ action: 'communication.create', side: 'company' });
    expect(items.map((i) => i.action)).toEqual(expect.arrayContaining(['agreement.sign', 'household.create', 'scheme.publish']));
    expect(items.filter((i) => i.action !== 'communication.create').every((i) => i.side === 'town')).toBe(true);
  });

  it("shows on a parcel only the steps about it, its cases and their subjects", async () => {
    const res = await admin.get(`/api/projects/${where.code}/parcels/${where.parcel}/timeline`).query({ pageSize: 100 }).expect(200);
    const items = res.body.items as Entry[];
    expect(items.map((i) => i.action)).toEqual(expect.arrayContaining(['agreement.sign', 'household.create', 'case.transition']));
    const mentions = (i: Entry, id: string) => i.entityId === id || i.changes.some((c) => c.entityId === id);
    expect(items.some((i) => mentions(i, elsewhere.caseId) || mentions(i, elsewhere.id))).toBe(false);
    expect(items.some((i) => i.action === 'communication.create')).toBe(false);
    const other = await admin.get(`/api/projects/${where.code}/parcels/${otherParcel}/timeline`).query({ pageSize: 100 }).expect(200);
    expect((other.body.items as Entry[]).some((i) => mentions(i, elsewhere.caseId))).toBe(true);
  });

  it("puts on the case the steps of other records that moved it (the agreement's signing)", async () => {
    const res = await company.get(`/api/cases/${signed.caseId}/audit`).query({ pageSize: 100 }).expect(200);
    const sign = (res.body.items as Entry[]).find((i) => i.action === 'agreement.sign');
    expect(sign).toMatchObject({ entityType: 'agreement', entityId: signed.agreementId, side: 'town' });
    expect(sign!.changes).toEqual(expect.arrayContaining([expect.objectContaining({ entityType: 'case', entityId: signed.caseId })]));
  });

  it('answers 404 for a project or parcel the caller may not see, or that does not exist', async () => {
    await otherCompany.get(`/api/projects/${where.code}/timeline`).expect(404);
    await otherCompany.get(`/api/projects/${where.code}/parcels/${where.parcel}/timeline`).expect(404);
    const missing = await admin.get(`/api/projects/${where.code}/parcels/NOPE/timeline`).expect(404);
    expect(missing.body.message).toBe('地块 NOPE 不存在');
    await admin.get('/api/projects/NOPE/timeline').expect(404);
  });

  it('has the index of changed objects the timelines rely on', async () => {
    const [index] = await t.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_audit_changed_entities'`);
    expect(index?.indexdef).toContain('USING gin (jsonb_path_query_array(changes');
  });
});
