import type { HouseStructure } from '@app/subjects';
import type { AreaKind, HouseholdFlag, SubjectKind, Yuan } from './scheme.js';

/** The facts of one subject a calculation reads; areas are m² as decimal text. */
export interface SubjectFacts {
  kind: SubjectKind;
  /** Absent or `"0"`: the subject has none of that area (so an unrecorded 无证面积 counts as none). */
  areas?: Partial<Record<AreaKind, string>>;
  structure?: HouseStructure | null;
  yearBuilt?: number | null;
  /** 认定人口. */
  recognisedPersons?: number | null;
  flags?: readonly HouseholdFlag[];
  /** The signing date once signed; signing windows are judged by it, or else by `asOf`. */
  signedOn?: string | null;
  /** The date a preview is made for (as if signed that day). */
  asOf: string;
  /** Enterprises: 停产停业 months and the monthly figure (元/月) they are paid at. */
  months?: number | null;
  monthlyFigure?: Yuan | null;
  /** Facilities and legacy bases: the amounts agreed, by item code, with their remark. */
  agreed?: Record<string, { amount: Yuan; remark?: string }>;
}

/** What one line read, for display: `{ label: '合法面积', value: '120.50 m²' }`. */
export interface LineInput {
  label: string;
  value: string;
}
