import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CompanyModule, ConfirmationRecordsModule } from '@app/company';
import { CompensationModule } from '@app/compensation';
import { DemoAllocationSeeder } from './demo-allocation.seeder.js';
import { DemoConfirmationSeeder } from './demo-confirmation.seeder.js';
import { DemoHandoverSeeder } from './demo-handover.seeder.js';
import { DemoMoneySeeder } from './demo-money.seeder.js';
import { DemoSettlementSeeder } from './demo-settlement.seeder.js';
import { SeedRepository } from './seed.repository.js';
import { SeedService } from './seed.service.js';

/** Demo data for an empty, non-production database, loaded when the app boots. */
@Module({
  imports: [CasesModule, CompensationModule, ConfirmationRecordsModule, CompanyModule],
  providers: [SeedRepository, SeedService, DemoMoneySeeder, DemoConfirmationSeeder, DemoSettlementSeeder, DemoHandoverSeeder, DemoAllocationSeeder],
  exports: [SeedService],
})
export class SeedModule {}
