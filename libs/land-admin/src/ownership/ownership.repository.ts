import { Injectable } from '@nestjs/common';
import { In, type QueryDeepPartialEntity, type SelectQueryBuilder } from 'typeorm';
import { skipTake, TransactionalConnection, type Page } from '@app/platform';
import type { LandUse, OwnerKind, SurveyStatus } from './domain/ownership-rules.js';
import { LandOwnership } from './ownership.entity.js';

export interface OwnershipFilters {
  village?: string;
  owner?: OwnerKind;
  status?: SurveyStatus;
  use?: LandUse;
  /** Part of the 登记编号, 所有权人 or 证书编号. */
  q?: string;
}

/** The reader's scope: null for every record, else their projects' ids (and so those projects' villages). */
export type OwnershipScope = string[] | null;

export interface OwnershipTotalRow {
  ownerKind: OwnerKind;
  landUse: LandUse;
  count: number;
  area: string;
}

/** Database access for ownership records (land_ownership). */
@Injectable()
export class OwnershipRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(LandOwnership);
  }

  /**
   * Records `scope` may see: on its projects' parcels, or on land of no project in those projects' villages.
   * The villages are read from the parcels (a read of land's table; land's rows are never written here).
   */
  private scoped(qb: SelectQueryBuilder<LandOwnership>, scope: OwnershipScope): SelectQueryBuilder<LandOwnership> {
    if (scope === null) return qb;
    return qb.andWhere(
      `(o."projectId" = ANY(:scope::uuid[]) OR (o."projectId" IS NULL AND o.village IN (SELECT p.village FROM parcel p WHERE p."projectId" = ANY(:scope::uuid[]))))`,
      { scope },
    );
  }

  private filtered(filters: OwnershipFilters, scope: OwnershipScope): SelectQueryBuilder<LandOwnership> {
    const qb = this.scoped(this.repo.createQueryBuilder('o'), scope);
    if (filters.village) qb.andWhere('o.village = :village', { village: filters.village });
    if (filters.owner) qb.andWhere('o."ownerKind" = :owner', { owner: filters.owner });
    if (filters.status) qb.andWhere('o."surveyStatus" = :status', { status: filters.status });
    if (filters.use) qb.andWhere('o."landUse" = :use', { use: filters.use });
    if (filters.q) {
      const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(o.code ILIKE :like OR o."ownerName" ILIKE :like OR o."certificateNo" ILIKE :like)', { like });
    }
    return qb;
  }

  /** A page of records (village, then 登记编号), with their parcels. */
  async page(filters: OwnershipFilters, scope: OwnershipScope, paging: { page: number; pageSize: number }): Promise<Page<LandOwnership>> {
    const { skip, take } = skipTake(paging);
    const [items, total] = await this.filtered(filters, scope)
      .leftJoinAndSelect('o.parcel', 'parcel')
      .leftJoinAndSelect('parcel.project', 'project')
      .orderBy('o.village', 'ASC')
      .addOrderBy('o.code', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, total };
  }

  /** Counts and area (exact) of the filtered records, by owner kind and use. */
  async totals(filters: OwnershipFilters, scope: OwnershipScope): Promise<OwnershipTotalRow[]> {
    const rows = await this.filtered(filters, scope)
      .select('o."ownerKind"', 'ownerKind')
      .addSelect('o."landUse"', 'landUse')
      .addSelect('count(*)::int', 'count')
      .addSelect('sum(o.area)::text', 'area')
      .groupBy('o."ownerKind"')
      .addGroupBy('o."landUse"')
      .getRawMany<OwnershipTotalRow>();
    return rows;
  }

  /** Whether `scope` sees the record. */
  async visibleTo(id: string, scope: OwnershipScope): Promise<boolean> {
    return (await this.scoped(this.repo.createQueryBuilder('o'), scope).andWhere('o.id = :id', { id }).getCount()) === 1;
  }

  /** Whether `scope`'s projects have parcels in `village`. */
  async villageInScope(village: string, scope: string[]): Promise<boolean> {
    const rows: unknown[] = await this.connection.manager.query(
      'SELECT 1 FROM parcel WHERE "projectId" = ANY($1::uuid[]) AND village = $2 LIMIT 1',
      [scope, village],
    );
    return rows.length > 0;
  }

  /** The villages of `scope`'s projects' parcels (every parcel's village for null), by name. */
  async villages(scope: OwnershipScope): Promise<string[]> {
    const rows: Array<{ village: string }> = await this.connection.manager.query(
      `SELECT village FROM parcel WHERE $1::uuid[] IS NULL OR "projectId" = ANY($1::uuid[])
        UNION SELECT village FROM land_ownership WHERE $1::uuid[] IS NULL
        ORDER BY village`,
      [scope],
    );
    return rows.map((r) => r.village);
  }

  findById(id: string): Promise<LandOwnership | null> {
    return this.repo.findOne({ where: { id }, relations: { parcel: { project: true } } });
  }

  findByIds(ids: string[]): Promise<LandOwnership[]> {
    return ids.length
      ? this.repo.find({ where: { id: In(ids) }, relations: { parcel: { project: true } }, order: { village: 'ASC', code: 'ASC' } })
      : Promise.resolve([]);
  }

  /**
   * Locks the records (in id order, so two writers never wait on each other crosswise) until the transaction ends:
   * two plans taking the same land at once then run one after the other, and the second sees the first's items.
   */
  async lockByIds(ids: string[]): Promise<void> {
    if (ids.length) await this.connection.manager.query('SELECT id FROM land_ownership WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
  }

  findByCode(code: string): Promise<LandOwnership | null> {
    return this.repo.findOneBy({ code });
  }

  findByCertificate(certificateNo: string): Promise<LandOwnership | null> {
    return this.repo.findOneBy({ certificateNo });
  }

  save(record: Partial<LandOwnership>): Promise<LandOwnership> {
    return this.repo.save(this.repo.create(record));
  }

  /** Applies `changes` if the record is still at `expectedVersion` (bumping it); false when someone else changed it first. */
  async updateVersioned(id: string, expectedVersion: number, changes: QueryDeepPartialEntity<LandOwnership>): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(LandOwnership)
      .set(changes)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    return result.affected === 1;
  }

  async deleteVersioned(id: string, expectedVersion: number): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .delete()
      .from(LandOwnership)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    return result.affected === 1;
  }

  /** Puts `ids` under the plan's target owner and use (a done 归并方案), bumping each version. */
  async consolidate(ids: string[], target: { ownerKind: OwnerKind; ownerName: string; landUse: LandUse }): Promise<void> {
    if (!ids.length) return;
    await this.repo
      .createQueryBuilder()
      .update(LandOwnership)
      .set({ ownerKind: target.ownerKind, ownerName: target.ownerName, landUse: target.landUse })
      .where('id IN (:...ids)', { ids })
      .execute();
  }
}
