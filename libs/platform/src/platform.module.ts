import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { DestinationStream } from 'pino';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { EntityList, MigrationList } from './database/migrate.js';
import { HealthController } from './health/health.controller.js';
import { LoggingModule } from './logging/logging.module.js';
import { configureQueueDriver } from './queue/queue-driver.js';
import { QueueModule } from './queue/queue.module.js';

export interface PlatformOptions {
  app: 'api' | 'worker';
  config: AppConfig;
  databaseUrl: string;
  entities: EntityList;
  migrations: MigrationList;
  /** Where log lines go instead of standard output (tests read them). */
  logDestination?: DestinationStream;
}

/** Config, logging, database, queue and health, wired once for an app. */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    const connection = configureQueueDriver({ redisUrl: config.REDIS_URL, databaseUrl: options.databaseUrl, prefix: config.QUEUE_PREFIX });
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, options.logDestination),
        DatabaseModule.forRoot({ url: options.databaseUrl, entities: options.entities, migrations: options.migrations }),
        QueueModule.forRoot({ connection, consume: config.consumesJobs }),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
      ],
      controllers: [HealthController],
    };
  }
}
