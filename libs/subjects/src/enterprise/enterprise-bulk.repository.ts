import { Injectable } from '@nestjs/common';
import { SURVEY_LOCKED_STATUSES } from '@app/cases';
import { TransactionalConnection } from '@app/platform';
import type { SubjectUpsertResult } from '../shared/subject-bulk.js';
import type { Enterprise } from './enterprise.entity.js';

/** An enterprise as a bulk write gives it: its facts, codes resolved to ids. */
export interface EnterpriseUpsert {
  projectId: string;
  parcelId: string;
  code: string;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  landArea: string | null;
  buildingArea: string | null;
  employees: number | null;
  businessType: string | null;
  remarks: string | null;
}

/** The stored facts of an enterprise. */
export interface StoredEnterpriseFacts extends EnterpriseUpsert {
  id: string;
}

/** What a compensation calculation reads of an enterprise: its building area and 停产停业 figures. */
export type EnterpriseCalculationFacts = Pick<Enterprise, 'id' | 'buildingArea' | 'suspensionMonths' | 'monthlyLoss'>;

/**
 * Set-based access to enterprises for bulk writers (the enterprises import): the stored facts of
 * many (project, code) keys in one query, and one multi-row upsert.
 */
@Injectable()
export class EnterpriseBulkRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  /** The calculation facts of the enterprises `ids`, in one query. */
  calculationFacts(ids: string[]): Promise<EnterpriseCalculationFacts[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.query<EnterpriseCalculationFacts>(`SELECT id, "buildingArea", "suspensionMonths", "monthlyLoss" FROM enterprise WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The stored enterprises among `keys` (project id, code). */
  findByCodes(keys: Array<{ projectId: string; code: string }>): Promise<StoredEnterpriseFacts[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.query<StoredEnterpriseFacts>(
      `SELECT e.id, e."projectId", e.code, e."parcelId", e.name, e."creditCode", e."legalRepresentative",
              e."landArea"::text AS "landArea", e."buildingArea"::text AS "buildingArea", e.employees,
              e."businessType", e.remarks
         FROM enterprise e
         JOIN unnest($1::uuid[], $2::varchar[]) AS k("projectId", code) ON k."projectId" = e."projectId" AND k.code = e.code`,
      [keys.map((k) => k.projectId), keys.map((k) => k.code)],
    );
  }

  /**
   * Inserts new enterprises and updates those whose facts differ, in one statement; unchanged rows
   * and rows whose case is signed or later are left alone and not returned. The unique
   * (project, code) index keeps concurrent writers from duplicating a row.
   */
  upsertMany(rows: EnterpriseUpsert[]): Promise<SubjectUpsertResult[]> {
    if (!rows.length) return Promise.resolve([]);
    const col = <T>(pick: (r: EnterpriseUpsert) => T) => rows.map(pick);
    return this.query<SubjectUpsertResult>(
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
        SURVEY_LOCKED_STATUSES,
      ],
    );
  }
}
