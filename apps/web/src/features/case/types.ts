import type { EnterpriseView, FacilityView, HouseholdView, LegacyBaseView } from '../../api/views';

/** The four kinds of 征收对象, as the case api names them (`subjectType`). */
export type SubjectKind = 'household' | 'enterprise' | 'facility' | 'legacy_base';

export type AnySubject = HouseholdView | EnterpriseView | FacilityView | LegacyBaseView;

/** The case as the case page reads it (GET /api/cases/:id) and one entry of its history. */
export type { CaseView as CaseDetail, CaseTransitionView as CaseHistoryEntry } from '../../api/views';

/** POST /api/households/:id/unmask: the household's personal data in full (audited). */
export interface HouseholdPersonalData {
  id: string;
  code: string;
  headName: string;
  headIdNumber: string;
  phone: string | null;
  members: Array<{ id: string; name: string; idNumber: string | null; relation: string }>;
}
