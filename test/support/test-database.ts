import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { installDataKey, installPgTypeParsers, parseDataKey, runMigrations, withDatabase } from '@app/platform';
import { ENTITIES, MIGRATIONS } from '@app/schema';

/** The data key every test app runs with (a fixed test value: never a real key). */
export const TEST_DATA_KEY = '7465737420646174612d6b6579206f6e6c79207e2078756a696e672032303133';

// Any constant: serialises template creation across the run's parallel test files.
const TEMPLATE_LOCK = 7_240_114;

/** Where the test run's PostgreSQL server is (set by the global setup). */
export function adminUrl(): string {
  const url = process.env.XJ_TEST_ADMIN_URL;
  if (!url) throw new Error('XJ_TEST_ADMIN_URL is not set: run the tests through `npm test`');
  return url;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(adminUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The migrated template of this run, built once by whichever test file gets here first. */
async function ensureTemplate(): Promise<string> {
  const template = process.env.XJ_TEST_TEMPLATE ?? `xj_test_template_${process.pid}`;
  await admin(async (c) => {
    await c.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount) return;
      const building = `${template}_build`;
      await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${building} ENCODING 'UTF8' TEMPLATE template0`);
      await runMigrations(withDatabase(adminUrl(), building), ENTITIES, MIGRATIONS);
      await c.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return template;
}

/** A fresh database cloned from the migrated template; each test file gets its own. */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  installPgTypeParsers();
  // Migrations include the personal-data backfill, which encrypts with the process's data key.
  installDataKey(parseDataKey(TEST_DATA_KEY)!);
  const template = await ensureTemplate();
  const name = `xj_t_${process.env.XJ_TEST_RUN ?? process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: withDatabase(adminUrl(), name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs one query on a test database (for assertions on stored rows). */
export async function queryDatabase<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
