import { randomUUID } from 'node:crypto';
import { confirmThroughBatch } from './confirmation.js';
import { makeHousehold } from './factories.js';
import type { Http, TestApp } from './test-app.js';

/** A base with one building and its units, written straight to the inventory tables (the inventory API is another area's). */
export async function insertBase(
  t: Pick<TestApp, 'query'>,
  base: { code: string; name: string; stage?: string },
  building: string,
  units: Array<{ unitNo: string; area: string; layout?: string; resettlementPrice?: string; marketPrice?: string; turnover?: boolean; kind?: string }>,
): Promise<{ baseId: string; buildingId: string; unitIds: Record<string, string> }> {
  const baseId = randomUUID();
  const buildingId = randomUUID();
  await t.query(`INSERT INTO resettlement_base (id, code, name, stage, version) VALUES ($1, $2, $3, $4, 1)`, [baseId, base.code, base.name, base.stage ?? 'completed']);
  await t.query(`INSERT INTO resettlement_building (id, "baseId", code, floors, version) VALUES ($1, $2, $3, 18, 1)`, [buildingId, baseId, building]);
  const unitIds: Record<string, string> = {};
  for (const u of units) {
    const id = randomUUID();
    unitIds[u.unitNo] = id;
    await t.query(
      `INSERT INTO resettlement_unit (id, "baseId", "buildingId", "unitNo", floor, layout, area, "resettlementPrice", "marketPrice", kind, turnover, status, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'available', 1)`,
      [id, baseId, buildingId, u.unitNo, Number(u.unitNo.slice(0, -2)) || 1, u.layout ?? '两室一厅', u.area, u.resettlementPrice ?? '3000.00', u.marketPrice ?? '12000.00', u.kind ?? 'built', u.turnover ?? false],
    );
  }
  return { baseId, buildingId, unitIds };
}

/**
 * `n` confirmed households (three recognised members each) of a project with a swap scheme, each signing a 产权调换
 * agreement of `swapArea` m² (on 2013-06-01), in turn: their 签约顺序号 are the project's next numbers.
 */
export async function signedSwapHouseholds(
  admin: Http,
  where: { code: string; parcel: string },
  n: number,
  options: { swapArea?: string; transitionMethod?: 'monetary' | 'turnover_flat' } = {},
): Promise<Array<{ caseId: string; agreementId: string; code: string }>> {
  const created: Array<{ caseId: string; code: string }> = [];
  for (let i = 0; i < n; i++) {
    const payload = makeHousehold({ projectCode: where.code, parcelCode: where.parcel });
    const members = (payload.members as Array<Record<string, unknown>>).map((m) => ({ recognitionBasis: 'household_register', recognitionEvidence: '户口簿', ...m }));
    const res = await admin.post('/api/households').send({ ...payload, members }).expect(201);
    await admin.post(`/api/cases/${res.body.caseId}/transitions`).send({ to: 'surveyed' }).expect(200);
    created.push({ caseId: res.body.caseId as string, code: payload.code as string });
  }
  await confirmThroughBatch(admin, where.code, created.map((c) => c.caseId));
  const signed: Array<{ caseId: string; agreementId: string; code: string }> = [];
  for (const c of created) {
    await admin.post(`/api/cases/${c.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const draft = await admin
      .post(`/api/cases/${c.caseId}/agreements`)
      .send({ method: 'swap', swapArea: options.swapArea ?? '120', swapLocation: '待选房', paymentDeadline: '2013-07-31', transitionMethod: options.transitionMethod ?? 'monetary', transitionMonths: 24 })
      .expect(201);
    await admin.post(`/api/agreements/${draft.body.id}/sign`).send({ signedOn: '2013-06-01' }).expect(200);
    signed.push({ ...c, agreementId: draft.body.id as string });
  }
  return signed;
}
