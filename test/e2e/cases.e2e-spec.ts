import type { Role } from '@app/platform';
import { randomUUID } from 'node:crypto';
import {
  CASE_TRANSITION_TABLE,
  CaseGuardRegistry,
  CaseService,
  forwardPath,
  STALE_MESSAGE,
  statusesFrom,
  surveyIncomplete,
  type CaseStatus,
  type TransitionRule,
} from '@app/cases';
import { runWithContext, TransactionalConnection } from '@app/platform';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface HistoryRow {
  fromStatus: string | null;
  toStatus: string;
  kind: string;
  reason: string | null;
  actor: string;
}

describe('cases: lifecycle over HTTP (e2e)', () => {
  let t: TestApp;
  let projectId: string;
  let parcelId: string;
  /** Missing survey facts the fake legacy-base check reports, per subject id. */
  const missingFacts = new Map<string, string[]>();

  /** Opens a legacy-base case through the service, as the subjects library does inside its own transaction. */
  async function makeCase(options: { status?: CaseStatus; parcelId?: string; missing?: string[] } = {}) {
    const subjectId = randomUUID();
    if (options.missing) missingFacts.set(subjectId, options.missing);
    const connection = t.app.get(TransactionalConnection);
    const cases = t.app.get(CaseService);
    if (options.status && statusesFrom('confirmed').includes(options.status)) {
      // No case opens confirmed or signed (those are the confirmation batch's and the agreement's): load it with the history that got it there.
      const id = randomUUID();
      const start = Date.now() - 60_000;
      const steps = forwardPath(options.status).map((rule, i) => ({
        id: randomUUID(),
        caseId: id,
        fromStatus: rule.from,
        toStatus: rule.to,
        kind: rule.kind,
        reason: null,
        actor: rule.roles[0]!,
        ...(rule.causedBy ? { record: rule.causedBy.record } : {}),
        createdAt: new Date(start + (i + 1) * 1000),
      }));
      const opening = { id: randomUUID(), caseId: id, fromStatus: null, toStatus: 'surveying' as const, kind: 'open' as const, reason: '建档', actor: 'system', createdAt: new Date(start) };
      await connection.transaction(() =>
        cases.loadHistories(
          [{ id, subjectType: 'legacy_base', subjectId, projectId, parcelId: options.parcelId ?? parcelId, status: options.status!, statusChangedAt: steps.at(-1)!.createdAt }],
          [opening, ...steps],
        ),
      );
      return { id, subjectId };
    }
    const caseFile = await connection.transaction(() =>
      cases.open({ subjectType: 'legacy_base', subjectId, projectId, parcelId: options.parcelId ?? parcelId, status: options.status }),
    );
    return { id: caseFile.id, subjectId };
  }

  const transition = (id: string, body: Record<string, unknown>) => t.http().post(`/api/cases/${id}/transitions`).send(body);

  const historyRows = (caseId: string) =>
    t.query<HistoryRow>(
      'SELECT "fromStatus", "toStatus", kind, reason, actor FROM case_transition WHERE "caseId" = $1 ORDER BY "createdAt", id',
      [caseId],
    );

  const caseRow = async (caseId: string) =>
    (await t.query<{ status: string; version: number }>('SELECT status, version FROM case_file WHERE id = $1', [caseId]))[0]!;

  async function makeParcel(code: string) {
    const res = await t
      .http()
      .post('/api/projects/LB/parcels')
      .send({ code, village: '徐泾村', landOwnership: 'state', area: '800' })
      .expect(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const project = await t.http().post('/api/projects').send({ code: 'LB', name: '遗留基地清理' }).expect(201);
    projectId = project.body.id;
    parcelId = await makeParcel('LB-01');
    // Stands in for the subjects library's survey-facts check (these legacy bases exist only as ids).
    t.app.get(CaseGuardRegistry).register('surveyComplete', async (c) => surveyIncomplete(missingFacts.get(c.subjectId) ?? []));
  });
  afterAll(() => t.close());

  describe('GET /api/cases/:id', () => {
    it('returns the status, the opening history entry and the next steps', async () => {
      const { id, subjectId } = await makeCase();
      const res = await t.http().get(`/api/cases/${id}`).expect(200);
      expect(res.body).toEqual({
        id,
        subjectType: 'legacy_base',
        subjectId,
        status: 'surveying',
        statusLabel: '摸底中',
        resettlementStatus: 'none',
        resettlementStatusLabel: '无',
        statusChangedAt: expect.any(String),
        version: 1,
        nextSteps: [{ to: 'surveyed', kind: 'forward', label: '完成摸底', reasonRequired: false }],
        history: [
          { id: expect.any(String), from: null, to: 'surveying', kind: 'open', reason: '建档', actor: 'system', at: expect.any(String) },
        ],
      });
    });

    it('offers forward and reversal steps in the middle of the line', async () => {
      const { id } = await makeCase({ status: 'confirmed' });
      const res = await t.http().get(`/api/cases/${id}`).expect(200);
      // 签订协议 is the agreement's step (libs/compensation), never a plain one.
      expect(res.body.nextSteps).toEqual([{ to: 'surveyed', kind: 'reversal', label: '撤销确认', reasonRequired: true }]);
    });

    it('answers an unknown id with a Chinese 404', async () => {
      const res = await t.http().get(`/api/cases/${randomUUID()}`).expect(404);
      expect(res.body).toEqual({ statusCode: 404, message: '案件不存在' });
    });

    it.each(['not-a-uuid', '123', "1' OR '1'='1"])('answers the malformed id %p with a Chinese 404', async (bad) => {
      const res = await t
        .http()
        .get(`/api/cases/${encodeURIComponent(bad)}`)
        .expect(404);
      expect(res.body).toEqual({ statusCode: 404, message: '请求的资源不存在' });
    });
  });

  describe('POST /api/cases/:id/transitions', () => {
    it('refuses completing the survey while facts are missing (422 listing them) and changes nothing', async () => {
      const { id } = await makeCase({ missing: ['基地名称', '占地面积'] });
      const res = await transition(id, { to: 'surveyed' }).expect(422);
      expect(res.body).toEqual({ statusCode: 422, message: '摸底信息不完整，缺少：基地名称、占地面积' });
      expect(await caseRow(id)).toEqual({ status: 'surveying', version: 1 });
      expect(await historyRows(id)).toHaveLength(1);
    });

    it('completes the survey when nothing is missing (200) and records the step', async () => {
      const { id } = await makeCase({ missing: [] });
      const res = await transition(id, { to: 'surveyed' }).expect(200);
      expect(res.body).toMatchObject({ id, status: 'surveyed', statusLabel: '已摸底', version: 2 });
      expect(res.body.history).toEqual([
        expect.objectContaining({ from: null, to: 'surveying', kind: 'open' }),
        {
          id: expect.any(String),
          from: 'surveying',
          to: 'surveyed',
          kind: 'forward',
          reason: null,
          actor: 'test-admin',
          at: expect.any(String),
        },
      ]);
      expect(res.body.nextSteps.map((s: { to: string }) => s.to)).toEqual(['surveying']);
      expect(await caseRow(id)).toEqual({ status: 'surveyed', version: 2 });
    });

    it('moves the status-changed time with the status', async () => {
      const { id } = await makeCase();
      const before = (await t.http().get(`/api/cases/${id}`).expect(200)).body.statusChangedAt;
      const after = (await transition(id, { to: 'surveyed' }).expect(200)).body.statusChangedAt;
      expect(new Date(after).getTime()).toBeGreaterThan(new Date(before).getTime());
    });

    it('refuses skipping a step with a Chinese 409', async () => {
      const { id } = await makeCase();
      const res = await transition(id, { to: 'confirmed' }).expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: '案件不能从“摸底中”变更为“已确认”' });
      expect(await caseRow(id)).toEqual({ status: 'surveying', version: 1 });
    });

    it('refuses the status the case already has with a Chinese 409', async () => {
      const { id } = await makeCase({ status: 'signed' });
      const res = await transition(id, { to: 'signed' }).expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: '案件已处于“已签约”状态' });
    });

    it('walks a case along the whole line and back one step', async () => {
      const { id } = await makeCase();
      for (const to of ['surveyed', 'confirmed', 'signed', 'vacated', 'settled'] as const) {
        if (to === 'confirmed') {
          // Confirming is caused by a confirmation batch only: the plain route refuses it, the batch's call takes it.
          expect((await transition(id, { to }).expect(422)).body.message).toBe('“公司确认”须通过确认批次办理，不能直接变更案件状态');
          const admin = { userId: null, username: 'admin', roles: ['admin' as Role], projects: [], projectIds: [] };
          await runWithContext({ actor: admin, changes: [] }, () => t.app.get(CaseService).transition(id, { to, record: 'confirmation' }));
          continue;
        }
        if (to === 'signed') {
          // Signing is caused by the agreement only: the plain route refuses it, the agreement's call takes it.
          expect((await transition(id, { to }).expect(422)).body.message).toBe('“签订协议”须通过补偿协议办理，不能直接变更案件状态');
          const admin = { userId: null, username: 'admin', roles: ['admin' as Role], projects: [], projectIds: [] };
          await runWithContext({ actor: admin, changes: [] }, () => t.app.get(CaseService).transition(id, { to, record: 'agreement' }));
          continue;
        }
        if (to === 'settled') {
          // Settling is caused by the 结算单 only (libs/company): the plain route refuses it.
          expect((await transition(id, { to }).expect(422)).body.message).toBe('“完成结算”须通过结算单办理，不能直接变更案件状态');
          const admin = { userId: null, username: 'admin', roles: ['admin' as Role], projects: [], projectIds: [] };
          await runWithContext({ actor: admin, changes: [] }, () => t.app.get(CaseService).transition(id, { to, record: 'settlement' }));
          continue;
        }
        expect((await transition(id, { to }).expect(200)).body.status).toBe(to);
      }
      await transition(id, { to: 'vacated', reason: '结算单有误' }).expect(200);
      expect((await historyRows(id)).map((h) => `${h.fromStatus ?? '-'}>${h.toStatus}:${h.kind}`)).toEqual([
        '->surveying:open',
        'surveying>surveyed:forward',
        'surveyed>confirmed:forward',
        'confirmed>signed:forward',
        'signed>vacated:forward',
        'vacated>settled:forward',
        'settled>vacated:reversal',
      ]);
      expect(await caseRow(id)).toEqual({ status: 'vacated', version: 7 });
    });

    describe('reversals', () => {
      it.each([[{}], [{ reason: '' }], [{ reason: '   ' }]])('refuses a reversal without a reason (%p) with a 422', async (extra) => {
        const { id } = await makeCase({ status: 'confirmed' });
        const res = await transition(id, { to: 'surveyed', ...extra }).expect(422);
        expect(res.body).toEqual({ statusCode: 422, message: '“撤销确认”必须填写原因' });
        expect(await caseRow(id)).toEqual({ status: 'confirmed', version: 1 });
        expect(await historyRows(id)).toHaveLength(3);
      });

      it('goes back with a reason (200), recording a reversal with the trimmed reason', async () => {
        const { id } = await makeCase({ status: 'confirmed' });
        const res = await transition(id, { to: 'surveyed', reason: '  公司要求补充测绘  ' }).expect(200);
        expect(res.body.status).toBe('surveyed');
        expect(res.body.history.at(-1)).toMatchObject({
          from: 'confirmed',
          to: 'surveyed',
          kind: 'reversal',
          reason: '公司要求补充测绘',
          actor: 'test-admin',
        });
        expect((await historyRows(id)).at(-1)).toEqual({ fromStatus: 'confirmed', toStatus: 'surveyed', kind: 'reversal', reason: '公司要求补充测绘', actor: 'test-admin' });
      });

      it('records a reason given on a forward step too', async () => {
        const { id } = await makeCase({ status: 'signed' });
        await transition(id, { to: 'vacated', reason: '第3批腾地' }).expect(200);
        expect((await historyRows(id)).at(-1)).toMatchObject({ kind: 'forward', reason: '第3批腾地' });
      });
    });

    describe('optimistic locking', () => {
      it('refuses a stale version with a 409 and accepts the current one', async () => {
        const { id } = await makeCase();
        await transition(id, { to: 'surveyed', version: 1 }).expect(200);
        const stale = await transition(id, { to: 'surveying', reason: '补充摸底', version: 1 }).expect(409);
        expect(stale.body).toEqual({ statusCode: 409, message: STALE_MESSAGE });
        expect(STALE_MESSAGE).toBe('该记录已被他人修改，请刷新后重试');
        expect(await caseRow(id)).toEqual({ status: 'surveyed', version: 2 });
        await transition(id, { to: 'surveying', reason: '补充摸底', version: 2 }).expect(200);
      });

      it('lets exactly one of two concurrent transitions from the same state through', async () => {
        const { id } = await makeCase();
        const results = await Promise.all([transition(id, { to: 'surveyed' }), transition(id, { to: 'surveyed' })]);
        expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
        const refused = results.find((r) => r.status === 409)!;
        expect(refused.body.message).toMatch(/该记录已被他人修改|案件已处于“已摸底”状态/);
        expect(await caseRow(id)).toEqual({ status: 'surveyed', version: 2 });
        expect((await historyRows(id)).filter((h) => h.kind === 'forward')).toHaveLength(1);
      });

      it('lets exactly one of two concurrent different steps through (forward vs reversal)', async () => {
        // The company's confirmation (a batch's answer takes it through the service) against the officer's 退回摸底.
        const { id } = await makeCase({ status: 'surveyed' });
        const admin = { userId: null, username: 'admin', roles: ['admin' as Role], projects: [], projectIds: [] };
        const confirming = runWithContext({ actor: admin, changes: [] }, () => t.app.get(CaseService).transition(id, { to: 'confirmed', record: 'confirmation' })).then(
          () => 200,
          (error: { getStatus?: () => number }) => error.getStatus?.() ?? 500,
        );
        const results = await Promise.all([confirming, transition(id, { to: 'surveying', reason: '补充测绘' }).then((r) => r.status)]);
        expect(results.sort()).toEqual([200, 409]);
        // Opened as 已摸底 (its opening row), then one of the two.
        expect(await historyRows(id)).toHaveLength(2);
        expect((await caseRow(id)).version).toBe(2);
      });
    });

    describe('handover', () => {
      it('refuses handing a case over by the plain route (422 naming the 移交单), even on a handed-over parcel; the reversal stays plain', async () => {
        const parcel = await makeParcel('LB-HO');
        const { id } = await makeCase({ status: 'settled', parcelId: parcel });
        const message = '“完成移交”须通过移交单办理，不能直接变更案件状态';
        expect((await transition(id, { to: 'handed_over' }).expect(422)).body).toEqual({ statusCode: 422, message });
        await t.query(`UPDATE parcel SET status = 'handed_over' WHERE id = $1`, [parcel]);
        expect((await transition(id, { to: 'handed_over' }).expect(422)).body.message).toBe(message);
        expect(await caseRow(id)).toEqual({ status: 'settled', version: 1 });

        // As an accepted 移交单 leaves it; going back is the admin's plain, reasoned step.
        await t.query(`UPDATE case_file SET status = 'handed_over' WHERE id = $1`, [id]);
        const back = await transition(id, { to: 'settled', reason: '移交单录错地块' }).expect(200);
        expect(back.body).toMatchObject({ status: 'settled' });
      });
    });

    describe('input validation', () => {
      let id: string;
      beforeAll(async () => {
        id = (await makeCase()).id;
      });
      afterEach(async () => {
        expect(await caseRow(id)).toEqual({ status: 'surveying', version: 1 });
      });

      it.each([['archived'], ['SURVEYED'], [''], [1], [null]])('refuses the target %p with a Chinese 400', async (to) => {
        const res = await transition(id, { to }).expect(400);
        expect(res.body).toEqual({
          statusCode: 400,
          message: '目标状态不是有效的案件状态',
          details: [{ field: 'to', message: '目标状态不是有效的案件状态' }],
        });
      });

      it('refuses a missing target', async () => {
        const res = await transition(id, {}).expect(400);
        expect(res.body.details).toEqual([{ field: 'to', message: '目标状态不是有效的案件状态' }]);
      });

      it.each([
        ['actor', 'boss'],
        ['status', 'surveyed'],
        ['kind', 'system'],
      ])('refuses the undeclared field %s with a 400', async (field, value) => {
        const res = await transition(id, { to: 'surveyed', [field]: value }).expect(400);
        expect(res.body.details).toEqual([{ field, message: `不允许提交字段 ${field}` }]);
      });

      it.each([['1'], [0], [1.5]])('refuses the version %p', async (version) => {
        const res = await transition(id, { to: 'surveyed', version }).expect(400);
        expect(res.body.details[0].field).toBe('version');
        expect(res.body.message).toMatch(/^案件版本号/);
      });

      it('refuses a reason longer than 500 characters', async () => {
        const res = await transition(id, { to: 'surveyed', reason: '因'.repeat(501) }).expect(400);
        expect(res.body.details).toEqual([{ field: 'reason', message: '原因最多 500 个字符' }]);
      });

      it('answers an unknown or malformed case id with a 404', async () => {
        expect((await transition(randomUUID(), { to: 'surveyed' }).expect(404)).body).toEqual({ statusCode: 404, message: '案件不存在' });
        expect((await transition('nope', { to: 'surveyed' }).expect(404)).body).toEqual({ statusCode: 404, message: '请求的资源不存在' });
      });
    });

    describe('roles (through the service, as users assigned to the project)', () => {
      const as = <T>(username: string, roles: Role[], work: () => Promise<T>) =>
        runWithContext({ actor: { userId: null, username, roles, projects: ['LB'], projectIds: [projectId] }, changes: [] }, work);

      it('hides a case of another project from an officer (404 as if it did not exist)', async () => {
        const { id } = await makeCase({ status: 'surveyed' });
        const cases = t.app.get(CaseService);
        const outsider = runWithContext({ actor: { userId: null, username: 'wang', roles: ['officer'], projects: [], projectIds: [] }, changes: [] }, () =>
          cases.transition(id, { to: 'confirmed' }),
        );
        await expect(outsider).rejects.toMatchObject({ status: 404, message: '案件不存在' });
      });

      it('refuses an officer confirming with a Chinese 403 and lets the company confirm (through its batch), recording who did', async () => {
        const { id } = await makeCase({ status: 'surveyed' });
        const cases = t.app.get(CaseService);
        await expect(as('li.officer', ['officer'], () => cases.transition(id, { to: 'confirmed', record: 'confirmation' }))).rejects.toMatchObject({
          status: 403,
          message: '当前角色不能执行“公司确认”',
        });
        expect(await caseRow(id)).toEqual({ status: 'surveyed', version: 1 });
        await expect(as('xhq.liaison', ['company'], () => cases.transition(id, { to: 'confirmed' }))).rejects.toMatchObject({
          status: 422,
          message: '“公司确认”须通过确认批次办理，不能直接变更案件状态',
        });
        await as('xhq.liaison', ['company'], () => cases.transition(id, { to: 'confirmed', record: 'confirmation' }));
        expect((await historyRows(id)).at(-1)).toMatchObject({ toStatus: 'confirmed', kind: 'forward', actor: 'xhq.liaison' });
      });

      it('lets finance settle and refuses leadership any step', async () => {
        const { id } = await makeCase({ status: 'vacated' });
        const cases = t.app.get(CaseService);
        await expect(as('wang.leader', ['leader'], () => cases.transition(id, { to: 'settled' }))).rejects.toMatchObject({ status: 403 });
        await expect(as('wang.leader', ['leader'], () => cases.transition(id, { to: 'signed' }))).rejects.toMatchObject({ status: 403 });
        await expect(as('zhao.finance', ['finance'], () => cases.transition(id, { to: 'settled' }))).rejects.toMatchObject({ status: 422 });
        expect(await as('zhao.finance', ['finance'], () => cases.transition(id, { to: 'settled', record: 'settlement' }))).toMatchObject({
          status: 'settled',
          version: 2,
        });
      });
    });

    it('returns the same history as the database holds', async () => {
      const { id } = await makeCase();
      await transition(id, { to: 'surveyed' }).expect(200);
      await transition(id, { to: 'surveying', reason: '门牌号有误' }).expect(200);
      const res = await t.http().get(`/api/cases/${id}`).expect(200);
      const rows = await historyRows(id);
      expect(
        res.body.history.map((h: { from: string | null; to: string; kind: string; reason: string | null; actor: string }) => ({
          fromStatus: h.from,
          toStatus: h.to,
          kind: h.kind,
          reason: h.reason,
          actor: h.actor,
        })),
      ).toEqual(rows);
      expect(rows.map((r) => r.kind)).toEqual(['open', 'forward', 'reversal']);
    });
  });

  describe('survey facts changing under a case (CaseService.surveyFactsChanged)', () => {
    const changed = (subjectId: string) =>
      t.app.get(TransactionalConnection).transaction(() => t.app.get(CaseService).surveyFactsChanged('legacy_base', subjectId));

    it('voids a confirmation: the case goes back to surveyed with a system entry', async () => {
      const { id, subjectId } = await makeCase({ status: 'confirmed' });
      const updated = await changed(subjectId);
      expect(updated).toMatchObject({ id, status: 'surveyed', version: 2 });
      expect((await historyRows(id)).at(-1)).toEqual({
        fromStatus: 'confirmed',
        toStatus: 'surveyed',
        kind: 'system',
        reason: '摸底信息变更，原确认失效',
        actor: 'system',
      });
    });

    it('leaves a case before confirmation as it is', async () => {
      const { id, subjectId } = await makeCase({ status: 'surveyed' });
      expect(await changed(subjectId)).toMatchObject({ id, status: 'surveyed', version: 1 });
      expect(await historyRows(id)).toHaveLength(1);
    });

    it('refuses once the agreement is signed, in Chinese', async () => {
      const { id, subjectId } = await makeCase({ status: 'signed' });
      await expect(changed(subjectId)).rejects.toMatchObject({ status: 409, message: '案件已处于“已签约”状态，摸底信息不能再修改' });
      expect(await caseRow(id)).toEqual({ status: 'signed', version: 1 });
    });

    it('keeps history in the order it happened when one transaction writes several entries', async () => {
      const connection = t.app.get(TransactionalConnection);
      const cases = t.app.get(CaseService);
      for (let i = 0; i < 12; i++) {
        const subjectId = randomUUID();
        const opened = await connection.transaction(async () => {
          const c = await cases.open({ subjectType: 'legacy_base', subjectId, projectId, parcelId, status: 'surveyed' });
          await cases.transition(c.id, { to: 'confirmed', record: 'confirmation' });
          await cases.surveyFactsChanged('legacy_base', subjectId);
          return c;
        });
        expect((await historyRows(opened.id)).map((h) => h.kind)).toEqual(['open', 'forward', 'system']);
        expect((await t.http().get(`/api/cases/${opened.id}`).expect(200)).body.history.map((h: { kind: string }) => h.kind)).toEqual([
          'open',
          'forward',
          'system',
        ]);
      }
    });

    it('does nothing for a subject without a case', async () => {
      expect(await changed(randomUUID())).toBeNull();
    });
  });

  describe('the lifecycle table decides every route', () => {
    it('answers 422 naming the record for a step the table marks as caused by a record', async () => {
      const table = t.app.get<TransitionRule[]>(CASE_TRANSITION_TABLE);
      const at = table.findIndex((r) => r.from === 'confirmed' && r.to === 'signed');
      const plain = table[at]!;
      table[at] = { ...plain, causedBy: { record: 'agreement', label: '补偿协议' } };
      try {
        const { id } = await makeCase({ status: 'confirmed' });
        const res = await transition(id, { to: 'signed' }).expect(422);
        expect(res.body.message).toBe('“签订协议”须通过补偿协议办理，不能直接变更案件状态');
        expect(await caseRow(id)).toEqual({ status: 'confirmed', version: 1 });
        expect(await historyRows(id)).toHaveLength(3);
      } finally {
        table[at] = plain;
      }
    });

    it('stamps a status change and its history entry with the same instant', async () => {
      const { id } = await makeCase({ status: 'surveyed' });
      await transition(id, { to: 'surveying', reason: '补充摸底' }).expect(200);
      const [row] = await t.query<{ same: boolean }>(
        `SELECT c."statusChangedAt" = h."createdAt" AS same FROM case_file c
           JOIN case_transition h ON h."caseId" = c.id AND h."toStatus" = c.status WHERE c.id = $1`,
        [id],
      );
      expect(row).toEqual({ same: true });
    });
  });
});
