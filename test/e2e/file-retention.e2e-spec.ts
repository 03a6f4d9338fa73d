import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileRetentionService } from '@app/excel';
import { makeParcel, makeProject } from '../support/factories.js';
import { householdWorkbook } from '../support/import-workbook.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

describe('retention of stored uploads and exports (e2e)', () => {
  let t: TestApp;
  let dataDir: string;

  const until = <T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> =>
    waitFor(async () => {
      const v = await read();
      return done(v) ? v : undefined;
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-retention-'));
    t = await createTestApp({ DATA_DIR: dataDir, UPLOAD_RETENTION_DAYS: '90', EXPORT_RETENTION_DAYS: '7' });
    await t.http().post('/api/projects').send(makeProject({ code: 'RT' })).expect(201);
    await t.http().post('/api/projects/RT/parcels').send(makeParcel({ code: 'RT-01' })).expect(201);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('deletes files past their period, keeps the records, and answers 410 in Chinese for their downloads', async () => {
    const upload = await t.http().post('/api/imports').field('kind', 'households').attach('file', await householdWorkbook('RT', 'RT-XX'), '台账.xlsx').expect(202);
    const batch = await until(() => t.http().get(`/api/imports/${upload.body.id}`).then((r) => r.body), (b) => b.status === 'succeeded');
    expect(batch).toMatchObject({ rejected: 1, fileAvailable: true });
    const exported = await t.http().post('/api/exports').send({ kind: 'case-progress' }).expect(202);
    await until(() => t.http().get(`/api/exports/${exported.body.id}`).then((r) => r.body), (b) => b.status === 'succeeded');
    const [stored] = await t.query<{ storedPath: string }>('SELECT "storedPath" FROM import_batch WHERE id = $1', [upload.body.id]);
    const [written] = await t.query<{ storedPath: string }>('SELECT "storedPath" FROM export_batch WHERE id = $1', [exported.body.id]);
    expect(existsSync(join(dataDir, stored!.storedPath))).toBe(true);
    expect(existsSync(written!.storedPath)).toBe(true);

    const retention = t.app.get(FileRetentionService);
    // Within the period nothing goes.
    expect(await retention.purgeOnce()).toEqual({ uploads: 0, exports: 0, orphans: 0 });
    await t.http().get(`/api/imports/${upload.body.id}/report`).expect(200);

    // The export is 8 days old, the upload 89: only the export goes.
    await t.query(`UPDATE export_batch SET "finishedAt" = now() - interval '8 days' WHERE id = $1`, [exported.body.id]);
    await t.query(`UPDATE import_batch SET "finishedAt" = now() - interval '89 days' WHERE id = $1`, [upload.body.id]);
    expect(await retention.purgeOnce()).toEqual({ uploads: 0, exports: 1, orphans: 0 });
    expect(existsSync(written!.storedPath)).toBe(false);
    const gone = await t.http().get(`/api/exports/${exported.body.id}/file`);
    expect(gone.status).toBe(410);
    expect(gone.body.message).toBe('导出文件已超过保存期限（7 天）并已删除，请重新导出');
    expect((await t.http().get(`/api/exports/${exported.body.id}`)).body).toMatchObject({ status: 'succeeded', fileAvailable: false });

    await t.query(`UPDATE import_batch SET "finishedAt" = now() - interval '91 days' WHERE id = $1`, [upload.body.id]);
    expect(await retention.purgeOnce()).toEqual({ uploads: 1, exports: 0, orphans: 0 });
    expect(existsSync(join(dataDir, stored!.storedPath))).toBe(false);
    const report = await t.http().get(`/api/imports/${upload.body.id}/report`);
    expect(report.status).toBe(410);
    expect(report.body.message).toBe('上传的原始文件已按保存期限（90 天）删除，无法再生成错误报告');
    expect((await t.http().get(`/api/imports/${upload.body.id}`)).body).toMatchObject({ status: 'succeeded', rejected: 1, fileAvailable: false });
    // A second pass finds nothing more.
    expect(await retention.purgeOnce()).toEqual({ uploads: 0, exports: 0, orphans: 0 });
  });

  it('deletes an upload no batch refers to after a day, and never a running import\'s file', async () => {
    const uploads = join(dataDir, 'uploads');
    mkdirSync(uploads, { recursive: true });
    const old = join(uploads, 'orphan-old.xlsx');
    const fresh = join(uploads, 'orphan-fresh.xlsx');
    writeFileSync(old, 'x');
    writeFileSync(fresh, 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    // A queued import (its job not yet run) whose file is old: kept, it is referenced.
    const queued = await t.http().post('/api/imports').field('kind', 'households').attach('file', await householdWorkbook('RT', 'RT-01'), '台账.xlsx').expect(202);
    const [row] = await t.query<{ storedPath: string }>('SELECT "storedPath" FROM import_batch WHERE id = $1', [queued.body.id]);
    utimesSync(join(dataDir, row!.storedPath), twoDaysAgo, twoDaysAgo);

    const result = await t.app.get(FileRetentionService).purgeOnce();
    expect(result.orphans).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(join(dataDir, row!.storedPath))).toBe(true);
    await until(() => t.http().get(`/api/imports/${queued.body.id}`).then((r) => r.body), (b) => b.status === 'succeeded');
  });
});
