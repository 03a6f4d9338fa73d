import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import type { CaseStatus, SubjectType } from '../domain/case-lifecycle.js';
import { CaseTransition } from './case-transition.entity.js';
import { CaseFile } from './case.entity.js';

/** Database access for cases and their transition history. */
@Injectable()
export class CaseRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get cases() {
    return this.connection.getRepository(CaseFile);
  }

  private get transitions() {
    return this.connection.getRepository(CaseTransition);
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

  async insert(data: Pick<CaseFile, 'subjectType' | 'subjectId' | 'projectId' | 'parcelId' | 'status'>): Promise<CaseFile> {
    return this.cases.save(this.cases.create({ ...data, resettlementStatus: 'none', statusChangedAt: new Date() }));
  }

  /**
   * Moves a case to `to` only if it is still at `expectedVersion` (optimistic lock).
   * Returns the updated case, or null when someone else changed it first.
   */
  async updateStatus(id: string, expectedVersion: number, to: CaseStatus): Promise<CaseFile | null> {
    const result = await this.connection.manager
      .createQueryBuilder()
      .update(CaseFile)
      .set({ status: to, statusChangedAt: () => 'clock_timestamp()', version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    if (!result.affected) return null;
    return this.findById(id);
  }

  /** Per parcel (every one given, zero when it has none), its cases not yet settled and those handed over with it. */
  async countOnParcels(parcelIds: string[]): Promise<Map<string, { unsettled: number; handedOver: number }>> {
    const counts = new Map(parcelIds.map((id) => [id, { unsettled: 0, handedOver: 0 }]));
    if (!parcelIds.length) return counts;
    const rows = await this.cases
      .createQueryBuilder('c')
      .select('c.parcelId', 'parcelId')
      .addSelect(`COUNT(*) FILTER (WHERE c.status NOT IN ('settled', 'handed_over'))`, 'unsettled')
      .addSelect(`COUNT(*) FILTER (WHERE c.status = 'handed_over')`, 'handedOver')
      .where('c.parcelId IN (:...parcelIds)', { parcelIds })
      .groupBy('c.parcelId')
      .getRawMany<{ parcelId: string; unsettled: string; handedOver: string }>();
    for (const row of rows) counts.set(row.parcelId, { unsettled: Number(row.unsettled), handedOver: Number(row.handedOver) });
    return counts;
  }

  /** Keeps a case on the same parcel as its subject. */
  async moveToParcel(id: string, parcelId: string): Promise<void> {
    await this.cases.update({ id }, { parcelId });
  }

  /**
   * Appends a history entry stamped with `clock_timestamp()`: the column default `now()` is the
   * transaction's start, so entries written in one transaction (or late in a long one) would sort
   * out of order.
   */
  async addTransition(entry: Pick<CaseTransition, 'caseId' | 'fromStatus' | 'toStatus' | 'kind' | 'reason' | 'actor'>): Promise<void> {
    await this.transitions.createQueryBuilder().insert().values({ ...entry, createdAt: () => 'clock_timestamp()' }).execute();
  }

  history(caseId: string): Promise<CaseTransition[]> {
    return this.transitions.find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
