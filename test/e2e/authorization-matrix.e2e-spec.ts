import type { Response } from 'supertest';
import { exampleScheme } from '@app/compensation';
import type { Role } from '@app/platform';
import { makeEnterprise, makeFacility, makeHousehold, makeLegacyBase, makeParcel, makeProject } from '../support/factories.js';
import { householdWorkbook } from '../support/import-workbook.js';
import { advanceCase, ensureScheme, signCase } from '../support/money.js';
import { settledCaseOn } from '../support/handover.js';
import { insertBase, signedSwapHouseholds } from '../support/choosing.js';
import { TEST_SWAP_PRICING } from '../support/money.js';
import { draftFeeBatch, feeMonthFor } from '../support/transitional.js';
import { baseWithBuilding, insertUnits, makeBase } from '../support/inventory.js';
import { listRoutes } from '../support/routes.js';
import { createTestApp, TEST_PASSWORD, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch, waitFor } from '../support/wait-for.js';

/**
 * Every route × every role × an object of the user's own project and of another project.
 * The route list comes from the router: a route missing from MATRIX fails the test, so every
 * new route has to state who may use it.
 */
type Target = 'own' | 'other';
const ROLES: Role[] = ['admin', 'officer', 'finance', 'leader', 'company'];

interface Ctx {
  t: TestApp;
  /** The persistent session of a role (officer and company are assigned to the own project only). */
  as(role: Role): Http;
  /** A brand-new user of `role` and its session (for routes that change the account or end the session). */
  fresh(role: Role): Promise<Http>;
  project(target: Target): { code: string; parcel: string };
  /** A new subject of `kind` in the target project (created by the admin), with its case moved to `status`. */
  subject(kind: Kind, target: Target, status?: string): Promise<{ id: string; caseId: string; version: number }>;
}

type Kind = 'households' | 'enterprises' | 'facilities' | 'legacy-bases';

interface Entry {
  /** Roles the route admits. */
  roles: Role[] | 'any-user';
  /** Whether objects of another project must look non-existent to officer and company. */
  scoped: boolean;
  /** What such a user gets for the other project (404, or 422 where a code in the body names it). */
  otherStatus?: number;
  ok: number;
  run(ctx: Ctx, http: Http, target: Target, role: Role): Promise<Response>;
}

const STEP_FOR: Partial<Record<Role, { from: string; to: string; reason?: string }>> = {
  admin: { from: 'surveying', to: 'surveyed' },
  officer: { from: 'surveying', to: 'surveyed' },
  // The company confirms through a confirmation batch; by this route it may only withdraw a confirmation.
  company: { from: 'confirmed', to: 'surveyed', reason: '矩阵测试撤销确认' },
  // Settling itself is caused by a 结算单 only; its reversal stays a plain, reasoned step.
  finance: { from: 'settled', to: 'vacated', reason: '结算单金额有误' },
  leader: { from: 'surveying', to: 'surveyed' },
};

const PAYLOAD: Record<Kind, (o?: Record<string, unknown>) => Record<string, unknown>> = {
  households: makeHousehold,
  enterprises: makeEnterprise,
  facilities: makeFacility,
  'legacy-bases': makeLegacyBase,
};

function subjectRoutes(kind: Kind): Record<string, Entry> {
  return {
    [`GET /api/${kind}`]: { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get(`/api/${kind}`) },
    [`POST /api/${kind}`]: {
      roles: ['officer', 'admin'],
      scoped: true,
      otherStatus: 422,
      ok: 201,
      run: (c, h, target) => h.post(`/api/${kind}`).send({ ...PAYLOAD[kind](), projectCode: c.project(target).code, parcelCode: c.project(target).parcel }),
    },
    [`GET /api/${kind}/:id`]: {
      roles: ROLES,
      scoped: true,
      ok: 200,
      run: async (c, h, target) => h.get(`/api/${kind}/${(await c.subject(kind, target)).id}`),
    },
    [`PATCH /api/${kind}/:id`]: {
      roles: ['officer', 'admin'],
      scoped: true,
      ok: 200,
      run: async (c, h, target) => {
        const s = await c.subject(kind, target);
        return h.patch(`/api/${kind}/${s.id}`).send({ version: s.version, remarks: '矩阵测试' });
      },
    },
  };
}

/** Uploads a one-row households workbook of the own project. */
const uploadImport = async (c: Ctx, h: Http) => {
  const p = c.project('own');
  return h.post('/api/imports').field('kind', 'households').attach('file', await householdWorkbook(p.code, p.parcel), '台账.xlsx');
};

let userTargets = 0;
/** A new officer account for the user-administration routes to act on. */
const userTarget = (c: Ctx) => c.t.createUser({ username: `mx-target-${++userTargets}`, roles: ['officer'] });

/** Account administration: admin only, no project scope. */
const USER_ROUTES: Record<string, Entry> = {
  'GET /api/users': { roles: ['admin'], scoped: false, ok: 200, run: (_c, h) => h.get('/api/users') },
  'GET /api/users/:id': { roles: ['admin'], scoped: false, ok: 200, run: async (c, h) => h.get(`/api/users/${(await userTarget(c)).id}`) },
  'POST /api/users': {
    roles: ['admin'],
    scoped: false,
    ok: 201,
    run: (_c, h) => h.post('/api/users').send({ username: `mx-new-${++userTargets}`, displayName: '矩阵用户', roles: ['officer'] }),
  },
  'PATCH /api/users/:id': {
    roles: ['admin'],
    scoped: false,
    ok: 200,
    run: async (c, h) => h.patch(`/api/users/${(await userTarget(c)).id}`).send({ displayName: '矩阵改名', version: 1 }),
  },
  ...Object.fromEntries(
    ['disable', 'enable', 'unlock', 'reset-password'].map((action): [string, Entry] => [
      `POST /api/users/:id/${action}`,
      { roles: ['admin'], scoped: false, ok: 200, run: async (c, h) => h.post(`/api/users/${(await userTarget(c)).id}/${action}`) },
    ]),
  ),
};

/** A finished export of the caller's (exports are per user; their scope is checked in exports.e2e-spec). */
async function finishedExport(h: Http): Promise<string> {
  const created = await h.post('/api/exports').send({ kind: 'case-progress' });
  if (created.status !== 202) throw new Error(`export request failed: ${created.status}`);
  await waitFor(async () => (await h.get(`/api/exports/${created.body.id}`)).body.status === 'succeeded', { what: 'export finished' });
  return created.body.id as string;
}

/** Import templates (for those who import) and exports (for every reader, of what they may see). */
const EXCEL_ROUTES: Record<string, Entry> = {
  'GET /api/imports/templates/:kind': { roles: ['officer', 'admin'], scoped: false, ok: 200, run: (_c, h) => h.get('/api/imports/templates/households') },
  'POST /api/exports': { roles: ROLES, scoped: false, ok: 202, run: (_c, h) => h.post('/api/exports').send({ kind: 'household-ledger' }) },
  'GET /api/exports': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/exports') },
  'GET /api/exports/:id': {
    roles: ROLES,
    scoped: false,
    ok: 200,
    run: async (_c, h) => h.get(`/api/exports/${(await h.post('/api/exports').send({ kind: 'case-progress' }).expect(202)).body.id}`),
  },
  'GET /api/exports/:id/file': {
    roles: ROLES,
    scoped: false,
    ok: 200,
    run: async (_c, h) => h.get(`/api/exports/${await finishedExport(h)}/file`),
  },
};

/** A new draft scheme version of the target project (by the admin). */
const draftScheme = async (c: Ctx, target: Target) =>
  (await c.t.http().post(`/api/projects/${c.project(target).code}/schemes`).send({ name: '矩阵草稿', effectiveOn: '2013-01-01', items: exampleScheme().items }).expect(201)).body as {
    id: string;
    version: number;
  };

/** A confirmed household's case of the target project with a calculation (by the admin). */
const calculatedCase = async (c: Ctx, target: Target) => {
  const s = await c.subject('households', target, 'confirmed');
  await c.t.http().post(`/api/cases/${s.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
  return s.caseId;
};

/** A draft agreement of a confirmed, calculated case of the target project (by the admin). */
const draftAgreement = async (c: Ctx, target: Target) =>
  (await c.t.http().post(`/api/cases/${await calculatedCase(c, target)}/agreements`).send({ method: 'monetary' }).expect(201)).body.id as string;

/** A signed agreement of the target project (by the admin). */
const signedAgreement = async (c: Ctx, target: Target) => {
  const s = await c.subject('households', target, 'confirmed');
  return signCase(c.t.http(), c.project(target).code, s.caseId);
};

let paymentKeys = 0;
const pay = (h: Http, agreementId: string) =>
  h.post(`/api/agreements/${agreementId}/payments`).set('Idempotency-Key', `matrix-payment-${++paymentKeys}`).send({ amount: '1.00', paidOn: '2013-06-15', method: 'bank_transfer' });

/** Schemes and calculations: admins write schemes, officers calculate, every reader reads within their projects. */
const MONEY_ROUTES: Record<string, Entry> = {
  'POST /api/cases/:id/agreements': {
    roles: ['officer', 'admin'],
    scoped: true,
    ok: 201,
    run: async (c, h, target) => h.post(`/api/cases/${await calculatedCase(c, target)}/agreements`).send({ method: 'monetary' }),
  },
  'GET /api/agreements/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/agreements/${await draftAgreement(c, target)}`) },
  'GET /api/agreements/:id/print': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/agreements/${await draftAgreement(c, target)}/print`) },
  'POST /api/agreements/:id/sign': {
    roles: ['officer', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.post(`/api/agreements/${await draftAgreement(c, target)}/sign`).send({ signedOn: '2013-06-01' }),
  },
  'POST /api/agreements/:id/void': {
    roles: ['officer', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.post(`/api/agreements/${await draftAgreement(c, target)}/void`).send({ reason: '矩阵测试作废' }),
  },
  'POST /api/agreements/:id/payments': { roles: ['finance', 'admin'], scoped: false, ok: 201, run: async (c, h) => pay(h, await signedAgreement(c, 'own')) },
  'POST /api/payments/:id/reversals': {
    roles: ['finance', 'admin'],
    scoped: false,
    ok: 201,
    run: async (c, h) => {
      const paid = await pay(c.t.http(), await signedAgreement(c, 'own')).expect(201);
      return h.post(`/api/payments/${paid.body.id}/reversals`).send({ amount: '1.00', reason: '矩阵测试冲正' });
    },
  },
  'GET /api/payments': { roles: ROLES, scoped: false, ok: 200, run: (c, h) => h.get('/api/payments').query({ project: c.project('own').code }) },
  'GET /api/cases/:id/money': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/cases/${await calculatedCase(c, target)}/money`) },
  'GET /api/projects/:code/schemes': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/schemes`) },
  'POST /api/projects/:code/schemes': {
    roles: ['admin'],
    scoped: false,
    ok: 201,
    run: (c, h) => h.post(`/api/projects/${c.project('own').code}/schemes`).send({ name: '矩阵方案', effectiveOn: '2013-01-01', items: exampleScheme().items }),
  },
  'GET /api/schemes/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/schemes/${(await draftScheme(c, target)).id}`) },
  'PATCH /api/schemes/:id': {
    roles: ['admin'],
    scoped: false,
    ok: 200,
    run: async (c, h) => {
      const draft = await draftScheme(c, 'own');
      return h.patch(`/api/schemes/${draft.id}`).send({ version: draft.version, name: '矩阵改名' });
    },
  },
  'POST /api/schemes/:id/publish': { roles: ['admin'], scoped: false, ok: 200, run: async (c, h) => h.post(`/api/schemes/${(await draftScheme(c, 'own')).id}/publish`) },
  'POST /api/cases/:id/calculations': {
    roles: ['officer', 'admin'],
    scoped: true,
    ok: 201,
    run: async (c, h, target) => h.post(`/api/cases/${(await c.subject('households', target)).caseId}/calculations`).send({ asOf: '2013-06-01' }),
  },
  'GET /api/cases/:id/calculations': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.get(`/api/cases/${(await c.subject('households', target)).caseId}/calculations`),
  },
  'GET /api/cases/:id/calculations/latest': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.get(`/api/cases/${await calculatedCase(c, target)}/calculations/latest`),
  },
};

/** The published scheme version of the target project (the flat one published unless one is). */
const publishedScheme = async (c: Ctx, target: Target): Promise<string> => {
  await ensureScheme(c.t.http(), c.project(target).code);
  const versions = (await c.t.http().get(`/api/projects/${c.project(target).code}/schemes`).expect(200)).body as Array<{ id: string; status: string }>;
  return versions.find((v) => v.status === 'published')!.id;
};

/** A recalculation preview of the target project's published version (by the admin), finished when `finished`. */
const recalculation = async (c: Ctx, target: Target, finished = false): Promise<string> => {
  const created = await c.t.http().post(`/api/schemes/${await publishedScheme(c, target)}/recalculations`).expect(202);
  if (finished) await finishedBatch(c.t.http(), `/api/recalculations/${created.body.id}`);
  return created.body.id as string;
};

/** Recalculation previews: the admin asks for and applies them; every reader reads those of their projects. */
const RECALCULATION_ROUTES: Record<string, Entry> = {
  'POST /api/schemes/:id/recalculations': {
    roles: ['admin'],
    scoped: false,
    ok: 202,
    run: async (c, h) => h.post(`/api/schemes/${await publishedScheme(c, 'own')}/recalculations`),
  },
  'GET /api/schemes/:id/recalculations': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.get(`/api/schemes/${await publishedScheme(c, target)}/recalculations`),
  },
  'GET /api/recalculations/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/recalculations/${await recalculation(c, target)}`) },
  'GET /api/recalculations/:id/cases': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.get(`/api/recalculations/${await recalculation(c, target)}/cases`).query({ page: 1 }),
  },
  'POST /api/recalculations/:id/apply': {
    roles: ['admin'],
    scoped: false,
    ok: 200,
    run: async (c, h) => h.post(`/api/recalculations/${await recalculation(c, 'own', true)}/apply`),
  },
};

const COMMUNICATION_WRITERS: Role[] = ['officer', 'admin', 'company'];
const aMeeting = (items: unknown[] = []) => ({
  kind: 'meeting',
  heldOn: '2013-06-01',
  subject: '矩阵测试协调会',
  townParticipants: '王强',
  companyParticipants: '赵华',
  minutes: '矩阵测试纪要',
  actionItems: items,
});
/** A communication of the target project (recorded by the admin) with one action item owned by `side`. */
const communication = async (c: Ctx, target: Target, side: 'town' | 'company' = 'town') =>
  (
    await c.t
      .http()
      .post(`/api/projects/${c.project(target).code}/communications`)
      .send(aMeeting([{ content: '矩阵测试事项', ownerSide: side, owner: '李明', dueOn: '2013-06-30' }]))
      .expect(201)
  ).body as { id: string; actionItems: Array<{ id: string; version: number }> };

const COMMUNICATION_ROUTES: Record<string, Entry> = {
  'GET /api/projects/:code/communications': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/communications`) },
  'POST /api/projects/:code/communications': {
    roles: COMMUNICATION_WRITERS,
    scoped: true,
    ok: 201,
    run: (c, h, target) => h.post(`/api/projects/${c.project(target).code}/communications`).send(aMeeting()),
  },
  'GET /api/communications/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/communications/${(await communication(c, target)).id}`) },
  'POST /api/communications/:id/action-items': {
    roles: COMMUNICATION_WRITERS,
    scoped: true,
    ok: 201,
    run: async (c, h, target) =>
      h.post(`/api/communications/${(await communication(c, target)).id}/action-items`).send({ content: '矩阵测试事项', ownerSide: 'town', owner: '李明', dueOn: '2013-07-01' }),
  },
  'PATCH /api/action-items/:id': {
    roles: COMMUNICATION_WRITERS,
    scoped: true,
    ok: 200,
    // Each side closes its own items: the item is owned by the side the role acts for.
    run: async (c, h, target, role) => {
      const item = (await communication(c, target, role === 'company' ? 'company' : 'town')).actionItems[0]!;
      return h.patch(`/api/action-items/${item.id}`).send({ status: 'done', doneOn: '2013-06-20', version: item.version });
    },
  },
  'GET /api/action-items': { roles: ROLES, scoped: false, ok: 200, run: (c, h) => h.get('/api/action-items').query({ project: c.project('own').code }) },
};

/** A confirmation batch of the target project (submitted by the admin) with one surveyed household. */
const confirmationBatch = async (c: Ctx, target: Target) => {
  const s = await c.subject('households', target, 'surveyed');
  return (await c.t.http().post(`/api/projects/${c.project(target).code}/confirmation-batches`).send({ caseIds: [s.caseId] }).expect(201)).body as {
    id: string;
    items: Array<{ id: string; version: number }>;
  };
};
const CONFIRMATION_ROUTES: Record<string, Entry> = {
  'GET /api/projects/:code/confirmation-batches': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/confirmation-batches`) },
  'GET /api/projects/:code/confirmation-candidates': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/confirmation-candidates`) },
  'POST /api/projects/:code/confirmation-batches': {
    roles: ['officer', 'admin'],
    scoped: true,
    ok: 201,
    run: async (c, h, target) => h.post(`/api/projects/${c.project(target).code}/confirmation-batches`).send({ caseIds: [(await c.subject('households', target, 'surveyed')).caseId] }),
  },
  'GET /api/confirmation-batches': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/confirmation-batches') },
  'GET /api/confirmation-batches/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/confirmation-batches/${(await confirmationBatch(c, target)).id}`) },
  'POST /api/confirmation-lines/:id/confirm': {
    roles: ['company', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const line = (await confirmationBatch(c, target)).items[0]!;
      return h.post(`/api/confirmation-lines/${line.id}/confirm`).send({ version: line.version });
    },
  },
  'POST /api/confirmation-lines/:id/reject': {
    roles: ['company', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const line = (await confirmationBatch(c, target)).items[0]!;
      return h.post(`/api/confirmation-lines/${line.id}/reject`).send({ version: line.version, reason: '矩阵测试退回', companyFigure: '1.00' });
    },
  },
  'GET /api/cases/:id/confirmation-lines': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/cases/${(await c.subject('households', target)).caseId}/confirmation-lines`) },
};

/** A 结算单 of the target project (issued by the admin) listing one new vacated case. */
const statementOf = async (c: Ctx, target: Target) => {
  const s = await c.subject('households', target, 'vacated');
  return (await c.t.http().post(`/api/projects/${c.project(target).code}/settlement-statements`).send({ caseIds: [s.caseId], issuedOn: '2013-09-01' }).expect(201)).body as {
    id: string;
    lines: Array<{ id: string; version: number }>;
  };
};
let receiptKeys = 0;

const SETTLEMENT_ROUTES: Record<string, Entry> = {
  'GET /api/projects/:code/settlement-statements': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/settlement-statements`) },
  'GET /api/projects/:code/settlement-candidates': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/settlement-candidates`) },
  'POST /api/projects/:code/settlement-statements': {
    roles: ['finance', 'admin'],
    scoped: true,
    ok: 201,
    run: async (c, h, target) => {
      const s = await c.subject('households', target, 'vacated');
      return h.post(`/api/projects/${c.project(target).code}/settlement-statements`).send({ caseIds: [s.caseId] });
    },
  },
  'GET /api/settlement-statements/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/settlement-statements/${(await statementOf(c, target)).id}`) },
  'POST /api/settlement-lines/:id/confirm': {
    roles: ['company', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const line = (await statementOf(c, target)).lines[0]!;
      return h.post(`/api/settlement-lines/${line.id}/confirm`).send({ version: line.version });
    },
  },
  'POST /api/settlement-lines/:id/dispute': {
    roles: ['company', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const line = (await statementOf(c, target)).lines[0]!;
      return h.post(`/api/settlement-lines/${line.id}/dispute`).send({ version: line.version, reason: '矩阵测试异议' });
    },
  },
  'POST /api/settlement-lines/:id/drop': {
    roles: ['finance', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const line = (await statementOf(c, target)).lines[0]!;
      await c.t.http().post(`/api/settlement-lines/${line.id}/dispute`).send({ version: line.version, reason: '矩阵测试异议' }).expect(200);
      return h.post(`/api/settlement-lines/${line.id}/drop`).send({ version: line.version + 1 });
    },
  },
  'POST /api/settlement-statements/:id/receipts': {
    roles: ['finance', 'admin'],
    scoped: true,
    ok: 201,
    run: async (c, h, target) =>
      h
        .post(`/api/settlement-statements/${(await statementOf(c, target)).id}/receipts`)
        .set('Idempotency-Key', `matrix-receipt-${++receiptKeys}-${Date.now()}`)
        .send({ amount: '1.00', receivedOn: '2013-09-15', bankReference: 'MATRIX-0001' }),
  },
  'GET /api/projects/:code/settlement-figures': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/settlement-figures`) },
  'PUT /api/projects/:code/settlement-figures': {
    roles: ['finance', 'admin'],
    scoped: true,
    ok: 200,
    run: (c, h, target) => h.put(`/api/projects/${c.project(target).code}/settlement-figures`).send({ budget: '1000000.00' }),
  },
  'GET /api/projects/:code/reconciliation': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/reconciliation`) },
  'GET /api/settlement-statements/:id/reconciliation': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.get(`/api/settlement-statements/${(await statementOf(c, target)).id}/reconciliation`),
  },
};

/** A new parcel of the target project with one settled case on it: ready to be handed over. */
const readyParcel = async (c: Ctx, target: Target) => {
  const code = c.project(target).code;
  const parcel = (await c.t.http().post(`/api/projects/${code}/parcels`).send(makeParcel()).expect(201)).body as { code: string };
  await settledCaseOn(c.t.http(), { code, parcel: parcel.code });
  return parcel.code;
};
const aHandover = (parcelCode: string) => ({ parcelCode, handedOverOn: '2014-03-01', area: '100.00', townPeople: '王强', companyPeople: '赵华' });
/** A 移交单 of the target project waiting for the company (recorded by the admin). */
const submittedHandover = async (c: Ctx, target: Target) =>
  (await c.t.http().post(`/api/projects/${c.project(target).code}/handovers`).send(aHandover(await readyParcel(c, target))).expect(201)).body as { id: string; version: number };
const A_PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
/** An attachment of a communication of the target project (uploaded by the admin). */
const anAttachment = async (c: Ctx, target: Target) =>
  (await c.t.http().post('/api/attachments').field('ownerType', 'communication').field('ownerId', (await communication(c, target)).id).attach('file', A_PDF, '纪要.pdf').expect(201)).body as { id: string; ownerId: string };

const HANDOVER_ROUTES: Record<string, Entry> = {
  'GET /api/projects/:code/handovers': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/handovers`) },
  'GET /api/projects/:code/handover-summary': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/handover-summary`) },
  'GET /api/projects/:code/parcels/:parcelCode/handover-readiness': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/parcels/${c.project(target).parcel}/handover-readiness`),
  },
  'POST /api/projects/:code/handovers': {
    roles: ['officer', 'admin'],
    scoped: true,
    ok: 201,
    run: async (c, h, target) => h.post(`/api/projects/${c.project(target).code}/handovers`).send(aHandover(await readyParcel(c, target))),
  },
  'GET /api/handovers/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/handovers/${(await submittedHandover(c, target)).id}`) },
  'POST /api/handovers/:id/accept': {
    roles: ['company', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const record = await submittedHandover(c, target);
      return h.post(`/api/handovers/${record.id}/accept`).send({ version: record.version });
    },
  },
  'POST /api/handovers/:id/return': {
    roles: ['company', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const record = await submittedHandover(c, target);
      return h.post(`/api/handovers/${record.id}/return`).send({ version: record.version, reason: '矩阵测试退回' });
    },
  },
  'POST /api/cases/:id/handover-exclusion': {
    roles: ['admin'],
    scoped: false,
    ok: 201,
    run: async (c, h, target) => h.post(`/api/cases/${(await c.subject('households', target)).caseId}/handover-exclusion`).send({ reason: '矩阵测试排除原因' }),
  },
  'POST /api/attachments': {
    roles: COMMUNICATION_WRITERS,
    scoped: true,
    ok: 201,
    run: async (c, h, target) => h.post('/api/attachments').field('ownerType', 'communication').field('ownerId', (await communication(c, target)).id).attach('file', A_PDF, '纪要.pdf'),
  },
  'GET /api/attachments': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.get('/api/attachments').query({ ownerType: 'communication', ownerId: (await anAttachment(c, target)).ownerId }),
  },
  'GET /api/attachments/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/attachments/${(await anAttachment(c, target)).id}`) },
};

/** A new 安置基地 with a building (created by the admin). */
const matrixBase = (c: Ctx) => baseWithBuilding(c.t.http());
/** A new available unit of a new base. */
const matrixUnit = async (c: Ctx) => (await insertUnits(c.t, await matrixBase(c), 1, 1))[0]!;

/** 安置房 inventory (libs/resettlement base/unit): bases are the town's, read by every role, kept by admin and officer; no project scope. */
const INVENTORY_ROUTES: Record<string, Entry> = {
  'GET /api/resettlement/bases': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/resettlement/bases') },
  'GET /api/resettlement/bases/:id': { roles: ROLES, scoped: false, ok: 200, run: async (c, h) => h.get(`/api/resettlement/bases/${(await matrixBase(c)).baseId}`) },
  'POST /api/resettlement/bases': { roles: ['admin'], scoped: false, ok: 201, run: (_c, h) => h.post('/api/resettlement/bases').send(makeBase()) },
  'PATCH /api/resettlement/bases/:id': {
    roles: ['admin', 'officer'],
    scoped: false,
    ok: 200,
    run: async (c, h) => {
      const base = await matrixBase(c);
      return h.patch(`/api/resettlement/bases/${base.baseId}`).send({ version: base.version, remarks: '矩阵测试' });
    },
  },
  'POST /api/resettlement/bases/:id/buildings': {
    roles: ['admin', 'officer'],
    scoped: false,
    ok: 201,
    run: async (c, h) => h.post(`/api/resettlement/bases/${(await matrixBase(c)).baseId}/buildings`).send({ code: '9号楼', floors: 11 }),
  },
  'GET /api/resettlement/buildings/:id/grid': { roles: ROLES, scoped: false, ok: 200, run: async (c, h) => h.get(`/api/resettlement/buildings/${(await matrixBase(c)).buildingId}/grid`) },
  'GET /api/resettlement/units': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/resettlement/units?status=available') },
  'POST /api/resettlement/units/:id/freeze': {
    roles: ['admin', 'officer'],
    scoped: false,
    ok: 200,
    run: async (c, h) => h.post(`/api/resettlement/units/${(await matrixUnit(c)).id}/freeze`).send({ version: 1, reason: '矩阵测试冻结' }),
  },
  'POST /api/resettlement/units/:id/unfreeze': {
    roles: ['admin', 'officer'],
    scoped: false,
    ok: 200,
    run: async (c, h) => {
      const unit = await matrixUnit(c);
      await c.t.http().post(`/api/resettlement/units/${unit.id}/freeze`).send({ version: 1, reason: '矩阵测试冻结' }).expect(200);
      return h.post(`/api/resettlement/units/${unit.id}/unfreeze`).send({ version: 2 });
    },
  },
};

/** A signed household of the target project with a 过渡费 month (see test/support/transitional.ts). */
const feeCase = async (c: Ctx, target: Target) => {
  const s = await c.subject('households', target, 'signed');
  await feeMonthFor(c.t, s.caseId);
  return s;
};
const feeBatch = async (c: Ctx, target: Target) => draftFeeBatch(c.t, c.project(target).code, (await c.subject('households', target, 'signed')).caseId);
let feeKey = 0;

const TRANSITIONAL_ROUTES: Record<string, Entry> = {
  'GET /api/resettlement/transitional': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/resettlement/transitional?project=${c.project(target).code}`) },
  'GET /api/resettlement/transitional/clearance': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: (c, h, target) => h.get(`/api/resettlement/transitional/clearance?project=${c.project(target).code}`),
  },
  'GET /api/cases/:id/transitional-fees': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/cases/${(await feeCase(c, target)).caseId}/transitional-fees`) },
  'POST /api/resettlement/accruals/run': { roles: ['finance', 'admin'], scoped: false, ok: 200, run: (_c, h) => h.post('/api/resettlement/accruals/run').send({}) },
  'GET /api/resettlement/fee-batches': { roles: ['finance', 'admin', 'leader'], scoped: false, ok: 200, run: (c, h) => h.get(`/api/resettlement/fee-batches?project=${c.project('own').code}`) },
  'GET /api/resettlement/fee-batches/:id': { roles: ['finance', 'admin', 'leader'], scoped: false, ok: 200, run: async (c, h) => h.get(`/api/resettlement/fee-batches/${(await feeBatch(c, 'own')).id}`) },
  'POST /api/resettlement/fee-batches': {
    roles: ['finance', 'admin'],
    scoped: false,
    ok: 201,
    run: async (c, h) => {
      await feeCase(c, 'own');
      return h.post('/api/resettlement/fee-batches').send({ projectCode: c.project('own').code, throughMonth: '2025-01' });
    },
  },
  'POST /api/resettlement/fee-batches/:id/pay': {
    roles: ['finance', 'admin'],
    scoped: false,
    ok: 200,
    run: async (c, h) =>
      h
        .post(`/api/resettlement/fee-batches/${(await feeBatch(c, 'own')).id}/pay`)
        .set('Idempotency-Key', `matrix-fee-${++feeKey}-${Date.now()}`)
        .send({ paidOn: '2025-02-05', method: 'bank_transfer' }),
  },
};

/** 选房 (libs/resettlement): the target project gets a swap scheme once; each call makes a new signed swap household and a new base with one unit. */
const swapSchemes = new Map<string, Promise<void>>();
let matrixBases = 0;
const swapHousehold = async (c: Ctx, target: Target) => {
  const p = c.project(target);
  if (!swapSchemes.has(p.code)) {
    swapSchemes.set(
      p.code,
      (async () => {
        const scheme = await c.t.http().post(`/api/projects/${p.code}/schemes`).send({ name: '矩阵产权调换方案', effectiveOn: '2013-01-01', items: exampleScheme().items, swapPricing: TEST_SWAP_PRICING }).expect(201);
        await c.t.http().post(`/api/schemes/${scheme.body.id}/publish`).expect(200);
      })(),
    );
  }
  await swapSchemes.get(p.code);
  return (await signedSwapHouseholds(c.t.http(), p, 1))[0]!;
};
const choosingUnit = async (c: Ctx) => {
  const base = await insertBase(c.t, { code: `MXB${++matrixBases}`, name: `矩阵基地${matrixBases}` }, '1号楼', [{ unitNo: '101', area: '120.00' }]);
  return { baseId: base.baseId, unitId: base.unitIds['101']! };
};
/** A round of the target project published by the admin, with a new household in it. */
const matrixRound = async (c: Ctx, target: Target) => {
  await swapHousehold(c, target);
  const unit = await choosingUnit(c);
  return (await c.t.http().post('/api/resettlement/choosing-rounds').send({ baseId: unit.baseId, projectCodes: [c.project(target).code] }).expect(201)).body as {
    id: string;
    version: number;
    entries: Array<{ id: string }>;
  };
};
/** A unit allocated by the admin to a new household of the target project. */
const matrixAllocation = async (c: Ctx, target: Target) => {
  const h = await swapHousehold(c, target);
  const unit = await choosingUnit(c);
  return (await c.t.http().post('/api/resettlement/allocations').send({ caseId: h.caseId, unitId: unit.unitId, purpose: 'resettlement' }).expect(201)).body as { id: string; version: number; caseId: string };
};
const matrixToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
const WRITERS_OF_CHOOSING: Role[] = ['officer', 'admin'];

const CHOOSING_ROUTES: Record<string, Entry> = {
  'POST /api/resettlement/choosing-rounds': {
    roles: WRITERS_OF_CHOOSING,
    scoped: true,
    ok: 201,
    run: async (c, h, target) => {
      await swapHousehold(c, target);
      const unit = await choosingUnit(c);
      return h.post('/api/resettlement/choosing-rounds').send({ baseId: unit.baseId, projectCodes: [c.project(target).code] });
    },
  },
  'GET /api/resettlement/choosing-rounds': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/resettlement/choosing-rounds') },
  'GET /api/resettlement/choosing-bases': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/resettlement/choosing-bases') },
  'GET /api/resettlement/choosing-rounds/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/resettlement/choosing-rounds/${(await matrixRound(c, target)).id}`) },
  'POST /api/resettlement/choosing-rounds/:id/close': {
    roles: WRITERS_OF_CHOOSING,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const round = await matrixRound(c, target);
      return h.post(`/api/resettlement/choosing-rounds/${round.id}/close`).send({ version: round.version });
    },
  },
  'POST /api/resettlement/choosing-rounds/:id/entries/:entryId/finish': {
    roles: WRITERS_OF_CHOOSING,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const round = await matrixRound(c, target);
      return h.post(`/api/resettlement/choosing-rounds/${round.id}/entries/${round.entries[0]!.id}/finish`);
    },
  },
  'GET /api/resettlement/choosing-rounds/:id/entries/:entryId/options': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const round = await matrixRound(c, target);
      return h.get(`/api/resettlement/choosing-rounds/${round.id}/entries/${round.entries[0]!.id}/options`);
    },
  },
  'POST /api/resettlement/allocations': {
    roles: WRITERS_OF_CHOOSING,
    scoped: true,
    ok: 201,
    run: async (c, h, target) => {
      const household = await swapHousehold(c, target);
      const unit = await choosingUnit(c);
      return h.post('/api/resettlement/allocations').send({ caseId: household.caseId, unitId: unit.unitId, purpose: 'resettlement' });
    },
  },
  'POST /api/resettlement/reservations': {
    roles: WRITERS_OF_CHOOSING,
    scoped: true,
    ok: 201,
    run: async (c, h, target) => {
      const household = await swapHousehold(c, target);
      const unit = await choosingUnit(c);
      return h.post('/api/resettlement/reservations').send({ caseId: household.caseId, unitId: unit.unitId, reason: '矩阵测试预留' });
    },
  },
  'POST /api/resettlement/allocations/:id/release': {
    roles: WRITERS_OF_CHOOSING,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const a = await matrixAllocation(c, target);
      return h.post(`/api/resettlement/allocations/${a.id}/release`).send({ reason: '矩阵测试释放', version: a.version });
    },
  },
  'POST /api/resettlement/allocations/:id/deliver': {
    roles: WRITERS_OF_CHOOSING,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const a = await matrixAllocation(c, target);
      const receipt = (await c.t.http().post('/api/attachments').field('ownerType', 'unit_allocation').field('ownerId', a.id).attach('file', A_PDF, '签收单.pdf').expect(201)).body as { id: string };
      return h.post(`/api/resettlement/allocations/${a.id}/deliver`).send({ deliveredOn: matrixToday(), receiptAttachmentId: receipt.id, version: a.version });
    },
  },
  'GET /api/cases/:id/allocations': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/cases/${(await matrixAllocation(c, target)).caseId}/allocations`) },
};

/** 年度目标 and the quota (libs/targets): every role reads (its own projects' figures); admins and leaders keep the targets. */
let matrixTargets = 0;
const matrixTarget = async (c: Ctx, measure: 'manual' | 'housing_solved' = 'manual') =>
  (await c.t.http().post('/api/targets').send({ year: 2013, name: `矩阵目标${++matrixTargets}`, measure, targetValue: '10', unit: measure === 'manual' ? '人' : '户' }).expect(201)).body as { id: string; version: number };
const TARGET_WRITERS: Role[] = ['admin', 'leader'];

const TARGET_ROUTES: Record<string, Entry> = {
  'GET /api/targets': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/targets?year=2013') },
  'POST /api/targets': {
    roles: TARGET_WRITERS,
    scoped: false,
    ok: 201,
    run: (_c, h) => h.post('/api/targets').send({ year: 2013, name: `矩阵目标${++matrixTargets}`, measure: 'manual', targetValue: '5', unit: '项' }),
  },
  'PATCH /api/targets/:id': {
    roles: TARGET_WRITERS,
    scoped: false,
    ok: 200,
    run: async (c, h) => {
      const target = await matrixTarget(c);
      return h.patch(`/api/targets/${target.id}`).send({ version: target.version, targetValue: '12' });
    },
  },
  'POST /api/targets/:id/entries': {
    roles: TARGET_WRITERS,
    scoped: false,
    ok: 201,
    run: async (c, h) => h.post(`/api/targets/${(await matrixTarget(c)).id}/entries`).send({ enteredOn: '2013-06-30', value: '3' }),
  },
  'GET /api/dashboard/quota': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/dashboard/quota?year=2013') },
};

/** 时间节点 (libs/targets milestone): kept by admin, leader and officer (own projects), read by finance and the company (own projects). */
const MILESTONE_WRITERS: Role[] = ['admin', 'leader', 'officer'];
const matrixMilestone = async (c: Ctx, target: Target) =>
  (await c.t.http().post('/api/milestones').send({ projectCode: c.project(target).code, name: '矩阵节点', plannedOn: '2013-06-30', responsibleUnit: '动迁办' }).expect(201)).body as { id: string; version: number };
let matrixNotifications = 0;
/** A notification of the role's persistent session user (`mx-<role>`). */
const matrixNotification = async (c: Ctx, role: Role) =>
  (
    await c.t.query<{ id: string }>(
      `INSERT INTO notification ("userId", kind, title, body, "dedupeKey") SELECT id, 'test', '矩阵通知', '矩阵通知', $2 FROM app_user WHERE username = $1 RETURNING id`,
      [`mx-${role}`, `matrix-${++matrixNotifications}`],
    )
  )[0]!.id;
const MILESTONE_ROUTES: Record<string, Entry> = {
  'GET /api/milestones': { roles: ROLES, scoped: false, ok: 200, run: (c, h) => h.get(`/api/milestones?project=${c.project('own').code}`) },
  'GET /api/milestones/overdue': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/milestones/overdue') },
  'GET /api/milestones/:id': { roles: ROLES, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/milestones/${(await matrixMilestone(c, target)).id}`) },
  'POST /api/milestones': {
    roles: MILESTONE_WRITERS,
    scoped: true,
    otherStatus: 422,
    ok: 201,
    run: (c, h, target) => h.post('/api/milestones').send({ projectCode: c.project(target).code, name: '矩阵节点', plannedOn: '2013-06-30', responsibleUnit: '动迁办' }),
  },
  'PATCH /api/milestones/:id': {
    roles: MILESTONE_WRITERS,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const m = await matrixMilestone(c, target);
      return h.patch(`/api/milestones/${m.id}`).send({ name: '矩阵节点改名', plannedOn: '2013-07-31', responsibleUnit: '动迁办', version: m.version });
    },
  },
  'POST /api/milestones/:id/status': {
    roles: MILESTONE_WRITERS,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const m = await matrixMilestone(c, target);
      return h.post(`/api/milestones/${m.id}/status`).send({ status: 'in_progress', version: m.version });
    },
  },
  'GET /api/notifications': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/notifications') },
  'POST /api/notifications/read-all': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.post('/api/notifications/read-all') },
  'POST /api/notifications/:id/read': { roles: ROLES, scoped: false, ok: 200, run: async (c, h, _t, role) => h.post(`/api/notifications/${await matrixNotification(c, role)}/read`) },
};

/** 项目进度 (libs/targets dashboard): read-only, every role; the project page is scoped (another project: 404). */
const DASHBOARD_ROUTES: Record<string, Entry> = {
  'GET /api/dashboard/overview': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/dashboard/overview') },
  'GET /api/dashboard/projects/:code': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/dashboard/projects/${c.project(target).code}`) },
};

/** 综合整治 (libs/land-admin): officers (their projects' parcels and villages) and admins write, leaders read, finance and the company see nothing. */
const RECTIFICATION_READERS: Role[] = ['admin', 'officer', 'leader'];
const RECTIFICATION_WRITERS: Role[] = ['admin', 'officer'];
/** A violation on the own project's parcel, or (other) on land in no project in a village none of the officer's parcels lie in. */
const matrixViolation = async (c: Ctx, target: Target, extra: Record<string, unknown> = {}) =>
  (
    await c.t
      .http()
      .post('/api/rectification/violations')
      .send({
        kind: 'illegal_building',
        area: '30',
        discoveredAt: '2013-02-01',
        responsibleText: '矩阵责任人',
        ...(target === 'own' ? { projectCode: c.project('own').code, parcelCode: c.project('own').parcel } : { village: '矩阵村', address: '矩阵村 1 号' }),
        ...extra,
      })
      .expect(201)
  ).body as { id: string; version: number };
/** A household of the target project with an illegal building of 35 m² charged to it (its 无证面积 proposal pending). */
const matrixProposal = async (c: Ctx, target: Target) => {
  const household = await c.subject('households', target);
  await matrixViolation(c, 'own', { householdId: household.id, responsibleText: undefined, area: '35' });
  return household;
};
const RECTIFICATION_ROUTES: Record<string, Entry> = {
  'GET /api/rectification/violations': { roles: RECTIFICATION_READERS, scoped: false, ok: 200, run: (_c, h) => h.get('/api/rectification/violations?year=2013') },
  'POST /api/rectification/violations': {
    roles: RECTIFICATION_WRITERS,
    scoped: true,
    otherStatus: 403,
    ok: 201,
    run: (c, h, target) =>
      h.post('/api/rectification/violations').send({
        kind: 'illegal_land',
        area: '12',
        discoveredAt: '2013-02-01',
        responsibleText: '矩阵责任人',
        ...(target === 'own' ? { projectCode: c.project('own').code, parcelCode: c.project('own').parcel } : { village: '矩阵村', address: '矩阵村 2 号' }),
      }),
  },
  'GET /api/rectification/violations/:id': { roles: RECTIFICATION_READERS, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/rectification/violations/${(await matrixViolation(c, target)).id}`) },
  'POST /api/rectification/violations/:id/steps': {
    roles: RECTIFICATION_WRITERS,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const v = await matrixViolation(c, target);
      return h.post(`/api/rectification/violations/${v.id}/steps`).send({ version: v.version, to: 'notice_issued', on: '2013-03-01', deadline: '2013-04-01' });
    },
  },
  'GET /api/rectification/summary': { roles: RECTIFICATION_READERS, scoped: false, ok: 200, run: (_c, h) => h.get('/api/rectification/summary?year=2013') },
  'GET /api/rectification/villages': { roles: RECTIFICATION_READERS, scoped: false, ok: 200, run: (_c, h) => h.get('/api/rectification/villages') },
  'GET /api/rectification/households/:id/unlicensed-area': {
    roles: RECTIFICATION_READERS,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.get(`/api/rectification/households/${(await c.subject('households', target)).id}/unlicensed-area`),
  },
  'POST /api/rectification/households/:id/unlicensed-area/confirm': {
    roles: RECTIFICATION_WRITERS,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const household = await matrixProposal(c, target);
      return h.post(`/api/rectification/households/${household.id}/unlicensed-area/confirm`).send({ householdVersion: household.version, area: '35.00' });
    },
  },
};

/** 集体土地所有权 and 归并方案 (libs/land-admin): admins and leaders read all, officers their projects' parcels; admins and officers keep them; only admins approve a plan. */
const LAND_READERS: Role[] = ['admin', 'officer', 'leader'];
const LAND_WRITERS: Role[] = ['admin', 'officer'];
let matrixOwnerships = 0;
const ownershipBody = (c: Ctx, target: Target) => ({ code: `MXO-${++matrixOwnerships}`, projectCode: c.project(target).code, parcelCode: c.project(target).parcel, ownerKind: 'village', ownerName: '二联村农民集体', area: '100.00', landUse: 'farmland' });
const matrixOwnership = async (c: Ctx, target: Target) => (await c.t.http().post('/api/land/ownership').send(ownershipBody(c, target)).expect(201)).body as { id: string; version: number };
const planBody = async (c: Ctx, target: Target) => ({ name: '矩阵归并方案', targetOwnerKind: 'town', targetOwnerName: '徐泾镇农民集体', targetUse: 'construction', ownershipIds: [(await matrixOwnership(c, target)).id] });
const matrixPlan = async (c: Ctx, target: Target, status: 'draft' | 'approved' = 'draft') => {
  const plan = (await c.t.http().post('/api/land/consolidation-plans').send(await planBody(c, target)).expect(201)).body as { id: string; version: number };
  if (status === 'draft') return plan;
  return (await c.t.http().post(`/api/land/consolidation-plans/${plan.id}/approve`).send({ version: plan.version }).expect(200)).body as { id: string; version: number };
};
const LAND_ADMIN_ROUTES: Record<string, Entry> = {
  'GET /api/land/ownership': { roles: LAND_READERS, scoped: false, ok: 200, run: (_c, h) => h.get('/api/land/ownership?village=二联村') },
  'GET /api/land/ownership/villages': { roles: LAND_READERS, scoped: false, ok: 200, run: (_c, h) => h.get('/api/land/ownership/villages') },
  'GET /api/land/ownership/:id': { roles: LAND_READERS, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/land/ownership/${(await matrixOwnership(c, target)).id}`) },
  'POST /api/land/ownership': { roles: LAND_WRITERS, scoped: true, otherStatus: 422, ok: 201, run: (c, h, target) => h.post('/api/land/ownership').send(ownershipBody(c, target)) },
  'PATCH /api/land/ownership/:id': {
    roles: LAND_WRITERS,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const o = await matrixOwnership(c, target);
      return h.patch(`/api/land/ownership/${o.id}`).send({ version: o.version, remarks: '矩阵测试' });
    },
  },
  'POST /api/land/ownership/:id/status': {
    roles: LAND_WRITERS,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const o = await matrixOwnership(c, target);
      return h.post(`/api/land/ownership/${o.id}/status`).send({ status: 'surveying', version: o.version });
    },
  },
  'DELETE /api/land/ownership/:id': {
    roles: LAND_WRITERS,
    scoped: true,
    ok: 204,
    run: async (c, h, target) => {
      const o = await matrixOwnership(c, target);
      return h.delete(`/api/land/ownership/${o.id}`).send({ version: o.version });
    },
  },
  'GET /api/land/consolidation-plans': { roles: LAND_READERS, scoped: false, ok: 200, run: (_c, h) => h.get('/api/land/consolidation-plans') },
  'GET /api/land/consolidation-plans/:id': { roles: LAND_READERS, scoped: true, ok: 200, run: async (c, h, target) => h.get(`/api/land/consolidation-plans/${(await matrixPlan(c, target)).id}`) },
  'POST /api/land/consolidation-plans': { roles: LAND_WRITERS, scoped: true, otherStatus: 422, ok: 201, run: async (c, h, target) => h.post('/api/land/consolidation-plans').send(await planBody(c, target)) },
  'PATCH /api/land/consolidation-plans/:id': {
    roles: LAND_WRITERS,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const p = await matrixPlan(c, target);
      return h.patch(`/api/land/consolidation-plans/${p.id}`).send({ version: p.version, remarks: '矩阵测试' });
    },
  },
  'POST /api/land/consolidation-plans/:id/approve': {
    roles: ['admin'],
    scoped: false,
    ok: 200,
    run: async (c, h) => {
      const p = await matrixPlan(c, 'own');
      return h.post(`/api/land/consolidation-plans/${p.id}/approve`).send({ version: p.version });
    },
  },
  'POST /api/land/consolidation-plans/:id/complete': {
    roles: LAND_WRITERS,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const p = await matrixPlan(c, target, 'approved');
      return h.post(`/api/land/consolidation-plans/${p.id}/complete`).send({ version: p.version });
    },
  },
};

const MATRIX: Record<string, Entry> = {
  ...RECTIFICATION_ROUTES,
  ...TRANSITIONAL_ROUTES,
  ...INVENTORY_ROUTES,
  ...USER_ROUTES,
  ...MONEY_ROUTES,
  ...RECALCULATION_ROUTES,
  ...COMMUNICATION_ROUTES,
  ...HANDOVER_ROUTES,
  ...SETTLEMENT_ROUTES,
  ...CONFIRMATION_ROUTES,
  'POST /api/auth/logout': { roles: 'any-user', scoped: false, ok: 204, run: async (c, _h, _t, role) => (await c.fresh(role)).post('/api/auth/logout') },
  'GET /api/auth/me': { roles: 'any-user', scoped: false, ok: 200, run: (_c, h) => h.get('/api/auth/me') },
  'POST /api/auth/password': {
    roles: 'any-user',
    scoped: false,
    ok: 200,
    run: async (c, _h, _t, role) => (await c.fresh(role)).post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'Xujing#2014new' }),
  },
  'GET /api/projects': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/projects') },
  'GET /api/reference': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/reference') },
  'POST /api/projects': { roles: ['admin'], scoped: false, ok: 201, run: (_c, h) => h.post('/api/projects').send(makeProject()) },
  'GET /api/projects/:code': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}`) },
  'GET /api/projects/:code/parcels': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/parcels`),
  },
  'POST /api/projects/:code/parcels': {
    roles: ['officer', 'admin'],
    scoped: true,
    ok: 201,
    run: (c, h, target) => h.post(`/api/projects/${c.project(target).code}/parcels`).send(makeParcel()),
  },
  'PATCH /api/projects/:code': {
    roles: ['admin'],
    scoped: false,
    ok: 200,
    run: async (c, h) => {
      const created = await c.t.http().post('/api/projects').send(makeProject()).expect(201);
      return h.patch(`/api/projects/${created.body.code}`).send({ version: created.body.version, remarks: '矩阵测试' });
    },
  },
  'PATCH /api/projects/:code/parcels/:parcelCode': {
    roles: ['officer', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => {
      const code = c.project(target).code;
      const created = await c.t.http().post(`/api/projects/${code}/parcels`).send(makeParcel()).expect(201);
      return h.patch(`/api/projects/${code}/parcels/${created.body.code}`).send({ version: created.body.version, remarks: '矩阵测试' });
    },
  },
  'GET /api/cases/:id': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.get(`/api/cases/${(await c.subject('households', target)).caseId}`),
  },
  'POST /api/cases/:id/transitions': {
    roles: ['officer', 'company', 'finance', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target, role) => {
      const step = STEP_FOR[role]!;
      const s = await c.subject('households', target, step.from);
      return h.post(`/api/cases/${s.caseId}/transitions`).send({ to: step.to, ...(step.reason ? { reason: step.reason } : {}) });
    },
  },
  'GET /api/cases/:id/audit': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.get(`/api/cases/${(await c.subject('households', target)).caseId}/audit`),
  },
  'GET /api/audit': { roles: ['admin', 'leader'], scoped: false, ok: 200, run: (_c, h) => h.get('/api/audit') },
  'GET /api/company/inbox': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/company/inbox') },
  'GET /api/projects/:code/timeline': { roles: ROLES, scoped: true, ok: 200, run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/timeline`) },
  'GET /api/projects/:code/parcels/:parcelCode/timeline': {
    roles: ROLES,
    scoped: true,
    ok: 200,
    run: (c, h, target) => h.get(`/api/projects/${c.project(target).code}/parcels/${c.project(target).parcel}/timeline`),
  },
  'GET /api/admin/queue': { roles: ['admin'], scoped: false, ok: 200, run: (_c, h) => h.get('/api/admin/queue') },
  'GET /api/queue/consumers': { roles: ROLES, scoped: false, ok: 200, run: (_c, h) => h.get('/api/queue/consumers') },
  ...subjectRoutes('households'),
  'POST /api/households/search': {
    roles: ROLES,
    scoped: false,
    ok: 200,
    run: (c, h) => h.post('/api/households/search').send({ project: c.project('own').code, q: '13912345678' }),
  },
  // A list within the caller's projects (its scope is checked in duplicate-heads.e2e-spec).
  'GET /api/households/duplicate-heads': {
    roles: ROLES,
    scoped: false,
    ok: 200,
    run: (c, h) => h.get('/api/households/duplicate-heads').query({ projectCode: c.project('own').code }),
  },
  'POST /api/households/:id/unmask': {
    roles: ['officer', 'admin'],
    scoped: true,
    ok: 200,
    run: async (c, h, target) => h.post(`/api/households/${(await c.subject('households', target)).id}/unmask`).send({ reason: '矩阵测试' }),
  },
  'POST /api/imports': { roles: ['officer', 'admin'], scoped: false, ok: 202, run: (c, h) => uploadImport(c, h) },
  'GET /api/imports': { roles: ['officer', 'admin'], scoped: false, ok: 200, run: (_c, h) => h.get('/api/imports') },
  'GET /api/imports/:id': {
    roles: ['officer', 'admin'],
    scoped: false,
    ok: 200,
    run: async (c, h) => {
      // The user's own import; a user who may not import asks for the admin's.
      const own = await uploadImport(c, h);
      const id = own.status === 202 ? own.body.id : (await uploadImport(c, c.as('admin'))).body.id;
      return h.get(`/api/imports/${id}`);
    },
  },
  'GET /api/imports/:id/report': {
    roles: ['officer', 'admin'],
    scoped: false,
    ok: 200,
    run: async (c, h) => {
      const id = (await uploadImport(c, h)).body.id as string;
      await finishedBatch(h, `/api/imports/${id}`, 20_000).catch(() => undefined); // the report route answers either way
      return h.get(`/api/imports/${id}/report`);
    },
  },
  ...subjectRoutes('enterprises'),
  ...subjectRoutes('facilities'),
  ...subjectRoutes('legacy-bases'),
  ...EXCEL_ROUTES,
  ...CHOOSING_ROUTES,
  ...TARGET_ROUTES,
  ...MILESTONE_ROUTES,
  ...DASHBOARD_ROUTES,
  ...LAND_ADMIN_ROUTES,
};

const LINE = ['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled'];

describe('authorization matrix (e2e)', () => {
  let t: TestApp;
  let ctx: Ctx;
  const sessions = new Map<Role, Http>();
  let freshCount = 0;

  beforeAll(async () => {
    t = await createTestApp();
    for (const code of ['MX1', 'MX2']) {
      await t.http().post('/api/projects').send(makeProject({ code })).expect(201);
      await t.http().post(`/api/projects/${code}/parcels`).send(makeParcel({ code: `${code}-01` })).expect(201);
      const scheme = await t.http().post(`/api/projects/${code}/schemes`).send({ name: '矩阵方案', effectiveOn: '2013-01-01', items: exampleScheme().items }).expect(201);
      await t.http().post(`/api/schemes/${scheme.body.id}/publish`).expect(200);
    }
    const assigned = (role: Role) => (role === 'officer' || role === 'company' ? ['MX1'] : []);
    for (const role of ROLES) sessions.set(role, await t.loginAs({ username: `mx-${role}`, roles: [role], projects: assigned(role) }));
    ctx = {
      t,
      as: (role) => sessions.get(role)!,
      fresh: (role) => t.loginAs({ username: `mx-${role}-${++freshCount}`, roles: [role], projects: assigned(role) }),
      project: (target) => (target === 'own' ? { code: 'MX1', parcel: 'MX1-01' } : { code: 'MX2', parcel: 'MX2-01' }),
      subject: async (kind, target, status = 'surveying') => {
        const p = ctx.project(target);
        const created = await t.http().post(`/api/${kind}`).send({ ...PAYLOAD[kind](), projectCode: p.code, parcelCode: p.parcel }).expect(201);
        await advanceCase(t.http(), p.code, created.body.caseId, LINE.slice(1, LINE.indexOf(status) + 1));
        return { id: created.body.id, caseId: created.body.caseId, version: created.body.version };
      },
    };
  });
  afterAll(() => t.close());

  it('has an entry for every route the router serves (and none for routes that are gone)', () => {
    const served = listRoutes(t.app)
      .filter((r) => r.policy?.kind !== 'public')
      .map((r) => r.key);
    expect(served.filter((k) => !MATRIX[k])).toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !served.includes(k))).toEqual([]);
  });

  for (const [route, entry] of Object.entries(MATRIX)) {
    describe(route, () => {
      for (const role of ROLES) {
        for (const target of entry.scoped ? (['own', 'other'] as const) : (['own'] as const)) {
          const allowed = entry.roles === 'any-user' || entry.roles.includes(role);
          const hidden = entry.scoped && target === 'other' && (role === 'officer' || role === 'company');
          const expected = !allowed ? 403 : hidden ? (entry.otherStatus ?? 404) : entry.ok;
          it(`${role} on ${target} project → ${expected}`, async () => {
            const res = await entry.run(ctx, ctx.as(role), target, role);
            expect({ status: res.status, body: res.status >= 400 ? res.body : undefined }).toMatchObject({ status: expected });
            if (expected === 403) expect(res.body.message).toMatch(/权限|不能/);
          });
        }
      }
    });
  }
});
