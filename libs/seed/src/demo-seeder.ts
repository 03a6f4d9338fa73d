import type { DataSource } from 'typeorm';
import { caseServiceOn } from '@app/cases';
import { TransactionalConnection, type AppConfig } from '@app/platform';
import { SeedRepository } from './seed.repository.js';
import { SeedService } from './seed.service.js';

/**
 * The demo seed outside Nest (tests, scripts): the same SeedService, wired by hand on a data source.
 * Call `seedIfEmpty()` on the result.
 */
export function createDemoSeeder(dataSource: DataSource, config: AppConfig): SeedService {
  const connection = new TransactionalConnection(dataSource);
  return new SeedService(new SeedRepository(connection), caseServiceOn(connection), connection, config);
}
