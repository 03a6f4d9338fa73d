import { MoneyInvariantsRepository } from '@app/compensation';
import { confirmThroughBatch } from '../support/confirmation.js';
import { householdAt, projectWithScheme, signedAgreement } from '../support/money.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('compensation agreements (e2e)', () => {
  let t: TestApp;
  let p: { code: string; parcel: string };
  beforeAll(async () => {
    t = await createTestApp();
    p = await projectWithScheme(t.http());
  });
  afterEach(async () => {
    expect(await t.app.get(MoneyInvariantsRepository).violations()).toEqual([]);
  });
  afterAll(() => t.close());

  it('the plain transition no longer signs: 422 naming the agreement, and the case stays confirmed', async () => {
    const h = await householdAt(t.http(), p);
    const res = await t.http().post(`/api/cases/${h.caseId}/transitions`).send({ to: 'signed' }).expect(422);
    expect(res.body.message).toContain('补偿协议');
    const c = await t.http().get(`/api/cases/${h.caseId}`).expect(200);
    expect(c.body.status).toBe('confirmed');
    expect(c.body.nextSteps.map((s: { to: string }) => s.to)).not.toContain('signed');
  });

  it('drafts from a confirmed case, signs it (case signed, 签约顺序号 per project and method) and prints amounts in 大写', async () => {
    const first = await signedAgreement(t.http(), p);
    const second = await signedAgreement(t.http(), p);
    const a1 = await t.http().get(`/api/agreements/${first.agreementId}`).expect(200);
    const a2 = await t.http().get(`/api/agreements/${second.agreementId}`).expect(200);
    expect(a1.body).toMatchObject({ status: 'signed', method: 'monetary', signedOn: '2013-06-01', paid: '0.00' });
    expect(a2.body.sequenceNo).toBe(a1.body.sequenceNo + 1);
    expect(a1.body.agreed).toBe(a1.body.compensation);
    // 搬家费 and 临时安置费 are the lines of the items the scheme marks with those roles (BJ-F, LS-AZ).
    const calc = await t.http().get(`/api/cases/${first.caseId}/calculations/latest`).expect(200);
    const lineOf = (code: string) => calc.body.lines.find((l: { code: string }) => l.code === code)?.amount;
    expect(a1.body.movingFee).toBe(lineOf('BJ-F'));
    expect(a1.body.temporaryResettlementFee).toBe(lineOf('LS-AZ'));
    expect(Number(a1.body.temporaryResettlementFee)).toBeGreaterThan(0);
    const c = await t.http().get(`/api/cases/${first.caseId}`).expect(200);
    expect(c.body.status).toBe('signed');
    expect(c.body.history.at(-1)).toMatchObject({ from: 'confirmed', to: 'signed', kind: 'forward', at: a1.body.signedAt });

    const print = await t.http().get(`/api/agreements/${first.agreementId}/print`).expect(200);
    expect(print.body.total.capitals).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
    expect(print.body.total.figures.replace(/,/g, '')).toBe(a1.body.compensation);
    expect(print.body.lines.length).toBeGreaterThan(3);
    expect(print.body.party).toMatch(/张建国/);
    const money = await t.http().get(`/api/cases/${first.caseId}/money`).expect(200);
    expect(money.body).toMatchObject({ agreement: { id: first.agreementId }, balance: { agreed: a1.body.agreed, paid: '0.00', balance: a1.body.agreed } });
  });

  it('keeps one live agreement per case, and a void takes a signed case back to confirmed with its reason', async () => {
    const s = await signedAgreement(t.http(), p);
    await t.http().post(`/api/cases/${s.caseId}/agreements`).send({ method: 'monetary' }).expect(422); // the case is signed now
    const voided = await t.http().post(`/api/agreements/${s.agreementId}/void`).send({ reason: '家庭成员对安置方式有异议' }).expect(200);
    expect(voided.body).toMatchObject({ status: 'voided', voidReason: '家庭成员对安置方式有异议' });
    const c = await t.http().get(`/api/cases/${s.caseId}`).expect(200);
    expect(c.body.status).toBe('confirmed');
    expect(c.body.history.at(-1)).toMatchObject({ from: 'signed', to: 'confirmed', kind: 'reversal', reason: '家庭成员对安置方式有异议' });
    // A new draft is possible again; a second one is not.
    await t.http().post(`/api/cases/${s.caseId}/agreements`).send({ method: 'monetary' }).expect(201);
    const again = await t.http().post(`/api/cases/${s.caseId}/agreements`).send({ method: 'monetary' }).expect(409);
    expect(again.body.message).toContain('已有有效的补偿协议');
  });

  it('refuses to draft or sign on a stale calculation; a fact change after confirmation voids the confirmation', async () => {
    const h = await householdAt(t.http(), p);
    await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const draft = await t.http().post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary' }).expect(201);
    await t.http().patch(`/api/households/${h.id}`).send({ version: h.version, lowIncome: true }).expect(200);
    const c = await t.http().get(`/api/cases/${h.caseId}`).expect(200);
    expect(c.body.status).toBe('surveyed');
    const sign = await t.http().post(`/api/agreements/${draft.body.id}/sign`).send({ signedOn: '2013-06-01' }).expect(422);
    expect(sign.body.message).toContain('测算已过期');
    await t.http().post(`/api/agreements/${draft.body.id}/void`).send({ reason: '摸底信息变更' }).expect(200);
    await confirmThroughBatch(t.http(), p.code, [h.caseId]);
    const stale = await t.http().post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary' }).expect(422);
    expect(stale.body.message).toContain('测算已过期');
  });

  it('refuses a signing date that would earn another reward than the calculation counted', async () => {
    const h = await householdAt(t.http(), p);
    await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const draft = await t.http().post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary' }).expect(201);
    const res = await t.http().post(`/api/agreements/${draft.body.id}/sign`).send({ signedOn: '2013-09-15' }).expect(422);
    expect(res.body.message).toContain('请按签约日期重新测算');
    expect((await t.http().get(`/api/cases/${h.caseId}`).expect(200)).body.status).toBe('confirmed');
  });

  it('a property swap shows the 差价 band by band, payable to the household or by it', async () => {
    // Three recognised persons × 40 m² = 120 m² entitled; 130 m² takes 10 m² of the first band.
    const h = await householdAt(t.http(), p);
    const calc = await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const res = await t.http()
      .post(`/api/cases/${h.caseId}/agreements`)
      .send({ method: 'swap', swapArea: '130.00', swapLocation: '二联小高层基地', transitionMethod: 'turnover_flat', transitionMonths: 18 })
      .expect(201);
    expect(res.body.swap).toMatchObject({ entitlementArea: '120', housingArea: '130', beyondArea: '10', housingValue: '420000.00' });
    expect(res.body.swap.lines.map((l: { words: string; amount: string }) => [l.words, l.amount])).toEqual([
      ['120.00 m² × 3,000.00 元/m²', '360000.00'],
      ['10.00 m² × 6,000.00 元/m²', '60000.00'],
    ]);
    const total = BigInt(calc.body.total.replace('.', ''));
    const difference = total - 42_000_000n;
    expect(BigInt(res.body.swap.difference.replace('.', ''))).toBe(difference);
    expect(res.body.swap.direction).toBe(difference > 0n ? 'to_household' : 'by_household');
    expect(BigInt(res.body.agreed.replace('.', ''))).toBe(difference > 0n ? difference : 0n);
    const beyondCap = await t.http().post(`/api/agreements/${res.body.id}/void`).send({ reason: '重新选择面积' }).expect(200);
    expect(beyondCap.body.status).toBe('voided');
    const tooBig = await t.http().post(`/api/cases/${h.caseId}/agreements`).send({ method: 'swap', swapArea: '200.00' }).expect(422);
    expect(tooBig.body.message).toContain('超过允许的');
  });

  it('only officers and admins draft, sign and void; an officer of another project gets 404', async () => {
    const h = await householdAt(t.http(), p);
    await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const finance = await t.loginAs({ username: 'agr-finance', roles: ['finance'] });
    const company = await t.loginAs({ username: 'agr-company', roles: ['company'], projects: [p.code] });
    const stranger = await t.loginAs({ username: 'agr-stranger', roles: ['officer'], projects: [] });
    await finance.post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary' }).expect(403);
    await company.post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary' }).expect(403);
    await stranger.post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary' }).expect(404);
    const draft = await t.http().post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary' }).expect(201);
    await stranger.get(`/api/agreements/${draft.body.id}`).expect(404);
    await company.get(`/api/agreements/${draft.body.id}`).expect(200);
    await company.post(`/api/agreements/${draft.body.id}/sign`).send({ signedOn: '2013-06-01' }).expect(403);
  });
});
