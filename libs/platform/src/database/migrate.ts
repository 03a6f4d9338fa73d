import { DataSource, DataSourceOptions, MigrationInterface } from 'typeorm';
import pg from 'pg';
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
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
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
