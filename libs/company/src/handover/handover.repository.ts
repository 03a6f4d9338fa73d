import { Injectable } from '@nestjs/common';
import { SETTLED_STATUSES, type CaseStatus, type SubjectType } from '@app/cases';
import { TransactionalConnection } from '@app/platform';
import { joinSubjectLabel } from '@app/subjects';
import { HandoverExclusion, HandoverRecord } from './handover.entity.js';

/** A case on a parcel with its subject and exclusion, as the readiness check reads it. */
export interface ParcelCaseRow {
  caseId: string;
  status: CaseStatus;
  subjectType: SubjectType;
  subjectCode: string;
  party: string;
  excludedReason: string | null;
}

/** Database access for handover records and exclusions (cases and subjects are only read, through the subjects' label view). */
@Injectable()
export class HandoverRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get records() {
    return this.connection.getRepository(HandoverRecord);
  }

  private get exclusions() {
    return this.connection.getRepository(HandoverExclusion);
  }

  insert(row: Omit<HandoverRecord, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'project' | 'parcel'>): Promise<HandoverRecord> {
    return this.records.save(this.records.create(row));
  }

  /** Records as given (ids and instants kept): the demo seed's accepted and waiting 移交单. */
  async insertLoaded(rows: ReadonlyArray<Omit<HandoverRecord, 'version' | 'updatedAt' | 'project' | 'parcel' | 'returnReason'>>): Promise<void> {
    if (!rows.length) return;
    await this.records.insert(rows.map((r) => ({ ...r, version: 1, updatedAt: r.answeredAt ?? r.createdAt, returnReason: null })));
  }

  findById(id: string): Promise<HandoverRecord | null> {
    return this.records.findOne({ where: { id }, relations: { parcel: true, project: true } });
  }

  /** The record locked for its answer. */
  findForUpdate(id: string): Promise<HandoverRecord | null> {
    return this.records.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Updates an answered record if it is still at `version`; false when someone else answered first. */
  async answer(id: string, version: number, changes: Pick<HandoverRecord, 'status' | 'answeredBy' | 'answeredAt' | 'returnReason'>): Promise<boolean> {
    const result = await this.records
      .createQueryBuilder()
      .update(HandoverRecord)
      .set(changes)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  async listByProject(projectId: string, skip: number, take: number): Promise<{ items: HandoverRecord[]; total: number }> {
    const [items, total] = await this.records.findAndCount({
      where: { projectId },
      relations: { parcel: true, project: true },
      order: { handedOverOn: 'DESC', createdAt: 'DESC' },
      skip,
      take,
    });
    return { items, total };
  }

  /** The record of a parcel waiting for the company, if any. */
  findSubmitted(parcelId: string): Promise<HandoverRecord | null> {
    return this.records.findOneBy({ parcelId, status: 'submitted' });
  }

  /** Records waiting for the company in a project, by parcel id. */
  async submittedByParcel(projectId: string): Promise<Map<string, string>> {
    const rows = await this.records.find({ where: { projectId, status: 'submitted' }, select: { id: true, parcelId: true } });
    return new Map(rows.map((r) => [r.parcelId, r.id]));
  }

  /** The cases on a parcel with their subjects and exclusions, by subject code. */
  parcelCases(parcelId: string): Promise<ParcelCaseRow[]> {
    return this.connection.manager.query(
      `SELECT c.id AS "caseId", c.status, s."subjectType", s.code AS "subjectCode", s.party, e.reason AS "excludedReason"
         FROM case_file c ${joinSubjectLabel('s', 'c')}
         LEFT JOIN handover_exclusion e ON e."caseId" = c.id
        WHERE c."parcelId" = $1
        ORDER BY s.code, c.id`,
      [parcelId],
    );
  }

  /** Per parcel of a project: how many cases block its handover (not settled, not excluded). */
  async blockerCounts(projectId: string): Promise<Map<string, number>> {
    const rows = await this.connection.manager.query<Array<{ parcelId: string; blockers: number }>>(
      `SELECT c."parcelId", count(*) FILTER (WHERE NOT c.status = ANY($2) AND e.id IS NULL)::int AS blockers
         FROM case_file c LEFT JOIN handover_exclusion e ON e."caseId" = c.id
        WHERE c."projectId" = $1
        GROUP BY c."parcelId"`,
      [projectId, SETTLED_STATUSES],
    );
    return new Map(rows.map((r) => [r.parcelId, r.blockers]));
  }

  findExclusion(caseId: string): Promise<HandoverExclusion | null> {
    return this.exclusions.findOneBy({ caseId });
  }

  insertExclusion(row: Omit<HandoverExclusion, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<HandoverExclusion> {
    return this.exclusions.save(this.exclusions.create(row));
  }

  /** 移交单 submitted and not yet answered by the company, in these projects (null: all), with their parcel and project codes (the company's 待办). */
  async waitingForCompany(projectIds: readonly string[] | null): Promise<Array<{ id: string; projectId: string; projectCode: string; parcelCode: string; area: string; since: string }>> {
    const rows: Array<{ id: string; projectId: string; projectCode: string; parcelCode: string; area: string; since: string }> = await this.connection.manager.query(
      `SELECT h.id, h."projectId", p.code AS "projectCode", pa.code AS "parcelCode", h.area::text AS area,
              to_char(h."createdAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS since
         FROM handover h JOIN project p ON p.id = h."projectId" JOIN parcel pa ON pa.id = h."parcelId"
        WHERE h.status = 'submitted' AND ($1::uuid[] IS NULL OR h."projectId" = ANY($1))
        ORDER BY h."createdAt", h.id`,
      [projectIds],
    );
    return rows;
  }
}
