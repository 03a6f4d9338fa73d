import { makeHousehold } from './factories.js';
import { advanceCase } from './money.js';
import type { Http } from './test-app.js';

/**
 * A new household on `where.parcel` whose case is settled (已结算), ready to be handed over with its parcel.
 * Settled the only way there is, through a 结算单 (`advanceCase` confirms through a batch, signs through an
 * agreement and settles through a statement).
 */
export async function settledCaseOn(admin: Http, where: { code: string; parcel: string }, overrides: Record<string, unknown> = {}): Promise<{ id: string; caseId: string }> {
  const created = await admin.post('/api/households').send(makeHousehold({ projectCode: where.code, parcelCode: where.parcel, ...overrides })).expect(201);
  await advanceCase(admin, where.code, created.body.caseId, ['surveyed', 'confirmed', 'signed', 'vacated', 'settled']);
  return { id: created.body.id, caseId: created.body.caseId };
}

/** A household on `where.parcel` whose case is moved to `status` before 已结算 (a blocker of the handover). */
export async function caseOn(admin: Http, where: { code: string; parcel: string }, statuses: readonly string[] = ['surveyed', 'confirmed', 'signed', 'vacated']): Promise<{ id: string; caseId: string }> {
  const created = await admin.post('/api/households').send(makeHousehold({ projectCode: where.code, parcelCode: where.parcel })).expect(201);
  await advanceCase(admin, where.code, created.body.caseId, statuses);
  return { id: created.body.id, caseId: created.body.caseId };
}
