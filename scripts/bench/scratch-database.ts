import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type AppConfig, initDataKey, installPgTypeParsers, loadConfig, resolveDatabase, runMigrations, withDatabase } from '@app/platform';
import { ENTITIES, MIGRATIONS } from '@app/schema';

/** A migrated throwaway database for a benchmark that runs the application in its own process, with its config and data directory. */
export interface BenchDatabase {
  /** The application's configuration (DATA_DIR a temporary directory, no queue consumer, no demo data). */
  config: AppConfig;
  /** The temporary data directory (files the benchmark writes go here). */
  dir: string;
  /** The scratch database, migrated. */
  url: string;
  /** Drops the database, stops an embedded server and removes the directory. */
  close(): Promise<void>;
}

/**
 * Opens a scratch database on DATABASE_URL's server (or an embedded one) for an in-process benchmark:
 * loads the configuration, the data key and the type parsers as the application does, creates a
 * database with a random name and runs the migrations. (scratch-db.ts is the light one for phases that load no application code.)
 */
export async function openBenchDatabase(label: string, log: (m: string) => void): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `xj-bench-${label}-`));
  const config = loadConfig({ ...process.env, DATA_DIR: dir, LOG_LEVEL: 'warn', QUEUE_CONSUMER: 'false', SEED_DEMO: 'false' });
  initDataKey(config);
  installPgTypeParsers();
  const server = await resolveDatabase(config, log);
  const name = `xj_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(server.url, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const close = async () => {
    // BENCH_KEEP: leave the loaded database for a look with psql (only with DATABASE_URL: an embedded server stops).
    if (process.env.BENCH_KEEP) log(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const url = withDatabase(server.url, name);
  try {
    await runMigrations(url, ENTITIES, MIGRATIONS);
  } catch (error) {
    await close();
    throw error;
  }
  return { config, dir, url, close };
}
