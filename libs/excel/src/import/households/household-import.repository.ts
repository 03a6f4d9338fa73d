import { Injectable } from '@nestjs/common';
import { encryptField, TransactionalConnection } from '@app/platform';
import { idNumberHash, phoneHash, projectHeadsLockKey } from '@app/subjects';
import type { StoredHead } from '../../domain/duplicate-heads.js';
import type { HouseholdImportRecord } from '../../domain/validate-row.js';
import { importKey, LOCKED_CASE_STATUSES, type WrittenSubject } from '../shared/import-lookup.repository.js';

/** A validated row with its codes resolved to ids: what is upserted. */
export interface HouseholdWrite extends Omit<HouseholdImportRecord, 'projectCode' | 'parcelCode'> {
  projectId: string;
  parcelId: string;
}

/** The stored facts of an existing household (personal data by hash only) and its case status. */
export interface StoredHousehold {
  id: string;
  projectId: string;
  code: string;
  parcelId: string;
  village: string;
  group: string | null;
  headName: string;
  headIdNumberHash: string;
  phoneHash: string | null;
  registeredPersons: number;
  homesteadArea: string | null;
  licensedArea: string;
  unlicensedArea: string;
  structure: string | null;
  yearBuilt: number | null;
  surveyedOn: string | null;
  remarks: string | null;
  duplicateHeadReason: string | null;
  caseStatus: string | null;
}

/**
 * Bulk database access of the households import: the stored rows of a chunk, and one multi-row
 * upsert on (project, household code) that writes only rows whose facts differ. 身份证号 and phones
 * are written encrypted with their search hashes, as HouseholdRepository does for single writes.
 */
@Injectable()
export class HouseholdImportRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  /** The stored households among `keys` (project id, code), keyed with `importKey`. */
  async existing(keys: Array<{ projectId: string; code: string }>): Promise<Map<string, StoredHousehold>> {
    if (!keys.length) return new Map();
    const rows = await this.query<StoredHousehold>(
      `SELECT h.id, h."projectId", h.code, h."parcelId", h.village, h."villageGroup" AS "group", h."headName",
              h."headIdNumberHash", h."phoneHash", h."registeredPersons", h."homesteadArea"::text AS "homesteadArea",
              h."licensedArea"::text AS "licensedArea", h."unlicensedArea"::text AS "unlicensedArea", h.structure,
              h."yearBuilt", h."surveyedOn"::text AS "surveyedOn", h.remarks, h."duplicateHeadReason", c.status AS "caseStatus"
         FROM household h
         JOIN unnest($1::uuid[], $2::varchar[]) AS k("projectId", code) ON k."projectId" = h."projectId" AND k.code = h.code
         LEFT JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id`,
      [keys.map((k) => k.projectId), keys.map((k) => k.code)],
    );
    return new Map(rows.map((r) => [importKey(r.projectId, r.code), r]));
  }

  /**
   * Takes the 一人多户 lock of each project (exclusively, in one order, until the chunk commits), so
   * no single write of a head in these projects runs between the chunk's check and its write.
   */
  async lockProjectHeads(projectIds: string[]): Promise<void> {
    const keys = [...new Set(projectIds.map(projectHeadsLockKey))].sort();
    if (!keys.length) return;
    await this.query('SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT k FROM unnest($1::bigint[]) AS k ORDER BY k) AS ordered', [keys]);
  }

  /** The stored households of the given projects headed by any of the given heads (by search hash): one query. */
  async storedHeads(projectIds: string[], headHashes: string[]): Promise<StoredHead[]> {
    if (!projectIds.length || !headHashes.length) return [];
    return this.query<StoredHead>(
      `SELECT "projectId", code, "headIdNumberHash" AS "headHash" FROM household
        WHERE "headIdNumberHash" = ANY($2::char(64)[]) AND "projectId" = ANY($1::uuid[])`,
      [[...new Set(projectIds)], [...new Set(headHashes)]],
    );
  }

  /**
   * Inserts new households and updates those whose facts differ, in one statement; unchanged rows
   * and rows whose case is signed or later are left alone and not returned. Concurrent imports of
   * the same rows cannot duplicate them: the unique (project, code) index decides.
   */
  async upsert(rows: HouseholdWrite[]): Promise<WrittenSubject[]> {
    if (!rows.length) return [];
    // The rows travel as one JSON array (JSON.stringify is native; a dozen parameter arrays would be
    // escaped element by element in JavaScript), in the order given.
    const json = JSON.stringify(
      rows.map((r) => ({
        p: r.projectId,
        pc: r.parcelId,
        c: r.code,
        v: r.village,
        g: r.group,
        n: r.headName,
        ie: encryptField(r.headIdNumber),
        ih: idNumberHash(r.headIdNumber),
        pe: r.phone === null ? null : encryptField(r.phone),
        ph: phoneHash(r.phone),
        rp: r.registeredPersons,
        ha: r.homesteadArea,
        la: r.licensedArea,
        ua: r.unlicensedArea,
        s: r.structure,
        y: r.yearBuilt,
        d: r.surveyedOn,
        rm: r.remarks,
        dr: r.duplicateHeadReason,
      })),
    );
    return this.query<WrittenSubject>(
      `INSERT INTO household AS h ("projectId", "parcelId", code, village, "villageGroup", "headName",
              "headIdNumberEncrypted", "headIdNumberHash", "phoneEncrypted", "phoneHash", "registeredPersons",
              "homesteadArea", "licensedArea", "unlicensedArea", structure, "yearBuilt", "surveyedOn", remarks, "duplicateHeadReason", version)
       SELECT p, pc, c, v, g, n, ie, ih, pe, ph, rp, ha, la, ua, s, y, d, rm, dr, 1
         FROM json_to_recordset($1::json) AS r(p uuid, pc uuid, c varchar, v varchar, g varchar, n varchar, ie text, ih char(64),
              pe text, ph char(64), rp int, ha numeric, la numeric, ua numeric, s varchar, y int, d date, rm text, dr varchar)
       ON CONFLICT ("projectId", code) DO UPDATE SET
              "parcelId" = EXCLUDED."parcelId", village = EXCLUDED.village, "villageGroup" = EXCLUDED."villageGroup",
              "headName" = EXCLUDED."headName", "headIdNumberEncrypted" = EXCLUDED."headIdNumberEncrypted",
              "headIdNumberHash" = EXCLUDED."headIdNumberHash", "phoneEncrypted" = EXCLUDED."phoneEncrypted",
              "phoneHash" = EXCLUDED."phoneHash", "registeredPersons" = EXCLUDED."registeredPersons",
              "homesteadArea" = EXCLUDED."homesteadArea", "licensedArea" = EXCLUDED."licensedArea",
              "unlicensedArea" = EXCLUDED."unlicensedArea", structure = EXCLUDED.structure,
              "yearBuilt" = EXCLUDED."yearBuilt", "surveyedOn" = EXCLUDED."surveyedOn", remarks = EXCLUDED.remarks,
              "duplicateHeadReason" = EXCLUDED."duplicateHeadReason", version = h.version + 1, "updatedAt" = now()
        -- Ciphertexts differ on every write: compare personal data by hash.
        WHERE (h."parcelId", h.village, h."villageGroup", h."headName", h."headIdNumberHash", h."phoneHash",
               h."registeredPersons", h."homesteadArea", h."licensedArea", h."unlicensedArea", h.structure,
               h."yearBuilt", h."surveyedOn", h.remarks, h."duplicateHeadReason")
              IS DISTINCT FROM
              (EXCLUDED."parcelId", EXCLUDED.village, EXCLUDED."villageGroup", EXCLUDED."headName", EXCLUDED."headIdNumberHash",
               EXCLUDED."phoneHash", EXCLUDED."registeredPersons", EXCLUDED."homesteadArea", EXCLUDED."licensedArea",
               EXCLUDED."unlicensedArea", EXCLUDED.structure, EXCLUDED."yearBuilt", EXCLUDED."surveyedOn", EXCLUDED.remarks,
               EXCLUDED."duplicateHeadReason")
          AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c."subjectType" = 'household' AND c."subjectId" = h.id
                             AND c.status = ANY($2::varchar[]))
       RETURNING h.id, h."projectId", h.code, h."parcelId", (xmax = 0) AS inserted`,
      [json, LOCKED_CASE_STATUSES],
    );
  }
}
