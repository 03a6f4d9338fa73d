import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import type { LandUse, OwnerKind, SurveyStatus } from './domain/ownership-rules.js';

/** What an import writes for one record (keyed by 登记编号). */
export interface OwnershipUpsert {
  code: string;
  village: string;
  projectId: string | null;
  parcelId: string | null;
  location: string | null;
  ownerKind: OwnerKind;
  ownerName: string;
  certificateNo: string | null;
  area: string;
  landUse: LandUse;
  surveyStatus: SurveyStatus;
  remarks: string | null;
}

export type StoredOwnership = OwnershipUpsert & { id: string };

/** A project's parcel as an import row names it. */
export interface ParcelPlace {
  projectId: string;
  projectCode: string;
  parcelId: string;
  parcelCode: string;
  village: string;
}

/** The facts compared to tell an update from an unchanged row. */
export const OWNERSHIP_FACTS = [
  'village',
  'projectId',
  'parcelId',
  'location',
  'ownerKind',
  'ownerName',
  'certificateNo',
  'area',
  'landUse',
  'surveyStatus',
  'remarks',
] as const;

/**
 * How the Excel import reads and writes ownership records (one owner per table): set-based reads of the stored
 * records and of the parcels rows name, and one upsert statement per chunk.
 */
@Injectable()
export class OwnershipBulkRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  findByCodes(codes: string[]): Promise<StoredOwnership[]> {
    if (!codes.length) return Promise.resolve([]);
    return this.query(
      `SELECT id, code, village, "projectId", "parcelId", location, "ownerKind", "ownerName", "certificateNo", area::text AS area, "landUse", "surveyStatus", remarks
         FROM land_ownership WHERE code = ANY($1::varchar[])`,
      [codes],
    );
  }

  /** The codes holding any of `certificates`. */
  certificateHolders(certificates: string[]): Promise<Array<{ code: string; certificateNo: string }>> {
    if (!certificates.length) return Promise.resolve([]);
    return this.query('SELECT code, "certificateNo" FROM land_ownership WHERE "certificateNo" = ANY($1::varchar[])', [certificates]);
  }

  /** The parcels among (project code, parcel code) pairs (read from the land library's tables, never written). */
  parcels(pairs: Array<{ projectCode: string; parcelCode: string }>): Promise<ParcelPlace[]> {
    if (!pairs.length) return Promise.resolve([]);
    return this.query(
      `SELECT pr.id AS "projectId", pr.code AS "projectCode", p.id AS "parcelId", p.code AS "parcelCode", p.village
         FROM parcel p JOIN project pr ON pr.id = p."projectId"
         JOIN unnest($1::varchar[], $2::varchar[]) AS k(project, parcel) ON k.project = pr.code AND k.parcel = p.code`,
      [pairs.map((p) => p.projectCode), pairs.map((p) => p.parcelCode)],
    );
  }

  /** The villages of `projectIds`' parcels. */
  async villagesOf(projectIds: string[]): Promise<Set<string>> {
    if (!projectIds.length) return new Set();
    const rows = await this.query<{ village: string }>('SELECT DISTINCT village FROM parcel WHERE "projectId" = ANY($1::uuid[])', [
      projectIds,
    ]);
    return new Set(rows.map((r) => r.village));
  }

  /**
   * Inserts new records and updates those whose facts differ, in one statement (UNIQUE code keeps concurrent imports
   * from duplicating a record); unchanged rows are left alone and not returned.
   */
  upsert(rows: OwnershipUpsert[]): Promise<Array<{ code: string; inserted: boolean }>> {
    if (!rows.length) return Promise.resolve([]);
    const col = <T>(pick: (r: OwnershipUpsert) => T) => rows.map(pick);
    return this.query(
      `INSERT INTO land_ownership AS o (code, village, "projectId", "parcelId", location, "ownerKind", "ownerName", "certificateNo", area, "landUse", "surveyStatus", remarks, version)
       SELECT *, 1 FROM unnest($1::varchar[], $2::varchar[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::varchar[], $8::varchar[], $9::numeric[], $10::varchar[], $11::varchar[], $12::text[])
       ON CONFLICT (code) DO UPDATE SET
              village = EXCLUDED.village, "projectId" = EXCLUDED."projectId", "parcelId" = EXCLUDED."parcelId", location = EXCLUDED.location,
              "ownerKind" = EXCLUDED."ownerKind", "ownerName" = EXCLUDED."ownerName", "certificateNo" = EXCLUDED."certificateNo", area = EXCLUDED.area,
              "landUse" = EXCLUDED."landUse", "surveyStatus" = EXCLUDED."surveyStatus", remarks = EXCLUDED.remarks,
              version = o.version + 1, "updatedAt" = now()
        WHERE (o.village, o."projectId", o."parcelId", o.location, o."ownerKind", o."ownerName", o."certificateNo", o.area, o."landUse", o."surveyStatus", o.remarks)
              IS DISTINCT FROM
              (EXCLUDED.village, EXCLUDED."projectId", EXCLUDED."parcelId", EXCLUDED.location, EXCLUDED."ownerKind", EXCLUDED."ownerName", EXCLUDED."certificateNo",
               EXCLUDED.area, EXCLUDED."landUse", EXCLUDED."surveyStatus", EXCLUDED.remarks)
       RETURNING o.code, (xmax = 0) AS inserted`,
      [
        col((r) => r.code),
        col((r) => r.village),
        col((r) => r.projectId),
        col((r) => r.parcelId),
        col((r) => r.location),
        col((r) => r.ownerKind),
        col((r) => r.ownerName),
        col((r) => r.certificateNo),
        col((r) => r.area),
        col((r) => r.landUse),
        col((r) => r.surveyStatus),
        col((r) => r.remarks),
      ],
    );
  }

  /** The ids of the records with `codes`, by code. */
  async idsByCode(codes: string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows = await this.query<{ id: string; code: string }>('SELECT id, code FROM land_ownership WHERE code = ANY($1::varchar[])', [
      codes,
    ]);
    return new Map(rows.map((r) => [r.code, r.id]));
  }
}
