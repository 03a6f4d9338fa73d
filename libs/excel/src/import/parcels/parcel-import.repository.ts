import { Injectable } from '@nestjs/common';
import type { ParcelStatus } from '@app/land';
import { TransactionalConnection } from '@app/platform';
import type { ParcelImportRecord } from '../../domain/validate-row.js';
import { importKey } from '../shared/import-lookup.repository.js';
import type { WrittenRow } from '../shared/upsert-chunk.processor.js';

/** A parcel status from which an import may no longer change the parcel. */
export const LOCKED_PARCEL_STATUS: ParcelStatus = 'handed_over';

/** A validated parcels row with its project resolved: what is upserted (the status always given). */
export interface ParcelWrite extends Omit<ParcelImportRecord, 'projectCode'> {
  projectId: string;
}

/** The stored facts of an existing parcel. */
export interface StoredParcel extends Omit<ParcelWrite, 'status'> {
  id: string;
  status: ParcelStatus;
}

/**
 * Bulk database access of the parcels import: the stored rows of a chunk, and one multi-row
 * upsert on (project, parcel code) that writes only rows whose facts differ.
 */
@Injectable()
export class ParcelImportRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  /** The stored parcels among `keys` (project id, code), keyed with `importKey`. */
  async existing(keys: Array<{ projectId: string; code: string }>): Promise<Map<string, StoredParcel>> {
    if (!keys.length) return new Map();
    const rows = await this.query<StoredParcel>(
      `SELECT p.id, p."projectId", p.code, p.village, p."landOwnership", p.area::text AS area, p.status, p.remarks
         FROM parcel p
         JOIN unnest($1::uuid[], $2::varchar[]) AS k("projectId", code) ON k."projectId" = p."projectId" AND k.code = p.code`,
      [keys.map((k) => k.projectId), keys.map((k) => k.code)],
    );
    return new Map(rows.map((r) => [importKey(r.projectId, r.code), r]));
  }

  /**
   * Inserts new parcels and updates those whose facts differ, in one statement; unchanged parcels
   * and parcels already handed over are left alone and not returned. The unique (project, code)
   * index keeps concurrent imports from duplicating a parcel.
   */
  async upsert(rows: ParcelWrite[]): Promise<WrittenRow[]> {
    if (!rows.length) return [];
    const col = <T>(pick: (r: ParcelWrite) => T) => rows.map(pick);
    return this.query<WrittenRow>(
      `INSERT INTO parcel AS p ("projectId", code, village, "landOwnership", area, status, remarks, version)
       SELECT *, 1 FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::numeric[], $6::varchar[], $7::text[])
       ON CONFLICT ("projectId", code) DO UPDATE SET
              village = EXCLUDED.village, "landOwnership" = EXCLUDED."landOwnership", area = EXCLUDED.area,
              status = EXCLUDED.status, remarks = EXCLUDED.remarks, version = p.version + 1, "updatedAt" = now()
        WHERE (p.village, p."landOwnership", p.area, p.status, p.remarks)
              IS DISTINCT FROM
              (EXCLUDED.village, EXCLUDED."landOwnership", EXCLUDED.area, EXCLUDED.status, EXCLUDED.remarks)
          AND p.status <> $8
       RETURNING p."projectId", p.code, (xmax = 0) AS inserted`,
      [
        col((r) => r.projectId),
        col((r) => r.code),
        col((r) => r.village),
        col((r) => r.landOwnership),
        col((r) => r.area),
        col((r) => r.status),
        col((r) => r.remarks),
        LOCKED_PARCEL_STATUS,
      ],
    );
  }
}
