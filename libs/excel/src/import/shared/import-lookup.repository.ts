import { Injectable } from '@nestjs/common';
import { CASE_STATUSES, surveyFactsEditable } from '@app/cases';
import { TransactionalConnection } from '@app/platform';

/** The map key of a (project id, code) pair: how every import keys stored and written rows. */
export const importKey = (projectId: string, code: string) => `${projectId}\u0000${code}`;

/** Case statuses from which survey facts change only through the case — derived from the lifecycle rule itself. */
export const LOCKED_CASE_STATUSES: string[] = CASE_STATUSES.filter((s) => !surveyFactsEditable(s));

/** Subjects an import creates, with the table each lives in (a fixed list: never interpolate input). */
const SUBJECT_TABLES = { household: 'household', enterprise: 'enterprise' } as const;
export type ImportedSubjectType = keyof typeof SUBJECT_TABLES;

/** A subject row an upsert inserted or updated. */
export interface WrittenSubject {
  id: string;
  projectId: string;
  code: string;
  parcelId: string;
  inserted: boolean;
}

/**
 * Bulk database access every import kind shares: code lookups once per chunk, and the case
 * bookkeeping of imported subjects (opening cases, reacting to changed survey facts).
 */
@Injectable()
export class ImportLookupRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  /** Project ids by code. */
  async projectIds(codes: string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows = await this.query<{ id: string; code: string }>('SELECT id, code FROM project WHERE code = ANY($1::varchar[])', [codes]);
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /** Parcel ids by (project id, parcel code), keyed with `importKey`. */
  async parcelIds(projectIds: string[], codes: string[]): Promise<Map<string, string>> {
    if (!projectIds.length || !codes.length) return new Map();
    const rows = await this.query<{ id: string; projectId: string; code: string }>(
      'SELECT id, "projectId", code FROM parcel WHERE "projectId" = ANY($1::uuid[]) AND code = ANY($2::varchar[])',
      [projectIds, codes],
    );
    return new Map(rows.map((r) => [importKey(r.projectId, r.code), r.id]));
  }

  /** Opens the case of each new subject, with its opening history entry (as CaseService.open does). */
  async openCases(subjectType: ImportedSubjectType, subjects: WrittenSubject[], status: string, actor: string): Promise<void> {
    if (!subjects.length) return;
    await this.query(
      `WITH opened AS (
         INSERT INTO case_file ("subjectType", "subjectId", "projectId", "parcelId", status, version)
         SELECT $6, id, "projectId", "parcelId", $4, 1 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS n(id, "projectId", "parcelId")
         ON CONFLICT ("subjectType", "subjectId") DO NOTHING
         RETURNING id)
       INSERT INTO case_transition ("caseId", "fromStatus", "toStatus", kind, reason, actor)
       SELECT id, NULL, $4, 'open', '建档', $5 FROM opened`,
      [subjects.map((s) => s.id), subjects.map((s) => s.projectId), subjects.map((s) => s.parcelId), status, actor, subjectType],
    );
  }

  /**
   * After survey facts changed: cases follow their subject's parcel, and a confirmed case loses
   * its confirmation and goes back to `surveyed` (as CaseService.surveyFactsChanged does).
   */
  async surveyFactsChanged(subjectType: ImportedSubjectType, subjectIds: string[], actor: string): Promise<void> {
    if (!subjectIds.length) return;
    const table = SUBJECT_TABLES[subjectType];
    await this.query(
      `UPDATE case_file c SET "parcelId" = s."parcelId", version = c.version + 1, "updatedAt" = now()
         FROM ${table} s
        WHERE c."subjectType" = $2 AND c."subjectId" = s.id AND s.id = ANY($1::uuid[]) AND c."parcelId" <> s."parcelId"`,
      [subjectIds, subjectType],
    );
    await this.query(
      `WITH reverted AS (
         UPDATE case_file SET status = 'surveyed', version = version + 1, "statusChangedAt" = now(), "updatedAt" = now()
          WHERE "subjectType" = $3 AND "subjectId" = ANY($1::uuid[]) AND status = 'confirmed'
         RETURNING id)
       INSERT INTO case_transition ("caseId", "fromStatus", "toStatus", kind, reason, actor)
       SELECT id, 'confirmed', 'surveyed', 'system', '摸底信息变更，原确认失效', $2 FROM reverted`,
      [subjectIds, actor, subjectType],
    );
  }
}
