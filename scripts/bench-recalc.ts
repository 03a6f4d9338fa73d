/**
 * Recalculation benchmark (figures, not a timed test): seeds BENCH_ROWS households (default 20000) into a scratch
 * database — each with two recognised members, a confirmed case and a calculation under the published scheme
 * version 1 — publishes version 2 (设备迁移费 and 人口安置补贴 dearer), then times
 *   1. preview: the real RecalculationJob handler (chunked reads, the subject's facts, calculate, diff, stored rows, progress),
 *   2. apply:   the real RecalculationService.apply (re-checks every row, new snapshots in one transaction),
 *   3. floor:   reading the same inputs with one query, and COPY of the same preview rows / the same snapshot rows,
 * printing seconds, cases/s and the ratios to the floor (target ≤ 2×). All phases run in this one process, in this order.
 *   BENCH_ROWS=2000 npm run bench:recalc
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { calculate, exampleScheme, RecalculationJobHandler, RecalculationService, validateScheme, type SchemeItem, type SubjectFacts } from '@app/compensation';
import { encryptField } from '@app/platform';
import { idNumberHash } from '@app/subjects';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import { openBenchDatabase } from './bench/scratch-database.js';

const log = (m: string) => process.stderr.write(`${m}\n`);
const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const STRUCTURES = ['reinforced_concrete', 'brick_concrete', 'brick_wood', 'simple'] as const;

function idNumber(n: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `310118${1940 + (n % 60)}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, c, i) => acc + Number(c) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The example scheme with 设备迁移费 3,000 → 4,000 元/户 and 人口安置补贴 5,000 → 6,000 元/人. */
function dearerItems(): SchemeItem[] {
  return exampleScheme().items.map((item) => {
    if (item.code === 'SB-QY') return { ...item, rule: { kind: 'per_household', amount: '4000.00' } } as SchemeItem;
    if (item.code === 'RK-BT') return { ...item, rule: { kind: 'per_person', amount: '6000.00' } } as SchemeItem;
    return item;
  });
}

/** A household's facts exactly as the facts reader answers them (numeric(12,2) as text, no flags, two recognised persons). */
function householdFacts(n: number): SubjectFacts {
  return {
    kind: 'household',
    areas: { licensed: (80 + (n % 150) + 0.25).toFixed(2), unlicensed: (n % 40).toFixed(2), homestead: (100 + (n % 90)).toFixed(2) },
    structure: STRUCTURES[n % 4],
    yearBuilt: 1960 + (n % 50),
    recognisedPersons: 2,
    flags: [],
    asOf: '2013-06-01',
  };
}

async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = process.hrtime.bigint();
  try {
    const result = await work();
    return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** Seeds the project, the households, their cases and calculations under version 1; publishes version 2. Answers the run id and version 2's id. */
async function seed(client: pg.Client): Promise<{ projectId: string; v2: string; runId: string }> {
  const scheme1 = validateScheme({ items: exampleScheme().items });
  if (!scheme1.ok) throw new Error('example scheme invalid');
  const [{ id: projectId }] = (await client.query(`INSERT INTO project (code, name, acquirer, version) VALUES ('BENCH', '基准测试项目', '西虹桥公司', 1) RETURNING id`)).rows;
  const [{ id: parcelId }] = (
    await client.query(`INSERT INTO parcel ("projectId", code, village, "landOwnership", area, version) VALUES ($1, 'BENCH-01', '二联村', 'collective', 100000, 1) RETURNING id`, [projectId])
  ).rows;
  const [{ id: v1 }] = (
    await client.query(
      `INSERT INTO scheme_version (version, "projectId", number, name, status, "effectiveOn", items, "createdBy", "publishedAt", "publishedBy")
       VALUES (1, $1, 1, '基准方案', 'published', '2013-01-01', $2, 'bench', now(), 'bench') RETURNING id`,
      [projectId, JSON.stringify(exampleScheme().items)],
    )
  ).rows;
  for (let start = 0; start < ROWS; start += 1000) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    const ns: number[] = [];
    for (let n = start; n < Math.min(ROWS, start + 1000); n += 1) {
      const f = householdFacts(n);
      const row = [projectId, parcelId, `BJ-${String(n).padStart(6, '0')}`, '二联村', '1组', `户主${n}`, encryptField(idNumber(n)), idNumberHash(idNumber(n)), 2, f.areas!.homestead, f.areas!.licensed, f.areas!.unlicensed, f.structure, f.yearBuilt, '2013-03-01'];
      tuples.push(`(1, ${row.map((_, i) => `$${values.length + i + 1}`).join(', ')})`);
      values.push(...row);
      ns.push(n);
    }
    const households = (
      await client.query(
        `INSERT INTO household (version, "projectId", "parcelId", code, village, "villageGroup", "headName", "headIdNumberEncrypted", "headIdNumberHash", "registeredPersons", "homesteadArea", "licensedArea", "unlicensedArea", structure, "yearBuilt", "surveyedOn")
         VALUES ${tuples.join(', ')} RETURNING id, code`,
        values,
      )
    ).rows as Array<{ id: string; code: string }>;
    const ids = households.map((h) => h.id);
    await client.query(
      `INSERT INTO household_member ("householdId", name, relation, "recognitionBasis", "recognitionEvidence", position)
       SELECT id, '成员' || p, CASE WHEN p = 0 THEN 'head' ELSE 'spouse' END, 'household_register', '户口簿', p FROM unnest($1::uuid[]) AS id, generate_series(0, 1) AS p`,
      [ids],
    );
    const cases = (
      await client.query(
        `INSERT INTO case_file (version, "subjectType", "subjectId", "projectId", "parcelId", status)
         SELECT 1, 'household', id, $2, $3, 'confirmed' FROM unnest($1::uuid[]) AS id RETURNING id, "subjectId"`,
        [ids, projectId, parcelId],
      )
    ).rows as Array<{ id: string; subjectId: string }>;
    const caseOf = new Map(cases.map((c) => [c.subjectId, c.id]));
    const calcs = households.map((h, i) => {
      const facts = householdFacts(ns[i]!);
      const result = calculate(scheme1.scheme, facts);
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('；'));
      return [caseOf.get(h.id), projectId, v1, JSON.stringify(facts), JSON.stringify(result.calculation.lines.map((l) => ({ ...l, amountFen: l.amountFen.toString() }))), result.calculation.totalFen.toString(), 'bench'];
    });
    await client.query(
      `INSERT INTO calculation ("caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy")
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::jsonb[], $5::jsonb[], $6::bigint[], $7::varchar[])`,
      [0, 1, 2, 3, 4, 5, 6].map((k) => calcs.map((c) => c[k])),
    );
  }
  await client.query(`UPDATE scheme_version SET status = 'superseded' WHERE id = $1`, [v1]);
  const [{ id: v2 }] = (
    await client.query(
      `INSERT INTO scheme_version (version, "projectId", number, name, status, "effectiveOn", items, "createdBy", "publishedAt", "publishedBy")
       VALUES (1, $1, 2, '基准方案（调价）', 'published', '2013-03-01', $2, 'bench', now(), 'bench') RETURNING id`,
      [projectId, JSON.stringify(dearerItems())],
    )
  ).rows;
  const [{ id: runId }] = (await client.query(`INSERT INTO recalculation_run ("projectId", "schemeVersionId", "createdBy") VALUES ($1, $2, 'bench') RETURNING id`, [projectId, v2])).rows;
  await client.query('ANALYZE');
  return { projectId, v2, runId };
}

/** COPY text format of one value. */
const copyValue = (v: unknown): string => (v === null || v === undefined ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));

async function copyRows(client: pg.Client, sql: string, rows: unknown[][]): Promise<void> {
  const lines = (function* () {
    for (const row of rows) yield `${row.map(copyValue).join('\t')}\n`;
  })();
  await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
}

/** The preview's inputs in one query: the project's unsigned cases, each with its latest calculation, its household's facts and its recognised persons. */
const INPUTS = `
  SELECT cf.id, c.id AS "calculationId", c.facts, c.lines, c."totalFen", h."homesteadArea", h."licensedArea", h."unlicensedArea", h."certifiedArea",
         h."surveyedArea", h."recognisedArea", h.structure, h."yearBuilt", h."lowIncome", h.disabled, h."onlyChild",
         (SELECT count(*) FROM household_member m WHERE m."householdId" = h.id AND m."recognitionBasis" IS NOT NULL) AS persons
    FROM case_file cf
    JOIN household h ON h.id = cf."subjectId"
    JOIN LATERAL (SELECT id, facts, lines, "totalFen" FROM calculation WHERE "caseId" = cf.id ORDER BY "createdAt" DESC, id DESC LIMIT 1) c ON true
   WHERE cf."projectId" = $1 AND cf.status <> ALL($2::varchar[])`;

async function main(): Promise<void> {
  const { config, url, close } = await openBenchDatabase('recalc', log);
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    log(`seeding ${ROWS} households with their calculations …`);
    const { projectId, runId } = await seed(client);

    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, url), { logger: ['error', 'warn'] });
    await app.init();
    const preview = await measured(() => app.get(RecalculationJobHandler).handle({ runId }, { recordId: 'bench', attempt: 1, progress: async () => undefined }));
    if (preview.result?.cases !== ROWS) throw new Error(`preview covered ${preview.result?.cases} cases, expected ${ROWS}`);
    const apply = await measured(() => app.get(RecalculationService).apply(runId));
    await app.close();
    if (apply.result.applied !== ROWS) throw new Error(`apply stored ${apply.result.applied} snapshots, expected ${ROWS} (skipped ${JSON.stringify(apply.result.skipped)})`);

    // The floor: the same preview rows and the same snapshot rows, held in memory beforehand, written by COPY.
    const stored = (await client.query(`SELECT "caseId", "basedOnCalculationId", facts, lines, "oldTotalFen", "newTotalFen", "differenceFen", changes FROM recalculation_case WHERE "runId" = $1`, [runId])).rows as Array<Record<string, unknown>>;
    const json = (v: unknown) => JSON.stringify(v);
    const [{ id: floorRun }] = (await client.query(`INSERT INTO recalculation_run ("projectId", "schemeVersionId", "createdBy") SELECT "projectId", "schemeVersionId", 'bench-floor' FROM recalculation_run WHERE id = $1 RETURNING id`, [runId])).rows;
    const previewRows = stored.map((r) => [randomUUID(), floorRun, r.caseId, r.basedOnCalculationId, json(r.facts), json(r.lines), r.oldTotalFen, r.newTotalFen, r.differenceFen, json(r.changes)]);
    const [{ schemeVersionId }] = (await client.query(`SELECT "schemeVersionId" FROM recalculation_run WHERE id = $1`, [runId])).rows;
    const snapshotRows = stored.map((r) => [randomUUID(), r.caseId, projectId, schemeVersionId, json(r.facts), json(r.lines), r.newTotalFen, 'bench-floor']);
    const floorRead = await measured(async () => (await client.query(INPUTS, [projectId, ['signed', 'vacated', 'settled', 'handed_over']])).rows.length);
    const floorPreviewCopy = await measured(() =>
      copyRows(client, `COPY recalculation_case (id, "runId", "caseId", "basedOnCalculationId", facts, lines, "oldTotalFen", "newTotalFen", "differenceFen", changes) FROM STDIN`, previewRows),
    );
    const floorApplyCopy = await measured(() => copyRows(client, `COPY calculation (id, "caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy") FROM STDIN`, snapshotRows));

    const rate = (s: number) => `${Math.round(ROWS / s)} 户/秒`;
    const previewFloor = floorRead.seconds + floorPreviewCopy.seconds;
    const applyFloor = floorRead.seconds + floorApplyCopy.seconds;
    process.stdout.write(`${ROWS} 户（每户 2 名认定人口，一份旧测算；新版本改变 2 个项目）\n`);
    process.stdout.write(`下限：一次查询读取同样的输入 ${floorRead.seconds.toFixed(2)} s（${floorRead.result} 行）；COPY 同样的预览行 ${floorPreviewCopy.seconds.toFixed(2)} s；COPY 同样的新测算快照 ${floorApplyCopy.seconds.toFixed(2)} s\n`);
    process.stdout.write(`预览（RecalculationJob）${preview.seconds.toFixed(2)} s，${rate(preview.seconds)}，峰值 RSS ${preview.peakRssMb.toFixed(0)} MB；预览 / 下限（读取 + COPY 预览行 ${previewFloor.toFixed(2)} s）= ${(preview.seconds / previewFloor).toFixed(2)}×（目标 ≤ 2×）\n`);
    process.stdout.write(`应用（RecalculationService.apply）${apply.seconds.toFixed(2)} s，${rate(apply.seconds)}，峰值 RSS ${apply.peakRssMb.toFixed(0)} MB；应用 / 下限（读取 + COPY 快照 ${applyFloor.toFixed(2)} s）= ${(apply.seconds / applyFloor).toFixed(2)}×（目标 ≤ 2×）\n`);
  } finally {
    await client.end().catch(() => undefined);
    await close();
  }
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
