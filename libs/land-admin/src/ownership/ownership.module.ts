import { Module } from '@nestjs/common';
import { CompanyModule } from '@app/company';
import { LandModule } from '@app/land';
import { OwnershipAttachmentOwner } from './ownership-attachment-owner.registrar.js';
import { OwnershipBulkRepository } from './ownership-bulk.repository.js';
import { OwnershipController } from './ownership.controller.js';
import { OwnershipRepository } from './ownership.repository.js';
import { OwnershipService } from './ownership.service.js';
import { ConsolidationPlanController } from './plan/consolidation-plan.controller.js';
import { ConsolidationPlanRepository } from './plan/consolidation-plan.repository.js';
import { ConsolidationPlanService } from './plan/consolidation-plan.service.js';

/** 集体土地所有权: ownership records per parcel or plot, and the consolidation plan (归并方案). */
@Module({
  imports: [LandModule, CompanyModule],
  controllers: [OwnershipController, ConsolidationPlanController],
  providers: [
    OwnershipRepository,
    OwnershipService,
    ConsolidationPlanRepository,
    ConsolidationPlanService,
    OwnershipAttachmentOwner,
    OwnershipBulkRepository,
  ],
  // The Excel library imports records through OwnershipBulkRepository and exports plans through the plan service; the demo seed loads both.
  exports: [OwnershipService, ConsolidationPlanService, OwnershipBulkRepository, ConsolidationPlanRepository],
})
export class OwnershipModule {}
