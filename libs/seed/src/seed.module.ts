import { Module } from '@nestjs/common';
import { SeedRepository } from './seed.repository.js';
import { SeedService } from './seed.service.js';

/** Demo data for an empty, non-production database, loaded when the app boots. */
@Module({
  providers: [SeedRepository, SeedService],
  exports: [SeedService],
})
export class SeedModule {}
