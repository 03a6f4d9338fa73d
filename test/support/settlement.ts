import { randomUUID } from 'node:crypto';
import type { Http } from './test-app.js';

/** A fresh Idempotency-Key. */
export const idempotencyKey = (): string => `test-${randomUUID()}`;

/** Pays what remains of a case's signed agreement (one payment, as the admin). */
export async function payInFull(admin: Http, caseId: string, paidOn = '2013-07-01'): Promise<{ agreementId: string; agreed: string }> {
  const money = (await admin.get(`/api/cases/${caseId}/money`).expect(200)).body;
  const agreement = money.agreement as { id: string; agreed: string };
  const left = (money.balance as { balance: string }).balance;
  if (Number(left) > 0) {
    await admin
      .post(`/api/agreements/${agreement.id}/payments`)
      .set('Idempotency-Key', idempotencyKey())
      .send({ amount: left, paidOn, method: 'bank_transfer', bankReference: 'TEST-PAY' })
      .expect(201);
  }
  return { agreementId: agreement.id, agreed: agreement.agreed };
}

/**
 * Settles vacated cases the only way there is: paid in full, put on a new 结算单 (as the admin, who may
 * act for both sides), every line confirmed, and the statement's total received. The cases end `settled`.
 */
export async function settleThroughStatement(admin: Http, projectCode: string, caseIds: readonly string[]): Promise<{ statementId: string; total: string }> {
  for (const caseId of caseIds) await payInFull(admin, caseId);
  const statement = (await admin.post(`/api/projects/${projectCode}/settlement-statements`).send({ caseIds, issuedOn: '2013-08-01' }).expect(201)).body;
  for (const line of statement.lines as Array<{ id: string; version: number }>) {
    await admin.post(`/api/settlement-lines/${line.id}/confirm`).send({ version: line.version }).expect(200);
  }
  await admin
    .post(`/api/settlement-statements/${statement.id}/receipts`)
    .set('Idempotency-Key', idempotencyKey())
    .send({ amount: statement.total, receivedOn: '2013-08-01', bankReference: 'TEST-RECEIPT' })
    .expect(201);
  return { statementId: statement.id as string, total: statement.total as string };
}
