import { Module } from '@nestjs/common';
import { DashboardModule } from './dashboard/dashboard.module.js';

/**
 * Leadership (领导): the year's targets (年度目标 / 实事工程) and the quota of households whose housing was solved,
 * the advancement plan's time nodes (推进方案, 时间节点) and the dashboards — every figure recounted from the records.
 */
@Module({
  imports: [DashboardModule],
  controllers: [],
  providers: [],
  exports: [],
})
export class TargetsModule {}
