import { makeProject } from '../support/factories.js';
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
});
