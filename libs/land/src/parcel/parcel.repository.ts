import { Injectable } from '@nestjs/common';
import { In, type QueryDeepPartialEntity } from 'typeorm';
import { skipTake, TransactionalConnection, type Page } from '@app/platform';
import { Parcel } from './parcel.entity.js';

/** Database access for parcels. */
@Injectable()
export class ParcelRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(Parcel);
  }

  findByCode(projectId: string, code: string): Promise<Parcel | null> {
    return this.repo.findOneBy({ projectId, code });
  }

  findById(id: string): Promise<Parcel | null> {
    return this.repo.findOneBy({ id });
  }

  findByIds(ids: string[]): Promise<Parcel[]> {
    return ids.length ? this.repo.findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  async listByProject(projectId: string, query: { page: number; pageSize: number; status?: string }): Promise<Page<Parcel>> {
    const { skip, take } = skipTake(query);
    const [items, total] = await this.repo.findAndCount({
      where: { projectId, ...(query.status ? { status: query.status as Parcel['status'] } : {}) },
      order: { code: 'ASC' },
      skip,
      take,
    });
    return { items, total };
  }

  listAllOfProject(projectId: string): Promise<Parcel[]> {
    return this.repo.find({ where: { projectId }, order: { code: 'ASC' } });
  }

  /**
   * Applies `changes` only if the parcel is still at `expectedVersion`, bumping the version
   * (TypeORM adds `version + 1` and `updatedAt`). False when someone else changed it first.
   */
  async updateVersioned(id: string, expectedVersion: number, changes: QueryDeepPartialEntity<Parcel>): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(Parcel)
      .set(changes)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    return result.affected === 1;
  }

  save(parcel: Partial<Parcel>): Promise<Parcel> {
    return this.repo.save(this.repo.create(parcel));
  }
}
