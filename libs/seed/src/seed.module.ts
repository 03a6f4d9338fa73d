import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CompanyModule } from '@app/company';
import { CompensationModule } from '@app/compensation';
import { DemoHandoverSeeder } from './demo-handover.seeder.js';
import { DemoMoneySeeder } from './demo-money.seeder.js';
import { SeedRepository } from './seed.repository.js';
import { SeedService } from './seed.service.js';

/** Demo data for an empty, non-production database, loaded when the app boots. */
@Module({
  imports: [CasesModule, CompensationModule, CompanyModule],
  providers: [SeedRepository, SeedService, DemoMoneySeeder, DemoHandoverSeeder],
  exports: [SeedService],
})
export class SeedModule {}
