import { CASE_STATUS_LABELS, nextSteps, RESETTLEMENT_STATUS_LABELS, type Role } from '../domain/case-lifecycle.js';
import type { CaseTransition } from './case-transition.entity.js';
import type { CaseFile } from './case.entity.js';

/** A case as the API returns it, with its history and the steps the current user may take. */
export function caseView(c: CaseFile, history: CaseTransition[], roles: readonly string[]) {
  return {
    id: c.id,
    subjectType: c.subjectType,
    subjectId: c.subjectId,
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status],
    resettlementStatus: c.resettlementStatus,
    resettlementStatusLabel: RESETTLEMENT_STATUS_LABELS[c.resettlementStatus],
    statusChangedAt: c.statusChangedAt,
    version: c.version,
    // A step only a record causes (e.g. signing through the agreement) is not offered as a plain step.
    nextSteps: nextSteps(c.status, roles as Role[]).filter((r) => !r.causedBy).map((r) => ({ to: r.to, kind: r.kind, label: r.label, reasonRequired: r.reasonRequired })),
    history: history.map((t) => ({
      id: t.id,
      from: t.fromStatus,
      to: t.toStatus,
      kind: t.kind,
      reason: t.reason,
      actor: t.actor,
      at: t.createdAt,
    })),
  };
}
