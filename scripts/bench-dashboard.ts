/**
 * Dashboard benchmark (figures, not a timed test): loads BENCH_ROWS cases (default 1,000,000) by COPY into a fresh
 * database — 10 projects of 100 parcels, every subject kind, every status, the resettlement tracks' mirror — with the
 * summary triggers on (the load itself keeps the summaries), then signed agreements with payments, confirmed
 * settlement lines and receipts by INSERT … SELECT. It then serves the real api on a local port and, for each
 * dashboard endpoint, runs BENCH_SECONDS (default 10) of 20 concurrent connections (autocannon, in a worker thread so it
 * does not share the api's event loop) and prints p50/p95 of
 * the answers next to p50/p95 of the same figures recounted from the records in raw SQL (BENCH_RUNS runs, default 5),
 * and checks the endpoint's figures equal the recount. Goal: p95 ≤ 50 ms per endpoint.
 * The last three runs repeat three endpoints while BENCH_WRITES (default 20) commits a second change the cases.
 *   BENCH_ROWS=100000 npm run bench:dashboard
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
import { databaseTransport } from '@app/platform';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import type { LoadRequest, LoadResult } from './bench/load-worker.js';
import { openBenchDatabase } from './bench/scratch-database.js';

const log = (m: string) => process.stderr.write(`${m}\n`);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONNECTIONS = 20;
/** Commits a second during the runs that measure the answers under writes. */
const WRITES_PER_SECOND = Number(process.env.BENCH_WRITES ?? 20);
const PROJECTS = 10;
const PARCELS_PER_PROJECT = 100;
const PASSWORD = 'Bench#2013dash';

const STATUSES = ['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'];
/** Share of cases per status (of 100): a district mid-way through its work. */
const STATUS_WEIGHTS = [10, 15, 15, 20, 20, 15, 5];
const KINDS = ['household', 'household', 'household', 'household', 'household', 'household', 'household', 'household', 'enterprise', 'facility'];

function statusOf(n: number): string {
  let roll = (n * 7919) % 100;
  for (let i = 0; i < STATUSES.length; i += 1) {
    roll -= STATUS_WEIGHTS[i]!;
    if (roll < 0) return STATUSES[i]!;
  }
  return 'surveying';
}

async function seed(client: pg.Client): Promise<{ projectIds: string[]; codes: string[] }> {
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  const projects = (
    await q(
      `INSERT INTO project (code, name, acquirer, version) SELECT 'BP' || lpad(g::text, 2, '0'), '基准项目' || g, '西虹桥公司', 1 FROM generate_series(1, $1) g RETURNING id, code`,
      [PROJECTS],
    )
  ).rows as Array<{ id: string; code: string }>;
  const parcels = (
    await q(
      `INSERT INTO parcel ("projectId", code, village, "landOwnership", area, status, version)
       SELECT p.id, p.code || '-' || lpad(g::text, 3, '0'), '二联村', 'collective', 10000 + g, CASE WHEN g <= 5 THEN 'handed_over' ELSE 'clearing' END, 1
         FROM project p, generate_series(1, $1) g WHERE p.code LIKE 'BP%' RETURNING id, "projectId"`,
      [PARCELS_PER_PROJECT],
    )
  ).rows as Array<{ id: string; projectId: string }>;
  // The cases, streamed by COPY (the statement-level triggers fire once for the whole COPY and fill case_summary).
  const lines = (function* () {
    for (let n = 0; n < ROWS; n += 1) {
      const parcel = parcels[n % parcels.length]!;
      const status = statusOf(n);
      const kind = KINDS[n % KINDS.length]!;
      const track = kind === 'household' && (status === 'vacated' || status === 'settled') ? (n % 3 === 0 ? 'resettled' : 'transitional') : kind === 'household' && status === 'handed_over' ? 'resettled' : 'none';
      yield `${randomUUID()}\t1\t${kind}\t${randomUUID()}\t${parcel.projectId}\t${parcel.id}\t${status}\t${track}\n`;
    }
  })();
  await pipeline(
    Readable.from(lines),
    client.query(copyFrom(`COPY case_file (id, version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus") FROM STDIN`)),
  );
  log(`  cases copied`);
  // Money: a calculation and a signed agreement for every case from 已签约 on, paid in part or in full.
  await q(
    `INSERT INTO scheme_version (version, "projectId", number, name, status, "effectiveOn", items, "createdBy", "publishedAt", "publishedBy")
     SELECT 1, id, 1, '基准方案', 'published', '2013-01-01', '[]', 'bench', now(), 'bench' FROM project`,
  );
  await q(`CREATE TEMP TABLE signed AS SELECT c.id AS case_id, c."projectId", gen_random_uuid() AS calc_id, row_number() OVER () AS n
             FROM case_file c WHERE c.status IN ('signed', 'vacated', 'settled', 'handed_over')`);
  await q(
    `INSERT INTO calculation (id, "caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy")
     SELECT s.calc_id, s.case_id, s."projectId", v.id, '{}', '[]', 10000000 + s.n, 'bench' FROM signed s JOIN scheme_version v ON v."projectId" = s."projectId"`,
  );
  await q(
    `INSERT INTO agreement (version, "caseId", "projectId", "calculationId", method, status, "compensationFen", "agreedFen", "paidFen", "createdBy", "signedOn", "signedAt", "signedBy")
     SELECT 1, case_id, "projectId", calc_id, 'monetary', 'signed', 10000000 + n, 10000000 + n, CASE WHEN n % 4 = 0 THEN 5000000 ELSE 10000000 + n END, 'bench', '2013-06-01', now(), 'bench' FROM signed`,
  );
  log(`  agreements inserted`);
  // Housing: the resettlement track of every household on one (its 住房问题解决 day spread over 2013 for the resettled,
  // its 腾地 day for the transitional), what the quota counts and its forecast reads.
  await q(
    `INSERT INTO resettlement_track (version, "caseId", "projectId", "agreementId", method, track, "transitionalSince", "resettledOn")
     SELECT 1, c.id, c."projectId", a.id, a.method, c."resettlementStatus",
            DATE '2013-02-01' + (abs(hashtext(c.id::text)) % 150),
            CASE WHEN c."resettlementStatus" = 'resettled' THEN DATE '2013-01-01' + (abs(hashtext(c.id::text || 'r')) % 365) END
       FROM case_file c JOIN agreement a ON a."caseId" = c.id
      WHERE c."subjectType" = 'household' AND c."resettlementStatus" IN ('resettled', 'transitional')`,
  );
  log(`  resettlement tracks inserted`);
  // The company: a statement per project holding its settled cases' lines, confirmed, and receipts for nine tenths.
  await q(
    `INSERT INTO settlement_statement (version, "projectId", seq, number, status, "issuedOn", "totalFen", "createdBy")
     SELECT 1, id, 1, 'JS-' || code || '-001', 'issued', '2013-09-01', 0, 'bench' FROM project`,
  );
  await q(
    `INSERT INTO settlement_line (version, "statementId", "projectId", "caseId", "agreementId", position, "agreedFen", "paidFen", "feeFen", "totalFen", status, "answeredBy", "answeredAt")
     SELECT 1, st.id, a."projectId", a."caseId", a.id, row_number() OVER (PARTITION BY a."projectId"), a."agreedFen", a."paidFen", 0, a."agreedFen", 'confirmed', 'bench', now()
       FROM agreement a JOIN case_file c ON c.id = a."caseId" JOIN settlement_statement st ON st."projectId" = a."projectId"
      WHERE c.status IN ('settled', 'handed_over')`,
  );
  await q(
    `INSERT INTO settlement_receipt ("statementId", "projectId", "amountFen", "receivedOn", "bankReference", "idempotencyKey", "requestHash", "createdBy")
     SELECT st.id, st."projectId", (SELECT sum("totalFen") * 9 / 10 FROM settlement_line l WHERE l."statementId" = st.id), '2013-09-15', 'BENCH', 'bench-' || st.id, repeat('0', 64), 'bench'
       FROM settlement_statement st`,
  );
  await q('VACUUM ANALYZE');
  return { projectIds: projects.map((p) => p.id), codes: projects.map((p) => p.code).sort() };
}

/** The overview's figures recounted from the records: what the summaries save the endpoint from doing. */
const RECOUNT = `
  SELECT p.code,
         (SELECT json_agg(x) FROM (SELECT "subjectType", status, "resettlementStatus", count(*)::int AS n FROM case_file c WHERE c."projectId" = p.id GROUP BY 1, 2, 3) x) AS cases,
         (SELECT json_build_object('n', count(*), 'agreed', sum("agreedFen")::text, 'paid', sum("paidFen")::text) FROM agreement a WHERE a."projectId" = p.id AND a.status = 'signed') AS money,
         (SELECT sum("totalFen")::text FROM settlement_line l WHERE l."projectId" = p.id AND l.status = 'confirmed') AS settled,
         (SELECT sum("amountFen")::text FROM settlement_receipt r WHERE r."projectId" = p.id) AS received,
         (SELECT sum(area)::text FROM parcel pc WHERE pc."projectId" = p.id) AS area
    FROM project p WHERE p.id = ANY($1::uuid[]) ORDER BY p.code`;

/** One project's figures per parcel, recounted. */
const RECOUNT_PROJECT = `
  SELECT pc.code,
         (SELECT count(*) FROM case_file c WHERE c."parcelId" = pc.id AND c."subjectType" = 'household') AS households,
         (SELECT count(*) FROM case_file c WHERE c."parcelId" = pc.id AND c."subjectType" = 'household' AND c.status IN ('signed', 'vacated', 'settled', 'handed_over')) AS signed,
         (SELECT sum(a."agreedFen") FROM agreement a JOIN case_file c ON c.id = a."caseId" WHERE c."parcelId" = pc.id AND a.status = 'signed') AS agreed
    FROM parcel pc WHERE pc."projectId" = $1 ORDER BY pc.code`;

/** The 2013 quota recounted: households solved per month and per project, and the signed ones still open. */
const RECOUNT_QUOTA = `
  SELECT (SELECT json_agg(m) FROM (SELECT to_char(t."resettledOn", 'YYYY-MM') AS month, count(*) AS n FROM resettlement_track t
                                     WHERE t.track = 'resettled' AND t."resettledOn" BETWEEN '2013-01-01' AND '2013-12-31' GROUP BY 1) m) AS months,
         (SELECT json_agg(p) FROM (SELECT t."projectId", count(*) AS n FROM resettlement_track t
                                     WHERE t.track = 'resettled' AND t."resettledOn" BETWEEN '2013-01-01' AND '2013-12-31' GROUP BY 1) p) AS projects,
         (SELECT count(*) FROM agreement a LEFT JOIN resettlement_track t ON t."caseId" = a."caseId"
           WHERE a.status = 'signed' AND (t."caseId" IS NULL OR t.track <> 'resettled')) AS open`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** CONNECTIONS clients calling `url` for SECONDS from another thread; p50/p95 of the answers (ms), requests/s, non-2xx answers. */
async function load(url: string, token: string): Promise<{ p50: number; p95: number; requests: number; rps: number; non200: number }> {
  const worker = new Worker(new URL('./bench/load-worker.js', import.meta.url), { workerData: { url, token, connections: CONNECTIONS, seconds: SECONDS } satisfies LoadRequest });
  const result = await new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const latencies = [...result.latencies].sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), requests: latencies.length, rps: latencies.length / SECONDS, non200: result.non2xx + result.errors };
}

async function timedRuns(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;

async function main(): Promise<void> {
  const { config, url, close } = await openBenchDatabase('dashboard', log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    log(`loading ${ROWS} cases …`);
    const started = Date.now();
    const { projectIds, codes } = await seed(client);
    log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const app = await createApiApp(config, url, { logger: false });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const users = app.get(UserRepository);
    const passwordHash = await hashPassword(PASSWORD);
    await users.insert({ username: 'bench-leader', displayName: 'bench-leader', passwordHash, roles: ['leader'], mustChangePassword: false, disabled: false });
    await users.insert({ username: 'bench-company', displayName: 'bench-company', passwordHash, roles: ['company'], mustChangePassword: false, disabled: false }, projectIds.slice(0, 2));
    const login = async (username: string) => {
      const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
      if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { accessToken: string }).accessToken;
    };
    const leader = await login('bench-leader');
    const company = await login('bench-company');
    const get = async (path: string, token: string) => (await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } })).json() as Promise<Record<string, any>>;

    // The answers equal the recount (the summaries are true at this scale too).
    const overview = await get('/api/dashboard/overview', leader);
    const recount = (await client.query(RECOUNT, [projectIds])).rows as Array<{ code: string; cases: Array<{ subjectType: string; status: string; resettlementStatus: string; n: number }>; money: { agreed: string } }>;
    const mismatches: string[] = [];
    for (const r of recount) {
      const shown = (overview.projects as Array<Record<string, any>>).find((p) => p.code === r.code)!;
      const households = r.cases.filter((c) => c.subjectType === 'household').reduce((s, c) => s + c.n, 0);
      const signed = r.cases.filter((c) => c.subjectType === 'household' && ['signed', 'vacated', 'settled', 'handed_over'].includes(c.status)).reduce((s, c) => s + c.n, 0);
      const transitional = r.cases.filter((c) => c.resettlementStatus === 'transitional').reduce((s, c) => s + c.n, 0);
      const agreed = BigInt(r.money.agreed ?? 0);
      if (shown.signing.of !== households || shown.signing.count !== signed || shown.transitional.count !== transitional || BigInt(String(shown.money.agreed).replace('.', '')) !== agreed) mismatches.push(r.code);
    }
    const one = await get(`/api/dashboard/projects/${codes[0]}`, leader);
    log(`  answer sizes: overview ${JSON.stringify(overview).length} bytes, project ${JSON.stringify(one).length} bytes`);
    const perParcel = (await client.query(RECOUNT_PROJECT, [projectIds[codes.indexOf(codes[0]!)] ?? projectIds[0]])).rows as Array<{ code: string; households: string; signed: string }>;
    for (const r of perParcel) {
      const shown = (one.parcels as Array<Record<string, any>>).find((p) => p.code === r.code);
      if (!shown || shown.signing.of !== Number(r.households) || shown.signing.count !== Number(r.signed)) mismatches.push(r.code);
    }

    const quota = await get('/api/dashboard/quota?year=2013', leader);
    const [quotaRecount] = (await client.query(RECOUNT_QUOTA)).rows as Array<{ months: Array<{ n: string }> }>;
    if (quota.solved !== quotaRecount!.months.reduce((sum, m) => sum + Number(m.n), 0)) mismatches.push('quota');

    const projectId = (await client.query(`SELECT id FROM project WHERE code = $1`, [codes[0]])).rows[0].id as string;
    const rows: string[] = [];
    // A busy office meanwhile: WRITES_PER_SECOND commits, each moving one case of the first project a step (the
    // triggers keep the summaries), so every kept answer is outdated that often and computed again.
    const moving = (await client.query(`SELECT id FROM case_file WHERE "projectId" = $1 AND status = 'surveying' LIMIT 1`, [projectIds[0]])).rows[0].id as string;
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    const writing = (perSecond: number) => {
      let stop = false;
      let commits = 0;
      const started = Date.now();
      const done = (async () => {
        while (!stop) {
          await writer.query(`UPDATE case_file SET status = CASE status WHEN 'surveying' THEN 'surveyed' ELSE 'surveying' END WHERE id = $1`, [moving]);
          commits += 1;
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (commits * 1000) / perSecond - Date.now())));
        }
      })();
      return async () => {
        stop = true;
        await done;
        return commits;
      };
    };
    const endpoints: Array<{ name: string; path: string; token: string; raw: () => Promise<unknown>; writes?: number }> = [
      { name: 'GET /api/dashboard/overview (leader, 10 projects)', path: '/api/dashboard/overview', token: leader, raw: () => client.query(RECOUNT, [projectIds]) },
      { name: 'GET /api/dashboard/overview (company, 2 projects)', path: '/api/dashboard/overview', token: company, raw: () => client.query(RECOUNT, [projectIds.slice(0, 2)]) },
      { name: `GET /api/dashboard/projects/${codes[0]} (100 parcels)`, path: `/api/dashboard/projects/${codes[0]}`, token: leader, raw: () => client.query(RECOUNT_PROJECT, [projectId]) },
      { name: 'GET /api/dashboard/quota (leader, 2013)', path: '/api/dashboard/quota?year=2013', token: leader, raw: () => client.query(RECOUNT_QUOTA) },
      { name: `GET /api/dashboard/overview (leader), ${WRITES_PER_SECOND} commits/s meanwhile`, path: '/api/dashboard/overview', token: leader, raw: () => client.query(RECOUNT, [projectIds]), writes: WRITES_PER_SECOND },
      { name: `GET /api/dashboard/quota (leader, 2013), ${WRITES_PER_SECOND} commits/s meanwhile`, path: '/api/dashboard/quota?year=2013', token: leader, raw: () => client.query(RECOUNT_QUOTA), writes: WRITES_PER_SECOND },
      { name: `GET /api/dashboard/projects/${codes[0]}, ${WRITES_PER_SECOND} commits/s meanwhile`, path: `/api/dashboard/projects/${codes[0]}`, token: leader, raw: () => client.query(RECOUNT_PROJECT, [projectId]), writes: WRITES_PER_SECOND },
    ];
    for (const e of endpoints) {
      await load(`${base}${e.path}`, e.token).catch(() => undefined); // warm-up: plans cached, pool filled
      const stopWriting = e.writes ? writing(e.writes) : null;
      const http = await load(`${base}${e.path}`, e.token);
      const commits = stopWriting ? await stopWriting() : 0;
      log(`  ${e.name}: ${http.requests} answers${stopWriting ? `, ${commits} commits meanwhile` : ''}`);
      const raw = await timedRuns(e.raw);
      rows.push(
        `${e.name}\n    api (${CONNECTIONS} connections, ${SECONDS} s): p50 ${ms(http.p50)}  p95 ${ms(http.p95)}  ${http.rps.toFixed(0)} req/s${http.non200 ? `  NON-200: ${http.non200}` : ''}  ${http.p95 <= 50 ? 'goal met' : 'GOAL MISSED'}\n    raw SQL recount (1 client, ${RUNS} runs): p50 ${ms(raw.p50)}  p95 ${ms(raw.p95)}`,
      );
    }
    await writer.end();
    await app.close();
    process.stdout.write(
      [
        `PostgreSQL: ${databaseTransport(url)}`,
        `cases: ${ROWS} (${PROJECTS} projects × ${PARCELS_PER_PROJECT} parcels); goal p95 ≤ 50 ms per endpoint`,
        ...rows,
        mismatches.length ? `FIGURES DIFFER from the recount: ${mismatches.join(', ')}` : 'every figure checked equals the raw recount',
      ].join('\n') + '\n',
    );
    if (mismatches.length) process.exitCode = 1;
  } finally {
    await client.end();
    await close();
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
