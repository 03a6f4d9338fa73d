import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CompanyModule } from '@app/company';
import { CompensationModule } from '@app/compensation';
import { LandModule, ProjectDirectoryModule } from '@app/land';
import { declareJobs } from '@app/platform';
import { AllocationAttachmentOwner } from './allocation/allocation-owners.registrar.js';
import { AllocationController } from './allocation/allocation.controller.js';
import { AllocationRepository } from './allocation/allocation.repository.js';
import { AllocationService } from './allocation/allocation.service.js';
import { ChoosingController } from './choosing/choosing.controller.js';
import { ChoosingRepository } from './choosing/choosing.repository.js';
import { ChoosingService } from './choosing/choosing.service.js';
import { TransitionalFeeAccrualJobHandler } from './fee/accrual-job.handler.js';
import { TransitionalFeeAccrualJob } from './fee/accrual.job.js';
import { FeeController } from './fee/fee.controller.js';
import { FeeRepository } from './fee/fee.repository.js';
import { FeeService } from './fee/fee.service.js';
import { TrackListeners } from './track/track-listeners.js';
import { TrackLoader } from './track/track-loader.js';
import { TrackSourceRepository } from './track/track-source.repository.js';
import { BaseController } from './base/base.controller.js';
import { BaseRepository } from './base/base.repository.js';
import { BaseService } from './base/base.service.js';
import { TrackRepository } from './track/track.repository.js';
import { TrackService } from './track/track.service.js';
import { UnitController } from './unit/unit.controller.js';
import { UnitRepository } from './unit/unit.repository.js';
import { UnitService } from './unit/unit.service.js';

/**
 * 安置房: resettlement bases, buildings and units; 选房 rounds in a fair, verifiable order and the
 * allocations they make; transitional households (过渡户) and their monthly fees; delivery (交房).
 */
@Module({
  imports: [LandModule, ProjectDirectoryModule, CasesModule, CompensationModule, CompanyModule],
  controllers: [BaseController, UnitController, ChoosingController, AllocationController, FeeController],
  providers: [
    TrackRepository,
    TrackService,
    TrackSourceRepository,
    TrackListeners,
    TrackLoader,
    FeeRepository,
    FeeService,
    TransitionalFeeAccrualJobHandler,
    BaseRepository,
    BaseService,
    UnitRepository,
    UnitService,
    AllocationRepository,
    AllocationService,
    AllocationAttachmentOwner,
    ChoosingRepository,
    ChoosingService,
  ],
  exports: [
    TrackRepository,
    TrackService,
    TrackLoader,
    FeeRepository,
    FeeService,
    BaseRepository,
    BaseService,
    UnitRepository,
    UnitService,
    AllocationRepository,
    AllocationService,
    ChoosingService,
  ],
})
export class ResettlementModule {
  // Declared when the module joins an app, not when the library is imported.
  constructor() {
    declareJobs(TransitionalFeeAccrualJob);
  }
}
