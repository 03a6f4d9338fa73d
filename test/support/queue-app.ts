import { Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { initDataKey, installPgTypeParsers, loadConfig, PlatformModule } from '@app/platform';
import { ENTITIES, MIGRATIONS } from '@app/schema';
import { createTestDatabase, queryDatabase, TEST_DATA_KEY } from './test-database.js';
import { randomBytes } from 'node:crypto';

export interface QueueApp {
  ctx: INestApplicationContext;
  databaseUrl: string;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Boots only the platform (database + queue) plus `modules`, on a fresh test database. */
export async function createQueueApp(modules: Array<Type<unknown>>, env: Record<string, string> = {}): Promise<QueueApp> {
  installPgTypeParsers();
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', QUEUE_PREFIX: `xjq${randomBytes(4).toString('hex')}`, QUEUE_SWEEP_AFTER_SECONDS: '3600', LOG_LEVEL: process.env.XJ_DEBUG ? 'debug' : 'silent', DATA_KEY: TEST_DATA_KEY, ...env });
  initDataKey(config);
  @Module({ imports: [PlatformModule.forRoot({ app: 'worker', config, databaseUrl: database.url, entities: ENTITIES, migrations: MIGRATIONS }), ...modules] })
  class QueueTestRoot {}
  // A context that fails to start cannot be closed and its queue connections stay open: its database
  // is then left to the global teardown rather than cut off mid-test.
  const ctx: INestApplicationContext = await NestFactory.createApplicationContext(QueueTestRoot, { logger: process.env.XJ_DEBUG ? undefined : false });
  await ctx.init();
  return {
    ctx,
    databaseUrl: database.url,
    query: (sql, params) => queryDatabase(database.url, sql, params),
    close: async () => {
      await ctx.close();
      await database.drop();
    },
  };
}

