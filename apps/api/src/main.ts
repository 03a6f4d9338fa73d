import 'reflect-metadata';
import { ConfigError, loadConfig, resolveDatabase } from '@app/platform';
import { createApiApp } from './bootstrap.js';

const say = (message: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config, say);
  let app: Awaited<ReturnType<typeof createApiApp>> | undefined;
  const shutdown = async (signal: string) => {
    say(`收到 ${signal}，正在停止`);
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    app = await createApiApp(config, database.url);
    await app.listen(config.PORT);
    say(`徐泾动迁系统已启动: http://localhost:${config.PORT} (API 文档 /api/docs, 健康检查 /health)`);
  } catch (error) {
    report(error);
    // Signal an embedded PostgreSQL to shut down (it finishes on its own) and leave at once: waiting
    // for it would cut the half-started app's connections under its queue worker, which then spins.
    void database.stop().catch(() => undefined);
    process.exit(1);
  }
}

function report(error: unknown): void {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}

main().catch((error: unknown) => {
  report(error);
  process.exit(1);
});
