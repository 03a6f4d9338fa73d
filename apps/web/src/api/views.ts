/**
 * Response bodies of the api, as the web app reads them. Request shapes (paths, query parameters,
 * bodies) come from the OpenAPI document in schema.d.ts; these describe what comes back.
 */

export type Role = 'admin' | 'officer' | 'finance' | 'leader' | 'company';

export interface CurrentUser {
  username: string;
  displayName: string;
  roles: Role[];
  /** Project codes assigned (officer, company). */
  projects: string[];
  mustChangePassword: boolean;
}

export interface LoginResult {
  accessToken: string;
  expiresAt: string;
  user: CurrentUser;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ReferenceOption {
  value: string;
  label: string;
}

export interface ReferenceLists {
  caseStatuses: ReferenceOption[];
  resettlementStatuses: ReferenceOption[];
  subjectTypes: ReferenceOption[];
  roles: ReferenceOption[];
  projectStatuses: ReferenceOption[];
  landOwnerships: ReferenceOption[];
  parcelStatuses: ReferenceOption[];
  houseStructures: ReferenceOption[];
  memberRelations: ReferenceOption[];
  facilityKinds: ReferenceOption[];
  importKinds: ReferenceOption[];
  exportKinds: ReferenceOption[];
}

export interface ProjectView {
  id: string;
  code: string;
  name: string;
  zone: string | null;
  acquirer: string;
  status: string;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  remarks: string | null;
  version: number;
}

export interface ParcelView {
  id: string;
  code: string;
  projectCode: string;
  village: string | null;
  landOwnership: string;
  /** Square metres, decimal string. */
  area: string | null;
  status: string;
  remarks: string | null;
  version: number;
}

/** Fields every subject (household, enterprise, facility, legacy base) carries. */
export interface SubjectView {
  id: string;
  code: string;
  projectCode: string;
  parcelCode: string;
  remarks: string | null;
  caseId: string | null;
  caseStatus: string | null;
  version: number;
  updatedAt: string;
}

export interface HouseholdMemberView {
  id: string;
  name: string;
  /** Masked unless unmasked on purpose. */
  idNumber: string | null;
  relation: string;
}

export interface HouseholdView extends SubjectView {
  village: string;
  group: string | null;
  headName: string;
  /** Masked: `310229********123X`. */
  headIdNumber: string;
  /** 一人多户: why this head may also head other households of the project (null: none given). */
  duplicateHeadReason: string | null;
  /** Masked: `139****5678`. */
  phone: string | null;
  registeredPersons: number;
  homesteadArea: string | null;
  licensedArea: string;
  unlicensedArea: string | null;
  structure: string | null;
  yearBuilt: number | null;
  surveyedOn: string | null;
  members?: HouseholdMemberView[];
}

export interface EnterpriseView extends SubjectView {
  name: string;
  creditCode: string | null;
  legalRepresentative: string | null;
  landArea: string | null;
  buildingArea: string | null;
  employees: number | null;
  businessType: string | null;
}

export interface FacilityView extends SubjectView {
  kind: string;
  ownerUnit: string | null;
  description: string | null;
  quantity: string | null;
  unit: string | null;
}

export interface LegacyBaseView extends SubjectView {
  name: string;
  originalProject: string | null;
  area: string | null;
  householdsRemaining: number | null;
}

/** One entry of a case's history; `system` marks changes the system made (a confirmation voided by a survey change). */
export interface CaseTransitionView {
  id: string;
  from: string | null;
  to: string;
  kind: 'open' | 'forward' | 'reversal' | 'system';
  reason: string | null;
  actor: string;
  at: string;
}

export interface CaseNextStep {
  to: string;
  kind: 'forward' | 'reversal';
  /** The step's name as a button label (e.g. 确认摸底). */
  label: string;
  reasonRequired: boolean;
}

/** GET /api/cases/:id. */
export interface CaseView {
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
  history: CaseTransitionView[];
}

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  projects: string[];
  disabled: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
}

export interface AuditChange {
  entityType: string;
  entityId: string | null;
  projectId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditEntryView {
  id: string;
  occurredAt: string;
  userId: string | null;
  username: string | null;
  roles: string[];
  action: string;
  entityType: string | null;
  entityId: string | null;
  projectId: string | null;
  projectCode: string | null;
  changes: AuditChange[];
  outcome: 'success' | 'failure';
  statusCode: number | null;
  detail: string | null;
  method: string | null;
  path: string | null;
  requestId: string | null;
  ip: string | null;
}

export type BatchStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface ImportBatchView {
  id: string;
  kind: string;
  fileName: string;
  status: BatchStatus;
  dryRun: boolean;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt?: string;
  message?: string | null;
  /** False once the retention rule deleted the upload (its error report then answers 410). */
  fileAvailable?: boolean;
}

export interface ExportBatchView {
  id: string;
  kind: string;
  status: BatchStatus;
  total?: number;
  processed?: number;
  fileName?: string | null;
  createdAt?: string;
  finishedAt?: string | null;
  message?: string | null;
  /** False once the retention rule deleted the file (download then answers 410). */
  fileAvailable?: boolean;
  [key: string]: unknown;
}
