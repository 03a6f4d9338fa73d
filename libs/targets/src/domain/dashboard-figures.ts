import { CASE_STATUS_LABELS, CASE_STATUSES, statusesFrom, SUBJECT_TYPES, type CaseStatus, type ResettlementStatus, type SubjectType } from '@app/cases';

/** One summary cell: cases of a kind in a status (and resettlement status), on a parcel of a project. */
export interface CaseCount {
  subjectType: SubjectType;
  status: CaseStatus;
  resettlementStatus: ResettlementStatus;
  cases: number;
}

/** The web list a figure opens, with the list's own filters (its address: `/households?project=GJ17&reached=signed`). */
export interface CaseDrill {
  list: SubjectList;
  project: string;
  parcel?: string;
  /** Exactly this case status. */
  status?: CaseStatus;
  /** This case status or any later one along the forward steps. */
  reached?: CaseStatus;
  resettlement?: ResettlementStatus;
}

export type SubjectList = 'households' | 'enterprises' | 'facilities' | 'legacy-bases';
export const SUBJECT_LISTS: Record<SubjectType, SubjectList> = {
  household: 'households',
  enterprise: 'enterprises',
  facility: 'facilities',
  legacy_base: 'legacy-bases',
};

/** The funnel's steps (surveyed → … → handed over): each counts the households that got at least that far. */
export const FUNNEL_STEPS: readonly CaseStatus[] = ['surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'];

export interface FunnelStep {
  status: CaseStatus;
  label: string;
  count: number;
}

/** A share as a number between 0 and 1 rounded to 4 places (99.99%), or null when nothing is counted. */
export function rate(numerator: number | bigint, denominator: number | bigint): number | null {
  const d = Number(denominator);
  if (d === 0) return null;
  return Math.round((Number(numerator) / d) * 10000) / 10000;
}

/** Cases of `kind` (all kinds when omitted) whose status is in `statuses` (all when omitted). */
export function countCases(counts: readonly CaseCount[], filter: { kind?: SubjectType; statuses?: readonly CaseStatus[]; resettlement?: ResettlementStatus } = {}): number {
  let total = 0;
  for (const c of counts) {
    if (filter.kind && c.subjectType !== filter.kind) continue;
    if (filter.statuses && !filter.statuses.includes(c.status)) continue;
    if (filter.resettlement && c.resettlementStatus !== filter.resettlement) continue;
    total += c.cases;
  }
  return total;
}

/** Households that reached each funnel step (a later status counts for every earlier step). */
export function householdFunnel(counts: readonly CaseCount[]): FunnelStep[] {
  return FUNNEL_STEPS.map((status) => ({ status, label: CASE_STATUS_LABELS[status], count: countCases(counts, { kind: 'household', statuses: statusesFrom(status) }) }));
}

/** Per subject kind (every kind, in the lifecycle's order), its total and its count in each case status. */
export function subjectsByKind(counts: readonly CaseCount[]): Array<{ kind: SubjectType; total: number; byStatus: Array<{ status: CaseStatus; count: number }> }> {
  return SUBJECT_TYPES.map((kind) => ({
    kind,
    total: countCases(counts, { kind }),
    byStatus: CASE_STATUSES.map((status) => ({ status, count: countCases(counts, { kind, statuses: [status] }) })),
  }));
}

/**
 * Signing and vacating rates of households: those at 已签约 (or 已腾地) or later against all households.
 * Enterprises, facilities and legacy bases have their own counts but not these rates (their cases are few and unlike).
 */
export function householdRates(counts: readonly CaseCount[]): { households: number; signed: number; vacated: number; signingRate: number | null; vacatingRate: number | null } {
  const households = countCases(counts, { kind: 'household' });
  const signed = countCases(counts, { kind: 'household', statuses: statusesFrom('signed') });
  const vacated = countCases(counts, { kind: 'household', statuses: statusesFrom('vacated') });
  return { households, signed, vacated, signingRate: rate(signed, households), vacatingRate: rate(vacated, households) };
}
