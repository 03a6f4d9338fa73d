import { MoneyInvariantsRepository } from '@app/compensation';
import { householdAt, projectWithScheme, signedAgreement } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

const fen = (yuan: string) => BigInt(yuan.replace('.', ''));
const yuan = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;

describe('compensation payments (e2e)', () => {
  let t: TestApp;
  let p: { code: string; parcel: string };
  let finance: Http;
  let keys = 0;
  const key = () => `test-payment-key-${++keys}`;
  const pay = (h: Http, agreementId: string, amount: string, k = key()) =>
    h.post(`/api/agreements/${agreementId}/payments`).set('Idempotency-Key', k).send({ amount, paidOn: '2013-06-15', method: 'bank_transfer', bankReference: 'ICBC-0001' });

  beforeAll(async () => {
    t = await createTestApp();
    p = await projectWithScheme(t.http());
    finance = await t.loginAs({ username: 'pay-finance', roles: ['finance'] });
  });
  afterEach(async () => {
    expect(await t.app.get(MoneyInvariantsRepository).violations()).toEqual([]);
  });
  afterAll(() => t.close());

  it('100 concurrent identical requests make one payment, each answered with it', async () => {
    const s = await signedAgreement(t.http(), p);
    const k = key();
    const answers = await Promise.all(Array.from({ length: 100 }, () => pay(finance, s.agreementId, '1000.00', k)));
    expect(answers.map((a) => a.status).filter((status) => status !== 201)).toEqual([]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const rows = await t.query<{ n: string }>('SELECT count(*) AS n FROM payment WHERE "agreementId" = $1', [s.agreementId]);
    expect(rows[0]!.n).toBe('1');
    const agreement = await t.http().get(`/api/agreements/${s.agreementId}`).expect(200);
    expect(agreement.body.paid).toBe('1000.00');
  });

  it('the same key with other content is refused (422) and changes nothing; a request without a key is refused', async () => {
    const s = await signedAgreement(t.http(), p);
    const k = key();
    await pay(finance, s.agreementId, '500.00', k).expect(201);
    const other = await pay(finance, s.agreementId, '600.00', k).expect(422);
    expect(other.body.message).toContain('Idempotency-Key');
    await finance.post(`/api/agreements/${s.agreementId}/payments`).send({ amount: '1.00', paidOn: '2013-06-15', method: 'cash' }).expect(400);
    // a day that does not exist is a Chinese 400, not a database error
    const noDay = await finance.post(`/api/agreements/${s.agreementId}/payments`).set('Idempotency-Key', 'pay-no-such-day-01').send({ amount: '1.00', paidOn: '2013-02-30', method: 'cash' }).expect(400);
    expect(noDay.body.message).toBe('支付日期必须是有效日期（YYYY-MM-DD）');
    expect((await t.http().get(`/api/agreements/${s.agreementId}`).expect(200)).body.paid).toBe('500.00');
  });

  it('refuses paying more than the balance; pays in full to the fen; a reversal reopens the balance, never beyond the payment', async () => {
    const s = await signedAgreement(t.http(), p);
    const agreed = fen(s.agreed);
    const first = await pay(finance, s.agreementId, yuan(agreed - 1n)).expect(201);
    const over = await pay(finance, s.agreementId, '0.02').expect(422);
    expect(over.body.message).toContain('超过未付余额 0.01 元');
    await pay(finance, s.agreementId, '0.01').expect(201);
    const money = await t.http().get(`/api/cases/${s.caseId}/money`).expect(200);
    expect(money.body.balance).toEqual({ agreed: s.agreed, paid: s.agreed, balance: '0.00' });
    expect(money.body.payments).toHaveLength(2);

    const tooMuch = await finance.post(`/api/payments/${first.body.id}/reversals`).send({ amount: s.agreed, reason: '金额录入错误' }).expect(422);
    expect(tooMuch.body.message).toContain('超过该笔支付尚未冲正');
    const reversal = await finance.post(`/api/payments/${first.body.id}/reversals`).send({ amount: '100.00', reason: '金额录入错误', paidOn: '2013-06-20' }).expect(201);
    expect(reversal.body).toMatchObject({ kind: 'reversal', reversesId: first.body.id, reason: '金额录入错误', amount: '100.00' });
    expect((await t.http().get(`/api/agreements/${s.agreementId}`).expect(200)).body).toMatchObject({ paid: yuan(agreed - 10_000n), balance: '100.00' });
    // A signed agreement with money on it is not voided; payments never change in the database.
    const voiding = await t.http().post(`/api/agreements/${s.agreementId}/void`).send({ reason: '测试作废' }).expect(422);
    expect(voiding.body.message).toContain('须先冲正');
    await expect(t.query('UPDATE payment SET "amountFen" = 1 WHERE id = $1', [first.body.id])).rejects.toThrow(/不能修改/);
    await expect(t.query(`UPDATE agreement SET "paidFen" = "agreedFen" + 1 WHERE id = $1`, [s.agreementId])).rejects.toThrow(/ck_agreement_paid_within_agreed/);
  });

  it('pays only a signed agreement', async () => {
    const h = await householdAt(t.http(), p);
    await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const draft = await t.http().post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary' }).expect(201);
    const res = await pay(finance, draft.body.id, '100.00').expect(422);
    expect(res.body.message).toContain('只有已签约');
  });

  it('only finance and admin pay; company reads the amounts of its projects and writes no money; others see 404', async () => {
    const s = await signedAgreement(t.http(), p);
    const officer = await t.loginAs({ username: 'pay-officer', roles: ['officer'], projects: [p.code] });
    const company = await t.loginAs({ username: 'pay-company', roles: ['company'], projects: [p.code] });
    const stranger = await t.loginAs({ username: 'pay-company-2', roles: ['company'], projects: [] });
    const leader = await t.loginAs({ username: 'pay-leader', roles: ['leader'] });
    await pay(officer, s.agreementId, '1.00').expect(403);
    await pay(company, s.agreementId, '1.00').expect(403);
    await pay(leader, s.agreementId, '1.00').expect(403);
    const paid = await pay(t.http(), s.agreementId, '1.00').expect(201);
    await company.post(`/api/payments/${paid.body.id}/reversals`).send({ amount: '1.00', reason: '公司不能冲正' }).expect(403);
    expect((await company.get(`/api/cases/${s.caseId}/money`).expect(200)).body.balance.paid).toBe('1.00');
    await stranger.get(`/api/cases/${s.caseId}/money`).expect(404);
    const list = await company.get('/api/payments').query({ project: p.code, from: '2013-06-01', to: '2013-06-30' }).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(paid.body.id);
    // Each entry names its subject (code and party) from the subjects library's view.
    const [subject] = await t.query<{ code: string; headName: string }>(
      `SELECT h.code, h."headName" FROM case_file c JOIN household h ON h.id = c."subjectId" WHERE c.id = $1`,
      [s.caseId],
    );
    expect(list.body.items.find((i: { id: string }) => i.id === paid.body.id)).toMatchObject({
      subjectType: 'household',
      subjectCode: subject!.code,
      party: subject!.headName,
    });
    expect((await stranger.get('/api/payments').expect(200)).body.total).toBe(0);
  });
});
