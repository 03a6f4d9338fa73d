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
