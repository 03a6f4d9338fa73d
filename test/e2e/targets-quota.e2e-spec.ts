import { randomUUID } from 'node:crypto';
import { insertBase, signedSwapHouseholds } from '../support/choosing.js';
import { holdUnit } from '../support/inventory.js';
import { projectWithScheme, signedAgreement } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

/** Pays a signed monetary agreement: `amount` (元) on `paidOn`; paid in full, the household's housing is solved that day. */
async function pay(admin: Http, agreementId: string, amount: string, paidOn: string): Promise<void> {
  await admin
    .post(`/api/agreements/${agreementId}/payments`)
    .set('Idempotency-Key', randomUUID())
    .send({ amount, paidOn, method: 'bank_transfer' })
    .expect(201);
}

interface QuotaAnswer {
  year: number;
  target: number | null;
  solved: number;
  remaining: number | null;
  byMonth: Array<{ month: string; solved: number; cumulative: number }>;
  byProject: Array<{ code: string; solved: number }>;
  byBase: Array<{ code: string | null; solved: number }>;
  forecast: {
    low: number;
    expected: number;
    high: number;
    daysLeft: number;
    basis: Array<{ group: string; label: string; households: number; low: number; expected: number; high: number }>;
  };
  asOf: string;
  computedAt: string;
}

describe('annual targets and the 536 quota (e2e)', () => {
  let t: TestApp;
  let admin: Http;
  let leader: Http;
  let company: Http;
  let a: { code: string; parcel: string };
  let b: { code: string; parcel: string };
  const households: Record<string, { caseId: string; agreementId: string; agreed: string }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    admin = t.http();
    a = await projectWithScheme(admin);
    b = await projectWithScheme(admin);
    // Project A: solved on the year's last day, on the next year's first day, in March; one paid in part; one not paid.
    for (const name of ['lastDay', 'nextYear', 'march', 'partly', 'unpaid']) households[name] = await signedAgreement(admin, a);
    households.otherProject = await signedAgreement(admin, b);
    await pay(admin, households.lastDay!.agreementId, households.lastDay!.agreed, '2013-12-31');
    await pay(admin, households.nextYear!.agreementId, households.nextYear!.agreed, '2014-01-01');
    await pay(admin, households.march!.agreementId, households.march!.agreed, '2013-03-15');
    await pay(admin, households.partly!.agreementId, '100.00', '2013-05-01');
    await pay(admin, households.otherProject!.agreementId, households.otherProject!.agreed, '2013-03-20');
    leader = await t.loginAs({ username: 'quota-leader', roles: ['leader'] });
    company = await t.loginAs({ username: 'quota-company', roles: ['company'], projects: [a.code] });
  }, 120_000);
  afterAll(() => t.close());

  describe('GET /api/dashboard/quota', () => {
    it('counts exactly the households solved in the year: 2013-12-31 counts for 2013, 2014-01-01 does not', async () => {
      const q = (await leader.get('/api/dashboard/quota?year=2013').expect(200)).body as QuotaAnswer;
      expect(q.year).toBe(2013);
      expect(q.solved).toBe(3);
      expect(q.target).toBeNull(); // no target set yet
      expect(q.byMonth).toHaveLength(12);
      expect(q.byMonth.filter((m) => m.solved > 0)).toEqual([
        { month: '2013-03', solved: 2, cumulative: 2 },
        { month: '2013-12', solved: 1, cumulative: 3 },
      ]);
      expect(q.byMonth[5]).toEqual({ month: '2013-06', solved: 0, cumulative: 2 });
      expect(q.byProject).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: a.code, solved: 2 }),
          expect.objectContaining({ code: b.code, solved: 1 }),
        ]),
      );
      // Monetary households have no delivered flat: all under the null base.
      expect(q.byBase).toEqual([{ code: null, name: '货币补偿（无交付房源）', solved: 3 }]);
      // The records stop on 2014-01-01: that is the data's present, and 2013 is over — the forecast is what was solved.
      expect(q.asOf).toBe('2014-01-01');
      expect(q.forecast).toMatchObject({ low: 3, expected: 3, high: 3, daysLeft: 0 });
      expect(q.computedAt).toMatch(/\+08:00$/);

      const next = (await leader.get('/api/dashboard/quota?year=2014').expect(200)).body as QuotaAnswer;
      expect(next.solved).toBe(1);
      expect(next.byMonth).toEqual([{ month: '2014-01', solved: 1, cumulative: 1 }]);
    });

    it('forecasts the rest of the year from the pipeline, with its basis in Chinese', async () => {
      const q = (await leader.get('/api/dashboard/quota?year=2014').expect(200)).body as QuotaAnswer;
      expect(q.forecast.daysLeft).toBe(364);
      const line = (group: string) => q.forecast.basis.find((l) => l.group === group)!;
      expect(line('monetaryPartlyPaid')).toMatchObject({ households: 1, low: 0, expected: 1, high: 1 });
      expect(line('monetaryUnpaid')).toMatchObject({ households: 1, low: 0, expected: 0, high: 1 });
      expect(line('monetaryUnpaid').label).toBe('货币补偿已签约、尚未支付');
      expect(q.forecast).toMatchObject({ low: 1, expected: 2, high: 3 });
    });

    it('scopes every figure to a company liaison’s projects', async () => {
      const q = (await company.get('/api/dashboard/quota?year=2013').expect(200)).body as QuotaAnswer;
      expect(q.solved).toBe(2);
      expect(q.byProject.map((p) => p.code)).toEqual([a.code]);
      expect(q.byMonth.filter((m) => m.solved > 0)).toEqual([
        { month: '2013-03', solved: 1, cumulative: 1 },
        { month: '2013-12', solved: 1, cumulative: 2 },
      ]);
    });

    it('is kept only while nothing has committed: a household solved behind the api’s back counts at the very next read', async () => {
      const solved = async () => ((await leader.get('/api/dashboard/quota?year=2013').expect(200)).body as QuotaAnswer).solved;
      expect(await solved()).toBe(3);
      const [track] = await t.query<{ id: string; resettledOn: string }>(
        `SELECT id, "resettledOn"::text AS "resettledOn" FROM resettlement_track WHERE track = 'resettled' AND "resettledOn" = '2014-01-01'`,
      );
      await t.query(`UPDATE resettlement_track SET "resettledOn" = '2013-12-31' WHERE id = $1`, [track!.id]);
      expect(await solved()).toBe(4);
      await t.query(`UPDATE resettlement_track SET "resettledOn" = $2::date WHERE id = $1`, [track!.id, track!.resettledOn]);
      expect(await solved()).toBe(3);
      // Without the year: the data's present year (2014 here, the records' last day), the same way.
      expect(((await leader.get('/api/dashboard/quota').expect(200)).body as QuotaAnswer).year).toBe(2014);
    });

    it('refuses a year that is not one, in Chinese', async () => {
      const res = await leader.get('/api/dashboard/quota?year=abc').expect(400);
      expect(res.body.message).toMatch(/年度/);
    });
  });

  describe('the households behind a figure', () => {
    it('lists the households solved within dates (resettledFrom / resettledTo), within the caller’s projects', async () => {
      const all = await leader.get('/api/households?resettledFrom=2013-01-01&resettledTo=2013-12-31&pageSize=50').expect(200);
      expect(all.body.total).toBe(3);
      const caseIds = all.body.items.map((h: { caseId: string }) => h.caseId).sort();
      expect(caseIds).toEqual([households.lastDay!.caseId, households.march!.caseId, households.otherProject!.caseId].sort());
      const december = await leader.get('/api/households?resettledFrom=2013-12-01&resettledTo=2013-12-31').expect(200);
      expect(december.body.items.map((h: { caseId: string }) => h.caseId)).toEqual([households.lastDay!.caseId]);
      const scoped = await company.get('/api/households?resettledFrom=2013-01-01&resettledTo=2013-12-31').expect(200);
      expect(scoped.body.total).toBe(2);
      // Without the new filters the list is as before.
      expect((await leader.get(`/api/households?project=${a.code}`).expect(200)).body.total).toBe(5);
      const bad = await leader.get('/api/households?resettledFrom=2013-13-01').expect(400);
      expect(JSON.stringify(bad.body)).toMatch(/住房解决起始日期/);
    });
  });

  describe('targets', () => {
    let housing: { id: string; version: number };
    let training: { id: string };

    it('a leader creates the housing target; its actual value is recounted from the records, with the link to the households', async () => {
      const res = await leader
        .post('/api/targets')
        .send({ year: 2013, name: '解决536户动迁户居民住房问题', measure: 'housing_solved', targetValue: '536', unit: '户', position: 1 })
        .expect(201);
      expect(res.body).toMatchObject({
        year: 2013,
        measure: 'housing_solved',
        targetValue: '536',
        unit: '户',
        actual: '3',
        percent: 0.6,
        remaining: '533',
        link: '/households?resettledFrom=2013-01-01&resettledTo=2013-12-31',
      });
      housing = res.body;
      const q = (await leader.get('/api/dashboard/quota?year=2013').expect(200)).body as QuotaAnswer;
      expect(q).toMatchObject({ target: 536, solved: 3, remaining: 533 });
      // The company liaison reads the same target with its own projects' count.
      const seen = (await company.get('/api/targets?year=2013').expect(200)).body as Array<{ id: string; actual: string }>;
      expect(seen.find((x) => x.id === housing.id)!.actual).toBe('2');
    });

    it('counts a target limited to one project within that project, and links to its households', async () => {
      const res = await admin
        .post('/api/targets')
        .send({ year: 2013, name: '项目B住房解决', measure: 'housing_solved', targetValue: '10', unit: '户', projectCodes: [b.code] })
        .expect(201);
      expect(res.body).toMatchObject({
        actual: '1',
        percent: 10,
        projects: [{ code: b.code }],
        link: `/households?resettledFrom=2013-01-01&resettledTo=2013-12-31&project=${b.code}`,
      });
    });

    it('refuses bad input in Chinese and changes nothing', async () => {
      const before = (await t.query<{ n: number }>('SELECT count(*)::int AS n FROM annual_target'))[0]!.n;
      const noName = await leader.post('/api/targets').send({ year: 2013, measure: 'manual', targetValue: '1', unit: '项' }).expect(400);
      expect(JSON.stringify(noName.body)).toMatch(/目标名称/);
      const badValue = await leader
        .post('/api/targets')
        .send({ year: 2013, name: '测试目标', measure: 'manual', targetValue: '-1', unit: '项' })
        .expect(400);
      expect(JSON.stringify(badValue.body)).toMatch(/目标值/);
      await leader
        .post('/api/targets')
        .send({ year: 2013, name: '测试目标', measure: 'manual', targetValue: '1', unit: '项', actual: '5' })
        .expect(400);
      const unit = await leader
        .post('/api/targets')
        .send({ year: 2013, name: '测试目标', measure: 'housing_solved', targetValue: '1', unit: '人' })
        .expect(422);
      expect(unit.body.message).toBe('解决动迁户住房（户）的计量单位只能是“户”');
      const project = await leader
        .post('/api/targets')
        .send({ year: 2013, name: '测试目标', measure: 'housing_solved', targetValue: '1', unit: '户', projectCodes: ['NOPE'] })
        .expect(422);
      expect(project.body.message).toBe('项目编号 NOPE 不存在');
      expect((await t.query<{ n: number }>('SELECT count(*)::int AS n FROM annual_target'))[0]!.n).toBe(before);
    });

    it('lets only admins and leaders write', async () => {
      const officer = await t.loginAs({ username: 'quota-officer', roles: ['officer'], projects: [a.code] });
      await officer
        .post('/api/targets')
        .send({ year: 2013, name: '测试目标', measure: 'manual', targetValue: '1', unit: '项' })
        .expect(403);
      await company.patch(`/api/targets/${housing.id}`).send({ version: housing.version, targetValue: '1' }).expect(403);
      await officer.get('/api/targets?year=2013').expect(200);
    });

    it('changes a target at the version read; a stale version answers 409', async () => {
      const res = await leader.patch(`/api/targets/${housing.id}`).send({ version: housing.version, targetValue: '540' }).expect(200);
      expect(res.body).toMatchObject({ targetValue: '540', version: housing.version + 1, remaining: '537' });
      const stale = await leader.patch(`/api/targets/${housing.id}`).send({ version: housing.version, targetValue: '536' }).expect(409);
      expect(stale.body.message).toBe('该年度目标已被他人修改，请刷新后重试');
      await leader
        .patch(`/api/targets/${housing.id}`)
        .send({ version: housing.version + 1, targetValue: '536' })
        .expect(200);
      await leader.patch(`/api/targets/${randomUUID()}`).send({ version: 1 }).expect(404);
    });

    it('records a manual target’s progress with evidence, audited; refuses entries the target cannot take', async () => {
      training = (
        await leader
          .post('/api/targets')
          .send({ year: 2013, name: '职业技能培训1000人', measure: 'manual', targetValue: '1000', unit: '人' })
          .expect(201)
      ).body;
      // The evidence: a file the leader uploads to the target (a town-wide record: no project) before recording progress.
      const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
      const officer = await t.loginAs({ username: 'quota-evidence-officer', roles: ['officer'], projects: [a.code] });
      await officer
        .post('/api/attachments')
        .field('ownerType', 'annual_target')
        .field('ownerId', training.id)
        .attach('file', pdf, 'x.pdf')
        .expect(403);
      await leader
        .post('/api/attachments')
        .field('ownerType', 'annual_target')
        .field('ownerId', randomUUID())
        .attach('file', pdf, 'x.pdf')
        .expect(404);
      const up = await leader
        .post('/api/attachments')
        .field('ownerType', 'annual_target')
        .field('ownerId', training.id)
        .attach('file', pdf, '结业证明.pdf')
        .expect(201);
      const evidenceId = up.body.id as string;
      // Read and downloaded by the town's users, not by the company's liaison.
      expect(
        (await officer.get(`/api/attachments?ownerType=annual_target&ownerId=${training.id}`).expect(200)).body.map(
          (x: { id: string }) => x.id,
        ),
      ).toEqual([evidenceId]);
      await officer.get(`/api/attachments/${evidenceId}`).expect(200);
      const company = await t.loginAs({ username: 'quota-evidence-company', roles: ['company'], projects: [a.code] });
      await company.get(`/api/attachments?ownerType=annual_target&ownerId=${training.id}`).expect(404);
      await company.get(`/api/attachments/${evidenceId}`).expect(404);
      // Evidence uploaded elsewhere (a communication record of the project) is not this target's.
      const communication = await admin
        .post(`/api/projects/${a.code}/communications`)
        .send({
          kind: 'meeting',
          heldOn: '2013-06-01',
          subject: '培训结业',
          townParticipants: '王强',
          companyParticipants: '赵华',
          minutes: '结业',
        })
        .expect(201);
      const elsewhere = await admin
        .post('/api/attachments')
        .field('ownerType', 'communication')
        .field('ownerId', communication.body.id)
        .attach('file', pdf, 'evidence.pdf')
        .expect(201);
      const foreign = await leader
        .post(`/api/targets/${training.id}/entries`)
        .send({ enteredOn: '2013-06-30', value: '1', evidenceAttachmentId: elsewhere.body.id })
        .expect(422);
      expect(foreign.body.message).toBe('佐证材料不存在，请先上传到该目标');
      const res = await leader
        .post(`/api/targets/${training.id}/entries`)
        .send({ enteredOn: '2013-06-30', value: '260', note: '第一期结业', evidenceAttachmentId: evidenceId })
        .expect(201);
      expect(res.body).toMatchObject({ actual: '260', percent: 26, remaining: '740' });
      expect(res.body.entries).toEqual([
        expect.objectContaining({
          enteredOn: '2013-06-30',
          value: '260',
          note: '第一期结业',
          recordedBy: 'quota-leader',
          evidenceAttachmentId: evidenceId,
        }),
      ]);
      await leader.post(`/api/targets/${training.id}/entries`).send({ enteredOn: '2013-09-30', value: '100.5' }).expect(201);
      const [audit] = await t.query<{
        action: string;
        username: string;
        changes: Array<{ entityType: string; after: Record<string, unknown> }>;
      }>(
        `SELECT action, username, changes FROM audit_log WHERE action = 'target_progress_entry.create' AND outcome = 'success' ORDER BY id LIMIT 1`,
      );
      expect(audit).toMatchObject({ action: 'target_progress_entry.create', username: 'quota-leader' });
      expect(audit!.changes[0]).toMatchObject({ entityType: 'target_progress_entry', after: { value: '260', enteredOn: '2013-06-30' } });

      const list = (await leader.get('/api/targets?year=2013').expect(200)).body as Array<{
        id: string;
        actual: string;
        entries: unknown[];
      }>;
      expect(list.find((x) => x.id === training.id)).toMatchObject({ actual: '360.5' });

      const wrongYear = await leader.post(`/api/targets/${training.id}/entries`).send({ enteredOn: '2014-01-01', value: '1' }).expect(422);
      expect(wrongYear.body.message).toBe('进展日期必须在 2013 年内');
      const builtIn = await leader.post(`/api/targets/${housing.id}/entries`).send({ enteredOn: '2013-06-30', value: '1' }).expect(422);
      expect(builtIn.body.message).toBe('该目标的完成情况由系统按业务记录统计，不能手工录入进展');
      await leader.post(`/api/targets/${training.id}/entries`).send({ enteredOn: '2013-06-30', value: '0' }).expect(422);
      const noEvidence = await leader
        .post(`/api/targets/${training.id}/entries`)
        .send({ enteredOn: '2013-06-30', value: '1', evidenceAttachmentId: randomUUID() })
        .expect(422);
      expect(noEvidence.body.message).toBe('佐证材料不存在，请先上传到该目标');
      const badDate = await leader.post(`/api/targets/${training.id}/entries`).send({ enteredOn: '2013-02-30', value: '1' }).expect(400);
      expect(JSON.stringify(badDate.body)).toMatch(/进展日期/);
      expect((await t.query<{ n: number }>('SELECT count(*)::int AS n FROM target_progress_entry'))[0]!.n).toBe(2);
    });

    it('a milestone target (金联动迁基地前期手续办理) is done when its time node is done by the year’s end', async () => {
      await admin.post('/api/resettlement/bases').send({ code: 'TQJL', name: '金联动迁基地', stage: 'planning' }).expect(201);
      const node = (
        await leader
          .post('/api/milestones')
          .send({ baseCode: 'TQJL', name: '金联动迁基地前期手续办理', plannedOn: '2013-12-31', responsibleUnit: '动迁办' })
          .expect(201)
      ).body;
      const body = { year: 2013, name: '金联动迁基地前期手续办理', measure: 'milestone', targetValue: '1', unit: '项' };
      expect((await leader.post('/api/targets').send(body).expect(422)).body.message).toBe('请选择该目标对应的时间节点');
      expect(
        (
          await leader
            .post('/api/targets')
            .send({ ...body, milestoneId: node.id, targetValue: '2' })
            .expect(422)
        ).body.message,
      ).toBe('时间节点目标的目标值只能是 1 项');
      expect(
        (
          await leader
            .post('/api/targets')
            .send({ ...body, milestoneId: randomUUID() })
            .expect(422)
        ).body.message,
      ).toBe('所选时间节点不存在');
      const manual = { year: 2013, name: '培训', measure: 'manual', targetValue: '5', unit: '人', milestoneId: node.id };
      expect((await leader.post('/api/targets').send(manual).expect(422)).body.message).toBe('只有“时间节点完成”的目标可以关联时间节点');
      const target = (
        await leader
          .post('/api/targets')
          .send({ ...body, milestoneId: node.id })
          .expect(201)
      ).body;
      expect(target).toMatchObject({
        measure: 'milestone',
        measureLabel: '时间节点完成',
        actual: '0',
        percent: 0,
        link: '/milestones?base=TQJL',
      });
      const entry = await leader.post(`/api/targets/${target.id}/entries`).send({ enteredOn: '2013-06-30', value: '1' }).expect(422);
      expect(entry.body.message).toBe('该目标的完成情况由系统按业务记录统计，不能手工录入进展');
      await leader
        .post(`/api/milestones/${node.id}/status`)
        .send({ status: 'done', actualOn: '2013-11-20', version: node.version })
        .expect(200);
      const done = (await leader.get('/api/targets?year=2013').expect(200)).body.find((x: { id: string }) => x.id === target.id);
      expect(done).toMatchObject({ actual: '1', percent: 100, remaining: '0' });
      // Done in a later year does not complete the 2013 target.
      await t.query(`UPDATE milestone SET "actualOn" = '2014-01-02' WHERE id = $1`, [node.id]);
      expect((await leader.get('/api/targets?year=2013').expect(200)).body.find((x: { id: string }) => x.id === target.id)).toMatchObject({
        actual: '0',
      });
    });
  });

  describe('the property-swap pipeline', () => {
    it('weighs allocated flats due in the year, households waiting in a round on a ready base, and those in no round', async () => {
      const before = (await leader.get('/api/dashboard/quota?year=2014').expect(200)).body as QuotaAnswer;
      const [allocated, waiting] = await signedSwapHouseholds(admin, a, 2);
      const base = await insertBase(t, { code: `Q${process.pid % 1000}`, name: '测试现房基地', stage: 'delivering' }, '1号楼', [
        { unitNo: '101', area: '120.00' },
        { unitNo: '102', area: '120.00' },
      ]);
      await holdUnit(t, base.unitIds['101']!, allocated!.caseId);
      await admin
        .post('/api/resettlement/choosing-rounds')
        .send({ baseId: base.baseId, projectCodes: [a.code], seed: '2013122001' })
        .expect(201);
      const [noRound] = await signedSwapHouseholds(admin, a, 1);
      expect(noRound).toBeDefined();

      const q = (await leader.get('/api/dashboard/quota?year=2014').expect(200)).body as QuotaAnswer;
      const line = (group: string) => q.forecast.basis.find((l) => l.group === group)!;
      // A built flat (现房) can be handed over at once: due within the year. 0.8 → 0 low, 1 expected and high.
      expect(line('allocatedDue')).toMatchObject({ households: 1, low: 0, expected: 1, high: 1 });
      expect(line('swapReadyBase')).toMatchObject({ households: 1, low: 0, expected: 1, high: 1 });
      expect(line('swapNoRound')).toMatchObject({ households: 1, low: 0, expected: 0, high: 1 });
      expect(waiting).toBeDefined();
      expect(q.forecast.expected).toBe(before.forecast.expected + 2);
      expect(q.forecast.high).toBe(before.forecast.high + 3);
      // A company liaison of another project sees none of it.
      const other = await t.loginAs({ username: 'quota-company-b', roles: ['company'], projects: [b.code] });
      const scoped = (await other.get('/api/dashboard/quota?year=2014').expect(200)).body as QuotaAnswer;
      expect(scoped.forecast.basis.every((l) => l.households === 0)).toBe(true);
    });
  });
});
