/**
 * Reconciliation benchmark (figures, not a timed test): loads one project with BENCH_ROWS cases (default 100000) —
 * each vacated or settled with a calculation, a signed agreement and its payment; nine in ten on confirmed 结算单
 * of 1,000 lines with receipts covering them, a few deliberate gaps — with INSERT … SELECT, then times
 *   1. the real reconciliation (SettlementFiguresService.reconcile: the one set-based query and its answer),
 *   2. one raw SQL query computing the same sums (the three ledgers, what is allocated, the discrepancies per kind),
 * each BENCH_RUNS times (default 5, best and median), and prints both and the ratio (goal ≤ 1.5×).
 *   BENCH_ROWS=10000 npm run bench:reconcile
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { AppModule } from '../apps/api/src/app.module.js';
import { SettlementFiguresService } from '@app/company';
import { openBenchDatabase } from './bench/scratch-database.js';

const log = (m: string) => process.stderr.write(`${m}\n`);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PER_STATEMENT = 1000;

async function seed(client: pg.Client): Promise<string> {
  const [{ id: projectId }] = (await client.query(`INSERT INTO project (code, name, acquirer, version) VALUES ('BENCH', '基准测试项目', '西虹桥公司', 1) RETURNING id`)).rows;
  const [{ id: parcelId }] = (
    await client.query(`INSERT INTO parcel ("projectId", code, village, "landOwnership", area, version) VALUES ($1, 'BENCH-01', '二联村', 'collective', 100000, 1) RETURNING id`, [projectId])
  ).rows;
  const [{ id: schemeId }] = (
    await client.query(
      `INSERT INTO scheme_version (version, "projectId", number, name, status, "effectiveOn", items, "createdBy", "publishedAt", "publishedBy")
       VALUES (1, $1, 1, '基准方案', 'published', '2013-01-01', '[]', 'bench', now(), 'bench') RETURNING id`,
      [projectId],
    )
  ).rows;
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  // Cases n = 1..ROWS: agreed 100,000.00 + n fen; the first 90 % on statements, every 7th of those still vacated.
  await q(`CREATE TEMP TABLE n AS SELECT g AS n, gen_random_uuid() AS case_id, gen_random_uuid() AS calc_id, gen_random_uuid() AS agreement_id FROM generate_series(1, $1) g`, [ROWS]);
  await q(
    `INSERT INTO case_file (id, version, "subjectType", "subjectId", "projectId", "parcelId", status)
     SELECT case_id, 1, 'household', gen_random_uuid(), $1, $2, CASE WHEN n % 7 = 0 OR n > $3 THEN 'vacated' ELSE 'settled' END FROM n`,
    [projectId, parcelId, Math.floor(ROWS * 0.9)],
  );
  await q(`INSERT INTO calculation (id, "caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy") SELECT calc_id, case_id, $1, $2, '{}', '[]', 10000000 + n, 'bench' FROM n`, [projectId, schemeId]);
  await q(
    `INSERT INTO agreement (id, version, "caseId", "projectId", "calculationId", method, status, "compensationFen", "agreedFen", "paidFen", "createdBy", "signedOn", "signedAt", "signedBy", "sequenceNo")
     SELECT agreement_id, 1, case_id, $1, calc_id, 'monetary', 'signed', 10000000 + n, 10000000 + n, CASE WHEN n % 50 = 0 THEN 5000000 ELSE 10000000 + n END, 'bench', '2013-06-01', now(), 'bench', n FROM n`,
    [projectId],
  );
  await q(
    `INSERT INTO payment ("agreementId", "caseId", "projectId", kind, "amountFen", "paidOn", method, "idempotencyKey", "requestHash", "createdBy")
     SELECT agreement_id, case_id, $1, 'payment', CASE WHEN n % 50 = 0 THEN 5000000 ELSE 10000000 + n END, '2013-07-01', 'bank_transfer', 'bench-' || n, repeat('0', 64), 'bench' FROM n`,
    [projectId],
  );
  const onStatements = Math.floor(ROWS * 0.9);
  const statements = Math.ceil(onStatements / PER_STATEMENT);
  await q(
    `INSERT INTO settlement_statement (id, version, "projectId", seq, number, status, "issuedOn", "totalFen", "createdBy", "confirmedAt")
     SELECT gen_random_uuid(), 1, $1, s, 'JS-BENCH-' || lpad(s::text, 3, '0'), 'confirmed', '2013-09-01', 0, 'bench', now() FROM generate_series(1, $2) s`,
    [projectId, statements],
  );
  await q(
    `INSERT INTO settlement_line (version, "statementId", "projectId", "caseId", "agreementId", position, "agreedFen", "paidFen", "feeFen", "totalFen", status, "answeredBy", "answeredAt")
     SELECT 1, s.id, $1, n.case_id, n.agreement_id, (n.n - 1) % $3 + 1, 10000000 + n.n, 10000000 + n.n, 0, 10000000 + n.n, 'confirmed', 'bench', now()
       FROM n JOIN settlement_statement s ON s."projectId" = $1 AND s.seq = (n.n - 1) / $3 + 1 WHERE n.n <= $2`,
    [projectId, onStatements, PER_STATEMENT],
  );
  // Totals set before the trigger would refuse: the statements were inserted confirmed, so compute them in the insert's stead.
  await q(`ALTER TABLE settlement_statement DISABLE TRIGGER settlement_statement_immutable`);
  await q(`UPDATE settlement_statement s SET "totalFen" = t.total FROM (SELECT "statementId", SUM("totalFen") AS total FROM settlement_line GROUP BY 1) t WHERE t."statementId" = s.id`);
  await q(`ALTER TABLE settlement_statement ENABLE TRIGGER settlement_statement_immutable`);
  // Receipts cover every statement but the last, which is short by 1,000.00 元.
  await q(
    `INSERT INTO settlement_receipt ("statementId", "projectId", "amountFen", "receivedOn", "bankReference", "idempotencyKey", "requestHash", "createdBy")
     SELECT id, $1, "totalFen" - CASE WHEN seq = $2 THEN 100000 ELSE 0 END, '2013-09-15', 'BENCH-' || seq, 'bench-receipt-' || seq, repeat('0', 64), 'bench' FROM settlement_statement WHERE "projectId" = $1`,
    [projectId, statements],
  );
  // As a database that has lived with these rows: statistics, hint bits and the visibility map set (the first query
  // to read freshly loaded rows would otherwise pay for writing them, whichever of the two runs first).
  await q('VACUUM ANALYZE');
  return projectId;
}

/** The same sums in one hand-written query: the three ledgers, what receipts cover line by line, and the discrepancies per kind. */
const RAW = `
  WITH pay AS (SELECT "caseId", SUM(CASE WHEN kind = 'payment' THEN "amountFen" ELSE -"amountFen" END) AS d FROM payment WHERE "projectId" = $1 AND purpose = 'compensation' GROUP BY 1),
       agr AS (SELECT "caseId", SUM("agreedFen") AS a FROM agreement WHERE "projectId" = $1 AND status = 'signed' GROUP BY 1),
       rec AS (SELECT "statementId", SUM("amountFen") AS r FROM settlement_receipt WHERE "projectId" = $1 GROUP BY 1),
       al AS (SELECT l."caseId", l."statementId", l."agreementId",
                     CASE WHEN l.status = 'confirmed' THEN LEAST(l."totalFen", GREATEST(0, COALESCE(rec.r, 0)
                       - COALESCE(SUM(l."totalFen") FILTER (WHERE l.status = 'confirmed') OVER (PARTITION BY l."statementId" ORDER BY l.position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) ELSE 0 END AS x
                FROM settlement_line l LEFT JOIN rec ON rec."statementId" = l."statementId" WHERE l."projectId" = $1 AND l.status <> 'dropped')
  SELECT SUM(agr.a) AS agreed, SUM(pay.d) AS disbursed, (SELECT SUM(r) FROM rec) AS received, SUM(al.x) AS allocated,
         count(*) FILTER (WHERE COALESCE(pay.d, 0) > COALESCE(agr.a, 0)) AS over,
         count(*) FILTER (WHERE agr.a IS NOT NULL AND al."caseId" IS NULL AND c.status IN ('vacated', 'settled', 'handed_over')) AS missing,
         count(*) FILTER (WHERE al."caseId" IS NOT NULL AND COALESCE(pay.d, 0) > al.x) AS unreceived
    FROM case_file c LEFT JOIN agr ON agr."caseId" = c.id LEFT JOIN pay ON pay."caseId" = c.id LEFT JOIN al ON al."caseId" = c.id
   WHERE c."projectId" = $1`;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const { config, url, close } = await openBenchDatabase('reconcile', log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    log(`loading ${ROWS} cases …`);
    const load = await timed(() => seed(client));
    log(`loaded in ${load.seconds.toFixed(1)} s`);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, url), { logger: ['error', 'warn'] });
    const service = app.get(SettlementFiguresService);
    const ours: number[] = [];
    const raw: number[] = [];
    let answer: Awaited<ReturnType<SettlementFiguresService['reconcile']>> | null = null;
    let sums: Record<string, string> | null = null;
    // One untimed round of each first: both then run with a warm cache and the same plans cached.
    await service.reconcile({ projectCode: 'BENCH' });
    await client.query(RAW, [load.result]);
    for (let i = 0; i < RUNS; i += 1) {
      const a = await timed(() => service.reconcile({ projectCode: 'BENCH' }));
      ours.push(a.seconds);
      answer = a.result;
      const b = await timed(async () => (await client.query(RAW, [load.result])).rows[0] as Record<string, string>);
      raw.push(b.seconds);
      sums = b.result;
    }
    await app.close();
    const t = answer!.totals;
    const fen = (v: string) => BigInt(v.replace('.', ''));
    const same = fen(t.agreed) === BigInt(sums!.agreed!) && fen(t.disbursed) === BigInt(sums!.disbursed!) && fen(t.received) === BigInt(sums!.received!) && fen(t.allocated) === BigInt(sums!.allocated!);
    const counts = Object.fromEntries(answer!.counts.map((c) => [c.kind, c.count]));
    const ratio = median(ours) / median(raw);
    process.stdout.write(
      [
        `cases: ${ROWS}, statements: ${Math.ceil(Math.floor(ROWS * 0.9) / PER_STATEMENT)}, runs: ${RUNS}`,
        `reconciliation (service): median ${median(ours).toFixed(3)} s, best ${Math.min(...ours).toFixed(3)} s`,
        `raw SQL (same sums):      median ${median(raw).toFixed(3)} s, best ${Math.min(...raw).toFixed(3)} s`,
        `ratio (median): ${ratio.toFixed(2)}× (goal ≤ 1.5×)`,
        `ledgers: agreed ${t.agreed}, disbursed ${t.disbursed}, received ${t.received}, allocated ${t.allocated} — ${same ? 'equal to the raw sums' : 'DIFFERENT from the raw sums'}`,
        `discrepancies: ${JSON.stringify(counts)}; raw: over ${sums!.over}, missing ${sums!.missing}, unreceived ${sums!.unreceived}`,
      ].join('\n') + '\n',
    );
    if (!same) process.exitCode = 1;
  } finally {
    await client.end();
    await close();
  }
}

await main();
