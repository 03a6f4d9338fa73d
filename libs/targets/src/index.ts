import { dashboardEntities } from './dashboard/dashboard-summary.entity.js';
import { Milestone, MilestoneOverdueCheck } from './milestone/milestone.entity.js';
import { AnnualTarget, TargetProgressEntry } from './target/target.entity.js';

export { TargetsModule } from './targets.module.js';
export { CaseSummary, AgreementMoneySummary, CompanyMoneySummary } from './dashboard/dashboard-summary.entity.js';
export { AnnualTarget, TargetProgressEntry } from './target/target.entity.js';
export * from './domain/target-measures.js';
export * from './domain/forecast.js';
export { TargetRepository } from './target/target.repository.js';
export { DashboardRepository } from './dashboard/dashboard.repository.js';
export { Milestone, MilestoneOverdueCheck } from './milestone/milestone.entity.js';
export { MilestoneRepository } from './milestone/milestone.repository.js';
export { MilestoneService } from './milestone/milestone.service.js';
export { MilestoneOverdueJob, MILESTONE_OVERDUE_SCHEDULE } from './milestone/milestone-overdue.job.js';
export { MilestoneOverdueJobHandler } from './milestone/milestone-overdue-job.handler.js';
export { MilestoneOverdueService, type OverdueCheckResult } from './milestone/milestone-overdue.service.js';
export { MilestoneModule } from './milestone/milestone.module.js';
export * from './domain/milestone-status.js';
export * from './domain/milestone-due.js';
export { dependencyCycle } from './domain/milestone-dependency.js';
export { MonthlyReportService, type MonthlyReport, type MonthlyReportTarget, type MonthlyReportNode } from './report/monthly-report.service.js';
export { REPORT_MONTH, monthWindow } from './domain/monthly-report.js';
export type { ProjectProgressView } from './dashboard/dashboard.view.js';

/** Every entity of the leadership library (targets, time nodes, dashboard summaries). */
export const targetsEntities: (new () => object)[] = [AnnualTarget, TargetProgressEntry, Milestone, MilestoneOverdueCheck, ...dashboardEntities];
