import { formatArea } from '@app/platform';
import type { SubjectBase } from './subject-base.entity.js';
import type { SubjectRecord } from './subject.repository.js';

/** The fields every kind of subject shows: identity, location codes, case and version. */
export function subjectBaseView<T extends SubjectBase>(s: SubjectRecord<T>) {
  return {
    id: s.id,
    code: s.code,
    projectCode: s.project?.code ?? null,
    parcelCode: s.parcel?.code ?? null,
    remarks: s.remarks,
    caseId: s.caseFile?.id ?? null,
    caseStatus: s.caseFile?.status ?? null,
    version: s.version,
    updatedAt: s.updatedAt,
  };
}

/** An area (or quantity) as a decimal string with two decimals, or null. */
export function areaView(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : formatArea(value);
}
