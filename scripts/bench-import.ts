/**
 * `npm run bench:import`: generates a households workbook (BENCH_ROWS, default 100 000; and 10 000 for the memory
 * comparison), then measures, each in its own process so peak RSS is the phase's own:
 *   parse  — ExcelJS streaming parse alone (the reader floor)
 *   copy   — PostgreSQL COPY of the same rows alone (the write floor)
 *   import — the real pipeline (upload → job → chunked upsert), on the PostgreSQL queue backend and on Redis
 * and prints rows/s, seconds and peak RSS with the targets from issue 4.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPhase } from './bench/import-phases.js';
import { writeHouseholdsWorkbook } from './bench/households-workbook.js';

interface Figures {
  ms: number;
  maxRssMb: number;
  rows: number;
  note?: string;
}

const self = fileURLToPath(import.meta.url);

function child(phase: string, file: string, rows: number, env: Record<string, string> = {}): Figures {
  const run = spawnSync(process.execPath, ['--enable-source-maps', self, 'phase', phase, file, String(rows)], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout.trim().split('\n').reverse().find((l) => l.startsWith('{"bench"'));
  if (run.status !== 0 || !line) throw new Error(`phase ${phase} failed (${run.status}):\n${run.stderr.slice(-4000)}`);
  return (JSON.parse(line) as { bench: Figures }).bench;
}

function redisUp(): boolean {
  const ping = spawnSync('redis-cli', ['-u', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'ping'], { encoding: 'utf8' });
  return ping.stdout?.trim() === 'PONG';
}

async function main(): Promise<void> {
  const [, , mode, phase, file, rows] = process.argv;
  if (mode === 'phase') {
    const figures = await runPhase(phase!, file!, Number(rows));
    process.stdout.write(`${JSON.stringify({ bench: figures })}\n`);
    process.exit(0);
  }
  const sizes = [Number(process.env.BENCH_ROWS ?? 100_000), 10_000].filter((n, i, a) => a.indexOf(n) === i);
  const dir = mkdtempSync(join(tmpdir(), 'xj-bench-'));
  const fmt = (f: Figures) => `${(f.ms / 1000).toFixed(1)} s, ${Math.round((f.rows / f.ms) * 1000)} 行/秒, 峰值 RSS ${f.maxRssMb.toFixed(0)} MB`;
  try {
    for (const n of sizes) {
      const file = join(dir, `households-${n}.xlsx`);
      await writeHouseholdsWorkbook(file, n);
      console.log(`\n== ${n} 行（文件 ${(statSync(file).size / 1e6).toFixed(1)} MB）==`);
      const parse = child('parse', file, n);
      console.log(`ExcelJS 流式解析（下限）：${fmt(parse)}`);
      const copy = child('copy', file, n);
      console.log(`PostgreSQL COPY（下限）：${fmt(copy)}`);
      const floor = parse.ms + copy.ms;
      const drivers: Array<[string, Record<string, string>]> = [['PostgreSQL 队列', { REDIS_URL: '' }]];
      if (redisUp()) drivers.push(['Redis 队列', { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }]);
      for (const [label, env] of drivers) {
        const full = child('import', file, n, env);
        console.log(
          `完整导入（${label}）：${fmt(full)}；耗时 / (解析+COPY) = ${(full.ms / floor).toFixed(2)}（目标 ≤ 1.5）；` +
            `RSS / 解析 = ${(full.maxRssMb / parse.maxRssMb).toFixed(2)}（目标 ≤ 1.3）${full.note ? `；${full.note}` : ''}`,
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
