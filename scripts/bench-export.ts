/**
 * Export benchmark (figures, not a timed test): seeds BENCH_ROWS households (default 100000) into a
 * scratch database, then times
 *   1. raw:      ExcelJS's streaming writer alone writing the same rows (the floor), and
 *   2. for reference, the same raw write with one shared style object (what the ledger writer does per column),
 *   3. pipeline: the real ExportJob handler (scoped keyset reads overlapped with writing, decryption, masking,
 *      labels, progress, file),
 * printing rows/s, seconds, the ratios and the peak RSS (all phases run in this one process, in this order).
 *   BENCH_ROWS=20000 npm run bench:export
 */
import 'reflect-metadata';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { ExportJobHandler, HOUSEHOLD_LEDGER_COLUMNS, type HouseholdLedgerRow } from '@app/excel';
import { encryptField } from '@app/platform';
import { idNumberHash } from '@app/subjects';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import { openBenchDatabase } from './bench/scratch-database.js';

const log = (m: string) => process.stderr.write(`${m}\n`);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '建国秀英伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红梅鹏飞志强海燕';
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function idNumber(n: number): string {
  const first17 = `310118${1940 + (n % 60)}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, c, i) => acc + Number(c) * ID_WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

function household(n: number): HouseholdLedgerRow {
  return {
    id: '',
    projectId: '',
    code: `BJ-${String(n).padStart(6, '0')}`,
    projectCode: 'BENCH',
    parcelCode: 'BENCH-01',
    village: ['二联村', '金联村', '前明村', '龙阳村'][n % 4]!,
    group: `${1 + (n % 12)}组`,
    headName: `${SURNAMES[n % SURNAMES.length]}${GIVEN.slice((n * 2) % (GIVEN.length - 1), ((n * 2) % (GIVEN.length - 1)) + 2)}`,
    headIdNumber: idNumber(n),
    phone: `139${String(10_000_000 + n).slice(-8)}`,
    registeredPersons: 1 + (n % 6),
    homesteadArea: (100 + (n % 90)).toFixed(2),
    licensedArea: (80 + (n % 150) + 0.25).toFixed(2),
    unlicensedArea: (n % 40).toFixed(2),
    structure: (['reinforced_concrete', 'brick_concrete', 'brick_wood', 'simple'] as const)[n % 4],
    yearBuilt: 1960 + (n % 55),
    surveyedOn: `2013-0${1 + (n % 9)}-1${n % 10}`,
    caseStatus: 'surveyed',
    resettlementStatus: 'none',
    remarks: n % 10 === 0 ? '宅基地有争议，待村委会协调' : null,
  };
}

/** Time, this process's CPU time (not PostgreSQL's) and peak RSS while `work` runs (RSS sampled every 20 ms). */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; cpuSeconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  try {
    const result = await work();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

async function seed(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ id: projectId }] = (await client.query(`INSERT INTO project (code, name, acquirer, version) VALUES ('BENCH', '基准测试项目', '西虹桥公司', 1) RETURNING id`)).rows;
    const [{ id: parcelId }] = (
      await client.query(`INSERT INTO parcel ("projectId", code, village, "landOwnership", area, version) VALUES ($1, 'BENCH-01', '二联村', 'collective', 100000, 1) RETURNING id`, [projectId])
    ).rows;
    const [{ id: userId }] = (await client.query(`INSERT INTO app_user (username, "displayName", "passwordHash", roles, version) VALUES ('bench-admin', '基准', 'x', '{admin}', 1) RETURNING id`)).rows;
    for (let start = 0; start < ROWS; start += 1000) {
      const values: unknown[] = [];
      const tuples: string[] = [];
      for (let n = start; n < Math.min(ROWS, start + 1000); n += 1) {
        const h = household(n);
        const row = [projectId, parcelId, h.code, h.village, h.group, h.headName, encryptField(h.headIdNumber), idNumberHash(h.headIdNumber), encryptField(h.phone!), h.registeredPersons, h.homesteadArea, h.licensedArea, h.unlicensedArea, h.structure, h.yearBuilt, h.surveyedOn, h.remarks];
        tuples.push(`(1, ${row.map((_, i) => `$${values.length + i + 1}`).join(', ')})`);
        values.push(...row);
      }
      await client.query(
        `WITH h AS (
           INSERT INTO household (version, "projectId", "parcelId", code, village, "villageGroup", "headName", "headIdNumberEncrypted", "headIdNumberHash", "phoneEncrypted", "registeredPersons", "homesteadArea", "licensedArea", "unlicensedArea", structure, "yearBuilt", "surveyedOn", remarks)
           VALUES ${tuples.join(', ')} RETURNING id, "projectId", "parcelId")
         INSERT INTO case_file (version, "subjectType", "subjectId", "projectId", "parcelId", status) SELECT 1, 'household', id, "projectId", "parcelId", 'surveyed' FROM h`,
        values,
      );
    }
    await client.query('ANALYZE');
    const [{ id: exportId }] = (
      await client.query(`INSERT INTO export_batch (kind, "fileName", "userId", username) VALUES ('household-ledger', '动迁户台账-bench.xlsx', $1, 'bench-admin') RETURNING id`, [userId])
    ).rows;
    return exportId as string;
  } finally {
    await client.end();
  }
}

async function rawWrite(path: string): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('raw');
  sheet.addRow(HOUSEHOLD_LEDGER_COLUMNS.map((c) => c.header)).commit();
  for (let n = 0; n < ROWS; n += 1) {
    const h = household(n);
    sheet.addRow([h.code, h.projectCode, h.parcelCode, h.village, h.group, h.headName, h.headIdNumber, h.phone, h.registeredPersons, Number(h.homesteadArea), Number(h.licensedArea), Number(h.unlicensedArea), '砖混', h.yearBuilt, h.surveyedOn, '已摸底', '无', h.remarks]).commit();
  }
  sheet.commit();
  await workbook.commit();
  return ROWS;
}

/**
 * For reference: the same raw write giving every cell one shared style object, as the ledger writer does per
 * column — ExcelJS then resolves the style once instead of once per cell. Not the floor of the target.
 */
async function rawWriteSharedStyle(path: string): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('raw');
  const style = {};
  sheet.addRow(HOUSEHOLD_LEDGER_COLUMNS.map((c) => c.header)).commit();
  for (let n = 0; n < ROWS; n += 1) {
    const h = household(n);
    const row = sheet.addRow([h.code, h.projectCode, h.parcelCode, h.village, h.group, h.headName, h.headIdNumber, h.phone, h.registeredPersons, Number(h.homesteadArea), Number(h.licensedArea), Number(h.unlicensedArea), '砖混', h.yearBuilt, h.surveyedOn, '已摸底', '无', h.remarks]);
    row.eachCell((cell) => {
      cell.style = style;
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return ROWS;
}

async function main(): Promise<void> {
  const { config, dir, url, close } = await openBenchDatabase('export', log);
  try {
    log(`seeding ${ROWS} households …`);
    const exportId = await seed(url);

    const raw = await measured(() => rawWrite(join(dir, 'raw.xlsx')));
    const shared = await measured(() => rawWriteSharedStyle(join(dir, 'raw-shared-style.xlsx')));
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, url), { logger: ['error', 'warn'] });
    await app.init();
    const handler = app.get(ExportJobHandler);
    const pipeline = await measured(() => handler.handle({ exportId }, { recordId: 'bench', attempt: 1, progress: async () => undefined }));
    await app.close();
    if (pipeline.result?.rows !== ROWS) throw new Error(`export wrote ${pipeline.result?.rows} rows, expected ${ROWS}`);

    const line = (label: string, m: { seconds: number; cpuSeconds: number; peakRssMb: number }, file: string) =>
      `${label.padEnd(9)} ${ROWS} rows  ${m.seconds.toFixed(2)} s  ${Math.round(ROWS / m.seconds)} rows/s  CPU ${m.cpuSeconds.toFixed(2)} s  peak RSS ${m.peakRssMb.toFixed(0)} MB  file ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
    process.stdout.write(`${line('raw', raw, join(dir, 'raw.xlsx'))}\n`);
    process.stdout.write(`${line('pipeline', pipeline, join(dir, 'exports', `${exportId}.xlsx`))}\n`);
    process.stdout.write(`ratio pipeline/raw: ${(pipeline.seconds / raw.seconds).toFixed(2)}× (target ≤ 1.3×)\n`);
    process.stdout.write(`${line('reference: raw, one shared style object', shared, join(dir, 'raw-shared-style.xlsx'))}\n`);
    process.stdout.write(`ratio pipeline/reference: ${(pipeline.seconds / shared.seconds).toFixed(2)}×\n`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
