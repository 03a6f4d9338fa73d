import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import type { LandOwnership, ParcelStatus } from '../domain/land-status.js';

/** A parcel status from which a bulk write may no longer change the parcel. */
export const LOCKED_PARCEL_STATUS: ParcelStatus = 'handed_over';

/** A parcel as a bulk write gives it (the status always given). */
export interface ParcelUpsert {
  projectId: string;
  code: string;
  village: string;
  landOwnership: LandOwnership;
  area: string;
  status: ParcelStatus;
  remarks: string | null;
}

/** The stored facts of a parcel. */
export interface StoredParcelFacts extends ParcelUpsert {
  id: string;
}

/** A parcel a bulk upsert inserted or updated. */
export interface ParcelUpsertResult {
  projectId: string;
  code: string;
  inserted: boolean;
}

/**
 * Set-based access to projects and parcels for bulk writers (the imports): code lookups for a
 * whole chunk in one query each, and one multi-row parcel upsert.
 */
@Injectable()
export class LandBulkRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  /** The projects among `codes`. */
  projectIds(codes: string[]): Promise<Array<{ id: string; code: string }>> {
    if (!codes.length) return Promise.resolve([]);
    return this.query('SELECT id, code FROM project WHERE code = ANY($1::varchar[])', [codes]);
  }

  /** The parcels of `projectIds` among `codes`. */
  parcelIds(projectIds: string[], codes: string[]): Promise<Array<{ id: string; projectId: string; code: string }>> {
    if (!projectIds.length || !codes.length) return Promise.resolve([]);
    return this.query('SELECT id, "projectId", code FROM parcel WHERE "projectId" = ANY($1::uuid[]) AND code = ANY($2::varchar[])', [projectIds, codes]);
  }

  /** The stored parcels among `keys` (project id, code). */
  findParcelsByCodes(keys: Array<{ projectId: string; code: string }>): Promise<StoredParcelFacts[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.query(
      `SELECT p.id, p."projectId", p.code, p.village, p."landOwnership", p.area::text AS area, p.status, p.remarks
         FROM parcel p
         JOIN unnest($1::uuid[], $2::varchar[]) AS k("projectId", code) ON k."projectId" = p."projectId" AND k.code = p.code`,
      [keys.map((k) => k.projectId), keys.map((k) => k.code)],
    );
  }

  /**
   * Inserts new parcels and updates those whose facts differ, in one statement; unchanged parcels
   * and parcels already handed over are left alone and not returned. The unique (project, code)
   * index keeps concurrent writers from duplicating a parcel.
   */
  upsertParcels(rows: ParcelUpsert[]): Promise<ParcelUpsertResult[]> {
    if (!rows.length) return Promise.resolve([]);
    const col = <T>(pick: (r: ParcelUpsert) => T) => rows.map(pick);
    return this.query(
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
