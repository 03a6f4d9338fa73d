import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { configureHttpApp, initDataKey, installPgTypeParsers, runMigrations, type AppConfig, type PlatformOptions } from '@app/platform';
import { ENTITIES, MIGRATIONS } from '@app/schema';
import { AppModule } from './app.module.js';

/**
 * Builds the api app on a database: the data key, then migrations (before anything serves), then Nest.
 * Used by main.ts and by the e2e tests, so both run the same wiring.
 */
export async function createApiApp(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: boolean } & Pick<PlatformOptions, 'logDestination'> = {},
): Promise<NestExpressApplication> {
  // Before any DataSource: migrations backfill with the key, entities encrypt and decrypt with it.
  initDataKey(config);
  installPgTypeParsers();
  await runMigrations(databaseUrl, ENTITIES, MIGRATIONS);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, { logDestination: options.logDestination }), {
    bufferLogs: true,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  configureHttpApp(app, config);
  return app;
}
