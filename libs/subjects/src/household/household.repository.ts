import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { entityRowReader, TransactionalConnection } from '@app/platform';
import { SubjectRepository, type SubjectPageQuery, type SubjectRecord } from '../shared/subject.repository.js';
import { HouseholdMember } from './household-member.entity.js';
import { householdSearchHashes, idNumberHash, personalNumberSearch } from './household-search-hashes.js';
import { Household } from './household.entity.js';

export type HouseholdPageQuery = SubjectPageQuery & { village?: string; resettledFrom?: string; resettledTo?: string };
export type MemberInput = Pick<HouseholdMember, 'name' | 'idNumber' | 'relation' | 'recognitionBasis' | 'recognitionEvidence'>;

/**
 * Database access for households and their members. 身份证号 and phones are encrypted by their
 * column transformer; this repository writes their search hashes beside them and searches by those.
 */
@Injectable()
export class HouseholdRepository extends SubjectRepository<Household> {
  constructor(connection: TransactionalConnection) {
    super(connection, Household, 'household', {
      code: 's.code',
      headName: 's.headName',
      surveyedOn: 's.surveyedOn',
      updatedAt: 's.updatedAt',
    }, ['s.surveyedOn']);
  }

  private get members() {
    return this.connection.getRepository(HouseholdMember);
  }

  /**
   * A full 身份证号 finds the household whose head or member holds it, a full phone number the
   * household with that phone (both exactly, through their hash indexes); other text matches a
   * code prefix or part of the head's name.
   */
  /** A name fragment (or code prefix); not for an ID or phone number, which `applySearch` finds by its hash. */
  protected textColumnsFor(q: string): string[] | null {
    return personalNumberSearch(q) ? null : ['s.headName'];
  }

  protected override applySearch(qb: SelectQueryBuilder<Household>, q: string): void {
    const personal = personalNumberSearch(q);
    if (personal?.field === 'idNumber') {
      qb.andWhere(
        '(s.headIdNumberHash = :idHash OR s.id IN (SELECT sm."householdId" FROM household_member sm WHERE sm."idNumberHash" = :idHash))',
        { idHash: personal.hash },
      );
      return;
    }
    if (personal?.field === 'phone') {
      qb.andWhere('(s.phoneHash = :phoneHash OR s.code ILIKE :codePrefix)', { phoneHash: personal.hash, codePrefix: `${q}%` });
      return;
    }
    super.applySearch(qb, q);
  }

  /** Nor with resettlement dates: how many households a range holds (none to all) decides the plan of the drill-down. */
  protected override preparable(query: HouseholdPageQuery): boolean {
    return super.preparable(query) && !query.resettledFrom && !query.resettledTo;
  }

  protected override applyFilters(qb: SelectQueryBuilder<Household>, query: HouseholdPageQuery): void {
    if (query.village) qb.andWhere('s.village = :village', { village: query.village });
    // 住房问题解决 within dates: the date the resettlement library keeps on the household's track (read here, never
    // written), so the leadership figures' drill-down lists exactly the households they count.
    if (query.resettledFrom || query.resettledTo) {
      qb.andWhere(
        `s.id IN (SELECT rc."subjectId" FROM resettlement_track rt JOIN case_file rc ON rc.id = rt."caseId"
                   WHERE rc."subjectType" = 'household' AND rt.track = 'resettled'
                     AND rt."resettledOn" >= COALESCE(CAST(:resettledFrom AS date), '-infinity'::date)
                     AND rt."resettledOn" <= COALESCE(CAST(:resettledTo AS date), 'infinity'::date))`,
        { resettledFrom: query.resettledFrom ?? null, resettledTo: query.resettledTo ?? null },
      );
    }
  }

  /** A list row's members (in entry order) come with it, as JSON rows of their table. */
  protected override listColumns(): string {
    return `, (SELECT COALESCE(json_agg(m ORDER BY m.position, m.id), '[]'::json) FROM household_member m WHERE m."householdId" = s.id) AS "__members"`;
  }

  private readMember: ((row: Record<string, unknown>) => HouseholdMember) | undefined;

  protected override listRecord(record: SubjectRecord<Household>, row: Record<string, unknown>): void {
    this.readMember ??= entityRowReader<HouseholdMember>(this.members.metadata);
    record.members = (row.__members as Array<Record<string, unknown>>).map(this.readMember);
  }

  protected override derivedColumns(values: Partial<Household>): Partial<Household> {
    return householdSearchHashes(values);
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
    await this.members.insert(
      members.map((m, position) => ({ ...m, householdId, idNumberHash: idNumberHash(m.idNumber), position })),
    );
  }
}
