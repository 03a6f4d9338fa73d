import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface WorkerProcess {
  /** Current resident set of the worker, MB. */
  rssMb(): number;
  /** Peak resident set of the worker so far (VmHWM), MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

const WORKER_MAIN = fileURLToPath(new URL('../../apps/worker/src/main.js', import.meta.url));

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  if (!line) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** Starts the real worker (`apps/worker`, built) with `env` and resolves once it consumes jobs. Linux only (reads /proc). */
export async function startWorker(env: Record<string, string>): Promise<WorkerProcess> {
  // BENCH_WORKER_NODE_ARGS: extra node options for the worker only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the job.
  const extra = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, ['--enable-source-maps', ...extra, WORKER_MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output.slice(-4000)}`)), 60_000);
    const watch = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
      if (output.includes('任务处理进程已启动')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (${code}):\n${output.slice(-4000)}`));
    });
  });
  return {
    rssMb: () => statusMb(child.pid!, 'VmRSS'),
    peakRssMb: () => statusMb(child.pid!, 'VmHWM'),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
