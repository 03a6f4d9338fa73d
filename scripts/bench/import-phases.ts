import { createReadStream, createWriteStream, openAsBlob, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { scratchDatabase } from './scratch-db.js';

/**
 * The phases of `npm run bench:import`, each run in its own process by the parent (bench-import.ts).
 * The floors import nothing of the application (only ExcelJS, pg and the row generator), so their
 * peak RSS is the raw reader's or writer's own; the application is loaded only by the import phase.
 */

export interface PhaseFigures {
  ms: number;
  /** Peak RSS of the process whose memory the phase is about (for the import: the worker's). */
  maxRssMb: number;
  rows: number;
  /** RSS before the work began (the worker idle before the upload; the reader's process before parsing). */
  idleRssMb?: number;
  /** The import only: the upload's own time (checks and queueing, until 202). */
  uploadMs?: number;
  /** The import only: from the upload's 202 to the job's start, and the job's own run (batch timestamps). */
  queueMs?: number;
  jobMs?: number;
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/** ExcelJS streaming parse of every cell: the reader floor. */
async function parse(file: string, rows: number): Promise<PhaseFigures> {
  const idleRssMb = process.memoryUsage().rss / 1024 / 1024;
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
  return { ms: performance.now() - started, maxRssMb: peakRssMb(), idleRssMb, rows };
}

/** Writes `lines` to a temporary TSV file (before any timing) and returns its path. */
async function tsvFile(lines: Iterable<string>): Promise<string> {
  const tsv = join(tmpdir(), `xj-bench-${process.pid}-${Date.now()}.tsv`);
  const out = createWriteStream(tsv);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return tsv;
}

/** A COPY text field: empty as NULL (as the import stores a blank optional cell). */
const tsvField = (v: unknown) => (v === null || v === undefined || v === '' ? '\\N' : String(v).replace(/[\t\n\\]/g, ' '));

/** For reference (the floor before issue 10): COPY of the same rows as text into a table of household's columns without keys or indexes. */
async function copy(_file: string, rows: number): Promise<PhaseFigures> {
  const { householdRow } = await import('./households-workbook.js');
  const tsv = await tsvFile(
    (function* () {
      for (let i = 0; i < rows; i += 1) yield `${householdRow(i).map((v) => String(v).replace(/[\t\n\\]/g, ' ')).join('\t')}\n`;
    })(),
  );
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

/**
 * The write floor: COPY of the same rows as the import stores them (身份证号 and phone encrypted,
 * their search hashes, structure as its code) into the real, migrated schema — household with its
 * keys, indexes and foreign keys, then each household's case (case_file) and its opening history
 * row (case_transition), with theirs. What the rows an import must write cost PostgreSQL at the least.
 */
async function copyStored(_file: string, rows: number): Promise<PhaseFigures> {
  const { householdRow, BENCH_PARCELS, BENCH_PROJECT } = await import('./households-workbook.js');
  const { encryptField, installDataKey, runMigrations, searchHash } = await import('@app/platform');
  const { ENTITIES, MIGRATIONS } = await import('@app/schema');
  const { randomBytes, randomUUID } = await import('node:crypto');
  installDataKey(randomBytes(32));
  const db = await scratchDatabase();
  await runMigrations(db.url, ENTITIES, MIGRATIONS);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const files: string[] = [];
  try {
    const projectId = randomUUID();
    await client.query(`INSERT INTO project (id, code, name, acquirer, version) VALUES ($1, $2, '基准测试项目', '西虹桥公司', 1)`, [projectId, BENCH_PROJECT]);
    const parcels = new Map<string, string>();
    for (const code of BENCH_PARCELS) {
      const id = randomUUID();
      parcels.set(code, id);
      await client.query(`INSERT INTO parcel (id, "projectId", code, village, "landOwnership", area, version) VALUES ($1, $2, $3, '二联村', 'collective', 50000, 1)`, [id, projectId, code]);
    }
    const structures: Record<string, string> = { 钢混: 'reinforced_concrete', 砖混: 'brick_concrete', 砖木: 'brick_wood', 简易: 'simple' };
    const households: string[] = [];
    const cases: string[] = [];
    const history: string[] = [];
    const now = new Date().toISOString();
    for (let i = 0; i < rows; i += 1) {
      const [code, , parcel, village, group, head, id, phone, persons, homestead, licensed, unlicensed, structure, year, surveyed, remarks] = householdRow(i);
      const householdId = randomUUID();
      const caseId = randomUUID();
      const parcelId = parcels.get(String(parcel));
      households.push(`${[householdId, projectId, parcelId, code, village, group, head, encryptField(String(id)), searchHash(String(id)), encryptField(String(phone)),
        searchHash(String(phone)), persons, homestead, licensed, unlicensed, structures[String(structure)], year, surveyed, remarks, 1].map(tsvField).join('\t')}\n`);
      cases.push(`${[caseId, 'household', householdId, projectId, parcelId, 'surveying', 'none', now, now, now, 1].map(tsvField).join('\t')}\n`);
      history.push(`${[caseId, null, 'surveying', 'open', '建档', 'bench', now].map(tsvField).join('\t')}\n`);
    }
    files.push(await tsvFile(households), await tsvFile(cases), await tsvFile(history));
    households.length = cases.length = history.length = 0;
    const targets = [
      `household (id, "projectId", "parcelId", code, village, "villageGroup", "headName", "headIdNumberEncrypted", "headIdNumberHash", "phoneEncrypted",
        "phoneHash", "registeredPersons", "homesteadArea", "licensedArea", "unlicensedArea", structure, "yearBuilt", "surveyedOn", remarks, version)`,
      `case_file (id, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus", "statusChangedAt", "createdAt", "updatedAt", version)`,
      `case_transition ("caseId", "fromStatus", "toStatus", kind, reason, actor, "createdAt")`,
    ];
    const started = performance.now();
    for (const [i, target] of targets.entries()) await pipeline(createReadStream(files[i]!), client.query(copyFrom(`COPY ${target} FROM STDIN`)));
    return { ms: performance.now() - started, maxRssMb: peakRssMb(), rows };
  } finally {
    await client.end();
    await db.drop();
    for (const file of files) rmSync(file, { force: true });
  }
}

/**
 * The real pipeline: the api (HTTP, checks, queueing; it does not consume) in this process and the
 * worker (`apps/worker`, the job) in its own; upload through HTTP, poll until the batch is done.
 * The figures are the worker's: its peak RSS (VmHWM) and its RSS when idle just before the upload.
 */
async function fullImport(file: string, rows: number): Promise<PhaseFigures> {
  const { hashPassword, UserRepository } = await import('@app/identity');
  const { loadConfig } = await import('@app/platform');
  const { createApiApp } = await import('../../apps/api/src/bootstrap.js');
  const { BENCH_PARCELS, BENCH_PROJECT } = await import('./households-workbook.js');
  const { startWorker } = await import('./worker-process.js');
  const db = await scratchDatabase();
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
    QUEUE_PREFIX: `bench${process.pid}`,
    DATA_DIR: join(tmpdir(), `xj-bench-data-${process.pid}`),
    IMPORT_MAX_ROWS: String(Math.max(rows + 10, 200_000)),
  };
  const config = loadConfig({ ...process.env, ...env, QUEUE_CONSUMER: 'false' });
  const app = await createApiApp(config, db.url, { logger: false });
  const worker = await startWorker({ ...env, DATABASE_URL: db.url, REDIS_URL: config.REDIS_URL ?? '' });
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
    const idleRssMb = worker.rssMb();
    const started = performance.now();
    const { id } = await call('/api/imports', { method: 'POST', body: form }, accessToken);
    const uploadMs = performance.now() - started;
    const acceptedAt = Date.now();
    for (;;) {
      const batch = await call(`/api/imports/${id}`, {}, accessToken);
      if (batch.status === 'succeeded' || batch.status === 'failed') {
        if (batch.status === 'failed' || batch.created !== rows) throw new Error(`import ${batch.status}: ${JSON.stringify(batch)}`);
        const at = (key: string) => new Date(batch[key] as string).getTime();
        return {
          ms: performance.now() - started,
          maxRssMb: worker.peakRssMb(),
          idleRssMb,
          uploadMs,
          // From the 202 answer to the job's start (the job may start before the answer arrives: 0).
          queueMs: Math.max(0, at('startedAt') - acceptedAt),
          jobMs: at('finishedAt') - at('startedAt'),
          rows,
        };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await worker.stop();
    await app.close();
    await db.drop();
  }
}

export async function runPhase(phase: string, file: string, rows: number): Promise<PhaseFigures> {
  if (phase === 'parse') return parse(file, rows);
  if (phase === 'copy') return copy(file, rows);
  if (phase === 'copy-stored') return copyStored(file, rows);
  if (phase === 'import') return fullImport(file, rows);
  throw new Error(`unknown phase ${phase}`);
}
