import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { exampleScheme } from '@app/compensation';
import { confirmThroughBatch } from '../support/confirmation.js';
import { makeEnterprise, makeFacility, makeHousehold, makeLegacyBase, makeParcel, makeProject } from '../support/factories.js';
import { settledCaseOn } from '../support/handover.js';
import { insertBase, signedSwapHouseholds } from '../support/choosing.js';
import { projectWithScheme } from '../support/money.js';
import { householdWorkbook } from '../support/import-workbook.js';
import { baseWithBuilding, holdUnit, insertUnits } from '../support/inventory.js';
import { listRoutes } from '../support/routes.js';
import { draftFeeBatch } from '../support/transitional.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * What the api answers is declared and written one way: every operation of the OpenAPI document
 * declares its answer (so the web app's answer types are generated, not written by hand), and every
 * instant in every answer is ISO 8601 with the Shanghai offset, every calendar date `YYYY-MM-DD`.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+08:00$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Anything that starts like a date and goes on like a time. */
const LOOKS_LIKE_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** `/api/cases/:id` → `/api/cases/{id}` (the document's spelling of a route). */
const docPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('declared answers (e2e)', () => {
  let t: TestApp;
  let doc: OpenApi;
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.anon().get('/api/docs-json').expect(200)).body as OpenApi;
  });
  afterAll(() => t.close());

  it('every operation declares a 2xx answer with a body schema, or answers 204', () => {
    const undeclared: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const responses = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        const declared = responses.some(([status, r]) => status === '204' || Object.values(r.content ?? {}).some((c) => c.schema));
        if (!declared) undeclared.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('the document covers every route the app serves', () => {
    const missing = listRoutes(t.app)
      .filter((r) => !doc.paths[docPath(r.path)]?.[r.method.toLowerCase()])
      .map((r) => r.key);
    expect(missing).toEqual([]);
  });
});

describe('times in every answer (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let doc: OpenApi;
  const ids: Record<string, string> = {};

  async function settled(path: string): Promise<void> {
    const until = Date.now() + 45_000;
    for (;;) {
      const res = await t.http().get(path).expect(200);
      if (res.body.status === 'succeeded' || res.body.status === 'failed') return;
      if (Date.now() > until) throw new Error(`${path} still ${res.body.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-answers-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    doc = (await t.anon().get('/api/docs-json').expect(200)).body as OpenApi;
    const http = t.http();
    const project = makeProject({ plannedStartOn: '2013-01-01', plannedEndOn: '2013-12-31' });
    const parcel = makeParcel({ code: `${project.code}-01` });
    await http.post('/api/projects').send(project).expect(201);
    await http.post(`/api/projects/${project.code}/parcels`).send(parcel).expect(201);
    const where = { projectCode: project.code, parcelCode: parcel.code };
    const household = (await http.post('/api/households').send(makeHousehold(where)).expect(201)).body;
    ids.projectCode = project.code;
    ids.parcelCode = parcel.code as string;
    ids.household = household.id;
    ids.case = household.caseId;
    ids.enterprise = (await http.post('/api/enterprises').send(makeEnterprise(where)).expect(201)).body.id;
    ids.facility = (await http.post('/api/facilities').send(makeFacility(where)).expect(201)).body.id;
    ids['legacy-base'] = (await http.post('/api/legacy-bases').send(makeLegacyBase(where)).expect(201)).body.id;
    // A history entry besides the opening one, and an audit row whose changes hold times.
    await http.post(`/api/cases/${ids.case}/transitions`).send({ to: 'surveyed' }).expect(200);
    // The money: a published scheme and a calculation.
    const scheme = await http.post(`/api/projects/${project.code}/schemes`).send({ name: '答案方案', effectiveOn: '2013-01-01', items: exampleScheme().items }).expect(201);
    await http.post(`/api/schemes/${scheme.body.id}/publish`).expect(200);
    ids.scheme = scheme.body.id;
    await http.post(`/api/cases/${ids.case}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    ids.confirmationBatch = await confirmThroughBatch(http, project.code as string, [ids.case]);
    ids.agreement = (await http.post(`/api/cases/${ids.case}/agreements`).send({ method: 'monetary', paymentDeadline: '2013-07-31' }).expect(201)).body.id;
    await http.post(`/api/agreements/${ids.agreement}/sign`).send({ signedOn: '2013-06-01' }).expect(200);
    await http.post(`/api/agreements/${ids.agreement}/payments`).set('Idempotency-Key', 'answers-payment-1').send({ amount: '100.00', paidOn: '2013-06-15', method: 'cash' }).expect(201);
    // A recalculation preview of the published version (an unsigned calculated case in it), finished and applied.
    const unsigned = (await http.post('/api/households').send(makeHousehold(where)).expect(201)).body;
    await http.post(`/api/cases/${unsigned.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    ids.recalculation = (await http.post(`/api/schemes/${ids.scheme}/recalculations`).expect(202)).body.id;
    await settled(`/api/recalculations/${ids.recalculation}`);
    await http.post(`/api/recalculations/${ids.recalculation}/apply`).expect(200);
    await http.patch(`/api/households/${ids.household}`).send({ remarks: '复核', version: 2 });
    // A communication with an overdue action item (its dates are calendar dates, its times instants).
    ids.communication = (
      await http
        .post(`/api/projects/${project.code}/communications`)
        .send({
          kind: 'meeting',
          heldOn: '2013-06-01',
          subject: '协调会',
          townParticipants: '王强',
          companyParticipants: '赵华',
          minutes: '纪要',
          actionItems: [{ content: '提供红线图', ownerSide: 'company', owner: '赵华', dueOn: '2013-06-10' }],
        })
        .expect(201)
    ).body.id;
    // A 移交单 of a ready parcel, accepted, with an attachment.
    const ready = makeParcel({ code: `${project.code}-02` });
    await http.post(`/api/projects/${project.code}/parcels`).send(ready).expect(201);
    await settledCaseOn(http, { code: project.code as string, parcel: ready.code as string });
    ids.parcel2 = ready.code as string;
    const handover = (
      await http
        .post(`/api/projects/${project.code}/handovers`)
        .send({ parcelCode: ready.code, handedOverOn: '2013-12-01', area: '100.00', townPeople: '王强', companyPeople: '赵华' })
        .expect(201)
    ).body;
    ids.handover = handover.id;
    ids.attachment = (
      await http.post('/api/attachments').field('ownerType', 'handover').field('ownerId', handover.id).attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), '移交单.pdf').expect(201)
    ).body.id;
    await http.post(`/api/handovers/${handover.id}/accept`).send({ version: handover.version }).expect(200);
    // A 结算单 of the signed case (vacated first) with a receipt against it.
    await http.post(`/api/cases/${ids.case}/transitions`).send({ to: 'vacated' }).expect(200);
    ids.statement = (await http.post(`/api/projects/${project.code}/settlement-statements`).send({ caseIds: [ids.case], issuedOn: '2013-09-01' }).expect(201)).body.id;
    await http
      .post(`/api/settlement-statements/${ids.statement}/receipts`)
      .set('Idempotency-Key', 'answers-receipt-1')
      .send({ amount: '1.00', receivedOn: '2013-09-15', bankReference: 'ICBC-0001' })
      .expect(201);
    ids.user = (await t.createUser({ username: 'answers-officer', roles: ['officer'], projects: [project.code] })).id;
    await t.login('answers-officer');
    ids.export = (await http.post('/api/exports').send({ kind: 'household-ledger' }).expect(202)).body.id;
    ids.import = (
      await http.post('/api/imports').field('kind', 'households').attach('file', await householdWorkbook(project.code, parcel.code), '台账.xlsx').expect(202)
    ).body.id;
    await settled(`/api/exports/${ids.export}`);
    await settled(`/api/imports/${ids.import}`);
    // A 过渡费 month of the signed case, in a draft fee batch.
    ids.feeBatch = (await draftFeeBatch(t, project.code as string, ids.case)).id;
    // An 安置基地 with a building of units, one held by the signed case.
    const inventory = await baseWithBuilding(http);
    ids.base = inventory.baseId;
    ids.building = inventory.buildingId;
    await holdUnit(t, (await insertUnits(t, inventory, 2, 2))[0]!.id, ids.case!);
    await choosingIds();
  });

  /** A published 选房 round of a swap household that took a unit and received its keys (the times 选房 answers). */
  async function choosingIds(): Promise<void> {
    const http = t.http();
    const swapProject = await projectWithScheme(http);
    const [household] = await signedSwapHouseholds(http, swapProject, 1);
    const base = await insertBase(t, { code: 'ANS', name: '答复测试基地' }, '1号楼', [{ unitNo: '101', area: '120.00' }]);
    const round = (await http.post('/api/resettlement/choosing-rounds').send({ baseId: base.baseId, projectCodes: [swapProject.code] }).expect(201)).body;
    ids.choosingRound = round.id;
    ids.choosingEntry = round.entries[0].id;
    ids.allocationCase = household!.caseId;
    const allocation = (await http.post('/api/resettlement/allocations').send({ caseId: household!.caseId, unitId: base.unitIds['101'], roundId: round.id, purpose: 'resettlement' }).expect(201)).body;
    const receipt = (await http.post('/api/attachments').field('ownerType', 'unit_allocation').field('ownerId', allocation.id).attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), '签收单.pdf').expect(201)).body;
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await http.post(`/api/resettlement/allocations/${allocation.id}/deliver`).send({ deliveredOn: today, receiptAttachmentId: receipt.id, version: allocation.version }).expect(200);
    // 时间节点 (libs/targets): one done (actual date), one overdue
    const done = (await http.post('/api/milestones').send({ projectCode: ids.projectCode, name: '答复测试节点', plannedOn: '2013-03-31', responsibleUnit: '动迁办' }).expect(201)).body;
    await http.post(`/api/milestones/${done.id}/status`).send({ status: 'done', actualOn: '2013-03-30', version: done.version }).expect(200);
    ids.milestone = (await http.post('/api/milestones').send({ projectCode: ids.projectCode, name: '答复测试逾期节点', plannedOn: '2013-06-30', responsibleUnit: '动迁办', dependsOnId: done.id }).expect(201)).body.id;
    // 综合整治: a violation charged to the household, with its notice issued (a step, a deadline).
    const violation = (
      await http.post('/api/rectification/violations').send({ kind: 'illegal_building', village: '二联村', address: '二联村 1 号', area: '30', discoveredAt: '2012-12-31T23:59:00+08:00', householdId: ids.household }).expect(201)
    ).body;
    await http.post(`/api/rectification/violations/${violation.id}/steps`).send({ version: violation.version, to: 'notice_issued', on: '2013-01-10', deadline: '2013-02-10' }).expect(200);
    ids.violation = violation.id;
    // 集体土地所有权 and an approved 归并方案 (libs/land-admin)
    const land = { code: 'ANS-JT-01', village: '二联村', location: '答复测试', ownerKind: 'village', ownerName: '二联村农民集体', area: '100.00', landUse: 'farmland' };
    ids.ownership = (await http.post('/api/land/ownership').send(land).expect(201)).body.id;
    const plan = (await http.post('/api/land/consolidation-plans').send({ name: '答复测试归并', targetOwnerKind: 'town', targetOwnerName: '徐泾镇农民集体', targetUse: 'construction', ownershipIds: [ids.ownership] }).expect(201)).body;
    ids.consolidationPlan = (await http.post(`/api/land/consolidation-plans/${plan.id}/approve`).send({ version: plan.version }).expect(200)).body.id;
  }
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The URL each GET route is called with; a GET route missing here fails the test. */
  const url = (path: string): string | undefined =>
    ({
      '/api/cases/:id': `/api/cases/${ids.case}`,
      '/api/rectification/violations/:id': `/api/rectification/violations/${ids.violation}`,
      '/api/rectification/households/:id/unlicensed-area': `/api/rectification/households/${ids.household}/unlicensed-area`,
      '/api/cases/:id/audit': `/api/cases/${ids.case}/audit`,
      '/api/households/:id': `/api/households/${ids.household}`,
      '/api/enterprises/:id': `/api/enterprises/${ids.enterprise}`,
      '/api/facilities/:id': `/api/facilities/${ids.facility}`,
      '/api/legacy-bases/:id': `/api/legacy-bases/${ids['legacy-base']}`,
      '/api/projects/:code': `/api/projects/${ids.projectCode}`,
      '/api/projects/:code/parcels': `/api/projects/${ids.projectCode}/parcels`,
      '/api/users/:id': `/api/users/${ids.user}`,
      '/api/exports/:id': `/api/exports/${ids.export}`,
      '/api/exports/:id/file': `/api/exports/${ids.export}/file`,
      '/api/imports/:id': `/api/imports/${ids.import}`,
      '/api/imports/:id/report': `/api/imports/${ids.import}/report`,
      '/api/imports/templates/:kind': '/api/imports/templates/households',
      '/api/projects/:code/schemes': `/api/projects/${ids.projectCode}/schemes`,
      '/api/schemes/:id': `/api/schemes/${ids.scheme}`,
      '/api/cases/:id/calculations': `/api/cases/${ids.case}/calculations`,
      '/api/projects/:code/handovers': `/api/projects/${ids.projectCode}/handovers`,
      '/api/projects/:code/handover-summary': `/api/projects/${ids.projectCode}/handover-summary`,
      '/api/projects/:code/parcels/:parcelCode/handover-readiness': `/api/projects/${ids.projectCode}/parcels/${ids.parcel2}/handover-readiness`,
      '/api/handovers/:id': `/api/handovers/${ids.handover}`,
      '/api/attachments': `/api/attachments?ownerType=handover&ownerId=${ids.handover}`,
      '/api/attachments/:id': `/api/attachments/${ids.attachment}`,
      '/api/cases/:id/calculations/latest': `/api/cases/${ids.case}/calculations/latest`,
      '/api/cases/:id/money': `/api/cases/${ids.case}/money`,
      '/api/agreements/:id': `/api/agreements/${ids.agreement}`,
      '/api/agreements/:id/print': `/api/agreements/${ids.agreement}/print`,
      '/api/schemes/:id/recalculations': `/api/schemes/${ids.scheme}/recalculations`,
      '/api/recalculations/:id': `/api/recalculations/${ids.recalculation}`,
      '/api/recalculations/:id/cases': `/api/recalculations/${ids.recalculation}/cases`,
      '/api/projects/:code/communications': `/api/projects/${ids.projectCode}/communications`,
      '/api/projects/:code/timeline': `/api/projects/${ids.projectCode}/timeline`,
      '/api/projects/:code/settlement-statements': `/api/projects/${ids.projectCode}/settlement-statements`,
      '/api/projects/:code/settlement-candidates': `/api/projects/${ids.projectCode}/settlement-candidates`,
      '/api/settlement-statements/:id': `/api/settlement-statements/${ids.statement}`,
      '/api/projects/:code/settlement-figures': `/api/projects/${ids.projectCode}/settlement-figures`,
      '/api/projects/:code/reconciliation': `/api/projects/${ids.projectCode}/reconciliation`,
      '/api/settlement-statements/:id/reconciliation': `/api/settlement-statements/${ids.statement}/reconciliation`,
      '/api/projects/:code/parcels/:parcelCode/timeline': `/api/projects/${ids.projectCode}/parcels/${ids.parcelCode}/timeline`,
      '/api/cases/:id/transitional-fees': `/api/cases/${ids.case}/transitional-fees`,
      '/api/resettlement/fee-batches/:id': `/api/resettlement/fee-batches/${ids.feeBatch}`,
      '/api/communications/:id': `/api/communications/${ids.communication}`,
      '/api/projects/:code/confirmation-batches': `/api/projects/${ids.projectCode}/confirmation-batches`,
      '/api/projects/:code/confirmation-candidates': `/api/projects/${ids.projectCode}/confirmation-candidates`,
      // 选房 (resettlement)
      '/api/resettlement/choosing-rounds/:id': `/api/resettlement/choosing-rounds/${ids.choosingRound}`,
      '/api/resettlement/choosing-rounds/:id/entries/:entryId/options': `/api/resettlement/choosing-rounds/${ids.choosingRound}/entries/${ids.choosingEntry}/options`,
      '/api/cases/:id/allocations': `/api/cases/${ids.allocationCase}/allocations`,
      '/api/confirmation-batches/:id': `/api/confirmation-batches/${ids.confirmationBatch}`,
      '/api/cases/:id/confirmation-lines': `/api/cases/${ids.case}/confirmation-lines`,
      ...inventoryUrls(),
      '/api/milestones/:id': `/api/milestones/${ids.milestone}`,
      '/api/land/ownership/:id': `/api/land/ownership/${ids.ownership}`,
      '/api/land/consolidation-plans/:id': `/api/land/consolidation-plans/${ids.consolidationPlan}`,
      '/api/dashboard/projects/:code': `/api/dashboard/projects/${ids.projectCode}`,
    })[path] ?? (path.includes(':') ? undefined : path);

  /** The resettlement inventory's GET routes (libs/resettlement base/unit). */
  const inventoryUrls = () => ({
    '/api/resettlement/bases/:id': `/api/resettlement/bases/${ids.base}`,
    '/api/resettlement/buildings/:id/grid': `/api/resettlement/buildings/${ids.building}/grid`,
  });

  /** Every string under a time-like key or with a time-like value, with where it was found. */
  function timesIn(value: unknown, at: string, out: Array<{ at: string; key: string; value: string }>, key = ''): typeof out {
    if (typeof value === 'string') {
      if (/At$/.test(key) || /On$/.test(key) || LOOKS_LIKE_INSTANT.test(value) || CALENDAR_DATE.test(value)) out.push({ at, key, value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => timesIn(item, `${at}[${i}]`, out, key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) timesIn(v, `${at}.${k}`, out, k);
    }
    return out;
  }

  it('every GET route answers instants as ISO 8601 with +08:00 and calendar dates as YYYY-MM-DD', async () => {
    const routes = listRoutes(t.app).filter((r) => r.method === 'GET');
    const uncalled = routes.filter((r) => !url(r.path)).map((r) => r.key);
    expect(uncalled).toEqual([]);

    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const route of routes) {
      const res: Response = await t.http().get(url(route.path)!).buffer(true);
      expect({ route: route.key, status: res.status }).toEqual({ route: route.key, status: 200 });
      const declared = Object.keys(doc.paths[docPath(route.path)]?.get?.responses?.['200']?.content ?? {});
      const type = String(res.headers['content-type'] ?? '').split(';')[0]!;
      expect({ route: route.key, type: declared.includes(type) }).toEqual({ route: route.key, type: true });
      if (type !== 'application/json') continue;
      for (const time of timesIn(res.body, route.key, [])) {
        seen.add(time.key);
        const isDate = /On$/.test(time.key) || CALENDAR_DATE.test(time.value);
        if (!(isDate ? CALENDAR_DATE : INSTANT).test(time.value)) wrong.push(`${time.at} = ${time.value}`);
      }
    }
    expect(wrong).toEqual([]);
    // The walk did meet the times of every kind of view.
    for (const key of ['updatedAt', 'statusChangedAt', 'at', 'occurredAt', 'createdAt', 'lastLoginAt', 'startedAt', 'finishedAt', 'lastHeartbeatAt', 'surveyedOn', 'plannedStartOn']) {
      expect({ key, seen: seen.has(key) }).toEqual({ key, seen: true });
    }
  });

  it('the login answer gives the session end in Shanghai time', async () => {
    const res = await t.anon().post('/api/auth/login').send({ username: 'answers-officer', password: 'Xujing#2013test' }).expect(200);
    expect(res.body.expiresAt).toMatch(INSTANT);
  });
});
