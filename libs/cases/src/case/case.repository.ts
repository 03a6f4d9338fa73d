import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { HANDED_OVER_STATUSES, SETTLED_STATUSES, type CaseStatus, type ResettlementStatus, type SubjectType } from '../domain/case-lifecycle.js';
import { CaseTransition } from './case-transition.entity.js';
import { CaseFile } from './case.entity.js';

/** Rows per INSERT of a history load: keeps each statement well under PostgreSQL's 65 535 bind parameters. */
const ROWS_PER_INSERT = 500;

/** A subject whose case is to be opened. */
export interface CaseOpening {
  subjectId: string;
  projectId: string;
  parcelId: string;
}

/** A checked status change and its history entry. */
export interface StatusChange {
  from: CaseStatus;
  to: CaseStatus;
  kind: CaseTransition['kind'];
  reason: string | null;
  actor: string;
}

/** Which cases a status change applies to: one case at the version read, or a subject kind's cases. */
export type CaseSelection = { caseId: string; version: number } | { subjectType: SubjectType; subjectIds: string[] };

/**
 * Database access for cases and their transition history. Every status a case takes is written
 * here together with its history row, in one statement with one clock: `clock_timestamp()` taken
 * once, the same instant on the case (`statusChangedAt`) and on its history row (`createdAt`). The
 * column default `now()` would be the transaction's start, so rows written late in a long
 * transaction would sort before earlier ones.
 */
@Injectable()
export class CaseRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get cases() {
    return this.connection.getRepository(CaseFile);
  }

  private get transitions() {
    return this.connection.getRepository(CaseTransition);
  }

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.manager.query(sql, params);
  }

  findById(id: string): Promise<CaseFile | null> {
    return this.cases.findOneBy({ id });
  }

  findBySubject(subjectType: SubjectType, subjectId: string): Promise<CaseFile | null> {
    return this.cases.findOneBy({ subjectType, subjectId });
  }

  findBySubjects(subjectType: SubjectType, subjectIds: string[]): Promise<CaseFile[]> {
    return subjectIds.length ? this.cases.findBy({ subjectType, subjectId: In(subjectIds) }) : Promise.resolve([]);
  }

  /**
   * Opens the case of each subject in `status` with its opening history entry, in one statement.
   * A subject that already has a case keeps it (the unique subject index decides). Returns the opened cases' ids.
   */
  async open(subjectType: SubjectType, subjects: CaseOpening[], status: CaseStatus, entry: { reason: string; actor: string }): Promise<Array<{ id: string; subjectId: string }>> {
    if (!subjects.length) return [];
    return this.query(
      `WITH clock AS (SELECT clock_timestamp() AS at),
       opened AS (
         INSERT INTO case_file ("subjectType", "subjectId", "projectId", "parcelId", status, "resettlementStatus",
                                "statusChangedAt", "createdAt", "updatedAt", version)
         SELECT $1, n."subjectId", n."projectId", n."parcelId", $5, 'none', clock.at, clock.at, clock.at, 1
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS n("subjectId", "projectId", "parcelId"), clock
         ON CONFLICT ("subjectType", "subjectId") DO NOTHING
         RETURNING id, "subjectId", "statusChangedAt"),
       entries AS (
         INSERT INTO case_transition ("caseId", "fromStatus", "toStatus", kind, reason, actor, "createdAt")
         SELECT id, NULL, $5, 'open', $6, $7, "statusChangedAt" FROM opened)
       SELECT id, "subjectId" FROM opened`,
      [subjectType, subjects.map((s) => s.subjectId), subjects.map((s) => s.projectId), subjects.map((s) => s.parcelId), status, entry.reason, entry.actor],
    );
  }

  /**
   * Applies a checked status change to the selected cases still in `change.from`, each with its
   * history entry, in one statement. Returns the ids of the cases changed (a case another writer
   * changed meanwhile is left alone).
   */
  async changeStatus(selection: CaseSelection, change: StatusChange): Promise<string[]> {
    const [where, params] =
      'caseId' in selection
        ? ['c.id = $6 AND c.version = $7', [selection.caseId, selection.version]]
        : ['c."subjectType" = $6 AND c."subjectId" = ANY($7::uuid[])', [selection.subjectType, selection.subjectIds]];
    if ('subjectIds' in selection && !selection.subjectIds.length) return [];
    const rows = await this.query<{ id: string }>(
      `WITH clock AS (SELECT clock_timestamp() AS at),
       changed AS (
         UPDATE case_file c SET status = $2, "statusChangedAt" = clock.at, "updatedAt" = clock.at, version = c.version + 1
           FROM clock
          WHERE c.status = $1 AND ${where}
         RETURNING c.id, clock.at),
       entries AS (
         INSERT INTO case_transition ("caseId", "fromStatus", "toStatus", kind, reason, actor, "createdAt")
         SELECT id, $1, $2, $3, $4, $5, at FROM changed)
       SELECT id FROM changed`,
      [change.from, change.to, change.kind, change.reason, change.actor, ...params],
    );
    return rows.map((r) => r.id);
  }

  /** Inserts cases with their whole history as given (ids and instants included), parents first. */
  async insertWithHistory(cases: ReadonlyArray<Partial<CaseFile>>, transitions: ReadonlyArray<Partial<CaseTransition>>): Promise<void> {
    for (const [entity, rows] of [
      [CaseFile, cases],
      [CaseTransition, transitions],
    ] as const) {
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        // Ids and timestamps are all given: skip RETURNING and reloading the inserted rows.
        await this.connection.manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + ROWS_PER_INSERT)).updateEntity(false).execute();
      }
    }
  }

  /** Per parcel (every one given, zero when it has none), its cases not yet settled and those handed over with it. */
  async countOnParcels(parcelIds: string[]): Promise<Map<string, { unsettled: number; handedOver: number }>> {
    const counts = new Map(parcelIds.map((id) => [id, { unsettled: 0, handedOver: 0 }]));
    if (!parcelIds.length) return counts;
    const rows = await this.cases
      .createQueryBuilder('c')
      .select('c.parcelId', 'parcelId')
      .addSelect(`COUNT(*) FILTER (WHERE NOT c.status = ANY(:settled))`, 'unsettled')
      .addSelect(`COUNT(*) FILTER (WHERE c.status = ANY(:handedOver))`, 'handedOver')
      .where('c.parcelId IN (:...parcelIds)', { parcelIds, settled: SETTLED_STATUSES, handedOver: HANDED_OVER_STATUSES })
      .groupBy('c.parcelId')
      .getRawMany<{ parcelId: string; unsettled: string; handedOver: string }>();
    for (const row of rows) counts.set(row.parcelId, { unsettled: Number(row.unsettled), handedOver: Number(row.handedOver) });
    return counts;
  }

  /** Mirrors a household's resettlement track (kept by libs/resettlement) on its case, for lists and exports. */
  async setResettlementStatus(ids: readonly string[], status: ResettlementStatus): Promise<void> {
    if (!ids.length) return;
    await this.query(
      `UPDATE case_file SET "resettlementStatus" = $2, version = version + 1, "updatedAt" = clock_timestamp() WHERE id = ANY($1::uuid[]) AND "resettlementStatus" <> $2`,
      [ids, status],
    );
  }

  /** Keeps a case on the same parcel as its subject. */
  async moveToParcel(id: string, parcelId: string): Promise<void> {
    await this.cases.update({ id }, { parcelId });
  }

  /** Keeps the cases of subjects that moved on their subjects' parcels, in one statement. */
  async followParcels(subjectType: SubjectType, moves: Array<{ subjectId: string; parcelId: string }>): Promise<void> {
    if (!moves.length) return;
    await this.query(
      `UPDATE case_file c SET "parcelId" = m."parcelId", version = c.version + 1, "updatedAt" = clock_timestamp()
         FROM unnest($2::uuid[], $3::uuid[]) AS m("subjectId", "parcelId")
        WHERE c."subjectType" = $1 AND c."subjectId" = m."subjectId" AND c."parcelId" <> m."parcelId"`,
      [subjectType, moves.map((m) => m.subjectId), moves.map((m) => m.parcelId)],
    );
  }

  history(caseId: string): Promise<CaseTransition[]> {
    return this.transitions.find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
