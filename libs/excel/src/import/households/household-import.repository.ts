import { Injectable } from '@nestjs/common';
import { encryptField, TransactionalConnection } from '@app/platform';
import { idNumberHash, phoneHash } from '@app/subjects';
import type { HouseholdImportRecord } from '../../domain/validate-row.js';

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
  caseStatus: string | null;
}

export interface UpsertResult {
  id: string;
  projectId: string;
  code: string;
  parcelId: string;
  inserted: boolean;
}

const key = (projectId: string, code: string) => `${projectId}\u0000${code}`;

/** Case statuses from which survey facts change only through the case (see surveyFactsEditable). */
export const LOCKED_CASE_STATUSES = ['signed', 'vacated', 'settled', 'handed_over'];

/**
 * Bulk database access of the households import: code lookups once per chunk, and one multi-row
 * upsert on (project, household code) that writes only rows whose facts differ. 身份证号 and phones
 * are written encrypted with their search hashes, as HouseholdRepository does for single writes.
 */
@Injectable()
export class HouseholdImportRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  /** Project ids by code. */
  async projectIds(codes: string[]): Promise<Map<string, string>> {
    const rows = await this.query<{ id: string; code: string }>('SELECT id, code FROM project WHERE code = ANY($1::varchar[])', [codes]);
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /** Parcel ids by (project id, parcel code), keyed with `parcelKey`. */
  async parcelIds(projectIds: string[], codes: string[]): Promise<Map<string, string>> {
    const rows = await this.query<{ id: string; projectId: string; code: string }>(
      'SELECT id, "projectId", code FROM parcel WHERE "projectId" = ANY($1::uuid[]) AND code = ANY($2::varchar[])',
      [projectIds, codes],
    );
    return new Map(rows.map((r) => [key(r.projectId, r.code), r.id]));
  }

  /** The stored households among `keys` (project id, code), keyed with `householdKey`. */
  async existing(keys: Array<{ projectId: string; code: string }>): Promise<Map<string, StoredHousehold>> {
    if (!keys.length) return new Map();
    const rows = await this.query<StoredHousehold>(
      `SELECT h.id, h."projectId", h.code, h."parcelId", h.village, h."villageGroup" AS "group", h."headName",
              h."headIdNumberHash", h."phoneHash", h."registeredPersons", h."homesteadArea"::text AS "homesteadArea",
              h."licensedArea"::text AS "licensedArea", h."unlicensedArea"::text AS "unlicensedArea", h.structure,
              h."yearBuilt", h."surveyedOn"::text AS "surveyedOn", h.remarks, c.status AS "caseStatus"
         FROM household h
         JOIN unnest($1::uuid[], $2::varchar[]) AS k("projectId", code) ON k."projectId" = h."projectId" AND k.code = h.code
         LEFT JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id`,
      [keys.map((k) => k.projectId), keys.map((k) => k.code)],
    );
    return new Map(rows.map((r) => [key(r.projectId, r.code), r]));
  }

  /**
   * Inserts new households and updates those whose facts differ, in one statement; unchanged rows
   * and rows whose case is signed or later are left alone and not returned. Concurrent imports of
   * the same rows cannot duplicate them: the unique (project, code) index decides.
   */
  async upsert(rows: HouseholdWrite[]): Promise<UpsertResult[]> {
    if (!rows.length) return [];
    const col = <T>(pick: (r: HouseholdWrite) => T) => rows.map(pick);
    return this.query<UpsertResult>(
      `INSERT INTO household AS h ("projectId", "parcelId", code, village, "villageGroup", "headName",
              "headIdNumberEncrypted", "headIdNumberHash", "phoneEncrypted", "phoneHash", "registeredPersons",
              "homesteadArea", "licensedArea", "unlicensedArea", structure, "yearBuilt", "surveyedOn", remarks, version)
       SELECT *, 1 FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
              $7::text[], $8::char(64)[], $9::text[], $10::char(64)[], $11::int[],
              $12::numeric[], $13::numeric[], $14::numeric[], $15::varchar[], $16::int[], $17::date[], $18::text[])
       ON CONFLICT ("projectId", code) DO UPDATE SET
              "parcelId" = EXCLUDED."parcelId", village = EXCLUDED.village, "villageGroup" = EXCLUDED."villageGroup",
              "headName" = EXCLUDED."headName", "headIdNumberEncrypted" = EXCLUDED."headIdNumberEncrypted",
              "headIdNumberHash" = EXCLUDED."headIdNumberHash", "phoneEncrypted" = EXCLUDED."phoneEncrypted",
              "phoneHash" = EXCLUDED."phoneHash", "registeredPersons" = EXCLUDED."registeredPersons",
              "homesteadArea" = EXCLUDED."homesteadArea", "licensedArea" = EXCLUDED."licensedArea",
              "unlicensedArea" = EXCLUDED."unlicensedArea", structure = EXCLUDED.structure,
              "yearBuilt" = EXCLUDED."yearBuilt", "surveyedOn" = EXCLUDED."surveyedOn", remarks = EXCLUDED.remarks,
              version = h.version + 1, "updatedAt" = now()
        -- Ciphertexts differ on every write: compare personal data by hash.
        WHERE (h."parcelId", h.village, h."villageGroup", h."headName", h."headIdNumberHash", h."phoneHash",
               h."registeredPersons", h."homesteadArea", h."licensedArea", h."unlicensedArea", h.structure,
               h."yearBuilt", h."surveyedOn", h.remarks)
              IS DISTINCT FROM
              (EXCLUDED."parcelId", EXCLUDED.village, EXCLUDED."villageGroup", EXCLUDED."headName", EXCLUDED."headIdNumberHash",
               EXCLUDED."phoneHash", EXCLUDED."registeredPersons", EXCLUDED."homesteadArea", EXCLUDED."licensedArea",
               EXCLUDED."unlicensedArea", EXCLUDED.structure, EXCLUDED."yearBuilt", EXCLUDED."surveyedOn", EXCLUDED.remarks)
          AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c."subjectType" = 'household' AND c."subjectId" = h.id
                             AND c.status = ANY($19::varchar[]))
       RETURNING h.id, h."projectId", h.code, h."parcelId", (xmax = 0) AS inserted`,
      [
        col((r) => r.projectId),
        col((r) => r.parcelId),
        col((r) => r.code),
        col((r) => r.village),
        col((r) => r.group),
        col((r) => r.headName),
        col((r) => encryptField(r.headIdNumber)),
        col((r) => idNumberHash(r.headIdNumber)),
        col((r) => (r.phone === null ? null : encryptField(r.phone))),
        col((r) => phoneHash(r.phone)),
        col((r) => r.registeredPersons),
        col((r) => r.homesteadArea),
        col((r) => r.licensedArea),
        col((r) => r.unlicensedArea),
        col((r) => r.structure),
        col((r) => r.yearBuilt),
        col((r) => r.surveyedOn),
        col((r) => r.remarks),
        LOCKED_CASE_STATUSES,
      ],
    );
  }

  /** Opens the case of each new household, with its opening history entry (as CaseService.open does). */
  async openCases(households: UpsertResult[], status: string, actor: string): Promise<void> {
    if (!households.length) return;
    await this.query(
      `WITH opened AS (
         INSERT INTO case_file ("subjectType", "subjectId", "projectId", "parcelId", status, version)
         SELECT 'household', id, "projectId", "parcelId", $4, 1 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS n(id, "projectId", "parcelId")
         ON CONFLICT ("subjectType", "subjectId") DO NOTHING
         RETURNING id)
       INSERT INTO case_transition ("caseId", "fromStatus", "toStatus", kind, reason, actor)
       SELECT id, NULL, $4, 'open', '建档', $5 FROM opened`,
      [households.map((h) => h.id), households.map((h) => h.projectId), households.map((h) => h.parcelId), status, actor],
    );
  }

  /**
   * After survey facts changed: cases follow their household's parcel, and a confirmed case loses
   * its confirmation and goes back to `surveyed` (as CaseService.surveyFactsChanged does).
   */
  async surveyFactsChanged(householdIds: string[], actor: string): Promise<void> {
    if (!householdIds.length) return;
    await this.query(
      `UPDATE case_file c SET "parcelId" = h."parcelId", version = c.version + 1, "updatedAt" = now()
         FROM household h
        WHERE c."subjectType" = 'household' AND c."subjectId" = h.id AND h.id = ANY($1::uuid[]) AND c."parcelId" <> h."parcelId"`,
      [householdIds],
    );
    await this.query(
      `WITH reverted AS (
         UPDATE case_file SET status = 'surveyed', version = version + 1, "statusChangedAt" = now(), "updatedAt" = now()
          WHERE "subjectType" = 'household' AND "subjectId" = ANY($1::uuid[]) AND status = 'confirmed'
         RETURNING id)
       INSERT INTO case_transition ("caseId", "fromStatus", "toStatus", kind, reason, actor)
       SELECT id, 'confirmed', 'surveyed', 'system', '摸底信息变更，原确认失效', $2 FROM reverted`,
      [householdIds, actor],
    );
  }
}

export { key as householdKey, key as parcelKey };
