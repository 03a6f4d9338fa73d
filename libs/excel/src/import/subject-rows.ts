import { CASE_STATUS_LABELS, OPENING_STATUS, SURVEY_LOCKED_STATUSES, type CaseService, type CaseStatus, type SubjectType } from '@app/cases';
import type { LandBulkRepository } from '@app/land';
import type { SubjectUpsertResult } from '@app/subjects';
import type { ChunkOutcome } from './import-row.js';
import { importKey, reject, type ChunkItem, type ChunkWrite } from './import-chunk.js';

/**
 * What the 征收对象 imports (households, enterprises) share: a parcel code resolved within the row's
 * project, a case that locks the subject's survey facts from the signing on, and the case
 * bookkeeping after the write — all through the land and cases libraries.
 */

type SubjectRecord = { projectCode: string; parcelCode: string; code: string };
export type SubjectWrite<R extends SubjectRecord> = Omit<R, 'projectCode' | 'parcelCode'> & { projectId: string; parcelId: string };

/** Resolves each row's parcel code within its project; a row naming a parcel its project lacks is rejected. */
export async function withParcels<R extends SubjectRecord>(
  land: LandBulkRepository,
  items: Array<ChunkItem<R> & { projectId: string }>,
  outcome: ChunkOutcome,
): Promise<Array<ChunkWrite<SubjectWrite<R>>>> {
  const parcels = await land.parcelIds([...new Set(items.map((i) => i.projectId))], [...new Set(items.map((i) => i.record.parcelCode))]);
  const ids = new Map(parcels.map((p) => [importKey(p.projectId, p.code), p.id]));
  const located: Array<ChunkWrite<SubjectWrite<R>>> = [];
  for (const { row, record, projectId } of items) {
    const { projectCode, parcelCode, ...facts } = record;
    const parcelId = ids.get(importKey(projectId, parcelCode));
    if (!parcelId) reject(outcome, row, [{ column: '地块编号', message: `项目 ${projectCode} 中没有地块 ${parcelCode}` }]);
    else located.push({ row, write: { ...facts, projectId, parcelId } as SubjectWrite<R> });
  }
  return located;
}

/** The stored subjects keyed with `importKey`, each with its case's status. */
export async function withCaseStatus<S extends { id: string; projectId: string; code: string }>(
  cases: CaseService,
  subjectType: SubjectType,
  stored: S[],
): Promise<Map<string, S & { caseStatus?: CaseStatus }>> {
  const statuses = new Map((await cases.findBySubjects(subjectType, stored.map((s) => s.id))).map((c) => [c.subjectId, c.status]));
  return new Map(stored.map((s) => [importKey(s.projectId, s.code), { ...s, caseStatus: statuses.get(s.id) }]));
}

/** Why an import may not change a subject (户, 企业) whose case is in `status`, or null. */
export function caseLock(subjectLabel: string, code: string, status: CaseStatus | undefined): string | null {
  if (!status || !SURVEY_LOCKED_STATUSES.includes(status)) return null;
  return `${subjectLabel} ${code} 的案件已处于“${CASE_STATUS_LABELS[status]}”状态，摸底信息只能通过案件办理修改，不能通过导入修改`;
}

/**
 * After the write: opens the case of each new subject (in the status `openingStatus` names, checked
 * by the cases library), and lets the cases of rewritten subjects follow their parcel and lose a
 * confirmation (确认失效) — as the single-subject API does, in bulk.
 */
export async function followUpCases(
  cases: CaseService,
  subjectType: SubjectType,
  written: SubjectUpsertResult[],
  openingStatus: (subject: SubjectUpsertResult) => CaseStatus = () => OPENING_STATUS,
): Promise<void> {
  const opening = new Map<CaseStatus, Array<{ subjectId: string; projectId: string; parcelId: string }>>();
  const changed: Array<{ subjectId: string; parcelId: string }> = [];
  for (const w of written) {
    if (!w.inserted) {
      changed.push({ subjectId: w.id, parcelId: w.parcelId });
      continue;
    }
    const status = openingStatus(w);
    const group = opening.get(status);
    const subject = { subjectId: w.id, projectId: w.projectId, parcelId: w.parcelId };
    // Appended in place: copying the group for each row made a chunk's bookkeeping quadratic.
    if (group) group.push(subject);
    else opening.set(status, [subject]);
  }
  for (const [status, subjects] of opening) await cases.openMany(subjectType, subjects, status);
  await cases.surveyFactsChangedMany(subjectType, changed);
}
