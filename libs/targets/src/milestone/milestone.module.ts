import { Module } from '@nestjs/common';
import { CompanyModule } from '@app/company';
import { UserActorsModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { declareJobs } from '@app/platform';
import { ResettlementModule } from '@app/resettlement';
import { MilestoneOverdueJobHandler } from './milestone-overdue-job.handler.js';
import { MilestoneOverdueJob } from './milestone-overdue.job.js';
import { MilestoneOverdueService } from './milestone-overdue.service.js';
import { MilestoneAttachmentOwner } from './milestone-owners.registrar.js';
import { MilestoneController } from './milestone.controller.js';
import { MilestoneRepository } from './milestone.repository.js';
import { MilestoneService } from './milestone.service.js';

/** 推进方案的时间节点: the nodes, their evidence, and the daily overdue check that notifies. */
@Module({
  imports: [ResettlementModule, CompanyModule, UserActorsModule, NotificationsModule],
  controllers: [MilestoneController],
  providers: [MilestoneRepository, MilestoneService, MilestoneOverdueService, MilestoneOverdueJobHandler, MilestoneAttachmentOwner],
  exports: [MilestoneRepository, MilestoneService, MilestoneOverdueService],
})
export class MilestoneModule {
  // Declared when the module joins an app, not when the library is imported.
  constructor() {
    declareJobs(MilestoneOverdueJob);
  }
}
