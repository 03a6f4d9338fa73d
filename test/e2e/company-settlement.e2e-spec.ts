import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { makeProject } from '../support/factories.js';
import { projectWithScheme, signedAgreement } from '../support/money.js';
import { idempotencyKey, payInFull } from '../support/settlement.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

interface Line {
  id: string;
  caseId: string;
  version: number;
  agreed: string;
  fee: string;
  total: string;
  status: string;
  allocated: string;
}

/** 结算: finance issues statements, the company answers each line, receipts come in, the three ledgers reconcile. */
describe('company mechanisms: settlement (e2e)', () => {
  let t: TestApp;
  let admin: Http;
  let finance: Http;
  let company: Http;
  let otherCompany: Http;
  let where: { code: string; parcel: string };
  let dataDir: string;

  /** A signed case moved on to 已腾地 by the plain route. */
  const vacatedCase = async (): Promise<{ caseId: string; agreementId: string; agreed: string }> => {
    const signed = await signedAgreement(admin, where);
    await admin.post(`/api/cases/${signed.caseId}/transitions`).send({ to: 'vacated' }).expect(200);
    return signed;
  };
  const issue = async (caseIds: string[]) => (await finance.post(`/api/projects/${where.code}/settlement-statements`).send({ caseIds, issuedOn: '2013-09-01' }).expect(201)).body;
  const receive = (id: string, amount: string, key = idempotencyKey(), who: Http = finance) =>
    who.post(`/api/settlement-statements/${id}/receipts`).set('Idempotency-Key', key).send({ amount, receivedOn: '2013-09-15', bankReference: 'ICBC20130915-0001' });
  const status = async (caseId: string) => (await t.query<{ status: string }>('SELECT status FROM case_file WHERE id = $1', [caseId]))[0]!.status;
  const fen = (yuan: string) => BigInt(yuan.replace('.', ''));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-settlement-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    admin = t.http();
    where = await projectWithScheme(admin);
    const other = makeProject();
    await admin.post('/api/projects').send(other).expect(201);
    finance = await t.loginAs({ username: 'settle-finance', roles: ['finance'] });
    company = await t.loginAs({ username: 'settle-company', roles: ['company'], projects: [where.code] });
    otherCompany = await t.loginAs({ username: 'settle-company-2', roles: ['company'], projects: [other.code as string] });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const exported = async (http: Http, kind: string, filters: Record<string, string>): Promise<ExcelJS.Workbook> => {
    const created = await http.post('/api/exports').send({ kind, filters }).expect(202);
    await finishedBatch(http, `/api/exports/${created.body.id}`, 45_000);
    const res = await http.get(`/api/exports/${created.body.id}/file`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    return workbook;
  };

  it('settles a case only through a 结算单: the plain route answers 422 naming it', async () => {
    const c = await vacatedCase();
    const refused = await admin.post(`/api/cases/${c.caseId}/transitions`).send({ to: 'settled' }).expect(422);
    expect(refused.body.message).toBe('“完成结算”须通过结算单办理，不能直接变更案件状态');
    await finance.post(`/api/cases/${c.caseId}/transitions`).send({ to: 'settled' }).expect(422);
    expect(await status(c.caseId)).toBe('vacated');
  });

  it('issues a statement with the management fee to the fen; a disputed line is dropped, the rest confirmed, and the statement is immutable', async () => {
    const figures = await finance.put(`/api/projects/${where.code}/settlement-figures`).send({ managementFeeRate: '2.5', budget: '5000000.00' }).expect(200);
    expect(figures.body).toMatchObject({ managementFeeRate: '2.5000', budget: '5000000.00' });
    const cases = [await vacatedCase(), await vacatedCase(), await vacatedCase()];
    const statement = await issue(cases.map((c) => c.caseId));
    expect(statement).toMatchObject({ projectCode: where.code, status: 'issued', statusLabel: '待确认', issuedOn: '2013-09-01', managementFeeRate: '2.5000' });
    expect(statement.number).toMatch(new RegExp(`^JS-${where.code}-\\d{3}$`));
    const lines = statement.lines as Line[];
    let sum = 0n;
    for (const [i, line] of lines.entries()) {
      expect(line.agreed).toBe(cases[i]!.agreed);
      const expectedFee = (fen(line.agreed) * 25n + 500n) / 1000n; // 2.5 %, half-up to the fen
      expect(fen(line.fee)).toBe(expectedFee);
      expect(fen(line.total)).toBe(fen(line.agreed) + expectedFee);
      sum += fen(line.total);
    }
    expect(fen(statement.total)).toBe(sum);

    // A case on a live line cannot go on another statement.
    const twice = await finance.post(`/api/projects/${where.code}/settlement-statements`).send({ caseIds: [cases[0]!.caseId] }).expect(422);
    expect(twice.body.message).toContain('已列入其他结算单');
    // Only the company answers lines; finance may not.
    await finance.post(`/api/settlement-lines/${lines[0]!.id}/confirm`).send({ version: lines[0]!.version }).expect(403);
    await company.post(`/api/settlement-lines/${lines[0]!.id}/confirm`).send({ version: lines[0]!.version }).expect(200);
    const noReason = await company.post(`/api/settlement-lines/${lines[1]!.id}/dispute`).send({ version: lines[1]!.version, reason: '' }).expect(400);
    expect(JSON.stringify(noReason.body)).toContain('异议原因');
    const disputed = await company.post(`/api/settlement-lines/${lines[1]!.id}/dispute`).send({ version: lines[1]!.version, reason: '评估面积与测绘报告不符' }).expect(200);
    expect(disputed.body.lines[1]).toMatchObject({ status: 'disputed', statusLabel: '有异议', disputeReason: '评估面积与测绘报告不符', answeredBy: 'settle-company' });
    await company.post(`/api/settlement-lines/${lines[0]!.id}/dispute`).send({ version: 2, reason: '再议' }).expect(422);
    const confirmedThird = await company.post(`/api/settlement-lines/${lines[2]!.id}/confirm`).send({ version: lines[2]!.version }).expect(200);
    expect(confirmedThird.body.status).toBe('issued'); // the disputed line still waits for finance

    await company.post(`/api/settlement-lines/${lines[1]!.id}/drop`).send({ version: 2 }).expect(403);
    const dropped = await finance.post(`/api/settlement-lines/${lines[1]!.id}/drop`).send({ version: 2 }).expect(200);
    expect(dropped.body).toMatchObject({ status: 'confirmed', statusLabel: '已确认' });
    expect(dropped.body.lines[1]).toMatchObject({ status: 'dropped', droppedBy: 'settle-finance' });
    expect(fen(dropped.body.total)).toBe(fen(lines[0]!.total) + fen(lines[2]!.total));

    // Confirmed: nothing changes any more, through the API or in the database.
    await company.post(`/api/settlement-lines/${lines[0]!.id}/dispute`).send({ version: 2, reason: '再议' }).expect(422);
    await expect(t.query(`UPDATE settlement_line SET "disputeReason" = 'x' WHERE id = $1`, [lines[0]!.id])).rejects.toThrow('已确认的结算单的结算行不能修改或删除');
    await expect(t.query(`UPDATE settlement_statement SET "totalFen" = 0 WHERE id = $1`, [statement.id])).rejects.toThrow('已确认的结算单不能修改或删除');

    // The dropped case goes on a new statement.
    const reissued = await issue([cases[1]!.caseId]);
    expect(Number(reissued.number.split('-').at(-1))).toBe(Number(statement.number.split('-').at(-1)) + 1);
    const list = await company.get(`/api/projects/${where.code}/settlement-statements`).expect(200);
    expect(list.body.items.map((s: { number: string }) => s.number).slice(0, 2)).toEqual([reissued.number, statement.number]);

    const after = await finance.get(`/api/projects/${where.code}/settlement-figures`).expect(200);
    expect(fen(after.body.submitted)).toBe(fen(dropped.body.total) + fen(reissued.total));
    expect(fen(after.body.submittedLessBudget)).toBe(fen(after.body.submitted) - 500000000n);
    await finance.put(`/api/projects/${where.code}/settlement-figures`).send({ audited: '4800000.00' }).expect(422);
    const audited = await finance.put(`/api/projects/${where.code}/settlement-figures`).send({ audited: '4800000.00', auditReportRef: '沪青审〔2014〕12号' }).expect(200);
    expect(audited.body).toMatchObject({ audited: '4800000.00', auditReportRef: '沪青审〔2014〕12号', budget: '5000000.00' });
    expect(fen(audited.body.auditedLessSubmitted)).toBe(480000000n - fen(after.body.submitted));
    await company.put(`/api/projects/${where.code}/settlement-figures`).send({ budget: '1.00' }).expect(403);
  });

  it('records a receipt once per Idempotency-Key and refuses more than the statement total', async () => {
    const c = await vacatedCase();
    const statement = await issue([c.caseId]);
    const key = idempotencyKey();
    const first = await receive(statement.id, '100.00', key).expect(201);
    const again = await receive(statement.id, '100.00', key).expect(201);
    expect(again.body.id).toBe(first.body.id);
    expect((await t.query<{ n: number }>('SELECT count(*)::int AS n FROM settlement_receipt WHERE "idempotencyKey" = $1', [key]))[0]!.n).toBe(1);
    const other = await receive(statement.id, '200.00', key).expect(422);
    expect(other.body.message).toContain('Idempotency-Key');
    await finance.post(`/api/settlement-statements/${statement.id}/receipts`).send({ amount: '1.00', receivedOn: '2013-09-15', bankReference: 'X' }).expect(400);
    const early = await finance
      .post(`/api/settlement-statements/${statement.id}/receipts`)
      .set('Idempotency-Key', idempotencyKey())
      .send({ amount: '1.00', receivedOn: '2013-08-31', bankReference: 'X' })
      .expect(422);
    expect(early.body.message).toBe('到账日期 2013-08-31 不能早于结算单出具日期 2013-09-01');
    const over = await receive(statement.id, (Number(statement.total) - 99).toFixed(2)).expect(422);
    expect(over.body.message).toContain('到账金额超出结算单未到账余额');
    await receive(statement.id, '1.00', idempotencyKey(), company).expect(403);
    await expect(t.query(`UPDATE settlement_receipt SET "amountFen" = 1 WHERE id = $1`, [first.body.id])).rejects.toThrow('到账记录不能修改或删除');
    const detail = await finance.get(`/api/settlement-statements/${statement.id}`).expect(200);
    expect(detail.body).toMatchObject({ received: '100.00', unallocated: '100.00' });
    expect(detail.body.receipts).toHaveLength(1);
  });

  it('moves a case to settled only when its line is confirmed, it is paid in full and the line is covered by receipts', async () => {
    const c = await vacatedCase();
    const half = (fen(c.agreed) / 2n).toString();
    const halfYuan = `${half.slice(0, -2) || '0'}.${half.slice(-2).padStart(2, '0')}`;
    await admin.post(`/api/agreements/${c.agreementId}/payments`).set('Idempotency-Key', idempotencyKey()).send({ amount: halfYuan, paidOn: '2013-07-01', method: 'bank_transfer' }).expect(201);
    const statement = await issue([c.caseId]);
    const line = statement.lines[0] as Line;
    await receive(statement.id, statement.total).expect(201);
    expect(await status(c.caseId)).toBe('vacated'); // received, but the line is not confirmed
    const confirmed = await company.post(`/api/settlement-lines/${line.id}/confirm`).send({ version: line.version }).expect(200);
    expect(confirmed.body.lines[0].allocated).toBe(statement.total);
    expect(await status(c.caseId)).toBe('vacated'); // confirmed and covered, but not paid in full
    await payInFull(admin, c.caseId);
    expect(await status(c.caseId)).toBe('settled');
    const history = await t.query<{ toStatus: string }>(`SELECT "toStatus" FROM case_transition WHERE "caseId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [c.caseId]);
    expect(history[0]!.toStatus).toBe('settled');

    // Paid and confirmed first, the receipt covering the line settles it; a partial one does not.
    const d = await vacatedCase();
    await payInFull(admin, d.caseId);
    const s2 = await issue([d.caseId]);
    await company.post(`/api/settlement-lines/${s2.lines[0].id}/confirm`).send({ version: s2.lines[0].version }).expect(200);
    await receive(s2.id, '1.00').expect(201);
    expect(await status(d.caseId)).toBe('vacated');
    await receive(s2.id, (Number(s2.total) - 1).toFixed(2)).expect(201);
    expect(await status(d.caseId)).toBe('settled');
    // The reversal stays a plain, reasoned step.
    await finance.post(`/api/cases/${d.caseId}/transitions`).send({ to: 'vacated', reason: '结算单金额有误' }).expect(200);

    // Paid and received first, the company's confirmation settles it (the step is the company's then).
    const e = await vacatedCase();
    await payInFull(admin, e.caseId);
    const s3 = await issue([e.caseId]);
    await receive(s3.id, s3.total).expect(201);
    expect(await status(e.caseId)).toBe('vacated');
    await company.post(`/api/settlement-lines/${s3.lines[0].id}/confirm`).send({ version: s3.lines[0].version }).expect(200);
    expect(await status(e.caseId)).toBe('settled');
    const [step] = await t.query<{ actor: string; fromStatus: string }>(`SELECT actor, "fromStatus" FROM case_transition WHERE "caseId" = $1 AND "toStatus" = 'settled'`, [e.caseId]);
    expect(step).toEqual({ actor: 'settle-company', fromStatus: 'vacated' });
  });

  it('reconciles the three ledgers to the fen and names each discrepancy with its case', async () => {
    const project = await projectWithScheme(admin);
    const saved = where;
    where = project;
    try {
      await admin.put(`/api/projects/${project.code}/settlement-figures`).send({ managementFeeRate: null }).expect(200);
      const balanced = await vacatedCase();
      await payInFull(admin, balanced.caseId);
      const notInStatement = await vacatedCase();
      const overPaid = await vacatedCase();
      const voided = await vacatedCase();
      const paidNotReceived = await vacatedCase();
      await payInFull(admin, paidNotReceived.caseId);

      const s1 = await issue([balanced.caseId, overPaid.caseId]);
      for (const l of s1.lines as Line[]) await admin.post(`/api/settlement-lines/${l.id}/confirm`).send({ version: l.version }).expect(200);
      await receive(s1.id, s1.total).expect(201);
      const s2 = await issue([voided.caseId, paidNotReceived.caseId]);
      await receive(s2.id, '10.00').expect(201); // nothing confirmed: received but not allocated

      // An agreement voided after its case went on a statement.
      await admin.post(`/api/cases/${voided.caseId}/transitions`).send({ to: 'signed', reason: '重新签约' }).expect(200);
      await admin.post(`/api/agreements/${voided.agreementId}/void`).send({ reason: '协议有误，作废重签' }).expect(200);
      // A disbursement recorded beyond the agreement (as a bank's file would bring in), outside the payment route.
      await t.query(
        `INSERT INTO payment ("agreementId", "caseId", "projectId", kind, "amountFen", "paidOn", method, "createdBy")
         SELECT id, "caseId", "projectId", 'payment', "agreedFen" + 12345, '2013-07-02', 'bank_transfer', 'bank-file' FROM agreement WHERE id = $1`,
        [overPaid.agreementId],
      );

      const r = (await finance.get(`/api/projects/${project.code}/reconciliation`).expect(200)).body;
      const agreedFen = [balanced, notInStatement, overPaid, paidNotReceived].reduce((s, c) => s + fen(c.agreed), 0n);
      const disbursedFen = fen(balanced.agreed) + fen(paidNotReceived.agreed) + fen(overPaid.agreed) + 12345n;
      expect(r.totals).toMatchObject({ cases: 5 });
      expect(fen(r.totals.agreed)).toBe(agreedFen);
      expect(fen(r.totals.disbursed)).toBe(disbursedFen);
      expect(fen(r.totals.received)).toBe(fen(s1.total) + 1000n);
      expect(r.balanced).toBe(false);
      const kinds = (r.discrepancies as Array<{ kind: string; caseId: string | null; statementNumber: string | null; amount: string; subjectCode: string | null; kindLabel: string }>).map((d) => [d.kind, d.caseId, d.statementNumber, d.amount]);
      expect(kinds).toEqual(
        expect.arrayContaining([
          ['paid_over_agreed', overPaid.caseId, s1.number, '123.45'],
          ['paid_not_received', overPaid.caseId, s1.number, '123.45'],
          ['agreed_not_in_statement', notInStatement.caseId, null, notInStatement.agreed],
          ['in_statement_voided', voided.caseId, s2.number, '0.00'],
          ['paid_not_received', paidNotReceived.caseId, s2.number, paidNotReceived.agreed],
          ['received_not_allocated', null, s2.number, '10.00'],
        ]),
      );
      expect(kinds).toHaveLength(6);
      expect(r.discrepancies.every((d: { kind: string; subjectCode: string | null }) => d.kind === 'received_not_allocated' || Boolean(d.subjectCode))).toBe(true);
      expect(r.counts).toEqual(expect.arrayContaining([{ kind: 'paid_not_received', kindLabel: '已支付未到账', count: 2 }]));

      const one = (await finance.get(`/api/settlement-statements/${s1.id}/reconciliation`).expect(200)).body;
      expect(one).toMatchObject({ statementNumber: s1.number, totals: { cases: 2, received: s1.total, allocated: s1.total } });
      expect(one.discrepancies.map((d: { kind: string }) => d.kind).sort()).toEqual(['paid_not_received', 'paid_over_agreed']);
    } finally {
      where = saved;
    }
  });

  it('answers 404 to the company of another project everywhere', async () => {
    const c = await vacatedCase();
    const statement = await issue([c.caseId]);
    const line = statement.lines[0] as Line;
    await otherCompany.get(`/api/projects/${where.code}/settlement-statements`).expect(404);
    await otherCompany.get(`/api/projects/${where.code}/settlement-candidates`).expect(404);
    await otherCompany.get(`/api/settlement-statements/${statement.id}`).expect(404);
    await otherCompany.post(`/api/settlement-lines/${line.id}/confirm`).send({ version: line.version }).expect(404);
    await otherCompany.post(`/api/settlement-lines/${line.id}/dispute`).send({ version: line.version, reason: '不认可' }).expect(404);
    await otherCompany.get(`/api/projects/${where.code}/settlement-figures`).expect(404);
    await otherCompany.get(`/api/projects/${where.code}/reconciliation`).expect(404);
    await otherCompany.get(`/api/settlement-statements/${statement.id}/reconciliation`).expect(404);
    expect((await company.get(`/api/settlement-statements/${statement.id}`).expect(200)).body.lines).toHaveLength(1);
  });

  it('exports a statement as the company receives it (大写 total, signature lines) and the reconciliation with its discrepancies', async () => {
    const c = await vacatedCase();
    const statement = await issue([c.caseId]);
    const sheet = (await exported(company, 'settlement-statement', { statement: statement.id })).worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts[0]).toBe(`征收补偿结算单（${statement.number}）`);
    expect(texts).toEqual(expect.arrayContaining(['行号', '协议金额（元）', '管理费（元）', '合计', '经办人：']));
    expect(texts.some((x) => x.startsWith('合计金额（大写）：') && x.includes(`¥${statement.total}`))).toBe(true);
    expect(texts.some((x) => x.startsWith('甲方（盖章）'))).toBe(true);
    expect(texts.some((x) => x.startsWith('乙方（盖章）'))).toBe(true);
    const lineRow = sheet.getRow(5);
    expect(lineRow.getCell(4).value).toBe(Number(statement.lines[0].agreed));
    expect(lineRow.getCell(4).numFmt).toBe('#,##0.00');
    await otherCompany.post('/api/exports').send({ kind: 'settlement-statement', filters: { statement: statement.id } }).expect(404);
    await finance.post('/api/exports').send({ kind: 'settlement-statement', filters: {} }).expect(422);

    const book = await exported(finance, 'reconciliation', { project: where.code });
    expect(book.worksheets.map((w) => w.name)).toEqual(['三账对账', '差异清单']);
    const list = book.getWorksheet('差异清单')!;
    expect(list.getRow(1).values).toEqual([undefined, '差异类型', '征收对象编号', '被征收人', '结算单号', '涉及金额（元）']);
    const kinds: string[] = [];
    list.eachRow((row, n) => n > 1 && typeof row.getCell(5).value === 'number' && kinds.push(String(row.getCell(1).value)));
    expect(kinds).toEqual(expect.arrayContaining(['已签约未列入结算单', '已到账未分配']));
  });

  // Last: it issues a statement, which the figures above would count.
  it("pages a new statement's picker by code: each vacated, signed case not on a statement once, with its amounts", async () => {
    const made = [await vacatedCase(), await vacatedCase(), await vacatedCase()];
    const walked: Array<{ caseId: string; agreementId: string; agreed: string; paid: string }> = [];
    let after: string | null = null;
    do {
      const res: { body: { items: Array<{ caseId: string; agreementId: string; agreed: string; paid: string }>; next: string | null } } = await finance.get(`/api/projects/${where.code}/settlement-candidates`).query({ pageSize: 1, ...(after ? { after } : {}) }).expect(200);
      expect(res.body.items).toHaveLength(1);
      walked.push(...res.body.items);
      after = res.body.next;
    } while (after && walked.length < 500);
    expect(new Set(walked.map((c) => c.caseId)).size).toBe(walked.length);
    for (const m of made) expect(walked).toContainEqual(expect.objectContaining({ caseId: m.caseId, agreementId: m.agreementId, agreed: m.agreed, paid: '0.00' }));
    const whole = await finance.get(`/api/projects/${where.code}/settlement-candidates`).expect(200);
    expect(whole.body.items.map((c: { caseId: string }) => c.caseId)).toEqual(walked.map((c) => c.caseId));
    expect(whole.body.next).toBeNull();
    // Once on a statement, a case leaves the picker.
    await issue([made[0]!.caseId]);
    const after1 = await finance.get(`/api/projects/${where.code}/settlement-candidates`).expect(200);
    expect(after1.body.items.map((c: { caseId: string }) => c.caseId)).not.toContain(made[0]!.caseId);
    expect((await finance.get(`/api/projects/${where.code}/settlement-candidates`).query({ after: 'WyJ4Il0' }).expect(400)).body.message).toContain('翻页位置（after）无效');
  });
});
