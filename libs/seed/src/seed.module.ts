import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CompanyModule, ConfirmationRecordsModule } from '@app/company';
import { CompensationModule } from '@app/compensation';
import { UserActorsModule } from '@app/identity';
import { ResettlementModule } from '@app/resettlement';
import { OwnershipModule, RectificationModule } from '@app/land-admin';
import { MilestoneModule, TargetsModule } from '@app/targets';
import { DemoConfirmationSeeder } from './demo-confirmation.seeder.js';
import { DemoHandoverSeeder } from './demo-handover.seeder.js';
import { DemoMoneySeeder } from './demo-money.seeder.js';
import { DemoSettlementSeeder } from './demo-settlement.seeder.js';
import { DemoResettlementInventorySeeder } from './demo-resettlement-inventory.seeder.js';
import { DemoTransitionalSeeder } from './demo-transitional.seeder.js';
import { DemoAllocationSeeder } from './demo-allocation.seeder.js';
import { DemoMilestonesSeeder } from './demo-milestones.seeder.js';
import { DemoRectificationSeeder } from './demo-rectification.seeder.js';
import { DemoTargetsSeeder } from './demo-targets.seeder.js';
import { DemoOwnershipSeeder } from './demo-ownership.seeder.js';
import { SeedRepository } from './seed.repository.js';
import { SeedService } from './seed.service.js';

/** Demo data for an empty, non-production database, loaded when the app boots. */
@Module({
  imports: [CasesModule, CompensationModule, ConfirmationRecordsModule, CompanyModule, ResettlementModule, TargetsModule, MilestoneModule, UserActorsModule, RectificationModule, OwnershipModule],
  providers: [SeedRepository, SeedService, DemoMoneySeeder, DemoConfirmationSeeder, DemoSettlementSeeder, DemoHandoverSeeder, DemoResettlementInventorySeeder, DemoAllocationSeeder, DemoTransitionalSeeder, DemoMilestonesSeeder, DemoTargetsSeeder, DemoRectificationSeeder, DemoOwnershipSeeder],
  exports: [SeedService],
})
export class SeedModule {}
