/**
 * 过渡费 accrual benchmark (figures, not a timed test): loads BENCH_ROWS transitional households (default 20000) — each a
 * property-swap case on the monetary transition with a signed agreement, 1–5 recognised persons, vacated between
 * 2023-12-01 and 2023-12-28, a 24-month transition period (so the later months rise) — under a scheme of 800 元/人/月,
 * +50 % per started half-year overdue up to +100 %, then times, each BENCH_RUNS times (default 5, best and median):
 *   1. one month's accrual: FeeService.accrue (the job's one set-based INSERT … SELECT … ON CONFLICT DO NOTHING, with
 *      the months already accrued before it), next to a raw INSERT … SELECT of the same rows (the month's amounts,
 *      no step, no look-up of what was accrued) into a copy of the table;
 *   2. a 36-month catch-up (nothing accrued yet), next to a raw INSERT … SELECT over generate_series of the same rows;
 * and prints both, the ratio (goal ≤ 2×) and whether the amounts agree.
 *   BENCH_ROWS=5000 npm run bench:accrual
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { AppModule } from '../apps/api/src/app.module.js';
import { accrualSql, FeeService, lastCompleteMonth } from '@app/resettlement';
import { todayInShanghai } from '@app/platform';
import { openBenchDatabase } from './bench/scratch-database.js';

const log = (m: string) => process.stderr.write(`${m}\n`);
const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RULE = { basis: 'per_person', monthlyAmount: '800.00', overdue: { everyMonths: 6, percent: '50', capPercent: '100' }, afterDeliveryMonths: 3 };

async function seed(client: pg.Client): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  const [{ id: projectId }] = (await q(`INSERT INTO project (code, name, acquirer, version) VALUES ('BENCH', '基准测试项目', '西虹桥公司', 1) RETURNING id`)).rows;
  const [{ id: parcelId }] = (
    await q(`INSERT INTO parcel ("projectId", code, village, "landOwnership", area, version) VALUES ($1, 'BENCH-01', '二联村', 'collective', 100000, 1) RETURNING id`, [projectId])
  ).rows;
  const [{ id: schemeId }] = (
    await q(
      `INSERT INTO scheme_version (version, "projectId", number, name, status, "effectiveOn", items, "transitionalFee", "createdBy", "publishedAt", "publishedBy")
       VALUES (1, $1, 1, '基准方案', 'published', '2013-01-01', '[]', $2, 'bench', now(), 'bench') RETURNING id`,
      [projectId, JSON.stringify(RULE)],
    )
  ).rows;
  await q(`CREATE TEMP TABLE n AS SELECT g AS n, gen_random_uuid() AS case_id, gen_random_uuid() AS calc_id, gen_random_uuid() AS agreement_id FROM generate_series(1, $1) g`, [ROWS]);
  await q(
    `INSERT INTO case_file (id, version, "subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus") SELECT case_id, 1, 'household', gen_random_uuid(), $1, $2, 'vacated', 'transitional' FROM n`,
    [projectId, parcelId],
  );
  await q(
    `INSERT INTO calculation (id, "caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy")
     SELECT calc_id, case_id, $1, $2, jsonb_build_object('recognisedPersons', 1 + n % 5), '[]', 10000000, 'bench' FROM n`,
    [projectId, schemeId],
  );
  await q(
    `INSERT INTO agreement (id, version, "caseId", "projectId", "calculationId", method, status, "compensationFen", "agreedFen", "paidFen", "createdBy", "signedOn", "signedAt", "signedBy", "sequenceNo", "transitionMethod", "transitionMonths")
     SELECT agreement_id, 1, case_id, $1, calc_id, 'swap', 'signed', 10000000, 10000000, 0, 'bench', '2023-06-01', now(), 'bench', n, 'monetary', 24 FROM n`,
    [projectId],
  );
  await q(
    `INSERT INTO resettlement_track (version, "caseId", "projectId", "agreementId", method, "transitionMethod", "transitionMonths", persons, track, "transitionalSince")
     SELECT 1, case_id, $1, agreement_id, 'swap', 'monetary', 24, 1 + n % 5, 'transitional', DATE '2023-12-01' + (n % 28) FROM n`,
    [projectId],
  );
  await q(`CREATE TABLE accrual_ours (LIKE transitional_fee_accrual)`);
  await q('VACUUM ANALYZE');
}

/**
 * The raw twin, into the same table (its unique index and foreign keys): the same rows' columns and amounts by plain
 * arithmetic (rate × persons × days / days in month), no step, no look-up of what was accrued, no conflict handling.
 */
const RAW = `
  INSERT INTO transitional_fee_accrual ("caseId", "projectId", month, days, "daysInMonth", "stepPercent", "amountFen", basis)
  SELECT t."caseId", t."projectId", g.m::date, ((g.m + interval '1 month')::date - GREATEST(t."transitionalSince", g.m::date)),
         ((g.m + interval '1 month')::date - g.m::date), 0,
         round(80000::numeric * t.persons * ((g.m + interval '1 month')::date - GREATEST(t."transitionalSince", g.m::date)) / ((g.m + interval '1 month')::date - g.m::date)),
         jsonb_build_object('basis', 'per_person', 'persons', t.persons)
    FROM resettlement_track t CROSS JOIN generate_series($1::timestamp, $2::timestamp, interval '1 month') AS g(m)`;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (label: string, xs: number[]) => `${label} median ${median(xs).toFixed(3)} s, best ${Math.min(...xs).toFixed(3)} s`;

async function main(): Promise<void> {
  const { config, url, close } = await openBenchDatabase('accrual', log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    log(`loading ${ROWS} transitional households …`);
    const load = await timed(() => seed(client));
    log(`loaded in ${load.seconds.toFixed(1)} s`);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, url), { logger: ['error', 'warn'] });
    const fees = app.get(FeeService);
    const last = lastCompleteMonth(todayInShanghai());
    const first = '2023-12-01';
    const months = (Number(last.slice(0, 4)) - 2023) * 12 + Number(last.slice(5, 7)) - 12 + 1;
    const reset = async () => {
      await client.query('TRUNCATE transitional_fee_accrual');
      await client.query('VACUUM ANALYZE transitional_fee_accrual');
    };
    const dropMonth = async () => {
      await client.query(`DELETE FROM transitional_fee_accrual WHERE month = $1`, [last]);
      await client.query('VACUUM ANALYZE transitional_fee_accrual');
    };
    if (process.env.BENCH_EXPLAIN) {
      await client.query('BEGIN');
      await client.query('SET LOCAL jit = off');
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${accrualSql()}`, [last]);
      await client.query('ROLLBACK');
      log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }

    // The amounts before the deadline agree with the raw arithmetic (afterwards ours rises, the raw one does not).
    await reset();
    await fees.accrue(last);
    await client.query('INSERT INTO accrual_ours SELECT * FROM transitional_fee_accrual');
    await reset();
    await client.query(RAW, [first, last]);
    const [{ differ }] = (
      await client.query(
        `SELECT count(*)::int AS differ FROM accrual_ours f JOIN transitional_fee_accrual r ON r."caseId" = f."caseId" AND r.month = f.month
          WHERE f."stepPercent" = 0 AND (f."amountFen" <> r."amountFen" OR f.days <> r.days)`,
      )
    ).rows;

    // 2. the catch-up of every month since the vacating (one untimed round of each first), each on an empty table
    const catchUp = { ours: [] as number[], raw: [] as number[], rows: 0 };
    for (let i = -1; i < RUNS; i += 1) {
      await reset();
      const a = await timed(() => fees.accrue(last));
      catchUp.rows = a.result.months;
      await reset();
      const b = await timed(() => client.query(RAW, [first, last]));
      if (i >= 0) {
        catchUp.ours.push(a.seconds);
        catchUp.raw.push(b.seconds);
      }
    }

    // 1. one month, the months before it accrued already (the table then holds the catch-up's rows)
    const oneMonth = { ours: [] as number[], raw: [] as number[], rows: 0 };
    for (let i = -1; i < RUNS; i += 1) {
      await dropMonth();
      const a = await timed(() => fees.accrue(last));
      oneMonth.rows = a.result.months;
      await dropMonth();
      const b = await timed(() => client.query(RAW, [last, last]));
      if (i >= 0) {
        oneMonth.ours.push(a.seconds);
        oneMonth.raw.push(b.seconds);
      }
    }
    await app.close();
    process.stdout.write(
      [
        `households: ${ROWS}, runs: ${RUNS}, months ${first.slice(0, 7)}…${last.slice(0, 7)} (${months})`,
        `one month (${oneMonth.rows} rows):`,
        `  ${line('accrual (FeeService.accrue):', oneMonth.ours)}`,
        `  ${line('raw INSERT … SELECT:        ', oneMonth.raw)}`,
        `  ratio (median): ${(median(oneMonth.ours) / median(oneMonth.raw)).toFixed(2)}× (goal ≤ 2×)`,
        `catch-up (${catchUp.rows} rows):`,
        `  ${line('accrual (FeeService.accrue):', catchUp.ours)}`,
        `  ${line('raw INSERT … SELECT:        ', catchUp.raw)}`,
        `  ratio (median): ${(median(catchUp.ours) / median(catchUp.raw)).toFixed(2)}× (goal ≤ 2×)`,
        `amounts before the deadline: ${differ === 0 ? 'equal to the raw arithmetic' : `${differ} rows DIFFERENT from the raw arithmetic`}`,
      ].join('\n') + '\n',
    );
    if (differ !== 0 || oneMonth.rows !== ROWS || catchUp.rows !== ROWS * months) process.exitCode = 1;
  } finally {
    await client.end();
    await close();
  }
}

await main();
