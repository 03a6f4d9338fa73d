import { JobsService, todayInShanghai, TransactionalConnection } from '@app/platform';
import { addDays, MILESTONE_OVERDUE_SCHEDULE, MilestoneOverdueJob, MilestoneOverdueJobHandler } from '@app/targets';
import { makeProject } from '../support/factories.js';
import { createTestApp, TEST_PASSWORD, type Http, type TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** 推进方案的时间节点: CRUD with Chinese refusals, scope, evidence, the daily overdue check and the bell's notifications. */
describe('milestones and notifications (e2e)', () => {
  let t: TestApp;
  let code: string;
  let otherCode: string;
  let baseCode: string;
  let leader: Http;
  let officer: Http;
  let company: Http;
  let finance: Http;
  let officerId: string;
  let leaderId: string;
  const today = todayInShanghai();

  const node = (over: Record<string, unknown> = {}) => ({ projectCode: code, name: '地块腾地完成', plannedOn: '2013-06-30', responsibleUnit: '动迁办', ...over });
  const create = async (as: Http, over: Record<string, unknown> = {}) => (await as.post('/api/milestones').send(node(over)).expect(201)).body;
  const as = async (username: string, roles: string[], projects: string[] = []) => {
    const user = await t.createUser({ username, roles: roles as never, projects });
    return { id: user.id, http: t.as(await t.login(username, TEST_PASSWORD)) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const project = makeProject();
    const other = makeProject();
    code = project.code as string;
    otherCode = other.code as string;
    await t.http().post('/api/projects').send(project).expect(201);
    await t.http().post('/api/projects').send(other).expect(201);
    baseCode = 'MSB';
    await t.http().post('/api/resettlement/bases').send({ code: baseCode, name: '节点测试基地', stage: 'planning' }).expect(201);
    ({ id: leaderId, http: leader } = await as('ms-leader', ['leader']));
    ({ id: officerId, http: officer } = await as('ms-officer', ['officer'], [code]));
    company = (await as('ms-company', ['company'], [code])).http;
    finance = (await as('ms-finance', ['finance'])).http;
  });
  afterAll(() => t.close());

  it('creates a project node and a base node; refuses bad input in Chinese and writes nothing', async () => {
    const count = async () => (await t.query<{ n: number }>('SELECT count(*)::int AS n FROM milestone'))[0]!.n;
    const before = await count();
    const neither = await leader.post('/api/milestones').send(node({ projectCode: undefined })).expect(422);
    expect(neither.body.message).toBe('须指定所属项目或安置基地（二者选一）');
    await leader.post('/api/milestones').send(node({ baseCode })).expect(422);
    expect((await leader.post('/api/milestones').send(node({ projectCode: 'NOPE' })).expect(422)).body.message).toBe('项目 NOPE 不存在');
    expect((await leader.post('/api/milestones').send(node({ plannedOn: '2013-02-30' })).expect(400)).body.message).toContain('计划完成日期必须是有效日期');
    expect((await leader.post('/api/milestones').send(node({ plannedOn: undefined })).expect(400)).body.message).toContain('请填写计划完成日期');
    expect((await leader.post('/api/milestones').send(node({ responsibleUserId: '3f1b2c4d-1111-4222-8333-944455556666' })).expect(422)).body.message).toBe('责任人账号不存在或已停用');
    await leader.post('/api/milestones').send(node({ status: 'done' })).expect(400);
    expect(await count()).toBe(before);

    const created = await create(leader, { responsibleUserId: officerId });
    expect(created).toMatchObject({ project: { code }, base: null, status: 'not_started', statusLabel: '未开始', responsibleName: 'ms-officer', version: 1, actualOn: null });
    const onBase = await create(officer, { projectCode: undefined, baseCode, name: '开工建设', responsibleUnit: '规划所' });
    expect(onBase).toMatchObject({ project: null, base: { code: baseCode }, responsibleUnit: '规划所' });
  });

  it('the database itself refuses a node of both a project and a base, or done without a date', async () => {
    const [{ pid }] = await t.query<{ pid: string }>(`SELECT id AS pid FROM project WHERE code = $1`, [code]);
    const [{ bid }] = await t.query<{ bid: string }>(`SELECT id AS bid FROM resettlement_base WHERE code = $1`, [baseCode]);
    await expect(t.query(`INSERT INTO milestone ("projectId", "baseId", name, "plannedOn", "responsibleUnit", status, version) VALUES ($1, $2, 'x', '2013-01-01', '动迁办', 'not_started', 1)`, [pid, bid])).rejects.toThrow(/chk_milestone_owner/);
    await expect(t.query(`INSERT INTO milestone ("projectId", name, "plannedOn", "responsibleUnit", status, version) VALUES ($1, 'x', '2013-01-01', '动迁办', 'done', 1)`, [pid])).rejects.toThrow(/chk_milestone_done_date/);
  });

  it('changes status through the table: done needs a date not in the future and a done dependency; no cycles; stale 409', async () => {
    const first = await create(leader, { name: '规划方案批复', plannedOn: '2013-03-31' });
    const second = await create(leader, { name: '土地征收手续', plannedOn: '2013-05-31', dependsOnId: first.id });
    expect(second.dependsOn).toMatchObject({ id: first.id, name: '规划方案批复', status: 'not_started' });

    const noDate = await leader.post(`/api/milestones/${second.id}/status`).send({ status: 'done', version: 1 }).expect(422);
    expect(noDate.body.message).toBe('标为已完成须填写实际完成日期');
    const future = await leader.post(`/api/milestones/${second.id}/status`).send({ status: 'done', actualOn: addDays(today, 1), version: 1 }).expect(422);
    expect(future.body.message).toBe(`实际完成日期 ${addDays(today, 1)} 不能晚于今天（${today}）`);
    const early = await leader.post(`/api/milestones/${second.id}/status`).send({ status: 'done', actualOn: '2013-05-20', version: 1 }).expect(422);
    expect(early.body.message).toBe('须先完成前置节点“规划方案批复”');

    const cycle = await leader.patch(`/api/milestones/${first.id}`).send({ ...node({ name: '规划方案批复', plannedOn: '2013-03-31' }), projectCode: undefined, dependsOnId: second.id, version: 1 }).expect(422);
    expect(cycle.body.message).toBe('前置节点不能形成循环：规划方案批复 → 土地征收手续 → 规划方案批复');
    const self = await leader.patch(`/api/milestones/${first.id}`).send({ ...node({ name: '规划方案批复' }), projectCode: undefined, dependsOnId: first.id, version: 1 }).expect(422);
    expect(self.body.message).toBe('前置节点不能形成循环：规划方案批复 → 规划方案批复');

    const started = await leader.post(`/api/milestones/${first.id}/status`).send({ status: 'in_progress', version: 1 }).expect(200);
    expect(started.body).toMatchObject({ status: 'in_progress', version: 2 });
    const stale = await leader.post(`/api/milestones/${first.id}/status`).send({ status: 'done', actualOn: '2013-03-20', version: 1 }).expect(409);
    expect(stale.body.message).toBe('该时间节点已被他人修改，请刷新后重试');
    await leader.post(`/api/milestones/${first.id}/status`).send({ status: 'done', actualOn: '2013-03-20', version: 2 }).expect(200);
    const done = await officer.post(`/api/milestones/${second.id}/status`).send({ status: 'done', actualOn: '2013-05-20', version: 1 }).expect(200);
    expect(done.body).toMatchObject({ status: 'done', actualOn: '2013-05-20', due: null, daysOverdue: 0 });

    const bad = await leader.post(`/api/milestones/${second.id}/status`).send({ status: 'blocked', version: 2 }).expect(422);
    expect(bad.body.message).toBe('时间节点不能从“已完成”改为“受阻”');
    const reopenFirst = await leader.post(`/api/milestones/${first.id}/status`).send({ status: 'in_progress', version: 3 }).expect(422);
    expect(reopenFirst.body.message).toBe('后续节点“土地征收手续”已完成，不能把本节点改为“进行中”');
    const reopened = await leader.post(`/api/milestones/${second.id}/status`).send({ status: 'in_progress', version: 2 }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'in_progress', actualOn: null });
  });

  it('lists by project, base, status and urgency (overdue: planned date passed, not done; soon: within 14 days)', async () => {
    const late = await create(leader, { name: '逾期节点', plannedOn: addDays(today, -3) });
    const soon = await create(leader, { name: '临近节点', plannedOn: addDays(today, 14) });
    const later = await create(leader, { name: '远期节点', plannedOn: addDays(today, 15) });
    const names = async (query: string) => ((await leader.get(`/api/milestones?${query}`).expect(200)).body as Array<{ name: string }>).map((m) => m.name);
    const overdue = await names(`project=${code}&due=overdue`);
    expect(overdue).toContain('逾期节点');
    expect(overdue).not.toContain('临近节点');
    expect(await names(`project=${code}&due=soon`)).toEqual(['临近节点']);
    expect(await names(`base=${baseCode}`)).toEqual(['开工建设']);
    expect(await names(`project=${otherCode}`)).toEqual([]);
    expect(await names(`project=${code}&status=in_progress`)).toEqual(['土地征收手续']);
    const one = (await leader.get(`/api/milestones/${late.id}`).expect(200)).body;
    expect(one).toMatchObject({ due: 'overdue', daysOverdue: 3 });
    expect((await leader.get(`/api/milestones/${soon.id}`).expect(200)).body.due).toBe('soon');
    expect((await leader.get(`/api/milestones/${later.id}`).expect(200)).body.due).toBeNull();
    expect((await leader.get('/api/milestones?due=late').expect(400)).body.message).toContain('due 只能是 overdue');

    const summary = (await leader.get('/api/milestones/overdue').expect(200)).body;
    expect(summary.today).toBe(today);
    expect(summary.overdueCount).toBe(summary.overdue.length);
    expect(summary.overdue.map((m: { name: string }) => m.name)).toContain('逾期节点');
    expect(summary.soon.map((m: { name: string }) => m.name)).toEqual(['临近节点']);
  });

  it('scopes reads and writes: the company reads its projects’ nodes only, finance reads, officers keep their projects and the bases', async () => {
    const elsewhere = await create(leader, { projectCode: otherCode, name: '他项目节点' });
    const mine = await create(leader, { name: '本项目节点' });
    const seen = async (as: Http) => ((await as.get('/api/milestones').expect(200)).body as Array<{ name: string }>).map((m) => m.name);
    const companySees = await seen(company);
    expect(companySees).toContain('本项目节点');
    expect(companySees).not.toContain('他项目节点');
    expect(companySees).not.toContain('开工建设');
    expect(await seen(finance)).toEqual(expect.arrayContaining(['本项目节点', '他项目节点', '开工建设']));
    await company.get(`/api/milestones/${elsewhere.id}`).expect(404);
    await company.post('/api/milestones').send(node()).expect(403);
    await finance.post(`/api/milestones/${mine.id}/status`).send({ status: 'in_progress', version: 1 }).expect(403);
    await officer.post(`/api/milestones/${elsewhere.id}/status`).send({ status: 'in_progress', version: 1 }).expect(404);
    expect((await officer.post('/api/milestones').send(node({ projectCode: otherCode })).expect(422)).body.message).toBe(`项目 ${otherCode} 不存在`);
    await officer.post(`/api/milestones/${mine.id}/status`).send({ status: 'blocked', version: 1 }).expect(200);
  });

  it('keeps evidence as attachments: the leader attaches to a project node, the company reads it; a base node is the town’s', async () => {
    const target = await create(leader, { name: '佐证节点' });
    const upload = (as: Http, ownerId: string) => as.post('/api/attachments').field('ownerType', 'milestone').field('ownerId', ownerId).attach('file', PDF, '批复文件.pdf');
    await upload(leader, target.id).expect(201);
    await upload(officer, target.id).expect(201);
    await upload(company, target.id).expect(403);
    const listed = (await company.get(`/api/attachments?ownerType=milestone&ownerId=${target.id}`).expect(200)).body;
    expect(listed.map((a: { fileName: string }) => a.fileName)).toEqual(['批复文件.pdf', '批复文件.pdf']);
    const [baseNode] = (await leader.get(`/api/milestones?base=${baseCode}`).expect(200)).body;
    const onBase = (await upload(leader, baseNode.id).expect(201)).body;
    expect((await officer.get(`/api/attachments?ownerType=milestone&ownerId=${baseNode.id}`).expect(200)).body.map((a: { id: string }) => a.id)).toEqual([onBase.id]);
    await upload(company, baseNode.id).expect(404);
    await company.get(`/api/attachments/${onBase.id}`).expect(404);
  });

  describe('the daily overdue check and the bell', () => {
    const day = '2013-06-10';
    const notifications = async () => (await t.query<{ n: number }>('SELECT count(*)::int AS n FROM notification'))[0]!.n;

    it('is scheduled at 07:00 Shanghai; notifies the responsible user and the leaders once a day, again the next day', async () => {
      const schedulers = await t.app.get(JobsService).rawQueue.getJobSchedulers();
      expect(schedulers.find((s) => s.key === 'MilestoneOverdueJob' || s.name === 'MilestoneOverdueJob')).toMatchObject({ pattern: MILESTONE_OVERDUE_SCHEDULE.pattern, tz: 'Asia/Shanghai' });

      const late = await create(leader, { name: '腾地交地', plannedOn: '2013-06-01', responsibleUserId: officerId });
      // named responsible on a project the officer is not assigned to: not told (they could not open it)
      await create(leader, { projectCode: otherCode, name: '他项目逾期节点', plannedOn: '2013-06-01', responsibleUserId: officerId });
      const handler = t.app.get(MilestoneOverdueJobHandler);
      const before = await notifications();
      const first = await handler.handle({ day });
      expect(first).toMatchObject({ day, checked: true });
      const overdueThen = (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM milestone WHERE status <> 'done' AND "plannedOn" < $1`, [day]))[0]!.n;
      expect(first.overdue).toBe(overdueThen);
      const withUser = (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM milestone WHERE status <> 'done' AND "plannedOn" < $1 AND "responsibleUserId" IS NOT NULL`, [day]))[0]!.n;
      const leaders = (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM app_user WHERE 'leader' = ANY(roles) AND NOT disabled`))[0]!.n;
      expect(first.notified).toBe(withUser - 1 + leaders);
      expect(await t.query(`SELECT id FROM notification WHERE title = '时间节点逾期：他项目逾期节点'`)).toEqual([]);
      expect(await notifications()).toBe(before + first.notified);

      const again = await handler.handle({ day });
      expect(again).toMatchObject({ checked: false, notified: 0 });
      expect(await notifications()).toBe(before + first.notified);
      const [check] = await t.query<{ n: number; ids: string[] }>(`SELECT count(*) OVER ()::int AS n, "milestoneIds" AS ids FROM milestone_overdue_check WHERE day = $1`, [day]);
      expect(check!.n).toBe(1);
      expect(check!.ids).toContain(late.id);

      const next = await handler.handle({ day: '2013-06-11' });
      expect(next).toMatchObject({ checked: true, notified: first.notified });
      expect(await notifications()).toBe(before + 2 * first.notified);

      // through the queue as the scheduler sends it: a tick for a day already checked writes nothing more
      const jobs = t.app.get(JobsService);
      const id = await t.app.get(TransactionalConnection).transaction(() => jobs.enqueue(MilestoneOverdueJob, { day }));
      const ran = await waitFor(async () => {
        const [row] = await t.query<{ status: string; result: { checked: boolean } }>(`SELECT status, result FROM job_record WHERE id = $1`, [id]);
        return row?.status === 'succeeded' ? row : undefined;
      }, { what: '时间节点逾期检查任务' });
      expect(ran.result.checked).toBe(false);
      expect(await notifications()).toBe(before + 2 * first.notified);
    });

    it('shows each user their own notifications only; reading another’s answers 404; 全部已读 clears the count', async () => {
      const mine = (await officer.get('/api/notifications').expect(200)).body;
      expect(mine.unreadCount).toBe(2);
      expect(mine.items).toHaveLength(2);
      expect(mine.items[0]).toMatchObject({ kind: 'milestone_overdue', title: '时间节点逾期：腾地交地', link: `/milestones?due=overdue&project=${code}`, readAt: null });
      expect(mine.items[0].body).toContain('已逾期 10 天（责任单位：动迁办）');
      expect(mine.items[0].createdAt).toMatch(/\+08:00$/);
      const lead = (await leader.get('/api/notifications?unread=true').expect(200)).body;
      expect(lead.items.map((n: { title: string }) => n.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^2013-06-10 逾期时间节点 \d+ 个$/)]));
      expect((await company.get('/api/notifications').expect(200)).body).toEqual({ items: [], total: 0, unreadCount: 0 });

      await company.post(`/api/notifications/${mine.items[0].id}/read`).expect(404);
      await leader.post(`/api/notifications/${mine.items[0].id}/read`).expect(404);
      const read = (await officer.post(`/api/notifications/${mine.items[0].id}/read`).expect(200)).body;
      expect(read.readAt).toMatch(/\+08:00$/);
      expect((await officer.get('/api/notifications?unread=true').expect(200)).body).toMatchObject({ total: 1, unreadCount: 1 });
      const all = (await leader.post('/api/notifications/read-all').expect(200)).body;
      expect(all).toEqual({ updated: lead.unreadCount, unreadCount: 0 });
      expect((await officer.get('/api/notifications').expect(200)).body.unreadCount).toBe(1);
      const leaderRows = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE "userId" = $1 AND "readAt" IS NULL`, [leaderId]);
      expect(leaderRows[0]!.n).toBe(0);
    });
  });
});
