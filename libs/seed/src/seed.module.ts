import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { SeedRepository } from './seed.repository.js';
import { SeedService } from './seed.service.js';

/** Demo data for an empty, non-production database, loaded when the app boots. */
@Module({
  imports: [CasesModule],
  providers: [SeedRepository, SeedService],
  exports: [SeedService],
})
export class SeedModule {}
