import { createReadStream, createWriteStream, openAsBlob } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { hashPassword, UserRepository } from '@app/identity';
import { loadConfig } from '@app/platform';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { BENCH_PARCELS, BENCH_PROJECT, householdRow } from './households-workbook.js';
import { scratchDatabase } from './scratch-db.js';

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/** ExcelJS streaming parse of every cell: the reader floor. */
async function parse(file: string, rows: number) {
  const started = performance.now();
  let seen = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if ((row.values as unknown[]).length > 0) seen += 1;
    }
    break;
  }
  if (seen < rows) throw new Error(`parsed ${seen} rows, expected ≥ ${rows}`);
  return { ms: performance.now() - started, maxRssMb: peakRssMb(), rows };
}

/** COPY of the same rows into a table shaped like household: the write floor (TSV prepared beforehand). */
async function copy(_file: string, rows: number) {
  const tsv = join(tmpdir(), `xj-bench-${process.pid}.tsv`);
  const out = createWriteStream(tsv);
  for (let i = 0; i < rows; i += 1) {
    if (!out.write(`${householdRow(i).map((v) => String(v).replace(/[\t\n\\]/g, ' ')).join('\t')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const db = await scratchDatabase();
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE bench_household (code text, project text, parcel text, village text, grp text, head text, id_number text,
      phone text, persons int, homestead numeric(12,2), licensed numeric(12,2), unlicensed numeric(12,2), structure text, year int, surveyed date, remarks text)`);
    const started = performance.now();
    await pipeline(createReadStream(tsv), client.query(copyFrom('COPY bench_household FROM STDIN')));
    return { ms: performance.now() - started, maxRssMb: peakRssMb(), rows };
  } finally {
    await client.end();
    await db.drop();
  }
}

/** The real pipeline: api with its in-process consumer, upload through HTTP, poll until the batch is done. */
async function fullImport(file: string, rows: number) {
  const db = await scratchDatabase();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
    QUEUE_CONSUMER: 'true',
    QUEUE_PREFIX: `bench${process.pid}`,
    DATA_DIR: join(tmpdir(), `xj-bench-data-${process.pid}`),
    IMPORT_MAX_ROWS: String(Math.max(rows + 10, 200_000)),
  });
  const app = await createApiApp(config, db.url, { logger: false });
  try {
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    await app.get(UserRepository).save({
      username: 'bench',
      displayName: '基准测试',
      passwordHash: await hashPassword('Bench#2013xj'),
      roles: ['admin'],
      mustChangePassword: false,
    });
    const call = async (path: string, init: RequestInit = {}, token?: string) => {
      const res = await fetch(`${base}${path}`, {
        ...init,
        headers: { ...(init.body instanceof FormData ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      const body = (await res.json().catch(() => ({}))) as Record<string, any>;
      if (res.status >= 400) throw new Error(`${path} → ${res.status} ${JSON.stringify(body)}`);
      return body;
    };
    const { accessToken } = await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ username: 'bench', password: 'Bench#2013xj' }) });
    await call('/api/projects', { method: 'POST', body: JSON.stringify({ code: BENCH_PROJECT, name: '基准测试项目' }) }, accessToken);
    for (const parcel of BENCH_PARCELS) {
      await call(`/api/projects/${BENCH_PROJECT}/parcels`, { method: 'POST', body: JSON.stringify({ code: parcel, village: '二联村', landOwnership: 'collective', area: '50000' }) }, accessToken);
    }
    const form = new FormData();
    form.set('kind', 'households');
    form.set('file', await openAsBlob(file), 'households.xlsx');
    const started = performance.now();
    const { id } = await call('/api/imports', { method: 'POST', body: form }, accessToken);
    for (;;) {
      const batch = await call(`/api/imports/${id}`, {}, accessToken);
      if (batch.status === 'succeeded' || batch.status === 'failed') {
        if (batch.status === 'failed' || batch.created !== rows) throw new Error(`import ${batch.status}: ${JSON.stringify(batch)}`);
        return { ms: performance.now() - started, maxRssMb: peakRssMb(), rows, note: 'api 与任务处理在同一进程' };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await app.close();
    await db.drop();
  }
}

export async function runPhase(phase: string, file: string, rows: number) {
  if (phase === 'parse') return parse(file, rows);
  if (phase === 'copy') return copy(file, rows);
  if (phase === 'import') return fullImport(file, rows);
  throw new Error(`unknown phase ${phase}`);
}
