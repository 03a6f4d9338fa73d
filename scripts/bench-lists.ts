/**
 * Lists at district scale (figures, not a timed test): loads BENCH_HOUSEHOLDS households (default 100,000) with their
 * cases by COPY into one officer's two projects (plus a project outside the officer's scope), and BENCH_AUDIT audit
 * rows (default 1,000,000), then serves the real api on a local port. For each list pattern it runs BENCH_REQUESTS
 * (default 200) requests one after another (one client) and BENCH_SECONDS (default 10) of 50 concurrent clients
 * (autocannon, in a worker thread so it does not share the api's event loop), and prints p50/p95 and requests/s next to
 * the raw SQL of the same page as a naive read does it (ids ordered in SQL with OFFSET, and count(*) of the whole set).
 * BENCH_OTHERS (default 20,000) enterprises, facilities and legacy bases each, and BENCH_BATCHES (default 50,000) import and
 * export batches each, are loaded the same way for their lists.
 * BENCH_ONLY runs only the patterns whose name contains that text (or one of its `|`-separated parts); BENCH_PROFILE=<folder>
 * writes the api's CPU profile of each pattern's 50-client window there.
 *   npm run bench:lists
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { hashPassword, UserRepository } from '@app/identity';
import { databaseTransport, encryptField, searchHash } from '@app/platform';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import type { LoadRequest, LoadResult } from './bench/load-worker.js';
import { openBenchDatabase } from './bench/scratch-database.js';

const log = (m: string) => process.stderr.write(`${m}\n`);
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 100_000);
const AUDIT_ROWS = Number(process.env.BENCH_AUDIT ?? 1_000_000);
/** Enterprises, facilities and legacy bases each (with their cases), in the officer's two projects. */
const OTHERS = Number(process.env.BENCH_OTHERS ?? 20_000);
/** Import batches and export batches each, across 40 users; the bench officer holds a tenth of them. */
const BATCHES = Number(process.env.BENCH_BATCHES ?? 50_000);
/** Accrued transitional fee months per transitional household. */
const TRANSITIONAL_MONTHS = 24;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Only the patterns whose name contains this text, or one of its `|`-separated parts (to measure one change quickly). */
const ONLY = process.env.BENCH_ONLY;
/** A folder: the api's CPU profile of each pattern's 50-client window is written there (to find where its time goes). */
const PROFILE = process.env.BENCH_PROFILE;
const CONNECTIONS = 50;
const PARCELS_PER_PROJECT = 50;
const PASSWORD = 'Bench#2013lists';
const VILLAGES = ['二联村', '金联村', '徐南村', '前明村', '光联村', '民主村', '星联村', '联民村', '陆象村', '蟠龙村'];
const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '国建华明伟芳秀英玉兰桂珍志强军平红梅金根林海荣德福民生春';
const STATUSES = ['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'];
const STATUS_WEIGHTS = [10, 15, 15, 20, 20, 15, 5];
const ACTIONS = [
  'household.update',
  'household.create',
  'case.transition',
  'agreement.sign',
  'payment.record',
  'import.commit',
  'export.create',
  'auth.login',
  'pii.unmask',
  'parcel.update',
];

function statusOf(n: number): string {
  let roll = (n * 7919) % 100;
  for (let i = 0; i < STATUSES.length; i += 1) {
    roll -= STATUS_WEIGHTS[i]!;
    if (roll < 0) return STATUSES[i]!;
  }
  return 'surveying';
}

const nameOf = (n: number) => `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}${GIVEN[(n * 13 + 5) % GIVEN.length]}`;

async function copy(client: pg.Client, sql: string, lines: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
}

async function seed(client: pg.Client): Promise<{ scope: string[]; codes: string[] }> {
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  const projects = (
    await q(
      `INSERT INTO project (code, name, acquirer, version) SELECT 'LP' || g, '基准项目' || g, '西虹桥公司', 1 FROM generate_series(1, 3) g RETURNING id, code`,
    )
  ).rows as Array<{ id: string; code: string }>;
  projects.sort((a, b) => a.code.localeCompare(b.code));
  const parcels = (
    await q(
      `INSERT INTO parcel ("projectId", code, village, "landOwnership", area, status, version)
       SELECT p.id, p.code || '-' || lpad(g::text, 3, '0'), '二联村', 'collective', 10000 + g, 'clearing', 1 FROM project p, generate_series(1, $1) g
       RETURNING id, "projectId"`,
      [PARCELS_PER_PROJECT],
    )
  ).rows as Array<{ id: string; projectId: string }>;
  const byProject = new Map<string, string[]>();
  for (const p of parcels) byProject.set(p.projectId, [...(byProject.get(p.projectId) ?? []), p.id]);
  // A few ciphertexts reused (encrypting 100,000 numbers is not what is measured here).
  const ids = Array.from({ length: 50 }, (_, i) => `3102291970${String(101 + (i % 28)).padStart(4, '0')}${String(1000 + i).slice(-4)}`);
  const sealed = ids.map((id) => [encryptField(id), searchHash(id)] as const);
  // The officer's two projects share HOUSEHOLDS; the third (outside the scope) holds a fifth as many.
  const total = HOUSEHOLDS + HOUSEHOLDS / 5;
  const cases: string[] = [];
  const households = (function* () {
    for (let n = 0; n < total; n += 1) {
      const project = n < HOUSEHOLDS ? projects[n % 2]! : projects[2]!;
      const projectParcels = byProject.get(project.id)!;
      const parcelIndex = Math.floor(n / 2) % projectParcels.length;
      const parcel = projectParcels[parcelIndex]!;
      const id = randomUUID();
      const [enc, hash] = sealed[n % sealed.length]!;
      const code = `${project.code}-${String(Math.floor(n / (n < HOUSEHOLDS ? 2 : 1))).padStart(6, '0')}`;
      cases.push(`${randomUUID()}\t1\thousehold\t${id}\t${project.id}\t${parcel}\t${statusOf(n)}\tnone\n`);
      yield `${id}\t1\t${project.id}\t${parcel}\t${code}\t${VILLAGES[parcelIndex % VILLAGES.length]}\t${nameOf(n)}\t${enc}\t${hash}\t${1 + (n % 5)}\t120.50\t2013-0${1 + (n % 9)}-1${n % 10}\n`;
    }
  })();
  await copy(
    client,
    `COPY household (id, version, "projectId", "parcelId", code, village, "headName", "headIdNumberEncrypted", "headIdNumberHash", "registeredPersons", "licensedArea", "surveyedOn") FROM STDIN`,
    households,
  );
  await copy(
    client,
    `COPY case_file (id, version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus") FROM STDIN`,
    cases,
  );
  log(`  ${total} households and cases copied`);
  await copyOthers(client, projects.slice(0, 2), byProject);
  await insertPayments(client);
  await insertTransitional(client);
  const audit = (function* () {
    const start = Date.parse('2024-01-01T00:00:00Z');
    for (let n = 0; n < AUDIT_ROWS; n += 1) {
      const at = new Date(start + n * 60_000).toISOString();
      const action = ACTIONS[n % ACTIONS.length]!;
      const entity = action.split('.')[0]!;
      yield `${at}\tofficer${n % 40}\t{officer}\t${action}\t${entity}\t${entity}-${n % 20000}\t${projects[n % 3]!.id}\tPOST\t/api/${entity}\t200\tsuccess\n`;
    }
  })();
  await copy(
    client,
    `COPY audit_log ("occurredAt", username, roles, action, "entityType", "entityId", "projectId", method, path, "statusCode", outcome) FROM STDIN`,
    audit,
  );
  log(`  ${AUDIT_ROWS} audit rows copied`);
  await q('VACUUM ANALYZE');
  // The load's dirty pages written now, not by a checkpoint in the middle of the first pattern.
  await q('CHECKPOINT');
  return { scope: projects.slice(0, 2).map((p) => p.id), codes: projects.map((p) => p.code) };
}

/** OTHERS enterprises, facilities and legacy bases, spread over the officer's two projects and their parcels, each with its case. */
async function copyOthers(client: pg.Client, projects: Array<{ id: string; code: string }>, byProject: Map<string, string[]>): Promise<void> {
  const FACILITY_KINDS = ['power', 'telecom', 'water', 'drainage', 'gas', 'road', 'bridge', 'other'];
  const kinds: Array<{ type: string; table: string; prefix: string; columns: string; values: (n: number) => string }> = [
    {
      type: 'enterprise',
      table: 'enterprise',
      prefix: 'QY',
      columns: 'name, "creditCode", "legalRepresentative", "buildingArea"',
      values: (n) => `${VILLAGES[n % VILLAGES.length]!.slice(0, 2)}${GIVEN[n % GIVEN.length]}${GIVEN[(n * 3) % GIVEN.length]}实业有限公司${n}\t91310118${String(n).padStart(9, '0')}X\t${nameOf(n)}\t${500 + (n % 900)}.00`,
    },
    {
      type: 'facility',
      table: 'municipal_facility',
      prefix: 'SS',
      columns: 'kind, "ownerUnit", quantity, unit',
      values: (n) => `${FACILITY_KINDS[n % FACILITY_KINDS.length]}\t${['国网青浦供电公司', '青浦自来水公司', '中国电信青浦分公司', '徐泾镇市政所'][n % 4]}\t${1 + (n % 40)}.00\t${['根', '米', '处'][n % 3]}`,
    },
    {
      type: 'legacy_base',
      table: 'legacy_base',
      prefix: 'YL',
      columns: 'name, "originalProject", area, "householdsRemaining"',
      values: (n) => `${VILLAGES[n % VILLAGES.length]}遗留基地${n}\t${['西虹桥一期', '徐泾北城', '蟠龙路拓宽'][n % 3]}\t${1000 + (n % 5000)}.00\t${n % 12}`,
    },
  ];
  for (const kind of kinds) {
    const cases: string[] = [];
    const rows = (function* () {
      for (let n = 0; n < OTHERS; n += 1) {
        const project = projects[n % 2]!;
        const parcels = byProject.get(project.id)!;
        const parcel = parcels[Math.floor(n / 2) % parcels.length]!;
        const id = randomUUID();
        cases.push(`${randomUUID()}\t1\t${kind.type}\t${id}\t${project.id}\t${parcel}\t${statusOf(n)}\tnone\n`);
        yield `${id}\t1\t${project.id}\t${parcel}\t${project.code}-${kind.prefix}${String(Math.floor(n / 2)).padStart(6, '0')}\t${kind.values(n)}\n`;
      }
    })();
    await copy(client, `COPY ${kind.table} (id, version, "projectId", "parcelId", code, ${kind.columns}) FROM STDIN`, rows);
    await copy(client, `COPY case_file (id, version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus") FROM STDIN`, cases);
  }
  log(`  ${OTHERS} enterprises, facilities and legacy bases each, with their cases, copied`);
}

/**
 * Money for every household case that reached signing: a calculation, a signed agreement paid in full and its payment
 * (finance's payment list), dated over 2013. One scheme version per project; the calculations carry no lines (not what
 * is measured).
 */
async function insertPayments(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO scheme_version (version, "projectId", number, name, status, "effectiveOn", items, "createdBy")
     SELECT 1, id, 1, '基准方案', 'published', '2013-01-01', '[]', 'bench' FROM project`,
  );
  await client.query(
    `INSERT INTO calculation ("caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy")
     SELECT c.id, c."projectId", v.id, '{}', '[]', 100000000 + (hashtext(c.id::text) & 65535) * 100, 'bench'
     FROM case_file c JOIN scheme_version v ON v."projectId" = c."projectId"
     WHERE c."subjectType" = 'household' AND c.status IN ('signed', 'vacated', 'settled', 'handed_over')`,
  );
  await client.query(
    `INSERT INTO agreement (version, "caseId", "projectId", "calculationId", method, status, "compensationFen", "agreedFen", "paidFen", "createdBy")
     SELECT 1, k."caseId", k."projectId", k.id, 'monetary', 'signed', k."totalFen", k."totalFen", k."totalFen", 'bench' FROM calculation k`,
  );
  const { rowCount } = await client.query(
    `INSERT INTO payment ("agreementId", "caseId", "projectId", kind, "amountFen", "paidOn", method, "createdBy", "createdAt")
     SELECT a.id, a."caseId", a."projectId", 'payment', a."agreedFen", d, 'bank_transfer', 'bench', d + time '10:00' + (row_number() OVER ()) * interval '1 ms'
     FROM agreement a, LATERAL (SELECT date '2013-01-01' + (hashtext(a.id::text) & 255) AS d) x`,
  );
  log(`  ${rowCount} signed agreements, each paid in full, inserted`);
}

/**
 * The transitional stock (过渡户): every fourth household case past vacating in the officer's two projects is a
 * property-swap household in transition since a day of 2012–2013 (a track on its signed agreement), with
 * TRANSITIONAL_MONTHS accrued fee months each.
 */
async function insertTransitional(client: pg.Client): Promise<void> {
  const { rowCount } = await client.query(
    `INSERT INTO resettlement_track (version, "caseId", "projectId", "agreementId", method, "transitionMethod", "transitionMonths", persons, track, "transitionalSince")
     SELECT 1, a."caseId", a."projectId", a.id, 'swap', 'monetary', 24, 3, 'transitional', date '2012-01-01' + (hashtext(a.id::text) & 511)
       FROM agreement a JOIN case_file c ON c.id = a."caseId" JOIN project p ON p.id = c."projectId"
      WHERE p.code IN ('LP1', 'LP2') AND c.status IN ('vacated', 'settled', 'handed_over') AND hashtext(c.id::text) & 3 = 0`,
  );
  await client.query(
    `INSERT INTO transitional_fee_accrual ("caseId", "projectId", month, days, "daysInMonth", "amountFen", basis)
     SELECT t."caseId", t."projectId", date '2014-01-01' + make_interval(months => g), 30, 30, 150000, '{}'
       FROM resettlement_track t CROSS JOIN generate_series(0, $1 - 1) g`,
    [TRANSITIONAL_MONTHS],
  );
  log(`  ${rowCount} transitional households with ${TRANSITIONAL_MONTHS} accrued fee months each inserted`);
}

/** BATCHES import batches and BATCHES export batches, one every ten minutes, across 40 users (`officer` holds every tenth). */
async function copyBatches(client: pg.Client, officer: { id: string; username: string }): Promise<void> {
  const others = Array.from({ length: 39 }, () => randomUUID());
  const start = Date.parse('2013-01-01T00:00:00Z');
  const owner = (n: number) => (n % 10 === 0 ? [officer.id, officer.username] : [others[n % 39]!, `officer${n % 39}`]);
  const imports = (function* () {
    for (let n = 0; n < BATCHES; n += 1) {
      const [userId, username] = owner(n);
      const at = new Date(start + n * 600_000).toISOString();
      yield `households\t摸底台账${n}.xlsx\t${20_000 + n}\t${'0'.repeat(64)}\timports/${n}.xlsx\tsucceeded\t200\t200\t190\t5\t3\t2\t1\t{}\t${userId}\t${username}\t${at}\t${at}\t${at}\n`;
    }
  })();
  await copy(
    client,
    `COPY import_batch (kind, "fileName", "fileSize", sha256, "storedPath", status, total, processed, created, updated, unchanged, rejected, "headerRow", "columnMap", "userId", username, "startedAt", "finishedAt", "createdAt") FROM STDIN`,
    imports,
  );
  const exports = (function* () {
    for (let n = 0; n < BATCHES; n += 1) {
      const [userId, username] = owner(n);
      const at = new Date(start + n * 600_000).toISOString();
      yield `household-ledger\t{}\tsucceeded\t200\t200\t居民户台账${n}.xlsx\texports/${n}.xlsx\t${userId}\t${username}\t${at}\t${at}\t${at}\n`;
    }
  })();
  await copy(
    client,
    `COPY export_batch (kind, filters, status, total, processed, "fileName", "storedPath", "userId", username, "startedAt", "finishedAt", "createdAt") FROM STDIN`,
    exports,
  );
  await client.query('VACUUM ANALYZE import_batch');
  await client.query('VACUUM ANALYZE export_batch');
  log(`  ${BATCHES} import and export batches each copied`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;

async function concurrent(
  base: string,
  paths: string[],
  token: string,
  seconds = SECONDS,
): Promise<{ p50: number; p95: number; rps: number; non200: number }> {
  const worker = new Worker(new URL('./bench/load-worker.js', import.meta.url), {
    workerData: { url: base, token, connections: CONNECTIONS, seconds, paths } satisfies LoadRequest,
  });
  const result = await new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const latencies = [...result.latencies].sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: latencies.length / seconds,
    non200: result.non2xx + result.errors,
  };
}

/** `work`, with the api's CPU profile written to BENCH_PROFILE (when set) as `<n>-<pattern>.cpuprofile`. */
async function profiled<T>(n: number, name: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    await mkdir(PROFILE, { recursive: true });
    const file = `${String(n).padStart(2, '0')}-${name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}.cpuprofile`;
    await writeFile(`${PROFILE}/${file}`, JSON.stringify(profile));
  }
}

async function sequential(n: number, work: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number; rps: number }> {
  const times: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) {
    const start = process.hrtime.bigint();
    await work(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), rps: n / seconds };
}

interface Pattern {
  name: string;
  goal: number;
  paths: string[];
  token: 'officer' | 'admin' | 'finance';
  /** The same pages read naively in SQL: [page ids sorted with OFFSET, count(*)]. */
  raw: (i: number) => [string, unknown[]][];
}

async function main(): Promise<void> {
  const { config, url, close } = await openBenchDatabase('lists', log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    log(`loading ${HOUSEHOLDS} households and ${AUDIT_ROWS} audit rows …`);
    const started = Date.now();
    const { scope, codes } = await seed(client);
    log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const app = await createApiApp(config, url, { logger: false });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const users = app.get(UserRepository);
    const passwordHash = await hashPassword(PASSWORD);
    const officer = await users.insert(
      {
        username: 'bench-officer',
        displayName: 'bench-officer',
        passwordHash,
        roles: ['officer'],
        mustChangePassword: false,
        disabled: false,
      },
      scope,
    );
    await users.insert({
      username: 'bench-finance',
      displayName: 'bench-finance',
      passwordHash,
      roles: ['finance'],
      mustChangePassword: false,
      disabled: false,
    });
    await users.insert({
      username: 'bench-admin',
      displayName: 'bench-admin',
      passwordHash,
      roles: ['admin'],
      mustChangePassword: false,
      disabled: false,
    });
    await copyBatches(client, { id: officer.id, username: officer.username });
    const login = async (username: string) => {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { accessToken: string }).accessToken;
    };
    const tokens = { officer: await login('bench-officer'), admin: await login('bench-admin'), finance: await login('bench-finance') };

    // Keyset cursors deep in the list (row 50,000 onwards), as the answers' `next` would give them.
    const deep = (
      await client.query(`SELECT id, code FROM household WHERE "projectId" = ANY($1) ORDER BY code, id OFFSET $2 LIMIT 10`, [
        scope,
        Math.floor(HOUSEHOLDS / 2),
      ])
    ).rows as Array<{ id: string; code: string }>;
    const cursors = deep.map((r) => Buffer.from(JSON.stringify([r.code, r.code, r.id])).toString('base64url'));
    const parcelCode = `${codes[0]}-007`;
    const inScope = `h."projectId" = ANY($1::uuid[])`;
    const naive = (where: string, params: unknown[], order: string, offset: number): [string, unknown[]][] => [
      [
        `SELECT h.id FROM household h LEFT JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id WHERE ${inScope} ${where} ORDER BY ${order} OFFSET ${offset} LIMIT 20`,
        [scope, ...params],
      ],
      [
        `SELECT count(*) FROM household h LEFT JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id WHERE ${inScope} ${where}`,
        [scope, ...params],
      ],
    ];
    const firstPages = Array.from({ length: 10 }, (_, i) => `/api/households?page=${i + 1}&pageSize=20`);
    const patterns: Pattern[] = [
      {
        name: 'households, first ten pages, default order (code)',
        goal: 20,
        token: 'officer',
        paths: firstPages,
        raw: (i) => naive('', [], 'h.code, h.id', (i % 10) * 20),
      },
      {
        name: 'households, deep pages by keyset (after=, row 50,000 on)',
        goal: 40,
        token: 'officer',
        paths: cursors.map((c) => `/api/households?pageSize=20&after=${c}`),
        raw: (i) => naive('', [], 'h.code, h.id', HOUSEHOLDS / 2 + (i % 10) * 20),
      },
      {
        name: 'households, deep pages by number (page 2,500)',
        goal: 40,
        token: 'officer',
        paths: Array.from({ length: 10 }, (_, i) => `/api/households?page=${2500 + i}&pageSize=20`),
        raw: (i) => naive('', [], 'h.code, h.id', (2500 + (i % 10)) * 20),
      },
      {
        name: 'households, sorted by head name (-headName)',
        goal: 20,
        token: 'officer',
        paths: firstPages.map((p) => `${p}&sort=-headName`),
        raw: (i) => naive('', [], 'h."headName" DESC, h.code, h.id', (i % 10) * 20),
      },
      {
        name: 'households, case status = signed',
        goal: 30,
        token: 'officer',
        paths: firstPages.map((p) => `${p}&status=signed`),
        raw: (i) => naive(`AND c.status = $2`, ['signed'], 'h.code, h.id', (i % 10) * 20),
      },
      {
        name: `households, parcel ${parcelCode}`,
        goal: 30,
        token: 'officer',
        paths: firstPages.slice(0, 3).map((p) => `${p}&parcel=${parcelCode}`),
        raw: (i) => naive(`AND h."parcelId" = (SELECT id FROM parcel WHERE code = $2)`, [parcelCode], 'h.code, h.id', (i % 3) * 20),
      },
      {
        name: 'households, village 金联村',
        goal: 30,
        token: 'officer',
        paths: firstPages.map((p) => `${p}&village=${encodeURIComponent('金联村')}`),
        raw: (i) => naive(`AND h.village = $2`, ['金联村'], 'h.code, h.id', (i % 10) * 20),
      },
      {
        name: 'households, q = name fragment (3 characters, rare)',
        goal: 30,
        token: 'officer',
        paths: ['张国华', '王建明', '李华伟', '赵明芳', '陈伟秀'].map((n) => `/api/households?pageSize=20&q=${encodeURIComponent(n)}`),
        raw: (i) =>
          naive(
            `AND (h.code ILIKE $2 OR h."headName" ILIKE $3)`,
            [
              `${['张国华', '王建明', '李华伟', '赵明芳', '陈伟秀'][i % 5]}%`,
              `%${['张国华', '王建明', '李华伟', '赵明芳', '陈伟秀'][i % 5]}%`,
            ],
            'h.code, h.id',
            0,
          ),
      },
      {
        name: 'households, q = surname (1 character, common)',
        goal: 30,
        token: 'officer',
        paths: ['张', '王', '徐'].map((n) => `/api/households?pageSize=20&q=${encodeURIComponent(n)}`),
        raw: (i) =>
          naive(`AND (h.code ILIKE $2 OR h."headName" ILIKE $3)`, [`${'张王徐'[i % 3]}%`, `%${'张王徐'[i % 3]}%`], 'h.code, h.id', 0),
      },
      {
        name: 'households, q = code prefix',
        goal: 30,
        token: 'officer',
        paths: ['LP1-0123', 'LP2-04', 'LP1-00099'].map((c) => `/api/households?pageSize=20&q=${c}`),
        raw: (i) =>
          naive(
            `AND (h.code ILIKE $2 OR h."headName" ILIKE $3)`,
            [`${['LP1-0123', 'LP2-04', 'LP1-00099'][i % 3]}%`, `%${['LP1-0123', 'LP2-04', 'LP1-00099'][i % 3]}%`],
            'h.code, h.id',
            0,
          ),
      },
      ...otherSubjectPatterns(scope),
      ...batchPatterns(officer.id),
      ...paymentPatterns(codes[0]!),
      ...(await candidatePatterns(codes[0]!)),
      ...transitionalPatterns(scope, codes[0]!),
      ...auditPatterns(),
    ];

    const rows: string[] = [];
    const chosen = patterns.filter((pattern) => !ONLY || ONLY.split('|').some((part) => pattern.name.includes(part)));
    // Warm-up, not measured: the api's connection pool grows to its size under the first concurrent load — paid here,
    // not by whichever pattern runs first.
    if (chosen[0]) await concurrent(base, chosen[0].paths, tokens[chosen[0].token]!, 3);
    for (const p of chosen) {
      const token = tokens[p.token];
      const get = async (path: string) => {
        const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        // A page ({ items, total }) or, for the pickers, a plain array.
        const body = (await res.json()) as { items: unknown[]; total?: number } | unknown[];
        return Array.isArray(body) ? { items: body } : body;
      };
      const sample = await get(p.paths[0]!);
      for (const path of p.paths) await get(path); // warm-up: plans cached, pool filled
      const one = await sequential(REQUESTS, (i) => get(p.paths[i % p.paths.length]!));
      const many = await profiled(chosen.indexOf(p), p.name, () => concurrent(base, p.paths, token));
      const raw = await sequential(Math.min(REQUESTS, 20), async (i) => {
        for (const [sql, params] of p.raw(i)) await client.query(sql, params);
      });
      log(`  ${p.name}: done`);
      const met = one.p95 <= p.goal && many.rps >= 250 && many.p95 <= 400;
      rows.push(
        `${p.name}  (first answer: ${sample.items.length} rows${sample.total === undefined ? '' : ` of ${sample.total}`})\n` +
          `    api, 1 client (${REQUESTS} requests):     p50 ${ms(one.p50)}  p95 ${ms(one.p95)}  ${one.rps.toFixed(0).padStart(5)} req/s   goal p95 ≤ ${p.goal} ms\n` +
          `    api, ${CONNECTIONS} clients (${SECONDS} s):        p50 ${ms(many.p50)}  p95 ${ms(many.p95)}  ${many.rps.toFixed(0).padStart(5)} req/s   goal ≥ 250 req/s, p95 ≤ 400 ms${many.non200 ? `  NON-2xx: ${many.non200}` : ''}\n` +
          `    raw SQL, naive (ORDER BY … OFFSET + count(*)): p50 ${ms(raw.p50)}  p95 ${ms(raw.p95)}  ${raw.rps.toFixed(0).padStart(5)} req/s\n` +
          `    ${met ? 'goals met' : 'GOAL MISSED'}`,
      );
    }
    await app.close();
    process.stdout.write(
      [
        `PostgreSQL: ${databaseTransport(url)}`,
        `households: ${HOUSEHOLDS} in the officer's two projects (+${HOUSEHOLDS / 5} outside the scope); enterprises, facilities, legacy bases: ${OTHERS} each; import and export batches: ${BATCHES} each; audit rows: ${AUDIT_ROWS}`,
        ...rows,
      ].join('\n') + '\n',
    );
  } finally {
    await client.end();
    await close();
  }

  /** The enterprise, facility and legacy-base lists: first pages, a status filter and a name fragment each. */
  function otherSubjectPatterns(scope: string[]): Pattern[] {
    const kinds = [
      { route: 'enterprises', table: 'enterprise', label: 'enterprises', name: 'name', fragment: '金联' },
      { route: 'facilities', table: 'municipal_facility', label: 'facilities', name: '"ownerUnit"', fragment: '自来水' },
      { route: 'legacy-bases', table: 'legacy_base', label: 'legacy bases', name: 'name', fragment: '前明村' },
    ];
    return kinds.flatMap(({ route, table, label, name, fragment }) => {
      const naive = (where: string, params: unknown[], offset: number): [string, unknown[]][] => [
        [
          `SELECT s.id FROM ${table} s LEFT JOIN case_file c ON c."subjectId" = s.id WHERE s."projectId" = ANY($1::uuid[]) ${where} ORDER BY s.code, s.id OFFSET ${offset} LIMIT 20`,
          [scope, ...params],
        ],
        [`SELECT count(*) FROM ${table} s LEFT JOIN case_file c ON c."subjectId" = s.id WHERE s."projectId" = ANY($1::uuid[]) ${where}`, [scope, ...params]],
      ];
      const pages = Array.from({ length: 10 }, (_, i) => `/api/${route}?page=${i + 1}&pageSize=20`);
      return [
        { name: `${label}, first ten pages (${OTHERS})`, goal: 20, token: 'officer' as const, paths: pages, raw: (i: number) => naive('', [], (i % 10) * 20) },
        {
          name: `${label}, case status = signed`,
          goal: 30,
          token: 'officer' as const,
          paths: pages.map((p) => `${p}&status=signed`),
          raw: (i: number) => naive('AND c.status = $2', ['signed'], (i % 10) * 20),
        },
        {
          name: `${label}, q = ${fragment}`,
          goal: 30,
          token: 'officer' as const,
          paths: pages.slice(0, 3).map((p) => `${p}&q=${encodeURIComponent(fragment)}`),
          raw: (i: number) => naive(`AND (s.code ILIKE $2 OR s.${name} ILIKE $3)`, [`${fragment}%`, `%${fragment}%`], (i % 3) * 20),
        },
      ];
    });
  }

  /** The import history (the officer's own, and every user's as admin) and the export history (the newest 50 of one's own). */
  function batchPatterns(officerId: string): Pattern[] {
    const importPages = Array.from({ length: 10 }, (_, i) => `/api/imports?page=${i + 1}&pageSize=20`);
    const naive = (where: string, params: unknown[], offset: number): [string, unknown[]][] => [
      [`SELECT b.id FROM import_batch b WHERE TRUE ${where} ORDER BY b."createdAt" DESC, b.id DESC OFFSET ${offset} LIMIT 20`, params],
      [`SELECT count(*) FROM import_batch b WHERE TRUE ${where}`, params],
    ];
    return [
      {
        name: `import history, own (${BATCHES / 10} of ${BATCHES})`,
        goal: 20,
        token: 'officer',
        paths: importPages,
        raw: (i) => naive('AND b."userId" = $1', [officerId], (i % 10) * 20),
      },
      { name: `import history, every user's (admin, ${BATCHES})`, goal: 20, token: 'admin', paths: importPages, raw: (i) => naive('', [], (i % 10) * 20) },
      {
        name: `export history, own newest 50 (${BATCHES / 10} of ${BATCHES})`,
        goal: 20,
        token: 'officer',
        paths: ['/api/exports'],
        raw: () => [[`SELECT id FROM export_batch WHERE "userId" = $1 ORDER BY "createdAt" DESC LIMIT 50`, [officerId]]],
      },
    ];
  }

  /** Finance's payment list (newest payment date first), every project's and one project's over a month. */
  function paymentPatterns(projectCode: string): Pattern[] {
    const naive = (where: string, params: unknown[], offset: number): [string, unknown[]][] => [
      [`SELECT p.id FROM payment p WHERE TRUE ${where} ORDER BY p."paidOn" DESC, p."createdAt" DESC OFFSET ${offset} LIMIT 20`, params],
      [`SELECT count(*) FROM payment p WHERE TRUE ${where}`, params],
    ];
    const pages = Array.from({ length: 10 }, (_, i) => `/api/payments?page=${i + 1}&pageSize=20`);
    return [
      { name: 'payments, first ten pages (finance, every project)', goal: 20, token: 'finance', paths: pages, raw: (i) => naive('', [], (i % 10) * 20) },
      {
        name: `payments, project ${projectCode}, one month`,
        goal: 30,
        token: 'finance',
        paths: pages.map((p) => `${p}&project=${projectCode}&from=2013-05-01&to=2013-05-31`),
        raw: (i) =>
          naive(
            `AND p."projectId" = (SELECT id FROM project WHERE code = $1) AND p."paidOn" BETWEEN $2 AND $3`,
            [projectCode, '2013-05-01', '2013-05-31'],
            (i % 10) * 20,
          ),
      },
    ];
  }

  /** The housing screen's transitional stock (longest waiting first, with its fee totals), the officer's and one project's. */
  function transitionalPatterns(projectIds: string[], projectCode: string): Pattern[] {
    const naive = (projects: string, params: unknown[], offset: number): [string, unknown[]][] => [
      [
        `SELECT t."caseId" FROM resettlement_track t WHERE t.track = 'transitional' AND t.method = 'swap' AND t."projectId" = ANY(${projects})
          ORDER BY t."transitionalSince" OFFSET ${offset} LIMIT 20`,
        params,
      ],
      [
        `SELECT count(*), sum(a."amountFen") FROM resettlement_track t JOIN transitional_fee_accrual a ON a."caseId" = t."caseId"
          WHERE t.track = 'transitional' AND t.method = 'swap' AND t."projectId" = ANY(${projects})`,
        params,
      ],
    ];
    const pages = Array.from({ length: 10 }, (_, i) => `/api/resettlement/transitional?page=${i + 1}&pageSize=20`);
    return [
      {
        name: `transitional stock, first ten pages (officer's projects, ${TRANSITIONAL_MONTHS} fee months each)`,
        goal: 20,
        token: 'officer',
        paths: pages,
        raw: (i) => naive('$1::uuid[]', [projectIds], (i % 10) * 20),
      },
      {
        name: `transitional stock, project ${projectCode}`,
        goal: 30,
        token: 'officer',
        paths: pages.map((p) => `${p}&project=${projectCode}`),
        raw: (i) => naive(`ARRAY(SELECT id FROM project WHERE code = $1)`, [projectCode], (i % 10) * 20),
      },
    ];
  }

  /**
   * The pickers of a new settlement statement and a new confirmation batch: a project's cases at that step, by code,
   * 50 at a time — the first ten pages as a user reads them on (each after the cursor the previous page answered).
   */
  async function candidatePatterns(projectCode: string): Promise<Pattern[]> {
    const PAGE = 50;
    const surveyed = (parcel: string | null) => `
      SELECT c.id, s.code, s."subjectId", s.party, p.code AS "parcelCode" FROM case_file c
        JOIN subject_label s ON s."subjectType" = c."subjectType" AND s."subjectId" = c."subjectId"
        JOIN parcel p ON p.id = c."parcelId"
       WHERE c."projectId" = (SELECT id FROM project WHERE code = $1) AND c.status = 'surveyed' AND (${parcel ? 'p.code = $2' : 'TRUE'})
         AND NOT EXISTS (SELECT 1 FROM confirmation_line l WHERE l."caseId" = c.id AND l.answer IS NULL)
       ORDER BY s.code, s."subjectId"`;
    const vacated = `
      SELECT c.id, a.id AS "agreementId", s.code, s."subjectId", s.party FROM case_file c JOIN agreement a ON a."caseId" = c.id AND a.status = 'signed'
        JOIN subject_label s ON s."subjectType" = c."subjectType" AND s."subjectId" = c."subjectId"
       WHERE c."projectId" = (SELECT id FROM project WHERE code = $1) AND c.status = 'vacated'
         AND NOT EXISTS (SELECT 1 FROM settlement_line l WHERE l."caseId" = c.id AND l.status <> 'dropped')
       ORDER BY s.code, s."subjectId"`;
    // The paths of the first ten pages: the first, then each after the last row of the page before it.
    const pagePaths = async (path: string, sql: string, params: unknown[]): Promise<string[]> => {
      const { rows } = await client.query<{ code: string; subjectId: string }>(`SELECT code, "subjectId" FROM (${sql}) x LIMIT ${10 * PAGE}`, params);
      const sep = path.includes('?') ? '&' : '?';
      return Array.from({ length: 10 }, (_, i) => {
        const last = rows[i * PAGE - 1];
        return i === 0 || !last ? `${path}${sep}pageSize=${PAGE}` : `${path}${sep}pageSize=${PAGE}&after=${Buffer.from(JSON.stringify([last.code, last.subjectId])).toString('base64url')}`;
      });
    };
    const naive = (sql: string, params: unknown[]) => (i: number): [string, unknown[]][] => [[`${sql} OFFSET ${(i % 10) * PAGE} LIMIT ${PAGE}`, params]];
    const parcel = `${projectCode}-020`;
    return [
      {
        name: `settlement candidates, project ${projectCode}, first ten pages of 50 (of its vacated cases)`,
        goal: 30,
        token: 'officer',
        paths: await pagePaths(`/api/projects/${projectCode}/settlement-candidates`, vacated, [projectCode]),
        raw: naive(vacated, [projectCode]),
      },
      {
        name: `confirmation candidates, project ${projectCode}, first ten pages of 50 (of its surveyed cases)`,
        goal: 30,
        token: 'officer',
        paths: await pagePaths(`/api/projects/${projectCode}/confirmation-candidates`, surveyed(null), [projectCode]),
        raw: naive(surveyed(null), [projectCode]),
      },
      {
        name: `confirmation candidates, one parcel of ${projectCode}, first ten pages of 50 (its households are all surveyed)`,
        goal: 30,
        token: 'officer',
        paths: await pagePaths(`/api/projects/${projectCode}/confirmation-candidates?parcel=${parcel}`, surveyed(parcel), [projectCode, parcel]),
        raw: naive(surveyed(parcel), [projectCode, parcel]),
      },
    ];
  }

  function auditPatterns(): Pattern[] {
    const naive = (where: string, params: unknown[], offset: number): [string, unknown[]][] => [
      [`SELECT a.id FROM audit_log a WHERE TRUE ${where} ORDER BY a."occurredAt" DESC, a.id DESC OFFSET ${offset} LIMIT 20`, params],
      [`SELECT count(*) FROM audit_log a WHERE TRUE ${where}`, params],
    ];
    const pages = Array.from({ length: 10 }, (_, i) => `/api/audit?page=${i + 1}&pageSize=20`);
    return [
      { name: 'audit log, first ten pages (1M rows)', goal: 20, token: 'admin', paths: pages, raw: (i) => naive('', [], (i % 10) * 20) },
      {
        name: 'audit log, by user',
        goal: 30,
        token: 'admin',
        paths: pages.map((p) => `${p}&user=officer7`),
        raw: (i) => naive('AND a.username = $1', ['officer7'], (i % 10) * 20),
      },
      {
        name: 'audit log, by action',
        goal: 30,
        token: 'admin',
        paths: pages.map((p) => `${p}&action=pii.unmask`),
        raw: (i) => naive('AND a.action = $1', ['pii.unmask'], (i % 10) * 20),
      },
      {
        name: 'audit log, by entity',
        goal: 30,
        token: 'admin',
        paths: pages.slice(0, 3).map((p) => `${p}&entity=household:household-1234`),
        raw: (i) => naive(`AND a."entityType" = 'household' AND a."entityId" = $1`, ['household-1234'], (i % 3) * 20),
      },
      {
        name: 'audit log, one day',
        goal: 30,
        token: 'admin',
        paths: pages.map((p) => `${p}&from=2024-06-01&to=2024-06-01`),
        raw: (i) => naive(`AND a."occurredAt" >= $1 AND a."occurredAt" < $2`, ['2024-06-01', '2024-06-02'], (i % 10) * 20),
      },
    ];
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
