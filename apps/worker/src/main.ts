import 'reflect-metadata';
import { createServer } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ConfigError, initDataKey, installPgTypeParsers, JobsService, loadConfig, resolveDatabase, runMigrations } from '@app/platform';
import { ENTITIES, MIGRATIONS } from '@app/schema';
import { WorkerModule } from './worker.module.js';

const say = (message: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);

/**
 * The worker: consumes the job queue. With REDIS_URL, run as many as you like on as many
 * machines as you like; each takes jobs from the same Redis. Its only HTTP is /health.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  initDataKey(config);
  if (!config.DATABASE_URL) {
    say('未设置 DATABASE_URL：worker 使用本机 DATA_DIR 下的内置 PostgreSQL（api 正在运行时连接 api 的数据库）');
  }
  const database = await resolveDatabase(config, say);
  let app: INestApplicationContext;
  try {
    installPgTypeParsers();
    await runMigrations(database.url, ENTITIES, MIGRATIONS);
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, database.url), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    await app.init();
  } catch (error) {
    report(error); // e.g. a job without a handler
    // Signal an embedded PostgreSQL to shut down (it finishes on its own) and leave at once: waiting
    // for it would cut the half-started context's connections under its queue worker, which then spins.
    void database.stop().catch(() => undefined);
    process.exit(1);
  }
  const health = config.WORKER_HEALTH_PORT
    ? createServer((req, res) => {
        if (req.url !== '/health') {
          res.writeHead(404).end();
          return;
        }
        Promise.all([app.get(DataSource).query('SELECT 1'), app.get(JobsService).counts()])
          .then(([, counts]) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', queue: counts })))
          .catch((e: Error) => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'error', message: e.message })));
      }).listen(config.WORKER_HEALTH_PORT)
    : undefined;
  say(`任务处理进程已启动 (queue: ${config.REDIS_URL ? 'redis' : 'postgres'}, concurrency ${config.QUEUE_CONCURRENCY})`);
  const shutdown = async (signal: string) => {
    say(`收到 ${signal}，正在停止`);
    health?.close();
    await app.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

function report(error: unknown): void {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}

main().catch((error: unknown) => {
  report(error);
  process.exit(1);
});
