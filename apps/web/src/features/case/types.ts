import type { CaseNextStep, EnterpriseView, FacilityView, HouseholdView, LegacyBaseView } from '../../api/views';

/** The four kinds of 征收对象, as the case api names them (`subjectType`). */
export type SubjectKind = 'household' | 'enterprise' | 'facility' | 'legacy_base';

export type AnySubject = HouseholdView | EnterpriseView | FacilityView | LegacyBaseView;

/** One entry of a case's history; `system` marks changes the system made (a confirmation voided by a survey change). */
export interface CaseHistoryEntry {
  id: string;
  from: string | null;
  to: string;
  kind: 'open' | 'forward' | 'reversal' | 'system';
  reason: string | null;
  actor: string;
  at: string;
}

/** GET /api/cases/:id, as the case page reads it. */
export interface CaseDetail {
  id: string;
  subjectType: string;
  subjectId: string;
  status: string;
  statusLabel: string;
  resettlementStatus: string;
  resettlementStatusLabel: string;
  statusChangedAt: string;
  version: number;
  nextSteps: CaseNextStep[];
  history: CaseHistoryEntry[];
}

/** POST /api/households/:id/unmask: the household's personal data in full (audited). */
export interface HouseholdPersonalData {
  id: string;
  code: string;
  headName: string;
  headIdNumber: string;
  phone: string | null;
  members: Array<{ id: string; name: string; idNumber: string | null; relation: string }>;
}
