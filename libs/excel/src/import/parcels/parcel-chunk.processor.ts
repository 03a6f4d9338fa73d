import { Injectable } from '@nestjs/common';
import { checkParcelChange, PARCEL_STATUS_LABELS, ParcelCasesRegistry, type ParcelCaseCounts } from '@app/land';
import type { ParcelImportRecord } from '../../domain/validate-row.js';
import { ImportLookupRepository, importKey } from '../shared/import-lookup.repository.js';
import { UpsertChunkProcessor, type Resolution, type WrittenRow } from '../shared/upsert-chunk.processor.js';
import { LOCKED_PARCEL_STATUS, ParcelImportRepository, type ParcelWrite, type StoredParcel } from './parcel-import.repository.js';

/** A stored parcel, with its case counts when a row would hand it over. */
type StoredParcelWithCases = StoredParcel & { cases?: ParcelCaseCounts };

/** Fields compared to tell an update from an unchanged row. */
const FACTS = ['village', 'landOwnership', 'area', 'status', 'remarks'] as const;

/**
 * One chunk of the parcels import: upserts area, ownership, status and village of the parcels of
 * projects the uploader may write. A blank status keeps an existing parcel's status and starts a
 * new one `surveying`; a parcel already handed over is no longer changed by import, and a parcel
 * is set 已移交 only when every case on it is settled (the rule the parcel edit holds too).
 */
@Injectable()
export class ParcelChunkProcessor extends UpsertChunkProcessor<ParcelImportRecord, ParcelWrite, StoredParcelWithCases> {
  protected readonly codeHeader = '地块编号';

  constructor(
    lookups: ImportLookupRepository,
    private readonly parcels: ParcelImportRepository,
    private readonly parcelCases: ParcelCasesRegistry,
  ) {
    super(lookups);
  }

  protected resolve(items: Array<{ record: ParcelImportRecord; projectId: string }>): Promise<Array<Resolution<ParcelWrite>>> {
    return Promise.resolve(items.map(({ record: { projectCode: _, ...record }, projectId }) => ({ write: { ...record, projectId } })));
  }

  /** The stored parcels, with their case counts where a row would hand one over. */
  protected async existing(writes: ParcelWrite[]): Promise<Map<string, StoredParcelWithCases>> {
    const stored: Map<string, StoredParcelWithCases> = await this.parcels.existing(writes);
    const handingOver = new Set(writes.filter((w) => w.status === 'handed_over').map((w) => importKey(w.projectId, w.code)));
    const toCheck = [...stored].filter(([key, parcel]) => handingOver.has(key) && parcel.status !== 'handed_over').map(([, parcel]) => parcel);
    if (toCheck.length) {
      const counts = await this.parcelCases.countMany(toCheck.map((p) => p.id));
      for (const parcel of toCheck) parcel.cases = counts.get(parcel.id);
    }
    return stored;
  }

  protected override complete(write: ParcelWrite, stored: StoredParcelWithCases | undefined): ParcelWrite {
    return write.status ? write : { ...write, status: stored?.status ?? 'surveying' };
  }

  protected differs(stored: StoredParcelWithCases, row: ParcelWrite): boolean {
    return FACTS.some((f) => stored[f] !== row[f]);
  }

  protected locked(stored: StoredParcelWithCases, row: ParcelWrite): string | null {
    if (stored.status === LOCKED_PARCEL_STATUS) return `地块 ${row.code} 已处于“${PARCEL_STATUS_LABELS[stored.status]}”状态，不能再通过导入修改`;
    if (!stored.cases) return null;
    const check = checkParcelChange(stored.status, { status: row.status ?? undefined }, stored.cases);
    return check.ok ? null : `地块 ${row.code}：${check.message}`;
  }

  protected upsert(writes: ParcelWrite[]): Promise<WrittenRow[]> {
    return this.parcels.upsert(writes);
  }
}
