import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import type { EnterpriseImportRecord } from '../../domain/validate-row.js';
import { importKey, LOCKED_CASE_STATUSES, type WrittenSubject } from '../shared/import-lookup.repository.js';

/** A validated enterprises row with its codes resolved to ids: what is upserted. */
export interface EnterpriseWrite extends Omit<EnterpriseImportRecord, 'projectCode' | 'parcelCode'> {
  projectId: string;
  parcelId: string;
}

/** The stored facts of an existing enterprise and its case status. */
export interface StoredEnterprise extends EnterpriseWrite {
  id: string;
  caseStatus: string | null;
}

/**
 * Bulk database access of the enterprises import: the stored rows of a chunk, and one multi-row
 * upsert on (project, enterprise code) that writes only rows whose facts differ.
 */
@Injectable()
export class EnterpriseImportRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  /** The stored enterprises among `keys` (project id, code), keyed with `importKey`. */
  async existing(keys: Array<{ projectId: string; code: string }>): Promise<Map<string, StoredEnterprise>> {
    if (!keys.length) return new Map();
    const rows = await this.query<StoredEnterprise>(
      `SELECT e.id, e."projectId", e.code, e."parcelId", e.name, e."creditCode", e."legalRepresentative",
              e."landArea"::text AS "landArea", e."buildingArea"::text AS "buildingArea", e.employees,
              e."businessType", e.remarks, c.status AS "caseStatus"
         FROM enterprise e
         JOIN unnest($1::uuid[], $2::varchar[]) AS k("projectId", code) ON k."projectId" = e."projectId" AND k.code = e.code
         LEFT JOIN case_file c ON c."subjectType" = 'enterprise' AND c."subjectId" = e.id`,
      [keys.map((k) => k.projectId), keys.map((k) => k.code)],
    );
    return new Map(rows.map((r) => [importKey(r.projectId, r.code), r]));
  }

  /**
   * Inserts new enterprises and updates those whose facts differ, in one statement; unchanged rows
   * and rows whose case is signed or later are left alone and not returned. The unique
   * (project, code) index keeps concurrent imports from duplicating a row.
   */
  async upsert(rows: EnterpriseWrite[]): Promise<WrittenSubject[]> {
    if (!rows.length) return [];
    const col = <T>(pick: (r: EnterpriseWrite) => T) => rows.map(pick);
    return this.query<WrittenSubject>(
      `INSERT INTO enterprise AS e ("projectId", "parcelId", code, name, "creditCode", "legalRepresentative",
              "landArea", "buildingArea", employees, "businessType", remarks, version)
       SELECT *, 1 FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
              $7::numeric[], $8::numeric[], $9::int[], $10::varchar[], $11::text[])
       ON CONFLICT ("projectId", code) DO UPDATE SET
              "parcelId" = EXCLUDED."parcelId", name = EXCLUDED.name, "creditCode" = EXCLUDED."creditCode",
              "legalRepresentative" = EXCLUDED."legalRepresentative", "landArea" = EXCLUDED."landArea",
              "buildingArea" = EXCLUDED."buildingArea", employees = EXCLUDED.employees,
              "businessType" = EXCLUDED."businessType", remarks = EXCLUDED.remarks,
              version = e.version + 1, "updatedAt" = now()
        WHERE (e."parcelId", e.name, e."creditCode", e."legalRepresentative", e."landArea", e."buildingArea",
               e.employees, e."businessType", e.remarks)
              IS DISTINCT FROM
              (EXCLUDED."parcelId", EXCLUDED.name, EXCLUDED."creditCode", EXCLUDED."legalRepresentative", EXCLUDED."landArea",
               EXCLUDED."buildingArea", EXCLUDED.employees, EXCLUDED."businessType", EXCLUDED.remarks)
          AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c."subjectType" = 'enterprise' AND c."subjectId" = e.id
                             AND c.status = ANY($12::varchar[]))
       RETURNING e.id, e."projectId", e.code, e."parcelId", (xmax = 0) AS inserted`,
      [
        col((r) => r.projectId),
        col((r) => r.parcelId),
        col((r) => r.code),
        col((r) => r.name),
        col((r) => r.creditCode),
        col((r) => r.legalRepresentative),
        col((r) => r.landArea),
        col((r) => r.buildingArea),
        col((r) => r.employees),
        col((r) => r.businessType),
        col((r) => r.remarks),
        LOCKED_CASE_STATUSES,
      ],
    );
  }
}
