import { CASE_STATUS_LABELS, type CaseStatus } from '@app/cases';
import type { RejectionError } from '../import-rejection.entity.js';
import { importKey, LOCKED_CASE_STATUSES, type WrittenSubject } from './import-lookup.repository.js';
import { UpsertChunkProcessor, type KeyedRecord, type KeyedWrite, type Resolution } from './upsert-chunk.processor.js';

/** What every subject kind (household, enterprise) shares: a parcel code in the row and a case that can lock it. */
type SubjectRecord = KeyedRecord & { parcelCode: string };

/**
 * Chunk processor of a 征收对象 kind: parcel codes resolve within the row's project, and a subject whose
 * case is signed or later keeps its survey facts (they change only through the case).
 */
export abstract class SubjectChunkProcessor<
  R extends SubjectRecord,
  W extends KeyedWrite & { parcelId: string },
  S extends { caseStatus: string | null },
> extends UpsertChunkProcessor<R, W, S, WrittenSubject> {
  /** How the kind is named in the locked-case rejection (户, 企业). */
  protected abstract readonly subjectLabel: string;

  protected async resolve(items: Array<{ record: R; projectId: string }>): Promise<Array<Resolution<W>>> {
    const parcels = await this.lookups.parcelIds(
      [...new Set(items.map((i) => i.projectId))],
      [...new Set(items.map((i) => i.record.parcelCode))],
    );
    return items.map(({ record: { projectCode, parcelCode, ...record }, projectId }) => {
      const parcelId = parcels.get(importKey(projectId, parcelCode));
      if (!parcelId) return { errors: [{ column: '地块编号', message: `项目 ${projectCode} 中没有地块 ${parcelCode}` } satisfies RejectionError] };
      return { write: { ...record, projectId, parcelId } as unknown as W };
    });
  }

  protected locked(stored: S, row: W): string | null {
    if (!stored.caseStatus || !LOCKED_CASE_STATUSES.includes(stored.caseStatus)) return null;
    const label = CASE_STATUS_LABELS[stored.caseStatus as CaseStatus];
    return `${this.subjectLabel} ${row.code} 的案件已处于“${label}”状态，摸底信息只能通过案件办理修改，不能通过导入修改`;
  }
}
