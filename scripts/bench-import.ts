/**
 * `npm run bench:import`: generates a households workbook (BENCH_ROWS, default 100 000; and 10 000 for the memory
 * comparison), then measures, each in its own process so peak RSS is the phase's own:
 *   parse  — ExcelJS streaming parse alone (the reader floor; the process loads nothing of the application)
 *   copy-stored — PostgreSQL COPY of the rows an import must write, as it stores them (encrypted, hashed), into the
 *            real schema with its keys and indexes: household, its case, its opening history row (the write floor)
 *   copy   — for reference, the write floor before issue 10: COPY of the rows as text into a table without keys
 *   import — the real pipeline: the api (upload → checks → queued job) and the worker process that runs the job
 *            (streamed read, validation, encryption, chunked upsert with checkpoints), on the PostgreSQL queue
 *            backend and on Redis; RSS is the worker's (the process that runs the job)
 * and prints rows/s, seconds and peak RSS with the targets: time ≤ 1.5 × (parse + copy-stored), RSS ≤ 1.3 × parse.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhaseFigures } from './bench/import-phases.js';
import { writeHouseholdsWorkbook } from './bench/households-workbook.js';

/** Each phase runs in a process of its own, started from a small entry that loads only what the phase needs. */
const PHASE_ENTRY = fileURLToPath(new URL('./bench/import-phase.js', import.meta.url));

function child(phase: string, file: string, rows: number, env: Record<string, string> = {}): PhaseFigures {
  const run = spawnSync(process.execPath, ['--enable-source-maps', PHASE_ENTRY, phase, file, String(rows)], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout.trim().split('\n').reverse().find((l) => l.startsWith('{"bench"'));
  if (run.status !== 0 || !line) throw new Error(`phase ${phase} failed (${run.status}):\n${run.stderr.slice(-4000)}`);
  return (JSON.parse(line) as { bench: PhaseFigures }).bench;
}

function redisUp(): boolean {
  const ping = spawnSync('redis-cli', ['-u', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'ping'], { encoding: 'utf8' });
  return ping.stdout?.trim() === 'PONG';
}

async function main(): Promise<void> {
  const sizes = [Number(process.env.BENCH_ROWS ?? 100_000), 10_000].filter((n, i, a) => a.indexOf(n) === i);
  const dir = mkdtempSync(join(tmpdir(), 'xj-bench-'));
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const fmt = (f: PhaseFigures) => `${s(f.ms)}, ${Math.round((f.rows / f.ms) * 1000)} 行/秒, 峰值 RSS ${f.maxRssMb.toFixed(0)} MB`;
  try {
    for (const n of sizes) {
      const file = join(dir, `households-${n}.xlsx`);
      await writeHouseholdsWorkbook(file, n);
      console.log(`\n== ${n} 行（文件 ${(statSync(file).size / 1e6).toFixed(1)} MB）==`);
      const parse = child('parse', file, n);
      console.log(`ExcelJS 流式解析（下限，进程不加载应用代码）：${fmt(parse)}（解析前 ${parse.idleRssMb!.toFixed(0)} MB）`);
      const stored = child('copy-stored', file, n);
      console.log(`PostgreSQL COPY（下限）：同样的行按导入的存储形式（加密、哈希）写入真实表结构（含键、索引、外键）——household、其案件 case_file 及建档记录 case_transition：${fmt(stored)}`);
      const copy = child('copy', file, n);
      console.log(`参考（第 10 号议题之前的下限）：PostgreSQL COPY 原文到无键表：${fmt(copy)}`);
      const floor = parse.ms + stored.ms;
      console.log(`下限 = 解析 + COPY（真实表结构）= ${s(floor)}`);
      const drivers: Array<[string, Record<string, string>]> = [['PostgreSQL 队列', { REDIS_URL: '' }]];
      if (redisUp()) drivers.push(['Redis 队列', { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }]);
      for (const [label, env] of drivers) {
        const full = child('import', file, n, env);
        const growth = (full.maxRssMb - full.idleRssMb!) / (parse.maxRssMb - parse.idleRssMb!);
        console.log(
          `完整导入（${label}）：${s(full.ms)}, ${Math.round((full.rows / full.ms) * 1000)} 行/秒（上传检查 ${s(full.uploadMs!)}，排队 ${s(full.queueMs!)}，任务 ${s(full.jobMs!)}）；` +
            `耗时 / 下限 = ${(full.ms / floor).toFixed(2)}（目标 ≤ 1.5；对旧下限 解析+无键 COPY ${(full.ms / (parse.ms + copy.ms)).toFixed(2)}）\n` +
            `    任务进程（worker）峰值 RSS ${full.maxRssMb.toFixed(0)} MB（空闲 ${full.idleRssMb!.toFixed(0)} MB）；` +
            `RSS / 解析 = ${(full.maxRssMb / parse.maxRssMb).toFixed(2)}（目标 ≤ 1.3）；` +
            `工作增量 (峰值−空闲) / 解析增量 = ${growth.toFixed(2)}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
