import { Injectable } from '@nestjs/common';
import { PARCEL_STATUS_LABELS } from '@app/land';
import type { ParcelImportRecord } from '../../domain/validate-row.js';
import { ImportLookupRepository } from '../shared/import-lookup.repository.js';
import { UpsertChunkProcessor, type Resolution, type WrittenRow } from '../shared/upsert-chunk.processor.js';
import { LOCKED_PARCEL_STATUS, ParcelImportRepository, type ParcelWrite, type StoredParcel } from './parcel-import.repository.js';

/** Fields compared to tell an update from an unchanged row. */
const FACTS = ['village', 'landOwnership', 'area', 'status', 'remarks'] as const;

/**
 * One chunk of the parcels import: upserts area, ownership, status and village of the parcels of
 * projects the uploader may write. A blank status keeps an existing parcel's status and starts a
 * new one `surveying`; a parcel already handed over is no longer changed by import.
 */
@Injectable()
export class ParcelChunkProcessor extends UpsertChunkProcessor<ParcelImportRecord, ParcelWrite, StoredParcel> {
  protected readonly codeHeader = '地块编号';

  constructor(
    lookups: ImportLookupRepository,
    private readonly parcels: ParcelImportRepository,
  ) {
    super(lookups);
  }

  protected resolve(items: Array<{ record: ParcelImportRecord; projectId: string }>): Promise<Array<Resolution<ParcelWrite>>> {
    return Promise.resolve(items.map(({ record: { projectCode: _, ...record }, projectId }) => ({ write: { ...record, projectId } })));
  }

  protected existing(writes: ParcelWrite[]): Promise<Map<string, StoredParcel>> {
    return this.parcels.existing(writes);
  }

  protected override complete(write: ParcelWrite, stored: StoredParcel | undefined): ParcelWrite {
    return write.status ? write : { ...write, status: stored?.status ?? 'surveying' };
  }

  protected differs(stored: StoredParcel, row: ParcelWrite): boolean {
    return FACTS.some((f) => stored[f] !== row[f]);
  }

  protected locked(stored: StoredParcel, row: ParcelWrite): string | null {
    if (stored.status !== LOCKED_PARCEL_STATUS) return null;
    return `地块 ${row.code} 已处于“${PARCEL_STATUS_LABELS[stored.status]}”状态，不能再通过导入修改`;
  }

  protected upsert(writes: ParcelWrite[]): Promise<WrittenRow[]> {
    return this.parcels.upsert(writes);
  }
}
