import { DataSource, DataSourceOptions, MigrationInterface, type QueryRunner } from 'typeorm';
import pg from 'pg';
import { DataKeyError, dataKeyInstalled } from '../crypto/data-key.js';
import { dataKeyFingerprint } from '../crypto/field-crypto.js';
import { databaseName, withDatabase } from './database-url.js';

// Arbitrary constant: one migration run at a time across every process sharing the database.
const MIGRATION_LOCK = 7_240_113;

export type MigrationList = Array<new () => MigrationInterface>;
export type EntityList = DataSourceOptions['entities'];

/** TypeORM options for PostgreSQL; `synchronize` is never on. */
export function dataSourceOptions(url: string, entities: EntityList, migrations: MigrationList): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 20, application_name: 'xujing' },
  };
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created by a concurrent starter
      });
    }
  } finally {
    await client.end();
  }
}

/** Runs pending migrations under an advisory lock, so several starting processes never race. */
export async function runMigrations(url: string, entities: EntityList, migrations: MigrationList): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, entities, migrations));
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    // Data migrations encrypt with the key: a wrong one must stop start-up before they run, and after.
    await checkDataKey(runner);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    await checkDataKey(runner);
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}

export const WRONG_DATA_KEY =
  'DATA_KEY 与本数据库中个人信息加密所用的密钥不一致，已停止启动（继续运行会用错误的密钥写入数据，已有的身份证号和电话将无法读取）。请使用原来的 DATA_KEY（或原 DATA_DIR 中的 data.key）';

/**
 * Compares the installed data key with the one this database's personal data is encrypted under
 * (recorded by the first start that had a key), and records it if there is none yet. Does nothing
 * before the table exists (a first migration run checks after creating it) or without a key.
 */
async function checkDataKey(runner: QueryRunner): Promise<void> {
  if (!dataKeyInstalled() || !(await runner.hasTable('data_key_check'))) return;
  const fingerprint = dataKeyFingerprint();
  await runner.query('INSERT INTO data_key_check (id, fingerprint) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [fingerprint]);
  const [stored] = (await runner.query('SELECT fingerprint FROM data_key_check WHERE id = 1')) as Array<{ fingerprint: string }>;
  if (stored?.fingerprint !== fingerprint) throw new DataKeyError(WRONG_DATA_KEY);
}

/** The SQL that would bring the schema in line with the entities (empty when they agree). */
export async function pendingSchemaChanges(url: string, entities: EntityList, migrations: MigrationList) {
  const dataSource = new DataSource(dataSourceOptions(url, entities, migrations));
  await dataSource.initialize();
  try {
    return await dataSource.driver.createSchemaBuilder().log();
  } finally {
    await dataSource.destroy();
  }
}
