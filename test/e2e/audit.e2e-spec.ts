import type { Response } from 'supertest';
import { exampleScheme } from '@app/compensation';
import { advanceCase, ensureScheme, signCase } from '../support/money.js';
import { settledCaseOn } from '../support/handover.js';
import { insertBase, signedSwapHouseholds } from '../support/choosing.js';
import { projectWithScheme } from '../support/money.js';
import { baseWithBuilding, insertUnits, makeBase } from '../support/inventory.js';
import { makeEnterprise, makeFacility, makeHousehold, makeLegacyBase, makeParcel, makeProject } from '../support/factories.js';
import { householdWorkbook } from '../support/import-workbook.js';
import { listRoutes } from '../support/routes.js';
import { draftFeeBatch, feeMonthFor } from '../support/transitional.js';
import { createTestApp, TEST_PASSWORD, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

interface AuditRow {
  id: string;
  occurredAt: Date;
  userId: string | null;
  username: string;
  roles: string[];
  action: string;
  entityType: string | null;
  entityId: string | null;
  projectId: string | null;
  changes: Array<{ entityType: string; entityId: string; projectId: string | null; before: unknown; after: unknown }>;
  requestId: string | null;
  ip: string | null;
  method: string;
  path: string;
  statusCode: number;
  outcome: string;
  detail: string | null;
}

const ID_NUMBER = /\d{17}[\dXx]/;
const MOBILE = /1[3-9]\d{9}/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Unmasked personal numbers in `value`'s JSON (uuids taken out first: their digit runs are not phone numbers). */
function personalNumbersIn(value: unknown): string[] {
  const text = JSON.stringify(value).replace(UUID, '<uuid>');
  return [ID_NUMBER.exec(text)?.[0], MOBILE.exec(text)?.[0]].filter((m): m is string => Boolean(m));
}

/** One audited write: the setup it needs (audited itself, before counting starts) and the request whose row is checked. */
interface WriteCase {
  action: string;
  status: number;
  prepare?: () => Promise<Record<string, any>>;
  perform(prepared: Record<string, any>): Promise<Response>;
  /** Defaults to the test admin. */
  username?: (prepared: Record<string, any>) => string;
  entityId(res: Response, prepared: Record<string, any>): string | null;
}

describe('audit trail (e2e)', () => {
  let t: TestApp;
  let au: { id: string; code: string; parcel: string };

  const maxId = async () => (await t.query<{ max: string | null }>('SELECT max(id)::text AS max FROM audit_log'))[0]!.max ?? '0';
  const rowsAfter = (id: string) => t.query<AuditRow>('SELECT * FROM audit_log WHERE id > $1 ORDER BY id', [id]);

  /** Runs `request` and returns it with the audit rows it left. */
  async function audited(request: () => PromiseLike<Response>): Promise<{ res: Response; rows: AuditRow[] }> {
    const before = await maxId();
    const res = await request();
    return { res, rows: await rowsAfter(before) };
  }

  const subjectPayloads = { households: makeHousehold, enterprises: makeEnterprise, facilities: makeFacility, 'legacy-bases': makeLegacyBase } as const;
  type Kind = keyof typeof subjectPayloads;
  const subjectType: Record<Kind, string> = { households: 'household', enterprises: 'enterprise', facilities: 'facility', 'legacy-bases': 'legacy_base' };

  async function createSubject(kind: Kind, http: Http = t.http(), project = au) {
    const res = await http.post(`/api/${kind}`).send({ ...subjectPayloads[kind](), projectCode: project.code, parcelCode: project.parcel });
    expect(res.status).toBe(201);
    return res.body as { id: string; caseId: string; version: number };
  }

  function subjectCases(kind: Kind): Record<string, WriteCase> {
    return {
      [`POST /api/${kind}`]: {
        action: `${subjectType[kind]}.create`,
        status: 201,
        perform: () => t.http().post(`/api/${kind}`).send({ ...subjectPayloads[kind](), projectCode: au.code, parcelCode: au.parcel }),
        entityId: (res) => res.body.id,
      },
      [`PATCH /api/${kind}/:id`]: {
        action: `${subjectType[kind]}.update`,
        status: 200,
        prepare: () => createSubject(kind),
        perform: (s) => t.http().patch(`/api/${kind}/${s.id}`).send({ version: s.version, remarks: '审计测试' }),
        entityId: (_res, s) => s.id,
      },
    };
  }

  let users = 0;
  const newUser = (overrides: { disabled?: boolean } = {}) => t.createUser({ username: `au-user-${++users}`, roles: ['officer'], ...overrides });

  /** A confirmed household case of the audit project, with a calculation under its published scheme. */
  async function confirmedCase() {
    const s = await createSubject('households');
    await ensureScheme(t.http(), au.code);
    await advanceCase(t.http(), au.code, s.caseId, ['surveyed', 'confirmed']);
    return s;
  }
  async function calculatedCase() {
    const s = await confirmedCase();
    await t.http().post(`/api/cases/${s.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    return s;
  }
  const draftOf = async () => (await t.http().post(`/api/cases/${(await calculatedCase()).caseId}/agreements`).send({ method: 'monetary' }).expect(201)).body as { id: string };
  let paymentKeys = 0;
  const payOn = (agreementId: string) =>
    t.http().post(`/api/agreements/${agreementId}/payments`).set('Idempotency-Key', `audit-payment-${++paymentKeys}`).send({ amount: '1.00', paidOn: '2013-06-15', method: 'cash' });
  /** The audit project's published scheme version. */
  async function publishedScheme(): Promise<{ id: string }> {
    await ensureScheme(t.http(), au.code);
    const versions = (await t.http().get(`/api/projects/${au.code}/schemes`).expect(200)).body as { id: string; status: string }[];
    return versions.find((v) => v.status === 'published')!;
  }
  const schemeBody = () => ({ name: '审计方案', effectiveOn: '2013-01-01', items: exampleScheme().items });

  /** The money's write routes (libs/compensation). */
  function moneyCases(): Record<string, WriteCase> {
    return {
      'POST /api/projects/:code/schemes': {
        action: 'scheme.create',
        status: 201,
        perform: () => t.http().post(`/api/projects/${au.code}/schemes`).send(schemeBody()),
        entityId: (res) => res.body.id,
      },
      'PATCH /api/schemes/:id': {
        action: 'scheme.update',
        status: 200,
        prepare: async () => (await t.http().post(`/api/projects/${au.code}/schemes`).send(schemeBody()).expect(201)).body,
        perform: (p) => t.http().patch(`/api/schemes/${p.id}`).send({ version: p.version, name: '审计方案（修订）' }),
        entityId: (_res, p) => p.id,
      },
      'POST /api/schemes/:id/publish': {
        action: 'scheme.publish',
        status: 200,
        prepare: async () => (await t.http().post(`/api/projects/${au.code}/schemes`).send(schemeBody()).expect(201)).body,
        perform: (p) => t.http().post(`/api/schemes/${p.id}/publish`),
        entityId: (_res, p) => p.id,
      },
      'POST /api/cases/:id/calculations': {
        action: 'calculation.create',
        status: 201,
        prepare: async () => {
          await ensureScheme(t.http(), au.code);
          return createSubject('households');
        },
        perform: (s) => t.http().post(`/api/cases/${s.caseId}/calculations`).send({ asOf: '2013-06-01' }),
        entityId: (res) => res.body.id,
      },
      'POST /api/cases/:id/agreements': {
        action: 'agreement.draft',
        status: 201,
        prepare: () => calculatedCase(),
        perform: (s) => t.http().post(`/api/cases/${s.caseId}/agreements`).send({ method: 'monetary' }),
        entityId: (res) => res.body.id,
      },
      'POST /api/agreements/:id/sign': {
        action: 'agreement.sign',
        status: 200,
        prepare: () => draftOf(),
        perform: (a) => t.http().post(`/api/agreements/${a.id}/sign`).send({ signedOn: '2013-06-01' }),
        entityId: (_res, a) => a.id,
      },
      'POST /api/agreements/:id/void': {
        action: 'agreement.void',
        status: 200,
        prepare: () => draftOf(),
        perform: (a) => t.http().post(`/api/agreements/${a.id}/void`).send({ reason: '审计测试作废' }),
        entityId: (_res, a) => a.id,
      },
      'POST /api/agreements/:id/payments': {
        action: 'payment.record',
        status: 201,
        prepare: async () => ({ id: await signCase(t.http(), au.code, (await confirmedCase()).caseId) }),
        perform: (a) => payOn(a.id),
        entityId: (res) => res.body.id,
      },
      'POST /api/schemes/:id/recalculations': {
        action: 'recalculation.create',
        status: 202,
        prepare: () => publishedScheme(),
        perform: (s) => t.http().post(`/api/schemes/${s.id}/recalculations`),
        entityId: (res) => res.body.id,
      },
      'POST /api/recalculations/:id/apply': {
        action: 'recalculation.apply',
        status: 200,
        prepare: async () => {
          const run = (await t.http().post(`/api/schemes/${(await publishedScheme()).id}/recalculations`).expect(202)).body as { id: string };
          await finishedBatch(t.http(), `/api/recalculations/${run.id}`, 45_000);
          return run;
        },
        perform: (r) => t.http().post(`/api/recalculations/${r.id}/apply`),
        entityId: (_res, r) => r.id,
      },
      'POST /api/payments/:id/reversals': {
        action: 'payment.reverse',
        status: 201,
        prepare: async () => (await payOn(await signCase(t.http(), au.code, (await confirmedCase()).caseId)).expect(201)).body,
        perform: (p) => t.http().post(`/api/payments/${p.id}/reversals`).send({ amount: '1.00', reason: '审计测试冲正' }),
        entityId: (res) => res.body.id,
      },
    };
  }

  /** The 结算 write routes (libs/company). */
  function settlementCases(): Record<string, WriteCase> {
    const vacatedCase = async () => {
      const s = await createSubject('households');
      await advanceCase(t.http(), au.code, s.caseId, ['surveyed', 'confirmed', 'signed', 'vacated']);
      return s;
    };
    const issued = async () =>
      (await t.http().post(`/api/projects/${au.code}/settlement-statements`).send({ caseIds: [(await vacatedCase()).caseId], issuedOn: '2013-09-01' }).expect(201)).body as {
        id: string;
        lines: Array<{ id: string; version: number }>;
      };
    let receipts = 0;
    return {
      'POST /api/projects/:code/settlement-statements': {
        action: 'settlement-statement.issue',
        status: 201,
        prepare: vacatedCase,
        perform: (s) => t.http().post(`/api/projects/${au.code}/settlement-statements`).send({ caseIds: [s.caseId] }),
        entityId: (res) => res.body.id,
      },
      'POST /api/settlement-lines/:id/confirm': {
        action: 'settlement-line.confirm',
        status: 200,
        prepare: async () => (await issued()).lines[0]!,
        perform: (l) => t.http().post(`/api/settlement-lines/${l.id}/confirm`).send({ version: l.version }),
        entityId: (_res, l) => l.id,
      },
      'POST /api/settlement-lines/:id/dispute': {
        action: 'settlement-line.dispute',
        status: 200,
        prepare: async () => (await issued()).lines[0]!,
        perform: (l) => t.http().post(`/api/settlement-lines/${l.id}/dispute`).send({ version: l.version, reason: '审计测试异议' }),
        entityId: (_res, l) => l.id,
      },
      'POST /api/settlement-lines/:id/drop': {
        action: 'settlement-line.drop',
        status: 200,
        prepare: async () => {
          const l = (await issued()).lines[0]!;
          await t.http().post(`/api/settlement-lines/${l.id}/dispute`).send({ version: l.version, reason: '审计测试异议' }).expect(200);
          return { id: l.id, version: l.version + 1 };
        },
        perform: (l) => t.http().post(`/api/settlement-lines/${l.id}/drop`).send({ version: l.version }),
        entityId: (_res, l) => l.id,
      },
      'POST /api/settlement-statements/:id/receipts': {
        action: 'settlement-receipt.record',
        status: 201,
        prepare: issued,
        perform: (s) =>
          t
            .http()
            .post(`/api/settlement-statements/${s.id}/receipts`)
            .set('Idempotency-Key', `audit-receipt-${++receipts}`)
            .send({ amount: '1.00', receivedOn: '2013-09-15', bankReference: 'AUDIT-0001' }),
        entityId: (res) => res.body.id,
      },
      'PUT /api/projects/:code/settlement-figures': {
        action: 'settlement-figures.update',
        status: 200,
        perform: () => t.http().put(`/api/projects/${au.code}/settlement-figures`).send({ budget: '1000000.00' }),
        entityId: () => au.id,
      },
    };
  }

  /** The 沟通 write routes (libs/company). */
  function communicationCases(): Record<string, WriteCase> {
    const meeting = (items: unknown[] = []) => ({
      kind: 'meeting',
      heldOn: '2013-06-01',
      subject: '审计测试协调会',
      townParticipants: '王强',
      companyParticipants: '赵华',
      minutes: '审计测试纪要',
      actionItems: items,
    });
    const recorded = async () =>
      (
        await t
          .http()
          .post(`/api/projects/${au.code}/communications`)
          .send(meeting([{ content: '审计测试事项', ownerSide: 'town', owner: '李明', dueOn: '2013-06-30' }]))
          .expect(201)
      ).body as { id: string; actionItems: Array<{ id: string; version: number }> };
    return {
      'POST /api/projects/:code/communications': {
        action: 'communication.create',
        status: 201,
        perform: () => t.http().post(`/api/projects/${au.code}/communications`).send(meeting()),
        entityId: (res) => res.body.id,
      },
      'POST /api/communications/:id/action-items': {
        action: 'action-item.create',
        status: 201,
        prepare: recorded,
        perform: (p) => t.http().post(`/api/communications/${p.id}/action-items`).send({ content: '补充事项', ownerSide: 'company', owner: '赵华', dueOn: '2013-07-01' }),
        entityId: (res) => res.body.id,
      },
      'PATCH /api/action-items/:id': {
        action: 'action-item.update',
        status: 200,
        prepare: async () => (await recorded()).actionItems[0]!,
        perform: (p) => t.http().patch(`/api/action-items/${p.id}`).send({ status: 'done', doneOn: '2013-06-20', version: p.version }),
        entityId: (_res, p) => p.id,
      },
    };
  }

  /** The 确认 write routes (libs/company). */
  function confirmationCases(): Record<string, WriteCase> {
    const submitted = async () => {
      const s = await createSubject('households');
      await advanceCase(t.http(), au.code, s.caseId, ['surveyed']);
      return (await t.http().post(`/api/projects/${au.code}/confirmation-batches`).send({ caseIds: [s.caseId] }).expect(201)).body as { id: string; items: Array<{ id: string; version: number }> };
    };
    return {
      'POST /api/projects/:code/confirmation-batches': {
        action: 'confirmation-batch.create',
        status: 201,
        prepare: async () => {
          const s = await createSubject('households');
          await advanceCase(t.http(), au.code, s.caseId, ['surveyed']);
          return s;
        },
        perform: (p) => t.http().post(`/api/projects/${au.code}/confirmation-batches`).send({ caseIds: [p.caseId] }),
        entityId: (res) => res.body.id,
      },
      'POST /api/confirmation-lines/:id/confirm': {
        action: 'confirmation-line.confirm',
        status: 200,
        prepare: async () => (await submitted()).items[0]!,
        perform: (p) => t.http().post(`/api/confirmation-lines/${p.id}/confirm`).send({ version: p.version }),
        entityId: (_res, p) => p.id,
      },
      'POST /api/confirmation-lines/:id/reject': {
        action: 'confirmation-line.reject',
        status: 200,
        prepare: async () => (await submitted()).items[0]!,
        perform: (p) => t.http().post(`/api/confirmation-lines/${p.id}/reject`).send({ version: p.version, reason: '审计测试退回', companyFigure: '10.00' }),
        entityId: (_res, p) => p.id,
      },
    };
  }

  /** The 移交 and attachment write routes (libs/company). */
  function transitionalCases(): Record<string, WriteCase> {
    const signedCase = async () => {
      await ensureScheme(t.http(), au.code);
      const s = await createSubject('households');
      await advanceCase(t.http(), au.code, s.caseId, ['surveyed', 'confirmed', 'signed']);
      return s;
    };
    return {
      'POST /api/resettlement/accruals/run': {
        action: 'transitional-fee-accrual.run',
        status: 200,
        perform: () => t.http().post('/api/resettlement/accruals/run').send({ throughMonth: '2025-01' }),
        entityId: () => '2025-01-01',
      },
      'POST /api/resettlement/fee-batches': {
        action: 'transitional-fee-batch.create',
        status: 201,
        prepare: async () => {
          const s = await signedCase();
          await feeMonthFor(t, s.caseId);
          return s;
        },
        perform: () => t.http().post('/api/resettlement/fee-batches').send({ projectCode: au.code, throughMonth: '2025-01' }),
        entityId: (res) => res.body.id,
      },
      'POST /api/resettlement/fee-batches/:id/pay': {
        action: 'transitional-fee-batch.pay',
        status: 200,
        prepare: async () => draftFeeBatch(t, au.code, (await signedCase()).caseId),
        perform: (b) => t.http().post(`/api/resettlement/fee-batches/${b.id}/pay`).set('Idempotency-Key', `audit-fee-${b.id}`).send({ paidOn: '2025-02-05', method: 'bank_transfer' }),
        entityId: (_res, b) => b.id,
      },
    };
  }

  function handoverCases(): Record<string, WriteCase> {
    const readyParcel = async () => {
      const parcel = (await t.http().post(`/api/projects/${au.code}/parcels`).send(makeParcel()).expect(201)).body as { code: string };
      await settledCaseOn(t.http(), { code: au.code, parcel: parcel.code });
      return parcel;
    };
    const record = (parcelCode: string) => ({ parcelCode, handedOverOn: '2014-03-01', area: '100.00', townPeople: '王强', companyPeople: '赵华' });
    const submitted = async () => (await t.http().post(`/api/projects/${au.code}/handovers`).send(record((await readyParcel()).code)).expect(201)).body;
    const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
    return {
      'POST /api/projects/:code/handovers': {
        action: 'handover.create',
        status: 201,
        prepare: readyParcel,
        perform: (p) => t.http().post(`/api/projects/${au.code}/handovers`).send(record(p.code)),
        entityId: (res) => res.body.id,
      },
      'POST /api/handovers/:id/accept': {
        action: 'handover.accept',
        status: 200,
        prepare: submitted,
        perform: (h) => t.http().post(`/api/handovers/${h.id}/accept`).send({ version: h.version }),
        entityId: (_res, h) => h.id,
      },
      'POST /api/handovers/:id/return': {
        action: 'handover.return',
        status: 200,
        prepare: submitted,
        perform: (h) => t.http().post(`/api/handovers/${h.id}/return`).send({ version: h.version, reason: '审计测试退回' }),
        entityId: (_res, h) => h.id,
      },
      'POST /api/cases/:id/handover-exclusion': {
        action: 'handover.exclude',
        status: 201,
        prepare: () => createSubject('households'),
        perform: (s) => t.http().post(`/api/cases/${s.caseId}/handover-exclusion`).send({ reason: '审计测试排除原因' }),
        entityId: (_res, s) => s.caseId,
      },
      'POST /api/attachments': {
        action: 'attachment.create',
        status: 201,
        prepare: submitted,
        perform: (h) => t.http().post('/api/attachments').field('ownerType', 'handover').field('ownerId', h.id).attach('file', PDF, '移交单.pdf'),
        entityId: (res) => res.body.id,
      },
    };
  }

  /** The 安置房 inventory's write routes (libs/resettlement base/unit). */
  function inventoryCases(): Record<string, WriteCase> {
    const unit = async () => (await insertUnits(t, await baseWithBuilding(t.http()), 1, 1))[0]!;
    return {
      'POST /api/resettlement/bases': {
        action: 'resettlement_base.create',
        status: 201,
        perform: () => t.http().post('/api/resettlement/bases').send(makeBase()),
        entityId: (res) => res.body.id,
      },
      'PATCH /api/resettlement/bases/:id': {
        action: 'resettlement_base.update',
        status: 200,
        prepare: () => baseWithBuilding(t.http()),
        perform: (b) => t.http().patch(`/api/resettlement/bases/${b.baseId}`).send({ version: b.version, remarks: '审计测试' }),
        entityId: (_res, b) => b.baseId,
      },
      'POST /api/resettlement/bases/:id/buildings': {
        action: 'resettlement_building.create',
        status: 201,
        prepare: () => baseWithBuilding(t.http()),
        perform: (b) => t.http().post(`/api/resettlement/bases/${b.baseId}/buildings`).send({ code: '2号楼', floors: 11 }),
        entityId: (res) => res.body.buildingList.find((g: { code: string }) => g.code === '2号楼').id,
      },
      'POST /api/resettlement/units/:id/freeze': {
        action: 'resettlement_unit.freeze',
        status: 200,
        prepare: unit,
        perform: (u) => t.http().post(`/api/resettlement/units/${u.id}/freeze`).send({ version: 1, reason: '审计测试冻结' }),
        entityId: (_res, u) => u.id,
      },
      'POST /api/resettlement/units/:id/unfreeze': {
        action: 'resettlement_unit.unfreeze',
        status: 200,
        prepare: async () => {
          const u = await unit();
          await t.http().post(`/api/resettlement/units/${u.id}/freeze`).send({ version: 1, reason: '审计测试冻结' }).expect(200);
          return u;
        },
        perform: (u) => t.http().post(`/api/resettlement/units/${u.id}/unfreeze`).send({ version: 2 }),
        entityId: (_res, u) => u.id,
      },
    };
  }

  /** 年度目标 (libs/targets): a target created and changed, a manual target's progress entry. */
  function targetCases(): Record<string, WriteCase> {
    let n = 0;
    const target = async () =>
      (await t.http().post('/api/targets').send({ year: 2013, name: `审计目标${++n}`, measure: 'manual', targetValue: '100', unit: '人' }).expect(201)).body as { id: string; version: number };
    return {
      'POST /api/targets': {
        action: 'annual_target.create',
        status: 201,
        perform: () => t.http().post('/api/targets').send({ year: 2013, name: `审计目标${++n}`, measure: 'manual', targetValue: '2', unit: '项' }),
        entityId: (res) => res.body.id,
      },
      'PATCH /api/targets/:id': {
        action: 'annual_target.update',
        status: 200,
        prepare: target,
        perform: (x) => t.http().patch(`/api/targets/${x.id}`).send({ version: x.version, targetValue: '120' }),
        entityId: (_res, x) => x.id,
      },
      'POST /api/targets/:id/entries': {
        action: 'target_progress_entry.create',
        status: 201,
        prepare: target,
        perform: (x) => t.http().post(`/api/targets/${x.id}/entries`).send({ enteredOn: '2013-06-30', value: '30', note: '审计测试' }),
        entityId: (res) => res.body.entries[0].id,
      },
    };
  }

  /** 综合整治 (libs/land-admin): a violation registered, a status step, a household's 无证面积 confirmed from the register. */
  function rectificationCases(): Record<string, WriteCase> {
    const violation = async (extra: Record<string, unknown> = {}) =>
      (
        await t
          .http()
          .post('/api/rectification/violations')
          .send({ kind: 'illegal_building', projectCode: au.code, parcelCode: au.parcel, area: '30', discoveredAt: '2013-02-01', responsibleText: '审计责任人', ...extra })
          .expect(201)
      ).body as { id: string; version: number };
    return {
      'POST /api/rectification/violations': {
        action: 'rectification.create',
        status: 201,
        perform: () => t.http().post('/api/rectification/violations').send({ kind: 'waste_dumping', village: '二联村', address: '二联村 9 号', volume: '80', discoveredAt: '2013-02-01', responsibleText: '审计责任人' }),
        entityId: (res) => res.body.id,
      },
      'POST /api/rectification/violations/:id/steps': {
        action: 'rectification.step',
        status: 200,
        prepare: () => violation(),
        perform: (v) => t.http().post(`/api/rectification/violations/${v.id}/steps`).send({ version: v.version, to: 'notice_issued', on: '2013-02-05', deadline: '2013-03-05' }),
        entityId: (_res, v) => v.id,
      },
      'POST /api/rectification/households/:id/unlicensed-area/confirm': {
        action: 'rectification.confirm-unlicensed-area',
        status: 200,
        prepare: async () => {
          const household = (await t.http().post('/api/households').send(makeHousehold({ projectCode: au.code, parcelCode: au.parcel })).expect(201)).body as { id: string; version: number };
          await violation({ householdId: household.id, responsibleText: undefined, area: '44' });
          return household;
        },
        perform: (h) => t.http().post(`/api/rectification/households/${h.id}/unlicensed-area/confirm`).send({ householdVersion: h.version, area: '44.00' }),
        entityId: (_res, h) => h.id,
      },
    };
  }

  /** The 选房 write routes (libs/resettlement): rounds, allocation, release, delivery, in a project with a swap scheme. */
  function choosingCases(): Record<string, WriteCase> {
    let swapProject: Promise<{ code: string; parcel: string }> | null = null;
    let bases = 0;
    const project = () => (swapProject ??= projectWithScheme(t.http()));
    const household = async () => (await signedSwapHouseholds(t.http(), await project(), 1))[0]!;
    const unit = async () => {
      const base = await insertBase(t, { code: `AUB${++bases}`, name: `审计基地${bases}` }, '1号楼', [{ unitNo: '101', area: '120.00' }]);
      return { baseId: base.baseId, unitId: base.unitIds['101']! };
    };
    const published = async () => {
      const h = await household();
      const u = await unit();
      const round = (await t.http().post('/api/resettlement/choosing-rounds').send({ baseId: u.baseId, projectCodes: [(await project()).code] }).expect(201)).body;
      return { ...round, household: h, unit: u };
    };
    const allocated = async () => {
      const h = await household();
      const u = await unit();
      return (await t.http().post('/api/resettlement/allocations').send({ caseId: h.caseId, unitId: u.unitId, purpose: 'resettlement' }).expect(201)).body;
    };
    const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    return {
      'POST /api/resettlement/choosing-rounds': {
        action: 'choosing-round.publish',
        status: 201,
        prepare: async () => ({ household: await household(), unit: await unit(), code: (await project()).code }),
        perform: (p) => t.http().post('/api/resettlement/choosing-rounds').send({ baseId: p.unit.baseId, projectCodes: [p.code], seed: '2026120401' }),
        entityId: (res) => res.body.id,
      },
      'POST /api/resettlement/choosing-rounds/:id/close': {
        action: 'choosing-round.close',
        status: 200,
        prepare: published,
        perform: (r) => t.http().post(`/api/resettlement/choosing-rounds/${r.id}/close`).send({ version: r.version }),
        entityId: (_res, r) => r.id,
      },
      'POST /api/resettlement/choosing-rounds/:id/entries/:entryId/finish': {
        action: 'choosing-entry.finish',
        status: 200,
        prepare: published,
        perform: (r) => t.http().post(`/api/resettlement/choosing-rounds/${r.id}/entries/${r.entries[0].id}/finish`),
        entityId: (_res, r) => r.entries[0].id,
      },
      'POST /api/resettlement/allocations': {
        action: 'allocation.create',
        status: 201,
        prepare: async () => ({ household: await household(), unit: await unit() }),
        perform: (p) => t.http().post('/api/resettlement/allocations').send({ caseId: p.household.caseId, unitId: p.unit.unitId, purpose: 'resettlement' }),
        entityId: (res) => res.body.id,
      },
      'POST /api/resettlement/reservations': {
        action: 'allocation.reserve',
        status: 201,
        prepare: async () => ({ household: await household(), unit: await unit() }),
        perform: (p) => t.http().post('/api/resettlement/reservations').send({ caseId: p.household.caseId, unitId: p.unit.unitId, reason: '审计测试预留' }),
        entityId: (res) => res.body.id,
      },
      'POST /api/resettlement/allocations/:id/release': {
        action: 'allocation.release',
        status: 200,
        prepare: allocated,
        perform: (a) => t.http().post(`/api/resettlement/allocations/${a.id}/release`).send({ reason: '审计测试释放', version: a.version }),
        entityId: (_res, a) => a.id,
      },
      'POST /api/resettlement/allocations/:id/deliver': {
        action: 'allocation.deliver',
        status: 200,
        prepare: async () => {
          const a = await allocated();
          const receipt = (await t.http().post('/api/attachments').field('ownerType', 'unit_allocation').field('ownerId', a.id).attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), '签收单.pdf').expect(201)).body;
          return { ...a, receiptId: receipt.id };
        },
        perform: (a) => t.http().post(`/api/resettlement/allocations/${a.id}/deliver`).send({ deliveredOn: today(), receiptAttachmentId: a.receiptId, version: a.version }),
        entityId: (_res, a) => a.id,
      },
    };
  }

  /** A valid request for every write route. A write route missing here fails the completeness test. */
  /** 时间节点 and the bell (libs/targets, libs/notifications): the admin keeps a node, reads its own notifications. */
  function milestoneCases(): Record<string, WriteCase> {
    const milestone = async () => (await t.http().post('/api/milestones').send({ projectCode: au.code, name: '审计节点', plannedOn: '2013-06-30', responsibleUnit: '动迁办' }).expect(201)).body as { id: string; version: number };
    let notifications = 0;
    const notification = async () => ({
      id: (
        await t.query<{ id: string }>(
          `INSERT INTO notification ("userId", kind, title, body, "dedupeKey") SELECT id, 'test', '审计通知', '审计通知', $1 FROM app_user WHERE username = 'test-admin' RETURNING id`,
          [`audit-${++notifications}`],
        )
      )[0]!.id,
    });
    return {
      'POST /api/milestones': {
        action: 'milestone.create',
        status: 201,
        perform: () => t.http().post('/api/milestones').send({ projectCode: au.code, name: '审计节点', plannedOn: '2013-06-30', responsibleUnit: '动迁办' }),
        entityId: (res) => res.body.id,
      },
      'PATCH /api/milestones/:id': {
        action: 'milestone.update',
        status: 200,
        prepare: milestone,
        perform: (m) => t.http().patch(`/api/milestones/${m.id}`).send({ name: '审计节点改名', plannedOn: '2013-07-31', responsibleUnit: '规划所', version: m.version }),
        entityId: (_res, m) => m.id,
      },
      'POST /api/milestones/:id/status': {
        action: 'milestone.status',
        status: 200,
        prepare: milestone,
        perform: (m) => t.http().post(`/api/milestones/${m.id}/status`).send({ status: 'done', actualOn: '2013-06-28', version: m.version }),
        entityId: (_res, m) => m.id,
      },
      'POST /api/notifications/:id/read': {
        action: 'notification.read',
        status: 200,
        prepare: notification,
        perform: (n) => t.http().post(`/api/notifications/${n.id}/read`),
        entityId: (_res, n) => n.id,
      },
      'POST /api/notifications/read-all': {
        action: 'notification.read_all',
        status: 200,
        perform: () => t.http().post('/api/notifications/read-all'),
        entityId: () => null,
      },
    };
  }

  /** 集体土地所有权 and 归并方案 (libs/land-admin): a record created, changed, stepped and deleted; a plan created, changed, approved and done. */
  function landOwnershipCases(): Record<string, WriteCase> {
    let n = 0;
    const record = () => ({ code: `AU-JT-${++n}`, projectCode: au.code, parcelCode: au.parcel, ownerKind: 'village', ownerName: '二联村农民集体', area: '100.00', landUse: 'farmland' });
    const ownership = async () => (await t.http().post('/api/land/ownership').send(record()).expect(201)).body as { id: string; version: number };
    const planBody = async () => ({ name: '审计归并方案', targetOwnerKind: 'town', targetOwnerName: '徐泾镇农民集体', targetUse: 'construction', ownershipIds: [(await ownership()).id] });
    const plan = async () => (await t.http().post('/api/land/consolidation-plans').send(await planBody()).expect(201)).body as { id: string; version: number };
    const approved = async () => {
      const p = await plan();
      return (await t.http().post(`/api/land/consolidation-plans/${p.id}/approve`).send({ version: p.version }).expect(200)).body as { id: string; version: number };
    };
    return {
      'POST /api/land/ownership': { action: 'land_ownership.create', status: 201, perform: () => t.http().post('/api/land/ownership').send(record()), entityId: (res) => res.body.id },
      'PATCH /api/land/ownership/:id': {
        action: 'land_ownership.update',
        status: 200,
        prepare: ownership,
        perform: (o) => t.http().patch(`/api/land/ownership/${o.id}`).send({ version: o.version, remarks: '审计测试' }),
        entityId: (_res, o) => o.id,
      },
      'POST /api/land/ownership/:id/status': {
        action: 'land_ownership.status',
        status: 200,
        prepare: ownership,
        perform: (o) => t.http().post(`/api/land/ownership/${o.id}/status`).send({ status: 'surveying', version: o.version }),
        entityId: (_res, o) => o.id,
      },
      'DELETE /api/land/ownership/:id': {
        action: 'land_ownership.delete',
        status: 204,
        prepare: ownership,
        perform: (o) => t.http().delete(`/api/land/ownership/${o.id}`).send({ version: o.version }),
        entityId: (_res, o) => o.id,
      },
      'POST /api/land/consolidation-plans': {
        action: 'consolidation_plan.create',
        status: 201,
        prepare: async () => ({ body: await planBody() }),
        perform: (p) => t.http().post('/api/land/consolidation-plans').send(p.body),
        entityId: (res) => res.body.id,
      },
      'PATCH /api/land/consolidation-plans/:id': {
        action: 'consolidation_plan.update',
        status: 200,
        prepare: plan,
        perform: (p) => t.http().patch(`/api/land/consolidation-plans/${p.id}`).send({ version: p.version, name: '审计归并方案改名' }),
        entityId: (_res, p) => p.id,
      },
      'POST /api/land/consolidation-plans/:id/approve': {
        action: 'consolidation_plan.approve',
        status: 200,
        prepare: plan,
        perform: (p) => t.http().post(`/api/land/consolidation-plans/${p.id}/approve`).send({ version: p.version }),
        entityId: (_res, p) => p.id,
      },
      'POST /api/land/consolidation-plans/:id/complete': {
        action: 'consolidation_plan.complete',
        status: 200,
        prepare: approved,
        perform: (p) => t.http().post(`/api/land/consolidation-plans/${p.id}/complete`).send({ version: p.version }),
        entityId: (_res, p) => p.id,
      },
    };
  }

  const WRITES: Record<string, WriteCase> = {
    'POST /api/auth/login': {
      action: 'auth.login',
      status: 200,
      perform: () => t.anon().post('/api/auth/login').send({ username: 'test-admin', password: TEST_PASSWORD }),
      username: () => 'test-admin',
      entityId: () => 'test-admin',
    },
    'POST /api/auth/logout': {
      action: 'auth.logout',
      status: 204,
      prepare: async () => {
        const user = await newUser();
        return { user, http: t.as(await t.login(user.username)) };
      },
      perform: (p) => p.http.post('/api/auth/logout'),
      username: (p) => p.user.username,
      entityId: (_res, p) => p.user.id,
    },
    'POST /api/auth/password': {
      action: 'auth.password',
      status: 200,
      prepare: async () => {
        const user = await newUser();
        return { user, http: t.as(await t.login(user.username)) };
      },
      perform: (p) => p.http.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'Xujing#2014new' }),
      username: (p) => p.user.username,
      entityId: (_res, p) => p.user.id,
    },
    'POST /api/projects': {
      action: 'project.create',
      status: 201,
      perform: () => t.http().post('/api/projects').send(makeProject()),
      entityId: (res) => res.body.id,
    },
    'POST /api/projects/:code/parcels': {
      action: 'parcel.create',
      status: 201,
      perform: () => t.http().post(`/api/projects/${au.code}/parcels`).send(makeParcel()),
      entityId: (res) => res.body.id,
    },
    'PATCH /api/projects/:code': {
      action: 'project.update',
      status: 200,
      prepare: async () => (await t.http().post('/api/projects').send(makeProject()).expect(201)).body,
      perform: (p) => t.http().patch(`/api/projects/${p.code}`).send({ version: p.version, remarks: '审计测试' }),
      entityId: (_res, p) => p.id,
    },
    'PATCH /api/projects/:code/parcels/:parcelCode': {
      action: 'parcel.update',
      status: 200,
      prepare: async () => (await t.http().post(`/api/projects/${au.code}/parcels`).send(makeParcel()).expect(201)).body,
      perform: (p) => t.http().patch(`/api/projects/${au.code}/parcels/${p.code}`).send({ version: p.version, remarks: '审计测试' }),
      entityId: (_res, p) => p.id,
    },
    'POST /api/cases/:id/transitions': {
      action: 'case.transition',
      status: 200,
      prepare: () => createSubject('households'),
      perform: (s) => t.http().post(`/api/cases/${s.caseId}/transitions`).send({ to: 'surveyed' }),
      entityId: (_res, s) => s.caseId,
    },
    ...moneyCases(),
    ...settlementCases(),
    ...choosingCases(),
    ...transitionalCases(),
    ...handoverCases(),
    ...inventoryCases(),
    ...communicationCases(),
    ...confirmationCases(),
    ...targetCases(),
    ...rectificationCases(),
    ...landOwnershipCases(),
    ...milestoneCases(),
    ...subjectCases('households'),
    'POST /api/households/search': {
      action: 'household.search',
      status: 200,
      perform: () => t.http().post('/api/households/search').send({ q: '13912345678' }),
      entityId: () => null,
    },
    'POST /api/households/:id/unmask': {
      action: 'pii.unmask',
      status: 200,
      prepare: () => createSubject('households'),
      perform: (s) => t.http().post(`/api/households/${s.id}/unmask`).send({ reason: '核对补偿协议签约人身份' }),
      entityId: (_res, s) => s.id,
    },
    'POST /api/exports': {
      action: 'export.create',
      status: 202,
      perform: () => t.http().post('/api/exports').send({ kind: 'household-ledger', filters: { project: 'AU' } }),
      entityId: (res) => res.body.id,
    },
    ...subjectCases('enterprises'),
    ...subjectCases('facilities'),
    ...subjectCases('legacy-bases'),
    'POST /api/imports': {
      action: 'import.create',
      status: 202,
      perform: async () => t.http().post('/api/imports').field('kind', 'households').attach('file', await householdWorkbook(au.code, au.parcel), '台账.xlsx'),
      entityId: (res) => res.body.id,
    },
    'POST /api/users': {
      action: 'user.create',
      status: 201,
      perform: () => t.http().post('/api/users').send({ username: 'au-created', displayName: '审计测试用户', roles: ['officer'], projects: [au.code] }),
      entityId: (res) => res.body.id,
    },
    'PATCH /api/users/:id': {
      action: 'user.update',
      status: 200,
      prepare: async () => {
        const user = await newUser();
        return { user, version: (await t.http().get(`/api/users/${user.id}`).expect(200)).body.version };
      },
      perform: (p) => t.http().patch(`/api/users/${p.user.id}`).send({ version: p.version, displayName: '改了名字' }),
      entityId: (_res, p) => p.user.id,
    },
    'POST /api/users/:id/disable': {
      action: 'user.disable',
      status: 200,
      prepare: async () => ({ user: await newUser() }),
      perform: (p) => t.http().post(`/api/users/${p.user.id}/disable`).send({ reason: '调离' }),
      entityId: (_res, p) => p.user.id,
    },
    'POST /api/users/:id/enable': {
      action: 'user.enable',
      status: 200,
      prepare: async () => ({ user: await newUser({ disabled: true }) }),
      perform: (p) => t.http().post(`/api/users/${p.user.id}/enable`),
      entityId: (_res, p) => p.user.id,
    },
    'POST /api/users/:id/unlock': {
      action: 'user.unlock',
      status: 200,
      prepare: async () => ({ user: await newUser() }),
      perform: (p) => t.http().post(`/api/users/${p.user.id}/unlock`),
      entityId: (_res, p) => p.user.id,
    },
    'POST /api/users/:id/reset-password': {
      action: 'user.reset_password',
      status: 200,
      prepare: async () => ({ user: await newUser() }),
      perform: (p) => t.http().post(`/api/users/${p.user.id}/reset-password`),
      entityId: (_res, p) => p.user.id,
    },
  };

  /** Waits until the import or export `path` (e.g. `/api/imports/<id>`) has finished. */
  async function finished(path: string): Promise<void> {
    await finishedBatch(t.http(), path);
  }

  /**
   * Reads that leave a row too (`@AuditAction` on a GET): the files that carry personal data or
   * whole ledgers. A GET route marked so but missing here fails the completeness test.
   */
  const READS: Record<string, WriteCase> = {
    'GET /api/imports/:id/report': {
      action: 'import.report',
      status: 200,
      prepare: async () => {
        const upload = await t.http().post('/api/imports').field('kind', 'households').attach('file', await householdWorkbook(au.code, au.parcel), '台账.xlsx');
        expect(upload.status).toBe(202);
        await finished(`/api/imports/${upload.body.id}`);
        return { id: upload.body.id };
      },
      perform: (p) => t.http().get(`/api/imports/${p.id}/report`),
      entityId: (_res, p) => p.id,
    },
    'GET /api/exports/:id/file': {
      action: 'export.download',
      status: 200,
      prepare: async () => {
        const created = await t.http().post('/api/exports').send({ kind: 'household-ledger' }).expect(202);
        await finished(`/api/exports/${created.body.id}`);
        return { id: created.body.id };
      },
      perform: (p) => t.http().get(`/api/exports/${p.id}/file`),
      entityId: (_res, p) => p.id,
    },
    'GET /api/attachments/:id': {
      action: 'attachment.download',
      status: 200,
      prepare: async () => {
        const c = await t
          .http()
          .post(`/api/projects/${au.code}/communications`)
          .send({ kind: 'notice', heldOn: '2013-06-01', subject: '审计测试通知', townParticipants: '王强', companyParticipants: '赵华', minutes: '审计测试' })
          .expect(201);
        const a = await t.http().post('/api/attachments').field('ownerType', 'communication').field('ownerId', c.body.id).attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), '通知.pdf').expect(201);
        return { id: a.body.id };
      },
      perform: (p) => t.http().get(`/api/attachments/${p.id}`),
      entityId: (_res, p) => p.id,
    },
  };

  beforeAll(async () => {
    t = await createTestApp();
    const project = await t.http().post('/api/projects').send(makeProject({ code: 'AU', name: '审计测试项目' })).expect(201);
    await t.http().post('/api/projects/AU/parcels').send(makeParcel({ code: 'AU-01' })).expect(201);
    au = { id: project.body.id, code: 'AU', parcel: 'AU-01' };
    await t.http().post('/api/projects').send(makeProject({ code: 'AX', name: '另一个项目' })).expect(201);
    await t.http().post('/api/projects/AX/parcels').send(makeParcel({ code: 'AX-01' })).expect(201);
  });
  afterAll(() => t.close());

  describe('completeness: every write route leaves exactly one audit row', () => {
    it('has a request for every write route the router serves (and none for routes that are gone)', () => {
      const writes = listRoutes(t.app)
        .filter((r) => WRITE.has(r.method))
        .map((r) => r.key);
      expect(writes.filter((k) => !WRITES[k])).toEqual([]);
      expect(Object.keys(WRITES).filter((k) => !writes.includes(k))).toEqual([]);
    });

    it('has a request for every audited read the router serves', () => {
      const reads = listRoutes(t.app)
        .filter((r) => !WRITE.has(r.method) && r.auditAction)
        .map((r) => r.key);
      expect(reads.sort()).toEqual(Object.keys(READS).sort());
    });

    for (const [route, write] of Object.entries({ ...WRITES, ...READS })) {
      it(`${route} → one '${write.action}' row`, async () => {
        const prepared = (await write.prepare?.()) ?? {};
        const { res, rows } = await audited(() => write.perform(prepared));
        expect({ status: res.status, body: res.status >= 400 ? res.body : undefined }).toMatchObject({ status: write.status });
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          action: write.action,
          username: write.username?.(prepared) ?? 'test-admin',
          outcome: 'success',
          statusCode: write.status,
          entityId: write.entityId(res, prepared),
          method: route.split(' ')[0],
          detail: null,
        });
        expect(rows[0]!.path).not.toContain('?');
        expect(rows[0]!.requestId).toEqual(res.headers['x-request-id']);
        expect(rows[0]!.ip).toEqual(expect.any(String));
        expect(personalNumbersIn(rows[0])).toEqual([]);
        expect(JSON.stringify(rows[0])).not.toMatch(/Xujing#2014new|Xujing#2013test/);
      });
    }
  });

  describe('what a row records', () => {
    it('names the actor, roles, project and the changed fields', async () => {
      const { res, rows } = await audited(() => t.http().post('/api/projects/AU/parcels').send(makeParcel({ code: 'AU-09', area: '800' })));
      expect(res.status).toBe(201);
      expect(rows[0]).toMatchObject({
        username: 'test-admin',
        roles: ['admin'],
        userId: expect.any(String),
        entityType: 'parcel',
        entityId: res.body.id,
        projectId: au.id,
        method: 'POST',
        path: '/api/projects/AU/parcels',
        statusCode: 201,
        changes: [{ entityType: 'parcel', entityId: res.body.id, projectId: au.id, before: null, after: expect.objectContaining({ code: 'AU-09', area: '800.00' }) }],
      });
    });

    it('records a case transition with the status before and after', async () => {
      const household = await createSubject('households');
      const { rows } = await audited(() => t.http().post(`/api/cases/${household.caseId}/transitions`).send({ to: 'surveyed' }).expect(200));
      expect(rows[0]).toMatchObject({
        action: 'case.transition',
        entityType: 'case',
        entityId: household.caseId,
        projectId: au.id,
        changes: [{ entityType: 'case', entityId: household.caseId, projectId: au.id, before: { status: 'surveying' }, after: { status: 'surveyed' } }],
      });
    });

    it('stores the path without its query string', async () => {
      const { rows } = await audited(() => t.http().post('/api/projects?source=test&q=13812345678').send(makeProject()).expect(201));
      expect(rows[0]!.path).toBe('/api/projects');
    });

    it('does not audit reads', async () => {
      const { rows } = await audited(() => t.http().get('/api/projects').expect(200));
      expect(rows).toEqual([]);
    });

    it('masks ID numbers and phones in the changes of a new household', async () => {
      const payload = makeHousehold({ projectCode: au.code, parcelCode: au.parcel, phone: '13912345678' });
      const { res, rows } = await audited(() => t.http().post('/api/households').send(payload));
      expect(res.status).toBe(201);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: 'household.create', entityType: 'household', entityId: res.body.id, projectId: au.id });
      const stored = JSON.stringify(rows[0]);
      expect(stored).not.toContain(payload.headIdNumber);
      expect(stored).not.toContain('13912345678');
      expect(personalNumbersIn(rows[0])).toEqual([]);
    });
  });

  describe('failures', () => {
    it('a refused write leaves one failure row with the Chinese message, and changes nothing', async () => {
      const { res, rows } = await audited(() => t.http().post('/api/projects').send(makeProject({ code: 'AU', name: '重复的项目' })));
      expect(res.status).toBe(409);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'project.create',
        username: 'test-admin',
        outcome: 'failure',
        statusCode: 409,
        detail: '项目编号 AU 已存在',
        changes: [],
      });
      expect(await t.query('SELECT name FROM project WHERE code = $1', ['AU'])).toEqual([{ name: '审计测试项目' }]);
    });

    it('a write the access guard refuses a signed-in user leaves one failure row (403) and changes nothing', async () => {
      const leader = await t.loginAs({ username: 'au-denied-leader', roles: ['leader'] });
      const household = await createSubject('households');
      const { res, rows } = await audited(() => leader.patch(`/api/households/${household.id}`).send({ version: household.version, remarks: '领导改的' }));
      expect(res.status).toBe(403);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'household.update',
        username: 'au-denied-leader',
        roles: ['leader'],
        outcome: 'failure',
        statusCode: 403,
        detail: '没有权限执行此操作',
        entityType: 'household',
        entityId: household.id,
        changes: [],
      });
      expect(await t.query('SELECT remarks FROM household WHERE id = $1', [household.id])).not.toEqual([{ remarks: '领导改的' }]);
      // A plain read refused, and a request without a session, are not recorded (they are in the request log).
      const read = await audited(() => leader.get('/api/users'));
      expect(read.res.status).toBe(403);
      expect(read.rows).toEqual([]);
      const anonymous = await audited(() => t.anon().post('/api/projects').send(makeProject({ code: 'AUX' })));
      expect(anonymous.res.status).toBe(401);
      expect(anonymous.rows).toEqual([]);
    });

    it('an invalid body is recorded as a failure naming the route’s object', async () => {
      const household = await createSubject('households');
      const { res, rows } = await audited(() => t.http().patch(`/api/households/${household.id}`).send({ version: household.version, status: 'signed' }));
      expect(res.status).toBe(400);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: 'household.update', outcome: 'failure', statusCode: 400, entityType: 'household', entityId: household.id });
      expect(rows[0]!.detail).toMatch(/不允许提交字段/);
    });

    it('when the audit row cannot be written, the change rolls back', async () => {
      // A test-only trigger that makes the success row of project.create fail to insert.
      await t.query(`CREATE FUNCTION audit_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$`);
      await t.query(
        `CREATE TRIGGER audit_test_refuse BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'project.create' AND NEW.outcome = 'success') EXECUTE FUNCTION audit_test_refuse()`,
      );
      try {
        const { res, rows } = await audited(() => t.http().post('/api/projects').send(makeProject({ code: 'AU-LOST' })));
        expect(res.status).toBe(500);
        expect(res.body).toEqual({ statusCode: 500, message: '系统内部错误，请稍后再试' });
        expect(await t.query('SELECT id FROM project WHERE code = $1', ['AU-LOST'])).toEqual([]);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ action: 'project.create', outcome: 'failure', statusCode: 500 });
      } finally {
        await t.query('DROP TRIGGER audit_test_refuse ON audit_log');
        await t.query('DROP FUNCTION audit_test_refuse()');
      }
    });
  });

  describe('login', () => {
    it('a successful login leaves one row under the username, without the password', async () => {
      const user = await t.createUser({ username: 'au-login', roles: ['leader'] });
      const { res, rows } = await audited(() => t.anon().post('/api/auth/login').send({ username: 'AU-Login', password: user.password }));
      expect(res.status).toBe(200);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: 'auth.login', username: 'au-login', outcome: 'success', entityType: 'user', entityId: 'au-login', statusCode: 200 });
      expect(JSON.stringify(rows[0])).not.toContain(user.password);
      expect(JSON.stringify(rows[0])).not.toContain(res.body.accessToken);
    });

    it('a failed login leaves one failure row, and the failure still counts towards the lockout', async () => {
      await t.createUser({ username: 'au-wrong', roles: ['leader'] });
      const { res, rows } = await audited(() => t.anon().post('/api/auth/login').send({ username: 'au-wrong', password: 'Wrong#password1' }));
      expect(res.status).toBe(401);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: 'auth.login', username: 'au-wrong', outcome: 'failure', statusCode: 401, detail: '用户名或密码错误', userId: null, changes: [] });
      expect(JSON.stringify(rows[0])).not.toContain('Wrong#password1');
      expect(await t.query('SELECT failures FROM login_throttle WHERE username = $1', ['au-wrong'])).toEqual([{ failures: 1 }]);
    });

    it('a failed login with a name that looks like a phone number is recorded masked', async () => {
      const { res, rows } = await audited(() => t.anon().post('/api/auth/login').send({ username: '13812345678', password: 'Wrong#password1' }));
      expect(res.status).toBe(401);
      expect(rows[0]).toMatchObject({ outcome: 'failure', username: '138****5678', entityId: '138****5678' });
    });
  });

  describe('append-only, enforced by the database', () => {
    let rowId: string;
    beforeAll(async () => {
      await t.http().post('/api/projects').send(makeProject()).expect(201);
      rowId = await maxId();
    });

    it('refuses UPDATE', async () => {
      await expect(t.query(`UPDATE audit_log SET action = 'tampered' WHERE id = $1`, [rowId])).rejects.toThrow('审计日志只能追加，不能修改');
      await expect(t.query(`UPDATE audit_log SET "occurredAt" = now() - interval '1 year'`)).rejects.toThrow('审计日志只能追加，不能修改');
    });

    it('refuses DELETE of rows younger than 184 days', async () => {
      await expect(t.query('DELETE FROM audit_log WHERE id = $1', [rowId])).rejects.toThrow('审计日志保留期（184 天）内不能删除');
      const [young] = await t.query<{ id: string }>(
        `INSERT INTO audit_log ("occurredAt", username, action, method, path, "statusCode", outcome)
         VALUES (now() - interval '183 days', 'old', 'test.old', 'POST', '/api/test', 200, 'success') RETURNING id`,
      );
      await expect(t.query('DELETE FROM audit_log WHERE id = $1', [young!.id])).rejects.toThrow('审计日志保留期（184 天）内不能删除');
      expect(await t.query('SELECT id FROM audit_log WHERE id = $1', [rowId])).toHaveLength(1);
    });

    it('refuses TRUNCATE', async () => {
      await expect(t.query('TRUNCATE audit_log')).rejects.toThrow('审计日志不能清空');
      expect(await t.query('SELECT id FROM audit_log WHERE id = $1', [rowId])).toHaveLength(1);
    });

    it('allows purging rows past the retention period', async () => {
      const [old] = await t.query<{ id: string }>(
        `INSERT INTO audit_log ("occurredAt", username, action, method, path, "statusCode", outcome)
         VALUES (now() - interval '200 days', 'old', 'test.old', 'POST', '/api/test', 200, 'success') RETURNING id`,
      );
      await t.query(`DELETE FROM audit_log WHERE "occurredAt" < now() - interval '184 days'`);
      expect(await t.query('SELECT id FROM audit_log WHERE id = $1', [old!.id])).toEqual([]);
    });
  });

  describe('GET /api/audit', () => {
    let leader: Http;
    let officer: Http;
    let projectId: string;

    beforeAll(async () => {
      leader = await t.loginAs({ username: 'au-leader', roles: ['leader'] });
      officer = await t.loginAs({ username: 'au-officer', roles: ['officer'], projects: ['AU'] });
      projectId = (await t.http().post('/api/projects').send(makeProject({ code: 'AF' })).expect(201)).body.id;
      await t.http().post('/api/projects').send(makeProject({ code: 'AF' })).expect(409);
      // Rows around Shanghai midnight of 2013-01-22 (16:00 UTC the day before).
      for (const at of ['2013-01-21T15:59:59Z', '2013-01-21T16:00:00Z', '2013-01-22T15:59:59Z', '2013-01-22T16:00:00Z']) {
        await t.query(
          `INSERT INTO audit_log ("occurredAt", username, action, method, path, "statusCode", outcome) VALUES ($1, 'history', 'test.history', 'POST', '/api/test', 200, 'success')`,
          [at],
        );
      }
    });

    it('is for admin and leader only', async () => {
      await t.http().get('/api/audit').expect(200);
      await leader.get('/api/audit').expect(200);
      const refused = await officer.get('/api/audit').expect(403);
      expect(refused.body.message).toBe('没有权限执行此操作');
      await t.anon().get('/api/audit').expect(401);
    });

    it('filters by entity, newest first, with the time in Shanghai offset', async () => {
      const res = await leader.get(`/api/audit?entityType=project&entityId=${projectId}`).expect(200);
      expect(res.body.total).toBe(1);
      expect(res.body.items[0]).toMatchObject({
        action: 'project.create',
        username: 'test-admin',
        entityType: 'project',
        entityId: projectId,
        projectId,
        projectCode: 'AF',
        outcome: 'success',
        occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/),
      });
    });

    it('filters by entity=type and entity=type:id, as the issue names the parameter', async () => {
      const one = await leader.get(`/api/audit?entity=project:${projectId}`).expect(200);
      expect(one.body.items.map((i: { action: string; entityId: string }) => [i.action, i.entityId])).toEqual([['project.create', projectId]]);
      const type = await leader.get('/api/audit?entity=project&pageSize=200').expect(200);
      expect(type.body.total).toBeGreaterThan(1);
      expect(new Set(type.body.items.map((i: { entityType: string }) => i.entityType))).toEqual(new Set(['project']));
      const logins = await leader.get('/api/audit?entity=user:au-leader&action=auth.login').expect(200);
      expect(logins.body).toMatchObject({ total: 1, items: [{ username: 'au-leader', outcome: 'success' }] });
      expect((await leader.get(`/api/audit?entity=parcel:${projectId}`).expect(200)).body).toMatchObject({ items: [], total: 0 });
      expect((await leader.get(`/api/audit?entity=project&entityType=parcel`).expect(200)).body).toMatchObject({ items: [], total: 0 });
      const combined = await leader.get(`/api/audit?entity=project&entityId=${projectId}&user=test-admin&from=2000-01-01&to=2099-12-31`).expect(200);
      expect(combined.body.total).toBe(1);
    });

    it('filters by user, action, project and outcome', async () => {
      const failures = await leader.get('/api/audit?action=project.create&outcome=failure').expect(200);
      expect(failures.body.items.map((i: { detail: string }) => i.detail)).toEqual(['项目编号 AF 已存在', '系统内部错误，请稍后再试', '项目编号 AU 已存在']);
      const byProject = await leader.get('/api/audit?projectCode=AF').expect(200);
      expect(byProject.body.items.map((i: { action: string }) => i.action)).toEqual(['project.create']);
      const byUser = await leader.get('/api/audit?user=AU-Officer&action=auth.login').expect(200);
      expect(byUser.body).toMatchObject({ total: 1, items: [{ username: 'au-officer', roles: [], outcome: 'success' }] });
      const times = (await leader.get('/api/audit?pageSize=200').expect(200)).body.items.map((i: { occurredAt: string }) => i.occurredAt);
      expect(times).toEqual([...times].sort().reverse());
    });

    it('reads from and to as Shanghai calendar days, both inclusive', async () => {
      const day = await leader.get('/api/audit?user=history&from=2013-01-22&to=2013-01-22').expect(200);
      expect(day.body.items.map((i: { occurredAt: string }) => i.occurredAt)).toEqual(['2013-01-22T23:59:59.000+08:00', '2013-01-22T00:00:00.000+08:00']);
      const from = await leader.get('/api/audit?user=history&from=2013-01-22').expect(200);
      expect(from.body.total).toBe(3);
      const to = await leader.get('/api/audit?user=history&to=2013-01-21').expect(200);
      expect(to.body.items.map((i: { occurredAt: string }) => i.occurredAt)).toEqual(['2013-01-21T23:59:59.000+08:00']);
    });

    it('refuses bad filters in Chinese', async () => {
      const badDate = await leader.get('/api/audit?from=2013-02-30').expect(400);
      expect(badDate.body.message).toBe('开始日期必须是 YYYY-MM-DD 格式的日期');
      const reversed = await leader.get('/api/audit?from=2013-02-01&to=2013-01-01').expect(400);
      expect(reversed.body.message).toBe('开始日期不能晚于结束日期');
      const outcome = await leader.get('/api/audit?outcome=maybe').expect(400);
      expect(outcome.body.message).toBe('结果只能是 success 或 failure');
      const unknown = await leader.get('/api/audit?object=x').expect(400);
      expect(unknown.body.message).toMatch(/不允许提交字段 object/);
      const badEntity = await leader.get('/api/audit?entity=Project%20x').expect(400);
      expect(badEntity.body.message).toBe('对象须写成“类型”或“类型:ID”，如 household 或 user:officer');
      await leader.get('/api/audit?pageSize=500').expect(400);
    });
  });

  describe('GET /api/cases/:id/audit', () => {
    let household: { id: string; caseId: string; version: number };

    beforeAll(async () => {
      household = await createSubject('households');
      await t.http().post(`/api/cases/${household.caseId}/transitions`).send({ to: 'surveyed' }).expect(200);
      await t.http().patch(`/api/households/${household.id}`).send({ version: household.version, remarks: '补充说明' }).expect(200);
    });

    it('shows the rows of the case and of its subject, newest first, to readers of its project', async () => {
      const officer = await t.loginAs({ username: 'au-case-officer', roles: ['officer'], projects: ['AU'] });
      const res = await officer.get(`/api/cases/${household.caseId}/audit`).expect(200);
      expect(res.body.total).toBe(3);
      expect(res.body.items.map((i: { action: string; entityId: string }) => [i.action, i.entityId])).toEqual([
        ['household.update', household.id],
        ['case.transition', household.caseId],
        ['household.create', household.id],
      ]);
      expect(personalNumbersIn(res.body)).toEqual([]);
      const company = await t.loginAs({ username: 'au-case-company', roles: ['company'], projects: ['AU'] });
      await company.get(`/api/cases/${household.caseId}/audit`).expect(200);
    });

    it('answers 404 to officers of other projects, as if the case did not exist', async () => {
      const other = await t.loginAs({ username: 'au-other-officer', roles: ['officer'], projects: ['AX'] });
      const res = await other.get(`/api/cases/${household.caseId}/audit`).expect(404);
      expect(res.body.message).toBe('案件不存在');
      await t.http().get('/api/cases/00000000-0000-4000-8000-000000000000/audit').expect(404);
      const bad = await t.http().get('/api/cases/not-a-uuid/audit').expect(404);
      expect(bad.body.message).toBe('案件不存在');
    });
  });
});
