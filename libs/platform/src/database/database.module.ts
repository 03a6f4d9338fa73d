import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, EntityList, MigrationList } from './migrate.js';
import { TransactionalConnection } from './transactional-connection.js';

/** The TypeORM data source (migrations are run before the app starts, never synchronize). */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: { url: string; entities: EntityList; migrations: MigrationList }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(options.url, options.entities, options.migrations), retryAttempts: 3, retryDelay: 1000 })],
      providers: [TransactionalConnection],
      exports: [TransactionalConnection],
    };
  }
}
