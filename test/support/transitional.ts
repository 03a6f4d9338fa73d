import type { TestApp } from './test-app.js';

/**
 * Makes a signed case a transitional household with one accrued 过渡费 month (January 2025, 2,400.00 元),
 * written directly: the shared route tests need a fee month without a swap scheme and a vacating.
 */
export async function feeMonthFor(t: TestApp, caseId: string): Promise<void> {
  await t.query(
    `INSERT INTO resettlement_track (version, "caseId", "projectId", "agreementId", method, "transitionMethod", "transitionMonths", persons, track, "transitionalSince")
     SELECT 1, a."caseId", a."projectId", a.id, 'swap', 'monetary', 24, 3, 'transitional', '2025-01-01' FROM agreement a WHERE a."caseId" = $1 AND a.status = 'signed'
     ON CONFLICT ("caseId") DO NOTHING`,
    [caseId],
  );
  await t.query(
    `INSERT INTO transitional_fee_accrual ("caseId", "projectId", month, days, "daysInMonth", "stepPercent", "amountFen", basis)
     SELECT "caseId", "projectId", '2025-01-01', 31, 31, 0, 240000, '{"basis":"per_person","monthlyAmount":"800.00","persons":3}'::jsonb
       FROM resettlement_track WHERE "caseId" = $1
     ON CONFLICT ("caseId", month) DO NOTHING`,
    [caseId],
  );
}

/** A draft 过渡费 batch of the project holding that month of a new signed case (created by the admin). */
export async function draftFeeBatch(t: TestApp, projectCode: string, caseId: string): Promise<{ id: string }> {
  await feeMonthFor(t, caseId);
  const res = await t.http().post('/api/resettlement/fee-batches').send({ projectCode, throughMonth: '2025-01' });
  if (res.status !== 201) throw new Error(`fee batch: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}
