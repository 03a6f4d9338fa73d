import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@app/platform';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { createTestDatabase, queryDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  databaseUrl: string;
  /** supertest against the running app. */
  http(): ReturnType<typeof request>;
  /** One SQL query against this test file's database. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Boots the real api app on a fresh database cloned from the migrated template.
 * `env` overrides configuration (e.g. `{ REDIS_URL }` to run the queue on Redis).
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    QUEUE_PREFIX: `xjt${randomBytes(4).toString('hex')}`,
    QUEUE_SWEEP_AFTER_SECONDS: '3600',
    ...env,
  });
  const app = await createApiApp(config, database.url, { logger: false });
  await app.init();
  return {
    app,
    config,
    databaseUrl: database.url,
    http: () => request(app.getHttpServer()),
    query: (sql, params) => queryDatabase(database.url, sql, params),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
