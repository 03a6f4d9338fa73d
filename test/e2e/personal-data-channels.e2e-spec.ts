import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeHousehold, makeIdNumber, makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

/** What the issue forbids anywhere but in encrypted columns and audited unmask answers. */
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

const numbersIn = (text: string) =>
  [...text.replace(UUID, '<uuid>').matchAll(ID_NUMBER), ...text.replace(UUID, '<uuid>').matchAll(MOBILE)].map((m) => m[0]);

const HEAD_ID = makeIdNumber({ region: '310229', birth: '19610303' });
const MEMBER_ID = makeIdNumber({ region: '310229', birth: '19880808' });
const PHONE = '13987654321';
/** A 身份证号 with a wrong check digit: rejected by the import, so it lands in the error report and its message. */
const BAD_ID = `${HEAD_ID.slice(0, 17)}${HEAD_ID.endsWith('0') ? '1' : '0'}`;

async function ledger(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['户编号', '项目编号', '地块编号', '村', '户主姓名', '户主身份证号', '联系电话', '户籍人数', '合法建筑面积', '摸底日期']);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * "No ID number or phone ever appears in a log line, a URL, or a queue payload": a run through
 * everything that handles them — create, edit, search, unmask, a failed login with a phone number
 * as the name, an import with good and rejected rows, its error report, an export by ID number —
 * with every log line collected at debug level, then the job rows and BullMQ's own tables read.
 */
describe('personal numbers stay out of logs, URLs and queue payloads (e2e)', () => {
  let t: TestApp;
  let officer: Http;
  const logLines: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'xj-pii-channels-'));

  const finished = (http: Http, path: string) => finishedBatch<Record<string, unknown>>(http, path);

  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'debug', DATA_DIR: dataDir }, { logLines });
    for (const code of ['PC1', 'PC2']) {
      await t.http().post('/api/projects').send(makeProject({ code })).expect(201);
      await t
        .http()
        .post(`/api/projects/${code}/parcels`)
        .send(makeParcel({ code: `${code}-01` }))
        .expect(201);
    }
    officer = await t.loginAs({ username: 'pc-officer', roles: ['officer'], projects: ['PC1'] });

    const household = (
      await officer
        .post('/api/households')
        .send(
          makeHousehold({
            projectCode: 'PC1',
            parcelCode: 'PC1-01',
            headIdNumber: HEAD_ID,
            phone: PHONE,
            members: [
              { name: '户主', idNumber: HEAD_ID, relation: 'head' },
              { name: '女儿', idNumber: MEMBER_ID, relation: 'child' },
            ],
          }),
        )
        .expect(201)
    ).body;
    await officer.patch(`/api/households/${household.id}`).send({ version: 1, phone: '13900001111' }).expect(200);
    await officer.patch(`/api/households/${household.id}`).send({ version: 2, headIdNumber: BAD_ID }).expect(400);
    for (const q of [HEAD_ID, MEMBER_ID, '13900001111']) {
      expect((await officer.post('/api/households/search').send({ q }).expect(200)).body.total).toBe(1);
      // Still answered in a query string (the first API contract), and still never logged.
      expect((await officer.get(`/api/households?q=${q}`).expect(200)).body.total).toBe(1);
    }
    await officer.post(`/api/households/${household.id}/unmask`).send({ reason: '核对身份' }).expect(200);
    await t.anon().post('/api/auth/login').send({ username: PHONE, password: 'Wrong#pass1' }).expect(401);

    const upload = await officer
      .post('/api/imports')
      .field('kind', 'households')
      .attach(
        'file',
        await ledger([
          ['PC1-101', 'PC1', 'PC1-01', '二联村', '王芳', MEMBER_ID, PHONE, 2, 80, '2013-01-22'],
          ['PC1-102', 'PC1', 'PC1-01', '二联村', '李强', BAD_ID, '13700002222', 2, 80, '2013-01-22'],
          ['PC2-101', 'PC2', 'PC2-01', '二联村', '赵敏', makeIdNumber(), '13600003333', 2, 80, '2013-01-22'],
        ]),
        '台账.xlsx',
      )
      .expect(202);
    const imported = await finished(officer, `/api/imports/${upload.body.id}`);
    expect(imported).toMatchObject({ status: 'succeeded', rejected: 2 });
    await officer.get(`/api/imports/${upload.body.id}/report`).expect(200);

    const exported = await officer
      .post('/api/exports')
      .send({ kind: 'household-ledger', filters: { q: HEAD_ID } })
      .expect(202);
    expect(await finished(officer, `/api/exports/${exported.body.id}`)).toMatchObject({ status: 'succeeded', total: 1 });
    await officer.get(`/api/exports/${exported.body.id}/file`).expect(200);
  });

  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs every request and job, and no line holds an ID number or phone number', () => {
    const text = logLines.join('');
    // The lines were really collected: requests, with their paths but never their query strings.
    expect(text).toContain('"path":"/api/households/search"');
    expect(text).toContain('"path":"/api/households"');
    expect(text).not.toContain('?q=');
    expect(logLines.length).toBeGreaterThan(30);
    expect(numbersIn(text)).toEqual([]);
    for (const secret of [HEAD_ID, MEMBER_ID, BAD_ID, PHONE, '13900001111', '13700002222']) expect(text).not.toContain(secret);
  });

  it('keeps only ids in the job rows and in BullMQ’s own tables', async () => {
    const jobs = await t.query<{ name: string; payload: unknown }>('SELECT name, payload FROM job_record ORDER BY "createdAt"');
    expect(jobs.map((j) => j.name)).toEqual(expect.arrayContaining(['ImportJob', 'ExportJob']));
    for (const job of jobs) expect(Object.keys(job.payload as object).every((k) => /Id$/.test(k))).toBe(true);
    const tables = await t.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'bullmq'`);
    expect(tables.length).toBeGreaterThan(0);
    const rows = (
      await Promise.all(tables.map((x) => t.query<{ row: string }>(`SELECT row_to_json(b)::text AS row FROM bullmq."${x.table_name}" b`)))
    ).flat();
    const text = JSON.stringify(jobs) + rows.map((r) => r.row).join('\n');
    expect(numbersIn(text)).toEqual([]);
    for (const secret of [HEAD_ID, MEMBER_ID, BAD_ID, PHONE]) expect(text).not.toContain(secret);
  });

  it('keeps them out of every path the audit trail recorded', async () => {
    const paths = await t.query<{ path: string }>('SELECT DISTINCT path FROM audit_log');
    expect(paths.length).toBeGreaterThan(5);
    expect(numbersIn(JSON.stringify(paths))).toEqual([]);
  });
});
