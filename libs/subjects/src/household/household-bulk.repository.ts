import { Injectable } from '@nestjs/common';
import { SURVEY_LOCKED_STATUSES } from '@app/cases';
import { encryptField, TransactionalConnection } from '@app/platform';
import type { SubjectUpsertResult } from '../shared/subject-bulk.js';
import { projectHeadsLockKey } from './duplicate-heads/head-lock-keys.js';
import { idNumberHash, phoneHash } from './household-search-hashes.js';
import type { Household } from './household.entity.js';

/** A household as a bulk write gives it: its facts, codes resolved to ids, personal data in clear. */
export interface HouseholdUpsert {
  projectId: string;
  parcelId: string;
  code: string;
  village: string;
  group: string | null;
  headName: string;
  headIdNumber: string;
  phone: string | null;
  registeredPersons: number;
  homesteadArea: string | null;
  licensedArea: string;
  unlicensedArea: string;
  structure: string | null;
  yearBuilt: number | null;
  surveyedOn: string | null;
  remarks: string | null;
  /** Why this head may head several households of the project (一人多户), or null. */
  duplicateHeadReason: string | null;
}

/** A stored household of the given projects and heads (by search hash): what the 一人多户 rule checks. */
export interface StoredHead {
  projectId: string;
  code: string;
  headHash: string;
}

/** The stored facts of a household, personal data by hash only (what a bulk write compares with). */
export interface StoredHouseholdFacts extends Omit<HouseholdUpsert, 'headIdNumber' | 'phone'> {
  id: string;
  headIdNumberHash: string;
  phoneHash: string | null;
}

/** What a compensation calculation reads of a household: its areas, structure, year built, flags and recognised persons. */
export interface HouseholdCalculationFacts
  extends Pick<
    Household,
    'id' | 'certifiedArea' | 'surveyedArea' | 'recognisedArea' | 'licensedArea' | 'unlicensedArea' | 'homesteadArea' | 'structure' | 'yearBuilt' | 'lowIncome' | 'disabled' | 'onlyChild'
  > {
  /** Members with a recognition basis (never the raw 户籍人数). */
  recognisedPersons: number;
}

/**
 * Set-based access to households for bulk writers (the households import): the stored facts of
 * many (project, code) keys in one query, and one multi-row upsert. 身份证号 and phones are written
 * encrypted with their search hashes, as HouseholdRepository does for single writes.
 */
@Injectable()
export class HouseholdBulkRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  /** The stored households among `keys` (project id, code). */
  findByCodes(keys: Array<{ projectId: string; code: string }>): Promise<StoredHouseholdFacts[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.query<StoredHouseholdFacts>(
      `SELECT h.id, h."projectId", h.code, h."parcelId", h.village, h."villageGroup" AS "group", h."headName",
              h."headIdNumberHash", h."phoneHash", h."registeredPersons", h."homesteadArea"::text AS "homesteadArea",
              h."licensedArea"::text AS "licensedArea", h."unlicensedArea"::text AS "unlicensedArea", h.structure,
              h."yearBuilt", h."surveyedOn"::text AS "surveyedOn", h.remarks, h."duplicateHeadReason"
         FROM household h
         JOIN unnest($1::uuid[], $2::varchar[]) AS k("projectId", code) ON k."projectId" = h."projectId" AND k.code = h.code`,
      [keys.map((k) => k.projectId), keys.map((k) => k.code)],
    );
  }

  /** The calculation facts of the households `ids`, in one query (members counted by one join, not one query per household). */
  calculationFacts(ids: string[]): Promise<HouseholdCalculationFacts[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.query<HouseholdCalculationFacts>(
      `SELECT h.id, h."certifiedArea", h."surveyedArea", h."recognisedArea", h."licensedArea", h."unlicensedArea", h."homesteadArea",
              h.structure, h."yearBuilt", h."lowIncome", h.disabled, h."onlyChild", coalesce(m.n, 0)::int AS "recognisedPersons"
         FROM household h
         LEFT JOIN (SELECT "householdId", count(*) AS n FROM household_member
                     WHERE "householdId" = ANY($1::uuid[]) AND "recognitionBasis" IS NOT NULL GROUP BY "householdId") m ON m."householdId" = h.id
        WHERE h.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * Takes the 一人多户 lock of each project (exclusively, in one order, until the transaction commits),
   * so no single write of a head in these projects runs between a bulk writer's check and its write.
   */
  async lockProjectHeads(projectIds: string[]): Promise<void> {
    const keys = [...new Set(projectIds.map(projectHeadsLockKey))].sort();
    if (!keys.length) return;
    await this.query('SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT k FROM unnest($1::bigint[]) AS k ORDER BY k) AS ordered', [keys]);
  }

  /** The stored households of the given projects headed by any of the given heads (by search hash): one query. */
  storedHeads(projectIds: string[], headHashes: string[]): Promise<StoredHead[]> {
    if (!projectIds.length || !headHashes.length) return Promise.resolve([]);
    return this.query<StoredHead>(
      `SELECT "projectId", code, "headIdNumberHash" AS "headHash" FROM household
        WHERE "headIdNumberHash" = ANY($2::char(64)[]) AND "projectId" = ANY($1::uuid[])`,
      [[...new Set(projectIds)], [...new Set(headHashes)]],
    );
  }

  /**
   * Inserts new households and updates those whose facts differ, in one statement ordered as given;
   * unchanged rows and rows whose case is signed or later (survey facts then change only through the
   * case) are left alone and not returned. Concurrent writers of the same rows cannot duplicate them:
   * the unique (project, code) index decides.
   */
  upsertMany(rows: HouseholdUpsert[]): Promise<SubjectUpsertResult[]> {
    if (!rows.length) return Promise.resolve([]);
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
    return this.query<SubjectUpsertResult>(
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
      [json, SURVEY_LOCKED_STATUSES],
    );
  }
}
