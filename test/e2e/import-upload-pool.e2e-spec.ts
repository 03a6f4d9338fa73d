import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeParcel, makeProject } from '../support/factories.js';
import { householdWorkbook } from '../support/import-workbook.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const UPLOADS = 20; // as many as the api's pool has connections (libs/platform/src/database/migrate.ts: max 20)
// Long enough that a read stuck behind the uploads would wait ~5 s, far above the 2.5 s allowed on a loaded machine.
const UPLOAD_MS = 6000;

/**
 * POSTs `file` as a multipart import in pieces spread over `ms` (a slow line), answering status and body.
 * The request is already inside the api (guard passed, handler running) while its bytes still arrive.
 */
function slowUpload(port: number, token: string, file: Buffer, ms: number): Promise<{ status: number; body: { id?: string; message?: string } }> {
  const boundary = `xj${randomBytes(8).toString('hex')}`;
  const part = (headers: string) => Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`);
  const body = Buffer.concat([
    part('Content-Disposition: form-data; name="kind"'),
    Buffer.from('households\r\n'),
    part('Content-Disposition: form-data; name="dryRun"'),
    Buffer.from('true\r\n'),
    part('Content-Disposition: form-data; name="file"; filename="slow.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/api/imports', method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') }));
      },
    );
    req.on('error', reject);
    const pieces = 10;
    const size = Math.ceil(body.length / pieces);
    let i = 0;
    const next = () => {
      req.write(body.subarray(i * size, (i + 1) * size));
      i += 1;
      if (i < pieces) setTimeout(next, ms / pieces);
      else req.end();
    };
    next();
  });
}

describe('POST /api/imports holds no database connection while the file arrives (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let port: number;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-upload-pool-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    await t.http().post('/api/projects').send(makeProject({ code: 'UP' })).expect(201);
    await t.http().post('/api/projects/UP/parcels').send(makeParcel({ code: 'UP-01' })).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`${UPLOADS} slow uploads at once: other requests keep answering at once, then every upload is queued and audited`, async () => {
    const token = await t.login('test-admin');
    const files = await Promise.all(Array.from({ length: UPLOADS }, () => householdWorkbook('UP', 'UP-01')));
    const uploads = Promise.all(files.map((file) => slowUpload(port, token, file, UPLOAD_MS)));

    // While the bytes trickle in: reads answer promptly and no connection sits in a transaction opened
    // with the request. Counted: transactions idle for a request's whole upload so far (older than 0.8 s) —
    // not the short write transactions of an upload that has just arrived, on a loaded machine.
    await new Promise((r) => setTimeout(r, 1000));
    const slowest: number[] = [];
    const openTransactions: number[] = [];
    for (let round = 0; round < 5; round++) {
      const started = Date.now();
      await Promise.all([t.http().get('/api/projects').expect(200), t.http().get('/api/imports').expect(200), t.http().get('/api/audit').expect(200)]);
      slowest.push(Date.now() - started);
      const [row] = await t.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'xujing' AND state LIKE 'idle in transaction%'
           AND xact_start < now() - interval '800 milliseconds'`,
      );
      openTransactions.push(Number(row!.n));
      await new Promise((r) => setTimeout(r, 400));
    }
    const answers = await uploads;

    expect(Math.max(...slowest)).toBeLessThan(2500);
    expect(openTransactions).toEqual([0, 0, 0, 0, 0]);
    expect(answers.map((a) => a.status)).toEqual(Array(UPLOADS).fill(202));
    const ids = answers.map((a) => a.body.id!);
    const audited = await t.query<{ entityId: string; outcome: string }>(
      `SELECT "entityId", outcome FROM audit_log WHERE action = 'import.create' AND "entityId" = ANY($1)`,
      [ids],
    );
    expect(audited).toHaveLength(UPLOADS);
    expect(new Set(audited.map((a) => a.outcome))).toEqual(new Set(['success']));
  }, 60_000);

  it('a refused upload writes nothing but its failure row', async () => {
    const token = await t.login('test-admin');
    const before = await t.query<{ n: string }>('SELECT count(*) AS n FROM import_batch');
    const refused = await slowUpload(port, token, Buffer.from('这不是 Excel 文件'), 200);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(refused.body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await t.query('SELECT count(*) AS n FROM import_batch')).toEqual(before);
    const [row] = await t.query<{ outcome: string; statusCode: number }>(
      `SELECT outcome, "statusCode" FROM audit_log WHERE action = 'import.create' ORDER BY id DESC LIMIT 1`,
    );
    expect(row).toEqual({ outcome: 'failure', statusCode: refused.status });
  });
});
