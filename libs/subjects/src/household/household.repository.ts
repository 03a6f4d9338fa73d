import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { looksLikeIdNumber, normalizeIdNumber } from '../domain/id-number.js';
import { SubjectRepository, type SubjectPageQuery } from '../shared/subject.repository.js';
import { HouseholdMember } from './household-member.entity.js';
import { Household } from './household.entity.js';

export type HouseholdPageQuery = SubjectPageQuery & { village?: string };
export type MemberInput = Pick<HouseholdMember, 'name' | 'idNumber' | 'relation'>;

/** Database access for households and their members. */
@Injectable()
export class HouseholdRepository extends SubjectRepository<Household> {
  constructor(connection: TransactionalConnection) {
    super(connection, Household, 'household', {
      code: 's.code',
      headName: 's.headName',
      surveyedOn: 's.surveyedOn',
      updatedAt: 's.updatedAt',
    });
  }

  private get members() {
    return this.connection.getRepository(HouseholdMember);
  }

  /** An ID number finds its head of household exactly (index); other text matches a code prefix or part of the head's name. */
  protected applySearch(qb: SelectQueryBuilder<Household>, q: string): void {
    if (looksLikeIdNumber(q)) {
      qb.andWhere('s.headIdNumber = :idNumber', { idNumber: normalizeIdNumber(q) });
      return;
    }
    this.matchCodeOrText(qb, q, ['s.headName']);
  }

  protected override applyFilters(qb: SelectQueryBuilder<Household>, query: HouseholdPageQuery): void {
    if (query.village) qb.andWhere('s.village = :village', { village: query.village });
  }

  /** Members in the order they were entered. */
  findMembers(householdId: string): Promise<HouseholdMember[]> {
    return this.members.find({ where: { householdId }, order: { position: 'ASC', id: 'ASC' } });
  }

  countMembers(householdId: string): Promise<number> {
    return this.members.countBy({ householdId });
  }

  /** Replaces the member list with `members`, keeping their order. */
  async replaceMembers(householdId: string, members: MemberInput[]): Promise<void> {
    await this.members.delete({ householdId });
    if (!members.length) return;
    await this.members.insert(members.map((m, position) => ({ householdId, name: m.name, idNumber: m.idNumber, relation: m.relation, position })));
  }
}
