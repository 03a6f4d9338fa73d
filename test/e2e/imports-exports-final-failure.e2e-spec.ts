import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { householdWorkbook } from '../support/import-workbook.js';
import { makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

/**
 * A job that fails every attempt (a database or disk fault, not a bad file): once BullMQ's last attempt
 * has failed, its batch must end `failed` with a Chinese message — never stay `running` for ever.
 * Three attempts with 2 s and 4 s back-off: each case takes some seconds.
 */
describe('an import or export whose every attempt fails ends failed (e2e)', () => {
  let t: TestApp;
  let dataDir: string;

  const settled = (http: Http, path: string) => finishedBatch(http, path, 60_000);

  const jobOf = async (name: string, key: string, id: string) =>
    (await t.query<{ status: string; attempts: number; maxAttempts: number }>(
      `SELECT status, attempts, "maxAttempts" FROM job_record WHERE name = $1 AND payload->>$2 = $3`,
      [name, key, id],
    ))[0];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-final-failure-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    await t.http().post('/api/projects').send(makeProject({ code: 'FF' })).expect(201);
    await t.http().post('/api/projects/FF/parcels').send(makeParcel({ code: 'FF-01' })).expect(201);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an import whose every chunk write fails ends failed with a Chinese message, after the last attempt', async () => {
    // The database refuses every household write, as a full disk or a broken constraint would.
    await t.query(`CREATE FUNCTION ff_refuse_household() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
    await t.query('CREATE TRIGGER ff_refuse_household BEFORE INSERT ON household FOR EACH ROW EXECUTE FUNCTION ff_refuse_household()');
    try {
      const res = await t.http().post('/api/imports').field('kind', 'households').attach('file', await householdWorkbook('FF', 'FF-01'), '摸底台账.xlsx');
      expect(res.status).toBe(202);
      const batch = await settled(t.http(), `/api/imports/${res.body.id}`);
      expect(batch).toMatchObject({ status: 'failed', created: 0, processed: 0 });
      expect(batch.message).toMatch(/^导入失败：多次重试后仍出错/);
      expect(batch.finishedAt).toBeTruthy();
      const job = await jobOf('ImportJob', 'batchId', res.body.id);
      expect(job).toMatchObject({ status: 'failed' });
      expect(job!.attempts).toBe(job!.maxAttempts);
    } finally {
      await t.query('DROP TRIGGER ff_refuse_household ON household');
    }
    // Once the fault is gone, uploading the same file again imports it.
    const again = await t.http().post('/api/imports').field('kind', 'households').attach('file', await householdWorkbook('FF', 'FF-01'), '摸底台账.xlsx');
    expect(await settled(t.http(), `/api/imports/${again.body.id}`)).toMatchObject({ status: 'succeeded', created: 1 });
  });

  it('an export that cannot write its file ends failed with a Chinese message, and has nothing to download', async () => {
    // The exports directory cannot be created: a file is in its way.
    writeFileSync(join(dataDir, 'exports'), 'not a directory');
    const res = await t.http().post('/api/exports').send({ kind: 'household-ledger' });
    expect(res.status).toBe(202);
    const batch = await settled(t.http(), `/api/exports/${res.body.id}`);
    expect(batch).toMatchObject({ status: 'failed' });
    expect(batch.message).toMatch(/^导出失败：多次重试后仍出错/);
    const job = await jobOf('ExportJob', 'exportId', res.body.id);
    expect(job).toMatchObject({ status: 'failed' });
    expect(job!.attempts).toBe(job!.maxAttempts);
    const file = await t.http().get(`/api/exports/${res.body.id}/file`);
    expect({ status: file.status, message: file.body.message }).toEqual({ status: 409, message: '导出失败，没有可下载的文件，请重新导出' });
  });
});
