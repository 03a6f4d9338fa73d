import { Injectable } from '@nestjs/common';
import { decryptField, TransactionalConnection } from '@app/platform';
import { headLockKey, projectHeadsLockKey } from './head-lock-keys.js';

/** One household of a 一人多户 cluster, as read for the officer (the 身份证号 still encrypted). */
export interface DuplicateHeadRow {
  id: string;
  code: string;
  projectCode: string;
  village: string;
  headName: string;
  headIdNumberHash: string;
  headIdNumberEncrypted: string;
  duplicateHeadReason: string | null;
  caseId: string | null;
  caseStatus: string | null;
}

/** The households of one head in one project (two or more). */
export interface DuplicateHeadCluster {
  projectCode: string;
  /** The head's 身份证号 in full (decrypted once per cluster): mask it before it leaves. */
  headIdNumber: string;
  households: DuplicateHeadRow[];
}

/**
 * Database access of the 一人多户 rule: the advisory lock that makes the check and the write one
 * step, the other households of a head, and the clusters of a scope. Heads are compared by their
 * 身份证号 search hash (indexed), never decrypted to compare.
 */
@Injectable()
export class DuplicateHeadRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  /**
   * Holds the head's lock until the transaction ends (call inside it): a concurrent write of the same
   * head in the project, or an import chunk of the project, waits until this one has committed.
   */
  async lockHead(projectId: string, headIdNumberHash: string): Promise<void> {
    await this.query('SELECT pg_advisory_xact_lock_shared($1::bigint)', [projectHeadsLockKey(projectId)]);
    await this.query('SELECT pg_advisory_xact_lock($1::bigint)', [headLockKey(projectId, headIdNumberHash)]);
  }

  /** Codes of the households of `projectId` headed by `headIdNumberHash`, other than `exceptId`, in code order. */
  async otherHouseholdCodes(projectId: string, headIdNumberHash: string, exceptId: string | null): Promise<string[]> {
    const rows = await this.query<{ code: string }>(
      `SELECT code FROM household
        WHERE "projectId" = $1 AND "headIdNumberHash" = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)
        ORDER BY code`,
      [projectId, headIdNumberHash, exceptId],
    );
    return rows.map((r) => r.code);
  }

  /**
   * Every head of two or more households in one project, within `scope` (project ids, null = all)
   * and optionally one project (by code): clusters ordered by project, then size (largest first);
   * households by code. One query.
   */
  async clusters(scope: string[] | null, projectCode: string | undefined): Promise<DuplicateHeadCluster[]> {
    const rows = await this.query<DuplicateHeadRow & { size: number }>(
      `WITH scoped AS (
         SELECT h.* FROM household h
          WHERE ($1::uuid[] IS NULL OR h."projectId" = ANY($1::uuid[]))
            AND ($2::varchar IS NULL OR h."projectId" = (SELECT id FROM project WHERE code = $2::varchar))),
       heads AS (
         SELECT "projectId", "headIdNumberHash", count(*)::int AS size FROM scoped
          GROUP BY "projectId", "headIdNumberHash" HAVING count(*) > 1)
       SELECT h.id, h.code, p.code AS "projectCode", h.village, h."headName", h."headIdNumberHash",
              h."headIdNumberEncrypted", h."duplicateHeadReason", c.id AS "caseId", c.status AS "caseStatus", d.size
         FROM scoped h
         JOIN heads d ON d."projectId" = h."projectId" AND d."headIdNumberHash" = h."headIdNumberHash"
         JOIN project p ON p.id = h."projectId"
         LEFT JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id
        ORDER BY p.code, d.size DESC, h."headIdNumberHash", h.code`,
      [scope, projectCode ?? null],
    );
    const clusters: DuplicateHeadCluster[] = [];
    let current: DuplicateHeadCluster | undefined;
    let currentKey = '';
    for (const { size: _size, ...row } of rows) {
      const key = `${row.projectCode}\u0000${row.headIdNumberHash}`;
      if (!current || key !== currentKey) {
        current = { projectCode: row.projectCode, headIdNumber: decryptField(row.headIdNumberEncrypted), households: [] };
        currentKey = key;
        clusters.push(current);
      }
      current.households.push(row);
    }
    return clusters;
  }
}
