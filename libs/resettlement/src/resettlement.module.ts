import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CompanyModule } from '@app/company';
import { CompensationModule } from '@app/compensation';
import { LandModule, ProjectDirectoryModule } from '@app/land';
import { AllocationAttachmentOwner } from './allocation/allocation-owners.registrar.js';
import { AllocationController } from './allocation/allocation.controller.js';
import { AllocationRepository } from './allocation/allocation.repository.js';
import { AllocationService } from './allocation/allocation.service.js';
import { ChoosingController } from './choosing/choosing.controller.js';
import { ChoosingRepository } from './choosing/choosing.repository.js';
import { ChoosingService } from './choosing/choosing.service.js';
import { TrackRepository } from './track/track.repository.js';
import { TrackService } from './track/track.service.js';

/**
 * 安置房: resettlement bases, buildings and units; 选房 rounds in a fair, verifiable order and the
 * allocations they make; transitional households (过渡户) and their monthly fees; delivery (交房).
 */
@Module({
  imports: [LandModule, ProjectDirectoryModule, CasesModule, CompensationModule, CompanyModule],
  controllers: [ChoosingController, AllocationController],
  providers: [TrackRepository, TrackService, AllocationRepository, AllocationService, AllocationAttachmentOwner, ChoosingRepository, ChoosingService],
  exports: [TrackRepository, TrackService, AllocationRepository, AllocationService, ChoosingService],
})
export class ResettlementModule {}
