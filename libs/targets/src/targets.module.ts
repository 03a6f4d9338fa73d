import { Module } from '@nestjs/common';
import { QuotaController } from './quota/quota.controller.js';
import { QuotaRepository } from './quota/quota.repository.js';
import { QuotaService } from './quota/quota.service.js';
import { CompanyModule } from '@app/company';
import { TargetAttachmentOwner } from './target/target-attachment-owner.registrar.js';
import { TargetController } from './target/target.controller.js';
import { TargetRepository } from './target/target.repository.js';
import { TargetService } from './target/target.service.js';
import { MilestoneModule } from './milestone/milestone.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { MonthlyReportService } from './report/monthly-report.service.js';

/**
 * Leadership (领导): the year's targets (年度目标 / 实事工程) and the quota of households whose housing was solved,
 * the advancement plan's time nodes (推进方案, 时间节点) and the dashboards — every figure recounted from the records.
 */
@Module({
  imports: [CompanyModule, MilestoneModule, DashboardModule],
  controllers: [TargetController, QuotaController],
  providers: [TargetRepository, TargetService, TargetAttachmentOwner, QuotaRepository, QuotaService, MonthlyReportService],
  exports: [TargetService, QuotaService, TargetRepository, MonthlyReportService],
})
export class TargetsModule {}
