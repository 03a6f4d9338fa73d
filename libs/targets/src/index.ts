import { dashboardEntities } from './dashboard/dashboard-summary.entity.js';

export { TargetsModule } from './targets.module.js';
export { CaseSummary, AgreementMoneySummary, CompanyMoneySummary } from './dashboard/dashboard-summary.entity.js';

/** Every entity of the leadership library (targets, time nodes, dashboard summaries). */
export const targetsEntities: (new () => object)[] = [...dashboardEntities];
