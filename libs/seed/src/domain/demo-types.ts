import type { CaseStatus, ResettlementStatus, SubjectType } from '@app/cases';
import type { LandOwnership, ParcelStatus, ProjectStatus } from '@app/land';
import type { FacilityKind, HouseStructure, MemberRelation, RecognitionBasis } from '@app/subjects';

/** Row shapes of the demo data, one per table, with ids and timestamps decided up front. */
interface Timestamps {
  createdAt: Date;
  updatedAt: Date;
}

export interface ProjectRow extends Timestamps {
  id: string;
  code: string;
  name: string;
  zone: string | null;
  acquirer: string;
  status: ProjectStatus;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  remarks: string | null;
}

export interface ParcelRow extends Timestamps {
  id: string;
  projectId: string;
  code: string;
  village: string;
  landOwnership: LandOwnership;
  area: string;
  status: ParcelStatus;
  remarks: string | null;
}

interface SubjectRow extends Timestamps {
  id: string;
  projectId: string;
  parcelId: string;
  code: string;
  remarks: string | null;
}

export interface HouseholdRow extends SubjectRow {
  village: string;
  group: string | null;
  headName: string;
  headIdNumber: string;
  phone: string | null;
  registeredPersons: number;
  homesteadArea: string | null;
  licensedArea: string;
  unlicensedArea: string;
  structure: HouseStructure | null;
  yearBuilt: number | null;
  surveyedOn: string | null;
  /** 一人多户 reason: only the demo's one deliberate cluster has one. */
  duplicateHeadReason?: string | null;
}

export interface MemberRow {
  id: string;
  householdId: string;
  name: string;
  idNumber: string | null;
  relation: MemberRelation;
  /** 认定依据: every demo member is a recognised person (认定人口), by 户籍 or, for a spouse, 婚入. */
  recognitionBasis: RecognitionBasis;
  recognitionEvidence: string;
  position: number;
}

export interface EnterpriseRow extends SubjectRow {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  landArea: string | null;
  buildingArea: string | null;
  employees: number | null;
  businessType: string | null;
  suspensionMonths: number | null;
  monthlyLoss: string | null;
}

export interface FacilityRow extends SubjectRow {
  kind: FacilityKind;
  ownerUnit: string;
  description: string | null;
  quantity: string;
  unit: string;
}

export interface LegacyBaseRow extends SubjectRow {
  name: string;
  originalProject: string | null;
  area: string | null;
  householdsRemaining: number;
}

export interface CaseRow extends Timestamps {
  id: string;
  subjectType: SubjectType;
  subjectId: string;
  projectId: string;
  parcelId: string;
  status: CaseStatus;
  resettlementStatus: ResettlementStatus;
  statusChangedAt: Date;
}

export interface TransitionRow {
  id: string;
  caseId: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  kind: 'open' | 'forward' | 'reversal' | 'system';
  reason: string | null;
  actor: string;
  /** The record that caused a step only a record may cause (signing: the agreement); not stored. */
  record?: string;
  createdAt: Date;
}

/** Everything the demo seed inserts, in insertion order. */
export interface DemoData {
  projects: ProjectRow[];
  parcels: ParcelRow[];
  households: HouseholdRow[];
  members: MemberRow[];
  enterprises: EnterpriseRow[];
  facilities: FacilityRow[];
  legacyBases: LegacyBaseRow[];
  cases: CaseRow[];
  transitions: TransitionRow[];
}

export type DemoCounts = Record<keyof DemoData, number>;

export function countDemoData(data: DemoData): DemoCounts {
  const entries = Object.entries(data).map(([key, rows]) => [key, (rows as unknown[]).length]);
  return Object.fromEntries(entries) as DemoCounts;
}
