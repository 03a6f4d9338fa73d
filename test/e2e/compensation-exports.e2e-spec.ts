import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { projectWithScheme, signedAgreement } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('money ledgers through the export pipeline (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let p: { code: string; parcel: string };
  const agreed: string[] = [];

  async function ledger(http: Http, kind: string, project?: string): Promise<ExcelJS.Worksheet> {
    const created = await http
      .post('/api/exports')
      .send({ kind, ...(project ? { filters: { project } } : {}) })
      .expect(202);
    const done = await finishedBatch(http, `/api/exports/${created.body.id}`, 45_000);
    expect(done.status).toBe('succeeded');
    const res = await http.get(`/api/exports/${created.body.id}/file`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    return workbook.worksheets[0]!;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-money-exports-'));
    // One row a page: every ledger is read in several keyset pages from one snapshot, its 合计 summed page by page.
    t = await createTestApp({ DATA_DIR: dataDir, EXPORT_PAGE_ROWS: '1' });
    p = await projectWithScheme(t.http());
    const first = await signedAgreement(t.http(), p);
    const second = await signedAgreement(t.http(), p);
    agreed.push(first.agreed, second.agreed);
    const paid = await t
      .http()
      .post(`/api/agreements/${first.agreementId}/payments`)
      .set('Idempotency-Key', 'ledger-payment-0001')
      .send({ amount: '1000.50', paidOn: '2013-06-15', method: 'bank_transfer', bankReference: 'ICBC-1' })
      .expect(201);
    await t
      .http()
      .post(`/api/payments/${paid.body.id}/reversals`)
      .send({ amount: '0.25', reason: '多付冲回', paidOn: '2013-06-16' })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('签约台账: one signed agreement a row in signing order, amounts #,##0.00, a 合计 row exact to the fen', async () => {
    const sheet = await ledger(t.http(), 'agreement-ledger', p.code);
    expect(sheet.name).toBe('签约台账');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['项目编号', '补偿方式', '签约顺序号']);
    expect([sheet.getCell('C2').value, sheet.getCell('C3').value]).toEqual([1, 2]);
    const [subject] = await t.query<{ code: string; headName: string }>(
      `SELECT h.code, h."headName" FROM agreement a JOIN case_file c ON c.id = a."caseId" JOIN household h ON h.id = c."subjectId"
        JOIN project p ON p.id = a."projectId" WHERE p.code = $1 AND a."sequenceNo" = 1`,
      [p.code],
    );
    expect([sheet.getCell('D2').value, sheet.getCell('E2').value]).toEqual([subject!.code, subject!.headName]);
    expect(sheet.getCell('G2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('I2').value).toBe(1000.25);
    expect(sheet.getCell('A4').value).toBe('合计');
    const total = agreed.reduce((s, a) => s + BigInt(a.replace('.', '')), 0n);
    expect(sheet.getCell('H4').value).toBe(Number(total) / 100);
    expect(sheet.getCell('I4').value).toBe(1000.25);
    expect(sheet.getRow(4).font?.bold).toBe(true);
  });

  it('支付台账: payments and reversals (negative) by date, with a 合计 of what was paid', async () => {
    const sheet = await ledger(t.http(), 'payment-ledger');
    expect(sheet.name).toBe('支付台账');
    expect([sheet.getCell('C2').value, sheet.getCell('I2').value, sheet.getCell('H2').value]).toEqual(['支付', 1000.5, 'ICBC-1']);
    expect([sheet.getCell('C3').value, sheet.getCell('I3').value, sheet.getCell('J3').value]).toEqual(['冲正', -0.25, '多付冲回']);
    expect(sheet.getCell('I2').numFmt).toBe('#,##0.00');
    expect([sheet.getCell('A4').value, sheet.getCell('I4').value]).toEqual(['合计', 1000.25]);
  });

  it('holds only what the exporting user may see', async () => {
    const stranger = await t.loginAs({ username: 'ledger-officer', roles: ['officer'], projects: [] });
    const sheet = await ledger(stranger, 'agreement-ledger');
    expect(sheet.getCell('A2').value).toBe('合计');
    expect(sheet.getCell('H2').value).toBe(0);
  });

  it('阳光征收公示表: per project, household code, village, masked head, recognised areas, compensation, signing date — nothing else', async () => {
    // Who may ask, and for what: a project is required, finance and the company may not post it.
    const finance = await t.loginAs({ username: 'disclosure-finance', roles: ['finance'], projects: [] });
    await finance
      .post('/api/exports')
      .send({ kind: 'public-disclosure', filters: { project: p.code } })
      .expect(403);
    const missing = await t.http().post('/api/exports').send({ kind: 'public-disclosure' }).expect(422);
    expect(missing.body.message).toBe('请指定要公示的项目');
    await t
      .http()
      .post('/api/exports')
      .send({ kind: 'public-disclosure', filters: { project: 'NOPE99' } })
      .expect(404);

    const sheet = await ledger(t.http(), 'public-disclosure', p.code);
    expect(sheet.name).toBe('阳光征收公示表');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '项目编号',
      '户编号',
      '村',
      '户主',
      '合法面积（㎡）',
      '无证面积（㎡）',
      '宅基地面积（㎡）',
      '补偿总额（元）',
      '签约日期',
    ]);
    const households = await t.query<{
      code: string;
      headName: string;
      village: string;
      compensation: string;
      signedOn: string;
      facts: { areas: Record<string, string> };
    }>(
      `SELECT h.code, h."headName", pa.village, (a."compensationFen" / 100.0)::float8::text AS compensation, a."signedOn"::text AS "signedOn", k.facts
         FROM agreement a JOIN case_file c ON c.id = a."caseId" JOIN household h ON h.id = c."subjectId" JOIN parcel pa ON pa.id = c."parcelId"
         JOIN calculation k ON k.id = a."calculationId" JOIN project p ON p.id = a."projectId"
        WHERE p.code = $1 AND a.status = 'signed' ORDER BY h.code`,
      [p.code],
    );
    expect(households).toHaveLength(2);
    households.forEach((h, i) => {
      const row = sheet.getRow(i + 2).values as unknown[];
      const chars = [...h.headName];
      expect(row.slice(1)).toEqual([
        p.code,
        h.code,
        h.village,
        chars.length === 2 ? `${chars[0]}*` : `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`,
        h.facts.areas.licensed === undefined ? undefined : Number(h.facts.areas.licensed),
        h.facts.areas.unlicensed === undefined ? undefined : Number(h.facts.areas.unlicensed),
        h.facts.areas.homestead === undefined ? undefined : Number(h.facts.areas.homestead),
        Number(h.compensation),
        h.signedOn,
      ]);
      expect(row).not.toContain(h.headName);
    });
    expect(sheet.getCell('A4').value).toBe('合计');
    expect(sheet.getCell('H4').value).toBe(Number(households.reduce((s, h) => s + Number(h.compensation), 0).toFixed(2)));
    // No internal watermark under a sheet meant to be posted; no number of anyone's in it.
    const text = JSON.stringify(sheet.getSheetValues());
    expect(text).not.toContain('仅限内部工作使用');
    expect(text).toContain('阳光征收公示');
    expect(text).not.toMatch(/\d{17}[\dXx]/);
  });
});
