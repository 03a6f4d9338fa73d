import { exampleScheme, type SwapPricing } from '@app/compensation';
import { confirmThroughBatch } from './confirmation.js';
import { makeHousehold, makeParcel, makeProject } from './factories.js';
import { settleThroughStatement } from './settlement.js';
import type { Http } from './test-app.js';

/** The swap pricing the money tests use: 40 m² per recognised person at 3,000 元/m², then two bands. */
export const TEST_SWAP_PRICING: SwapPricing = {
  areaPerPerson: '40.00',
  resettlementPrice: '3000.00',
  bandsBeyond: [
    { width: '15', price: '6000.00' },
    { width: null, price: '12000.00' },
  ],
  maxBeyond: '30',
};

/** A project with one parcel and a published scheme (the example scheme and the swap pricing above). */
export async function projectWithScheme(admin: Http, overrides: Record<string, unknown> = {}): Promise<{ code: string; parcel: string; schemeId: string }> {
  const project = makeProject(overrides);
  const parcel = makeParcel({ code: `${project.code}-01` });
  await admin.post('/api/projects').send(project).expect(201);
  await admin.post(`/api/projects/${project.code}/parcels`).send(parcel).expect(201);
  const scheme = await admin
    .post(`/api/projects/${project.code}/schemes`)
    .send({ name: '测试方案', effectiveOn: '2013-01-01', items: exampleScheme().items, swapPricing: TEST_SWAP_PRICING })
    .expect(201);
  await admin.post(`/api/schemes/${scheme.body.id}/publish`).expect(200);
  return { code: project.code as string, parcel: parcel.code as string, schemeId: scheme.body.id as string };
}

const LINE = ['surveying', 'surveyed', 'confirmed'];

/** A household (three members, each recognised by 户籍) whose case is moved to `status` (at most confirmed). */
export async function householdAt(
  admin: Http,
  where: { code: string; parcel: string },
  status: 'surveying' | 'surveyed' | 'confirmed' = 'confirmed',
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; caseId: string; version: number }> {
  const payload = makeHousehold({ projectCode: where.code, parcelCode: where.parcel, ...overrides });
  const members = (payload.members as Array<Record<string, unknown>>).map((m) => ({ recognitionBasis: 'household_register', recognitionEvidence: '户口簿', ...m }));
  const created = await admin.post('/api/households').send({ ...payload, members }).expect(201);
  if (LINE.indexOf(status) >= 1) await admin.post(`/api/cases/${created.body.caseId}/transitions`).send({ to: 'surveyed' }).expect(200);
  if (status === 'confirmed') await confirmThroughBatch(admin, where.code, [created.body.caseId]);
  const fresh = await admin.get(`/api/households/${created.body.id}`).expect(200);
  return { id: created.body.id, caseId: created.body.caseId, version: fresh.body.version };
}

/** A signed monetary agreement of a new confirmed household (calculated as of 2013-06-01). */
export async function signedAgreement(admin: Http, where: { code: string; parcel: string }): Promise<{ caseId: string; agreementId: string; agreed: string }> {
  const h = await householdAt(admin, where);
  await admin.post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
  const draft = await admin.post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary', paymentDeadline: '2013-07-31', transitionMethod: 'monetary', transitionMonths: 24 }).expect(201);
  const signed = await admin.post(`/api/agreements/${draft.body.id}/sign`).send({ signedOn: '2013-06-01' }).expect(200);
  return { caseId: h.caseId, agreementId: draft.body.id, agreed: signed.body.agreed };
}

/** A one-item scheme every kind of subject earns a fixed 1,000.00 元 under: enough to sign any case. */
const FLAT_SCHEME = {
  name: '测试用统一补偿',
  effectiveOn: '2013-01-01',
  items: [{ code: 'TEST-HH', name: '测试补偿', appliesTo: ['household', 'enterprise', 'facility', 'legacy_base'], rule: { kind: 'per_household', amount: '1000.00' } }],
};

/** Publishes the flat scheme in the project unless one is published already. */
export async function ensureScheme(admin: Http, projectCode: string): Promise<void> {
  const versions = (await admin.get(`/api/projects/${projectCode}/schemes`).expect(200)).body as Array<{ status: string }>;
  if (versions.some((v) => v.status === 'published')) return;
  const draft = await admin.post(`/api/projects/${projectCode}/schemes`).send(FLAT_SCHEME).expect(201);
  await admin.post(`/api/schemes/${draft.body.id}/publish`).expect(200);
}

/** Signs a confirmed case the only way there is: calculation, agreement draft, signing (by the admin). */
export async function signCase(admin: Http, projectCode: string, caseId: string): Promise<string> {
  await ensureScheme(admin, projectCode);
  await admin.post(`/api/cases/${caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
  const draft = await admin.post(`/api/cases/${caseId}/agreements`).send({ method: 'monetary' }).expect(201);
  await admin.post(`/api/agreements/${draft.body.id}/sign`).send({ signedOn: '2013-06-01' }).expect(200);
  return draft.body.id as string;
}

/** Moves a case forward to each status in turn (as the admin): confirming through a batch, signing through an agreement, settling through a 结算单. */
export async function advanceCase(admin: Http, projectCode: string, caseId: string, statuses: readonly string[]): Promise<void> {
  for (const to of statuses) {
    if (to === 'signed') await signCase(admin, projectCode, caseId);
    else if (to === 'confirmed') await confirmThroughBatch(admin, projectCode, [caseId]);
    else if (to === 'settled') await settleThroughStatement(admin, projectCode, [caseId]);
    else await admin.post(`/api/cases/${caseId}/transitions`).send({ to }).expect(200);
  }
}
