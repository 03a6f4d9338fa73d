import { ownershipEntities } from './ownership/ownership.entities.js';
import { rectificationEntities } from './rectification/rectification.entities.js';

export { LandAdminModule } from './land-admin.module.js';
export { OwnershipModule } from './ownership/ownership.module.js';
export { RectificationModule } from './rectification/rectification.module.js';

/** Every entity of the land administration library (ownership, consolidation, rectification). */
export const landAdminEntities: (new () => object)[] = [...ownershipEntities, ...rectificationEntities];
export { RectificationLedgerSource } from './rectification/rectification-ledger.source.js';
export { ViolationService } from './rectification/violation.service.js';
export { classifyViolation, stepProblem, VIOLATION_KIND_LABELS, VIOLATION_STATUS_LABELS, VIOLATION_TRANSITIONS, type ViolationKind, type ViolationStatus } from './rectification/domain/violation-rules.js';
export type { ViolationView } from './rectification/violation.view.js';
export * from './ownership/domain/ownership-rules.js';
export { PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanStatus, type PlanTotals } from './ownership/domain/plan-rules.js';
export {
  OWNERSHIP_FACTS,
  OwnershipBulkRepository,
  type OwnershipUpsert,
  type ParcelPlace,
  type StoredOwnership,
} from './ownership/ownership-bulk.repository.js';
export { ConsolidationPlanService, type PlanDetail } from './ownership/plan/consolidation-plan.service.js';
export { OwnershipService } from './ownership/ownership.service.js';
export { LandOwnership } from './ownership/ownership.entity.js';
export { ConsolidationPlan, ConsolidationPlanItem } from './ownership/plan/consolidation-plan.entity.js';
export { ConsolidationPlanRepository } from './ownership/plan/consolidation-plan.repository.js';
