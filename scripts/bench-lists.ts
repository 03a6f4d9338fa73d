/**
 * Lists at district scale (figures, not a timed test): loads BENCH_HOUSEHOLDS households (default 100,000) with their
 * cases by COPY into one officer's two projects (plus a project outside the officer's scope), and BENCH_AUDIT audit
 * rows (default 1,000,000), then serves the real api on a local port. For each list pattern it runs BENCH_REQUESTS
 * (default 200) requests one after another (one client) and BENCH_SECONDS (default 10) of 50 concurrent clients
 * (autocannon, in a worker thread so it does not share the api's event loop), and prints p50/p95 and requests/s next to
 * the raw SQL of the same page as a naive read does it (ids ordered in SQL with OFFSET, and count(*) of the whole set).
 *   npm run bench:lists
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { hashPassword, UserRepository } from '@app/identity';
import { encryptField, searchHash } from '@app/platform';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import type { LoadRequest, LoadResult } from './bench/load-worker.js';
import { openBenchDatabase } from './bench/scratch-database.js';

const log = (m: string) => process.stderr.write(`${m}\n`);
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 100_000);
const AUDIT_ROWS = Number(process.env.BENCH_AUDIT ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
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
  return { scope: projects.slice(0, 2).map((p) => p.id), codes: projects.map((p) => p.code) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;

async function concurrent(
  base: string,
  paths: string[],
  token: string,
): Promise<{ p50: number; p95: number; rps: number; non200: number }> {
  const worker = new Worker(new URL('./bench/load-worker.js', import.meta.url), {
    workerData: { url: base, token, connections: CONNECTIONS, seconds: SECONDS, paths } satisfies LoadRequest,
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
    rps: latencies.length / SECONDS,
    non200: result.non2xx + result.errors,
  };
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
  token: 'officer' | 'admin';
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
    await users.insert(
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
      username: 'bench-admin',
      displayName: 'bench-admin',
      passwordHash,
      roles: ['admin'],
      mustChangePassword: false,
      disabled: false,
    });
    const login = async (username: string) => {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { accessToken: string }).accessToken;
    };
    const tokens = { officer: await login('bench-officer'), admin: await login('bench-admin') };

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
      ...auditPatterns(),
    ];

    const rows: string[] = [];
    for (const p of patterns) {
      const token = tokens[p.token];
      const get = async (path: string) => {
        const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return res.json() as Promise<{ items: unknown[]; total: number }>;
      };
      const sample = await get(p.paths[0]!);
      for (const path of p.paths) await get(path); // warm-up: plans cached, pool filled
      const one = await sequential(REQUESTS, (i) => get(p.paths[i % p.paths.length]!));
      const many = await concurrent(base, p.paths, token);
      const raw = await sequential(Math.min(REQUESTS, 20), async (i) => {
        for (const [sql, params] of p.raw(i)) await client.query(sql, params);
      });
      log(`  ${p.name}: done`);
      const met = one.p95 <= p.goal && many.rps >= 250 && many.p95 <= 400;
      rows.push(
        `${p.name}  (first answer: ${sample.items.length} rows of ${sample.total})\n` +
          `    api, 1 client (${REQUESTS} requests):     p50 ${ms(one.p50)}  p95 ${ms(one.p95)}  ${one.rps.toFixed(0).padStart(5)} req/s   goal p95 ≤ ${p.goal} ms\n` +
          `    api, ${CONNECTIONS} clients (${SECONDS} s):        p50 ${ms(many.p50)}  p95 ${ms(many.p95)}  ${many.rps.toFixed(0).padStart(5)} req/s   goal ≥ 250 req/s, p95 ≤ 400 ms${many.non200 ? `  NON-2xx: ${many.non200}` : ''}\n` +
          `    raw SQL, naive (ORDER BY … OFFSET + count(*)): p50 ${ms(raw.p50)}  p95 ${ms(raw.p95)}  ${raw.rps.toFixed(0).padStart(5)} req/s\n` +
          `    ${met ? 'goals met' : 'GOAL MISSED'}`,
      );
    }
    await app.close();
    process.stdout.write(
      [
        `households: ${HOUSEHOLDS} in the officer's two projects (+${HOUSEHOLDS / 5} outside the scope); audit rows: ${AUDIT_ROWS}`,
        ...rows,
      ].join('\n') + '\n',
    );
  } finally {
    await client.end();
    await close();
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
