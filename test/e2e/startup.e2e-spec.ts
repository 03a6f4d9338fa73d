import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const API = join(process.cwd(), 'dist/apps/api/src/main.js');
const WORKER = join(process.cwd(), 'dist/apps/worker/src/main.js');

/** Runs a built app with `env` until it exits (or 30 s pass), collecting its output. */
function run(main: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

/** The built api and worker refuse a bad configuration at once, naming each bad variable, and start nothing. */
describe('start-up with a bad configuration (e2e, built apps)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xj-startup-'));

  beforeAll(() => {
    // CI builds before the tests; `npm test` alone may not have.
    if (!existsSync(API) || !existsSync(WORKER)) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', timeout: 300_000 });
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['api', API],
    ['worker', WORKER],
  ])('the %s exits 1 with a message naming PORT and QUEUE_CONCURRENCY, no stack trace, no database started', async (_name, main) => {
    const result = await run(main, { NODE_ENV: 'development', DATA_DIR: dataDir, PORT: 'abc', QUEUE_CONCURRENCY: '0' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('QUEUE_CONCURRENCY');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // Nothing was set up in DATA_DIR: no embedded cluster, no key file.
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
