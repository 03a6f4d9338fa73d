import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { exampleScheme, MoneyInvariantsRepository, type TransitionalFeeRule } from '@app/compensation';
import { JobsService, runWithContext, SYSTEM_ACTOR, TransactionalConnection } from '@app/platform';
import { ACCRUAL_SCHEDULE, accrueThrough, addMonths, FeeRepository, lastCompleteMonth, TrackService, TransitionalFeeAccrualJob } from '@app/resettlement';
import { makeParcel, makeProject } from '../support/factories.js';
import { householdAt, TEST_SWAP_PRICING } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch, waitFor } from '../support/wait-for.js';

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const RULE: TransitionalFeeRule = { basis: 'per_person', monthlyAmount: '800.00', overdue: { everyMonths: 6, percent: '50', capPercent: '100' }, afterDeliveryMonths: 3 };

/** A project with one parcel and a published scheme carrying the 过渡费 rule. */
async function feeProject(admin: Http): Promise<{ code: string; parcel: string; schemeId: string }> {
  const project = makeProject();
  const parcel = makeParcel({ code: `${project.code}-01` });
  await admin.post('/api/projects').send(project).expect(201);
  await admin.post(`/api/projects/${project.code}/parcels`).send(parcel).expect(201);
  const scheme = await admin
    .post(`/api/projects/${project.code}/schemes`)
    .send({ name: '过渡费测试方案', effectiveOn: '2013-01-01', items: exampleScheme().items, swapPricing: TEST_SWAP_PRICING, transitionalFee: RULE })
    .expect(201);
  await admin.post(`/api/schemes/${scheme.body.id}/publish`).expect(200);
  return { code: project.code as string, parcel: parcel.code as string, schemeId: scheme.body.id as string };
}

describe('transitional households and their fees (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let fees: FeeRepository;
  let p: { code: string; parcel: string; schemeId: string };
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    fees = t.app.get(FeeRepository);
    p = await feeProject(t.http());
  });
  afterAll(() => t.close());

  /** A signed household (3 recognised persons) vacated today; answers its case and agreement. */
  async function vacatedSwap(transitionMethod: 'monetary' | 'turnover_flat' = 'monetary', transitionMonths = 24): Promise<{ caseId: string; agreementId: string }> {
    const h = await householdAt(t.http(), p);
    await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const draft = await t.http().post(`/api/cases/${h.caseId}/agreements`).send({ method: 'swap', swapArea: '100.00', transitionMethod, transitionMonths }).expect(201);
    await t.http().post(`/api/agreements/${draft.body.id}/sign`).send({ signedOn: '2013-06-01' }).expect(200);
    await t.http().post(`/api/cases/${h.caseId}/transitions`).send({ to: 'vacated' }).expect(200);
    return { caseId: h.caseId, agreementId: draft.body.id as string };
  }

  const track = async (caseId: string) => (await db.query(`SELECT * FROM resettlement_track WHERE "caseId" = $1`, [caseId]))[0];
  const caseStatus = async (caseId: string) => (await db.query(`SELECT "resettlementStatus" FROM case_file WHERE id = $1`, [caseId]))[0].resettlementStatus as string;
  const since = (caseId: string, date: string, extra: Record<string, unknown> = {}) =>
    db.query(`UPDATE resettlement_track SET "transitionalSince" = $2, "transitionMonths" = COALESCE($3, "transitionMonths"), "deliveredOn" = $4 WHERE "caseId" = $1`, [
      caseId,
      date,
      extra.transitionMonths ?? null,
      extra.deliveredOn ?? null,
    ]);
  const months = async (caseId: string) =>
    (await db.query(`SELECT month::text, days, "daysInMonth", "stepPercent"::text, "amountFen"::text FROM transitional_fee_accrual WHERE "caseId" = $1 ORDER BY month`, [caseId])) as Array<{
      month: string;
      days: number;
      daysInMonth: number;
      stepPercent: string;
      amountFen: string;
    }>;

  it('vacating a swap household opens its track, transitional since the vacating day, mirrored on the case', async () => {
    const h = await vacatedSwap();
    expect(await track(h.caseId)).toMatchObject({ track: 'transitional', method: 'swap', transitionMethod: 'monetary', transitionMonths: 24, persons: 3, transitionalSince: today() });
    expect(await caseStatus(h.caseId)).toBe('transitional');
    const list = await t.http().get(`/api/resettlement/transitional?project=${p.code}`).expect(200);
    expect(list.body.items.find((i: { caseId: string }) => i.caseId === h.caseId)).toMatchObject({ vacatedOn: today(), monthsWaiting: 0, transitionMethod: 'monetary', accrued: '0.00' });
    // undoing the vacating moves it back
    await t.http().post(`/api/cases/${h.caseId}/transitions`).send({ to: 'signed', reason: '腾地登记有误' }).expect(200);
    expect(await track(h.caseId)).toMatchObject({ track: 'none', transitionalSince: null });
    expect(await caseStatus(h.caseId)).toBe('none');
  });

  it('accrues once however often it runs, catches up a missed year, and matches the domain rule to the fen', async () => {
    const h = await vacatedSwap();
    await since(h.caseId, '2025-03-15');
    const first = await t.http().post('/api/resettlement/accruals/run').send({ throughMonth: '2025-06' }).expect(200);
    expect(first.body).toMatchObject({ throughMonth: '2025-06-01' });
    expect((await months(h.caseId)).map((m) => [m.month, m.days, m.amountFen])).toEqual([
      ['2025-03-01', 17, '131613'],
      ['2025-04-01', 30, '240000'],
      ['2025-05-01', 31, '240000'],
      ['2025-06-01', 30, '240000'],
    ]);
    const again = await t.http().post('/api/resettlement/accruals/run').send({ throughMonth: '2025-06' }).expect(200);
    expect(again.body).toMatchObject({ months: 0, households: 0, amount: '0.00' });
    expect(await months(h.caseId)).toHaveLength(4);
    // a year later: every missed month is caught up, once
    const through = lastCompleteMonth(today());
    await t.http().post('/api/resettlement/accruals/run').send({ throughMonth: through.slice(0, 7) }).expect(200);
    await t.http().post('/api/resettlement/accruals/run').send({}).expect(200);
    const all = await months(h.caseId);
    const expected = accrueThrough(RULE, { vacatedOn: '2025-03-15', transitionMonths: 24, persons: 3, deliveredOn: null }, through);
    expect(all.map((m) => [m.month, m.days, m.stepPercent, m.amountFen])).toEqual(expected.map((m) => [m.month, m.days, m.stepPercent, m.amountFen.toString()]));
    // a month not yet over is refused
    const future = await t.http().post('/api/resettlement/accruals/run').send({ throughMonth: addMonths(through, 1).slice(0, 7) }).expect(422);
    expect(future.body.message).toContain('只能计提已结束的月份');
    const statement = await t.http().get(`/api/cases/${h.caseId}/transitional-fees`).expect(200);
    expect(statement.body[0]).toMatchObject({ month: '2025-03-01', days: 17, amount: '1316.13', basisText: '800.00 元/人/月 × 3 人 × 17/31 天', paid: false });
  });

  it('rises after the agreement’s transition period, per started half-year, capped', async () => {
    const h = await vacatedSwap('monetary', 6);
    await since(h.caseId, '2024-01-10');
    await fees.accrue('2025-06-01', [h.caseId]);
    const byMonth = new Map((await months(h.caseId)).map((m) => [m.month, m]));
    // deadline 2024-07-10: July takes its first day's step (none); August +50%; 2025-01-10 starts the 2nd half-year
    expect(byMonth.get('2024-07-01')).toMatchObject({ stepPercent: '0.00', amountFen: '240000' });
    expect(byMonth.get('2024-08-01')).toMatchObject({ stepPercent: '50.00', amountFen: '360000' });
    expect(byMonth.get('2025-01-01')).toMatchObject({ stepPercent: '50.00' });
    expect(byMonth.get('2025-02-01')).toMatchObject({ stepPercent: '100.00', amountFen: '480000' });
    expect(byMonth.get('2025-06-01')).toMatchObject({ stepPercent: '100.00' });
  });

  it('stops pro rata at delivery plus the months after it', async () => {
    const h = await vacatedSwap();
    await since(h.caseId, '2025-01-01');
    // a delivered flat on a base, and the delivery moving the track (as the delivery step does)
    const [base] = await db.query(`INSERT INTO resettlement_base (version, code, name, stage, "plannedDeliveryOn") VALUES (1, $1, '测试基地', 'delivering', '2025-06-30') RETURNING id`, [`B${Date.now() % 100000}`]);
    const [building] = await db.query(`INSERT INTO resettlement_building (version, "baseId", code, floors) VALUES (1, $1, '1号楼', 11) RETURNING id`, [base.id]);
    const [unit] = await db.query(
      `INSERT INTO resettlement_unit (version, "baseId", "buildingId", "unitNo", floor, layout, area, "resettlementPrice", "marketPrice", kind, status)
       VALUES (1, $1, $2, '101', 1, '两室一厅', '90.00', '3000.00', '12000.00', 'built', 'delivered') RETURNING id`,
      [base.id, building.id],
    );
    const projectId = (await track(h.caseId)).projectId;
    await db.query(
      `INSERT INTO unit_allocation (version, "unitId", "baseId", "caseId", "projectId", "agreementId", purpose, status, "allocatedBy", "allocatedAt", "deliveredOn", "deliveredBy")
       VALUES (1, $1, $2, $3, $4, $5, 'resettlement', 'delivered', 'admin', now(), '2025-06-10', 'admin')`,
      [unit.id, base.id, h.caseId, projectId, h.agreementId],
    );
    const connection = t.app.get(TransactionalConnection);
    await runWithContext({ actor: SYSTEM_ACTOR, changes: [] }, () => connection.transaction(() => t.app.get(TrackService).delivered(h.caseId, '2025-06-10')));
    expect(await track(h.caseId)).toMatchObject({ track: 'resettled', deliveredOn: '2025-06-10', resettledOn: '2025-06-10' });
    expect(await caseStatus(h.caseId)).toBe('resettled');
    await fees.accrue(lastCompleteMonth(today()), [h.caseId]);
    const all = await months(h.caseId);
    // end = 2025-06-10 + 3 months = 2025-09-10 (exclusive): September pays 9 of 30 days, nothing after
    expect(all.at(-1)).toMatchObject({ month: '2025-09-01', days: 9, daysInMonth: 30, amountFen: '72000' });
    expect(all).toHaveLength(9);
    // resettled households leave the stock
    const list = await t.http().get(`/api/resettlement/transitional?project=${p.code}&pageSize=200`).expect(200);
    expect(list.body.items.map((i: { caseId: string }) => i.caseId)).not.toContain(h.caseId);
  });

  it('never accrues for a household in a 周转房', async () => {
    const h = await vacatedSwap('turnover_flat');
    await since(h.caseId, '2024-01-10');
    await fees.accrue('2025-06-01', [h.caseId]);
    expect(await months(h.caseId)).toEqual([]);
    const list = await t.http().get(`/api/resettlement/transitional?project=${p.code}&pageSize=200`).expect(200);
    expect(list.body.items.find((i: { caseId: string }) => i.caseId === h.caseId)).toMatchObject({ transitionMethod: 'turnover_flat', accrued: '0.00' });
  });

  it('the set-based SQL and the domain function agree to the fen on many households', async () => {
    const h = await vacatedSwap();
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const rules: TransitionalFeeRule[] = [
      RULE,
      { basis: 'per_household', monthlyAmount: '1333.33', overdue: { everyMonths: 3, percent: '12.5', capPercent: '60' }, afterDeliveryMonths: 0 },
      { basis: 'per_person', monthlyAmount: '777.77', overdue: null, afterDeliveryMonths: 2 },
    ];
    for (let i = 0; i < 36; i++) {
      const rule = rules[i % rules.length]!;
      const tricky = ['2024-01-31', '2023-08-31', '2024-02-29', '2022-12-31', '2023-05-01'];
      const vacatedOn = i % 4 === 0 ? tricky[next(tricky.length)]! : `20${22 + next(3)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
      const transitionMonths = [0, 1, 6, 13, 24][next(5)]!;
      const persons = 1 + next(6);
      const deliveredOn = next(2) === 0 ? null : addMonths(vacatedOn, 1 + next(30));
      await db.query(`UPDATE scheme_version SET "transitionalFee" = $2 WHERE id = $1`, [p.schemeId, JSON.stringify(rule)]);
      await db.query(`DELETE FROM transitional_fee_accrual WHERE "caseId" = $1`, [h.caseId]);
      await db.query(`UPDATE resettlement_track SET "transitionalSince" = $2, "transitionMonths" = $3, persons = $4, "deliveredOn" = $5 WHERE "caseId" = $1`, [
        h.caseId,
        vacatedOn,
        transitionMonths,
        persons,
        deliveredOn,
      ]);
      await fees.accrue('2026-10-01', [h.caseId]);
      const expected = accrueThrough(rule, { vacatedOn, transitionMonths, persons, deliveredOn }, '2026-10-01');
      expect({ i, rows: await months(h.caseId) }).toEqual({
        i,
        rows: expected.map((m) => ({ month: m.month, days: m.days, daysInMonth: m.daysInMonth, stepPercent: m.stepPercent, amountFen: m.amountFen.toString() })),
      });
    }
    await db.query(`UPDATE scheme_version SET "transitionalFee" = $2 WHERE id = $1`, [p.schemeId, JSON.stringify(RULE)]);
    await db.query(`DELETE FROM transitional_fee_accrual WHERE "caseId" = $1`, [h.caseId]);
    await db.query(`UPDATE resettlement_track SET track = 'none', "transitionalSince" = NULL WHERE "caseId" = $1`, [h.caseId]);
  });

  it('finance batches the unpaid months and pays them once per key, outside the compensation money', async () => {
    const project = await feeProject(t.http());
    const previous = p;
    p = project;
    const a = await vacatedSwap();
    const b = await vacatedSwap();
    p = previous;
    await since(a.caseId, '2025-09-01');
    await since(b.caseId, '2025-10-16');
    await fees.accrue('2025-11-01', [a.caseId, b.caseId]);
    const finance = await t.loginAs({ username: 'fee-finance', roles: ['finance'] });
    const officer = await t.loginAs({ username: 'fee-officer', roles: ['officer'], projects: [project.code] });
    await officer.post('/api/resettlement/fee-batches').send({ projectCode: project.code, throughMonth: '2025-11' }).expect(403);
    // a month or a day that does not exist is refused in Chinese, before anything is read or written
    const noMonth = await finance.post('/api/resettlement/fee-batches').send({ projectCode: project.code, throughMonth: '2025-13' }).expect(400);
    expect(noMonth.body.message).toBe('截至月份必须是 YYYY-MM');
    const noDay = await finance.get(`/api/resettlement/transitional?project=${project.code}&since=2025-02-30`).expect(400);
    expect(noDay.body.message).toBe('起始腾地日期必须是有效日期（YYYY-MM-DD）');
    const created = await finance.post('/api/resettlement/fee-batches').send({ projectCode: project.code, throughMonth: '2025-11' }).expect(201);
    // a: Sep–Nov 3 × 2,400; b: 16 of 31 days in October (1,238.71) + November
    expect(created.body).toMatchObject({ status: 'draft', households: 2, total: '10838.71', throughMonth: '2025-11-01' });
    expect(created.body.lines.map((l: { caseId: string; months: number; amount: string }) => [l.caseId, l.months, l.amount]).sort()).toEqual(
      [
        [a.caseId, 3, '7200.00'],
        [b.caseId, 2, '3638.71'],
      ].sort(),
    );
    // nothing left to batch
    const empty = await finance.post('/api/resettlement/fee-batches').send({ projectCode: project.code, throughMonth: '2025-11' }).expect(422);
    expect(empty.body.message).toContain('没有未支付');
    const agreedBefore = await db.query(`SELECT id, "paidFen"::text FROM agreement WHERE "caseId" = ANY($1) ORDER BY id`, [[a.caseId, b.caseId]]);
    await finance.post(`/api/resettlement/fee-batches/${created.body.id}/pay`).send({ paidOn: '2025-12-05', method: 'bank_transfer' }).expect(400);
    const badDay = await finance.post(`/api/resettlement/fee-batches/${created.body.id}/pay`).set('Idempotency-Key', `fee-${randomUUID()}`).send({ paidOn: '2026-02-30', method: 'bank_transfer' }).expect(400);
    expect(badDay.body.message).toBe('支付日期必须是有效日期（YYYY-MM-DD）');
    const key = `fee-${randomUUID()}`;
    const paid = await finance.post(`/api/resettlement/fee-batches/${created.body.id}/pay`).set('Idempotency-Key', key).send({ paidOn: '2025-12-05', method: 'bank_transfer', bankReference: 'BR-1' }).expect(200);
    expect(paid.body).toMatchObject({ status: 'paid', paidOn: '2025-12-05', paidBy: 'fee-finance' });
    expect(paid.body.lines.every((l: { paymentId: string | null }) => l.paymentId !== null)).toBe(true);
    const replay = await finance.post(`/api/resettlement/fee-batches/${created.body.id}/pay`).set('Idempotency-Key', key).send({ paidOn: '2025-12-05', method: 'bank_transfer', bankReference: 'BR-1' }).expect(200);
    expect(replay.body.lines).toEqual(paid.body.lines);
    await finance.post(`/api/resettlement/fee-batches/${created.body.id}/pay`).set('Idempotency-Key', `fee-${randomUUID()}`).send({ paidOn: '2025-12-05', method: 'bank_transfer' }).expect(409);
    const payments = await db.query(`SELECT purpose, "amountFen"::text FROM payment WHERE "caseId" = ANY($1) ORDER BY "amountFen"`, [[a.caseId, b.caseId]]);
    expect(payments).toEqual([
      { purpose: 'transitional_fee', amountFen: '363871' },
      { purpose: 'transitional_fee', amountFen: '720000' },
    ]);
    expect(await db.query(`SELECT id, "paidFen"::text FROM agreement WHERE "caseId" = ANY($1) ORDER BY id`, [[a.caseId, b.caseId]])).toEqual(agreedBefore);
    expect(await t.app.get(MoneyInvariantsRepository).violations()).toEqual([]);
    // the stock shows what was paid, and the household's vacating can no longer be undone
    const list = await finance.get(`/api/resettlement/transitional?project=${project.code}`).expect(200);
    expect(list.body.totals).toMatchObject({ households: 2, accrued: '10838.71', paid: '10838.71', unpaid: '0.00' });
    const undo = await t.http().post(`/api/cases/${a.caseId}/transitions`).send({ to: 'signed', reason: '腾地登记有误' }).expect(422);
    expect(undo.body.message).toContain('过渡费已列入支付批次或已支付');
    const listed = await finance.get(`/api/resettlement/fee-batches?project=${project.code}`).expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: created.body.id, status: 'paid', statusLabel: '已支付' }] });
    // the payment list through the export pipeline: payee and masked 身份证号 per household, the total
    await officer.post('/api/exports').send({ kind: 'transitional-fee-batch', filters: { feeBatch: created.body.id } }).expect(403);
    const exported = await finance.post('/api/exports').send({ kind: 'transitional-fee-batch', filters: { feeBatch: created.body.id } }).expect(202);
    expect((await finishedBatch(finance, `/api/exports/${exported.body.id}`, 45_000)).status).toBe('succeeded');
    const file = await finance.get(`/api/exports/${exported.body.id}/file`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const dataRows = rows.filter((r) => typeof r[1] === 'number');
    expect(dataRows).toHaveLength(2);
    for (const r of dataRows) expect(String(r[4])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(rows.find((r) => r[1] === '合计')?.[7]).toBe(10838.71);
    // a compensation payment reversal of a fee payment is refused
    const feePayment = (await db.query(`SELECT id FROM payment WHERE "caseId" = $1`, [a.caseId]))[0].id;
    const reversal = await t.http().post(`/api/payments/${feePayment}/reversals`).send({ amount: '1.00', reason: '测试' }).expect(422);
    expect(reversal.body.message).toContain('过渡费支付不能在此冲正');
  });

  it('a monetary household is resettled on the day it is paid in full, and back when a reversal un-pays it', async () => {
    const h = await householdAt(t.http(), p);
    await t.http().post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const draft = await t.http().post(`/api/cases/${h.caseId}/agreements`).send({ method: 'monetary', transitionMethod: 'monetary', transitionMonths: 12 }).expect(201);
    const signed = await t.http().post(`/api/agreements/${draft.body.id}/sign`).send({ signedOn: '2013-06-01' }).expect(200);
    const agreed = signed.body.agreed as string;
    const cents = BigInt(agreed.replace('.', ''));
    const half = `${(cents / 2n / 100n).toString()}.${(cents / 2n % 100n).toString().padStart(2, '0')}`;
    const rest = cents - cents / 2n;
    const restText = `${(rest / 100n).toString()}.${(rest % 100n).toString().padStart(2, '0')}`;
    await t.http().post(`/api/agreements/${draft.body.id}/payments`).set('Idempotency-Key', `p1-${randomUUID()}`).send({ amount: half, paidOn: '2013-07-01', method: 'bank_transfer' }).expect(201);
    expect(await caseStatus(h.caseId)).toBe('none');
    const last = await t.http().post(`/api/agreements/${draft.body.id}/payments`).set('Idempotency-Key', `p2-${randomUUID()}`).send({ amount: restText, paidOn: '2013-07-20', method: 'bank_transfer' }).expect(201);
    expect(await track(h.caseId)).toMatchObject({ track: 'resettled', method: 'monetary', resettledOn: '2013-07-20' });
    expect(await caseStatus(h.caseId)).toBe('resettled');
    await t.http().post(`/api/payments/${last.body.id}/reversals`).send({ amount: '1.00', reason: '金额有误' }).expect(201);
    expect(await track(h.caseId)).toMatchObject({ track: 'none', resettledOn: null });
    expect(await caseStatus(h.caseId)).toBe('none');
  });

  it('the monthly job is scheduled at 01:00 Shanghai on the 1st, and a tick accrues through the month before its run date', async () => {
    const jobs = t.app.get(JobsService);
    const schedulers = await jobs.rawQueue.getJobSchedulers();
    expect(schedulers.find((s) => s.key === 'TransitionalFeeAccrualJob' || s.name === 'TransitionalFeeAccrualJob')).toMatchObject({ pattern: ACCRUAL_SCHEDULE.pattern, tz: 'Asia/Shanghai' });
    const h = await vacatedSwap();
    await since(h.caseId, addMonths(lastCompleteMonth(today()), -2));
    // a tick as the scheduler sends it (no record, no payload): the dispatcher records it and runs the handler
    await jobs.rawQueue.add('TransitionalFeeAccrualJob', { scheduled: true } as never, { jobId: `tick-${randomUUID()}` });
    const tick = await waitFor(async () => (await db.query(`SELECT payload, result FROM job_record WHERE name = 'TransitionalFeeAccrualJob' AND status = 'succeeded'`))[0], { what: '定时计提任务' });
    expect(tick).toMatchObject({ payload: {}, result: { throughMonth: lastCompleteMonth(today()) } });
    expect(tick.result.months).toBeGreaterThanOrEqual(3);
    expect((await months(h.caseId)).at(-1)!.month).toBe(lastCompleteMonth(today()));
    // and an enqueued run with a month is idempotent like the route
    const id = await t.app.get(TransactionalConnection).transaction(() => jobs.enqueue(TransitionalFeeAccrualJob, { throughMonth: lastCompleteMonth(today()) }));
    const done = await waitFor(async () => {
      const [row] = await db.query(`SELECT status, result FROM job_record WHERE id = $1`, [id]);
      return row?.status === 'succeeded' ? row : undefined;
    });
    expect(done.result).toMatchObject({ months: 0 });
  });

  it('shows the three-year clearance view from the stock, the deliveries and the planned dates', async () => {
    const res = await t.http().get(`/api/resettlement/transitional/clearance?project=${p.code}`).expect(200);
    const year = Number(today().slice(0, 4));
    expect(res.body.years.map((y: { year: number }) => y.year)).toEqual([year, year + 1, year + 2]);
    for (const y of res.body.years as Array<{ startStock: number; entered: number; delivered: number; projected: number; endStock: number }>)
      expect(y.endStock).toBe(Math.max(0, y.startStock + y.entered - y.delivered - y.projected));
    expect(res.body.years[1].startStock).toBe(res.body.years[0].endStock);
    const stock = await t.http().get(`/api/resettlement/transitional?project=${p.code}`).expect(200);
    expect(res.body.currentStock).toBe(stock.body.totals.households);
  });
});
