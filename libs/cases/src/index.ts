import { CaseTransition } from './case/case-transition.entity.js';
import { CaseFile } from './case/case.entity.js';

export * from './domain/case-lifecycle.js';
export { checkHistory, type RecordedStep } from './domain/case-history.js';
export { CaseFile } from './case/case.entity.js';
export { CaseTransition } from './case/case-transition.entity.js';
export { CaseGuardRegistry, type GuardCheck, type GuardedCase } from './case/case-guard.registry.js';
export { CaseListenerRegistry, type CaseStatusChange, type CaseStatusListener, type ConfirmationVoidListener } from './case/case-listener.registry.js';
export { CASE_TRANSITION_TABLE } from './cases.constants.js';
export { CaseService, STALE_MESSAGE } from './case/case.service.js';
export { caseServiceOn } from './case/case-service-on.js';
export type { CaseOpening } from './case/case.repository.js';
export { caseView } from './case/case.view.js';
export { CasesModule } from './cases.module.js';

/** Entities owned by the cases library. */
export const caseEntities = [CaseFile, CaseTransition];
