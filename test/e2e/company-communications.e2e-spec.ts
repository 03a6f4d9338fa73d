import { todayInShanghai } from '@app/platform';
import { makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

/** 沟通: both sides record communications of their projects and close their own action items; overdue ones are listed for both. */
describe('company mechanisms: communication (e2e)', () => {
  let t: TestApp;
  let code: string;
  let officer: Http;
  let company: Http;
  let otherCompany: Http;
  let finance: Http;
  const meeting = (items: unknown[] = []) => ({
    kind: 'meeting',
    heldOn: '2013-06-01',
    subject: '17号线二联村段动迁进度协调会',
    townParticipants: '王强（动迁办）、李明',
    companyParticipants: '赵华（西虹桥公司）',
    minutes: '双方确认6月底前完成第一批评估结果确认。',
    actionItems: items,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const project = makeProject();
    code = project.code as string;
    await t.http().post('/api/projects').send(project).expect(201);
    officer = await t.loginAs({ username: 'comm-officer', roles: ['officer'], projects: [code] });
    company = await t.loginAs({ username: 'comm-company', roles: ['company'], projects: [code] });
    otherCompany = await t.loginAs({ username: 'comm-company-2', roles: ['company'], projects: [] });
    finance = await t.loginAs({ username: 'comm-finance', roles: ['finance'] });
  });
  afterAll(() => t.close());

  it('records a meeting with its action items; both sides read it, the side that recorded it is kept', async () => {
    const created = await officer
      .post(`/api/projects/${code}/communications`)
      .send(meeting([
        { content: '提供地块红线图', ownerSide: 'company', owner: '赵华', dueOn: '2013-06-10' },
        { content: '汇总评估结果', ownerSide: 'town', owner: '李明', dueOn: '2099-12-31' },
      ]))
      .expect(201);
    expect(created.body).toMatchObject({ projectCode: code, kind: 'meeting', kindLabel: '会议', recordedBySide: 'town', recordedBySideLabel: '镇动迁办', openItems: 2, overdueItems: 1 });
    expect(created.body.actionItems.map((i: { owner: string; overdue: boolean }) => [i.owner, i.overdue])).toEqual([['赵华', true], ['李明', false]]);
    const seen = await company.get(`/api/communications/${created.body.id}`).expect(200);
    expect(seen.body.subject).toBe('17号线二联村段动迁进度协调会');
    const byCompany = await company.post(`/api/projects/${code}/communications`).send({ ...meeting(), kind: 'notice', subject: '关于提交评估报告的通知' }).expect(201);
    expect(byCompany.body).toMatchObject({ recordedBySide: 'company', kindLabel: '通知' });
    const list = await finance.get(`/api/projects/${code}/communications`).expect(200);
    expect(list.body.total).toBe(2);
  });

  it('refuses bad input in Chinese and changes nothing', async () => {
    const before = await t.query<{ n: number }>('SELECT count(*)::int AS n FROM communication');
    const early = await officer.post(`/api/projects/${code}/communications`).send(meeting([{ content: '事项', ownerSide: 'town', owner: '李明', dueOn: '2013-05-01' }])).expect(422);
    expect(early.body.message).toBe('第1个事项：完成期限 2013-05-01 不能早于沟通日期 2013-06-01');
    const future = await officer.post(`/api/projects/${code}/communications`).send({ ...meeting(), heldOn: '2999-01-01' }).expect(422);
    expect(future.body.message).toContain('不能晚于今天');
    const bad = await officer.post(`/api/projects/${code}/communications`).send({ ...meeting(), kind: 'party', subject: '' }).expect(400);
    expect(bad.body.message).toContain('类型只能是 meeting（会议）或 notice（通知）');
    expect((await t.query<{ n: number }>('SELECT count(*)::int AS n FROM communication'))[0]!.n).toBe(before[0]!.n);
  });

  it('lets each side close only its own items, against the version read; overdue items are listed for both sides', async () => {
    const c = await officer
      .post(`/api/projects/${code}/communications`)
      .send(meeting([{ content: '移交拆迁许可证复印件', ownerSide: 'company', owner: '赵华', dueOn: '2013-06-05' }]))
      .expect(201);
    const item = c.body.actionItems[0];
    const overdue = await company.get('/api/action-items').query({ project: code }).expect(200);
    expect(overdue.body.items.map((i: { id: string }) => i.id)).toContain(item.id);
    expect(overdue.body.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    const refused = await officer.patch(`/api/action-items/${item.id}`).send({ status: 'done', version: item.version }).expect(403);
    expect(refused.body.message).toBe('该事项由西虹桥公司负责，只能由西虹桥公司更新');
    await finance.patch(`/api/action-items/${item.id}`).send({ status: 'done', version: item.version }).expect(403);
    const late = await company.patch(`/api/action-items/${item.id}`).send({ status: 'done', doneOn: '2999-01-01', version: item.version }).expect(422);
    expect(late.body.message).toContain('不能晚于今天');
    const done = await company.patch(`/api/action-items/${item.id}`).send({ status: 'done', doneOn: '2013-06-04', version: item.version }).expect(200);
    expect(done.body).toMatchObject({ status: 'done', statusLabel: '已完成', doneOn: '2013-06-04', doneBy: 'comm-company', overdue: false });
    await company.patch(`/api/action-items/${item.id}`).send({ status: 'open', version: item.version }).expect(409);
    const after = await officer.get('/api/action-items').query({ project: code }).expect(200);
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(item.id);
    const closed = await officer.get('/api/action-items').query({ project: code, state: 'done' }).expect(200);
    expect(closed.body.items.map((i: { id: string }) => i.id)).toContain(item.id);
    // Added later, by either side, within the communication's dates.
    const added = await company.post(`/api/communications/${c.body.id}/action-items`).send({ content: '补充提供地形图', ownerSide: 'company', owner: '赵华', dueOn: todayInShanghai() }).expect(201);
    expect(added.body).toMatchObject({ status: 'open', overdue: false, communicationSubject: '17号线二联村段动迁进度协调会' });
  });

  it('keeps another project’s company liaison out (404), and leaders and finance read but never write', async () => {
    const c = await officer.post(`/api/projects/${code}/communications`).send(meeting()).expect(201);
    await otherCompany.get(`/api/communications/${c.body.id}`).expect(404);
    await otherCompany.get(`/api/projects/${code}/communications`).expect(404);
    await otherCompany.post(`/api/projects/${code}/communications`).send(meeting()).expect(404);
    expect((await otherCompany.get('/api/action-items').expect(200)).body.total).toBe(0);
    expect((await otherCompany.get('/api/action-items').query({ project: code }).expect(200)).body.total).toBe(0);
    await finance.post(`/api/projects/${code}/communications`).send(meeting()).expect(403);
  });
});
