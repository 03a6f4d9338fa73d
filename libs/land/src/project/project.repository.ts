import { Injectable } from '@nestjs/common';
import { In, type QueryDeepPartialEntity } from 'typeorm';
import { entityRowReader, skipTake, TransactionalConnection, type Page, type ProjectRef } from '@app/platform';
import { Project } from './project.entity.js';

/** Database access for projects. */
@Injectable()
export class ProjectRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(Project);
  }

  /**
   * The project with `code`: the read nearly every project screen's request starts with (a picker, a statement, the
   * transitional stock of one project), so a prepared statement read by a plain reader, not a query builder and entity
   * hydration each time (see TransactionalConnection.queryPrepared).
   */
  async findByCode(code: string): Promise<Project | null> {
    const [row] = await this.connection.queryPrepared<Record<string, unknown>>('SELECT * FROM project WHERE code = $1', [code]);
    this.readRow ??= entityRowReader<Project>(this.connection.dataSource.getMetadata(Project));
    return row ? this.readRow(row) : null;
  }

  private readRow: ((row: Record<string, unknown>) => Project) | undefined;

  findByIds(ids: string[]): Promise<Project[]> {
    return ids.length ? this.repo.findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** Id and code of the projects with these codes (unknown codes are missing from the answer). */
  findRefsByCodes(codes: readonly string[]): Promise<ProjectRef[]> {
    return codes.length ? this.repo.find({ select: { id: true, code: true }, where: { code: In([...codes]) } }) : Promise.resolve([]);
  }

  /** Id and code of the projects with these ids (unknown ids are missing from the answer). */
  findRefsByIds(ids: readonly string[]): Promise<ProjectRef[]> {
    return ids.length ? this.repo.find({ select: { id: true, code: true }, where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  /** Lists projects; `onlyIds` (when not null) limits the list to those projects. */
  async list(query: { page: number; pageSize: number; q?: string; status?: string }, onlyIds: string[] | null = null): Promise<Page<Project>> {
    const qb = this.repo.createQueryBuilder('p').orderBy('p.code', 'ASC');
    if (onlyIds) qb.andWhere(onlyIds.length ? 'p.id IN (:...onlyIds)' : 'FALSE', { onlyIds });
    if (query.q) qb.andWhere('(p.code ILIKE :q OR p.name ILIKE :q)', { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    const { skip, take } = skipTake(query);
    const [items, total] = await qb.skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  /**
   * Applies `changes` only if the project is still at `expectedVersion`, bumping the version
   * (TypeORM adds `version + 1` and `updatedAt`). False when someone else changed it first.
   */
  async updateVersioned(id: string, expectedVersion: number, changes: QueryDeepPartialEntity<Project>): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(Project)
      .set(changes)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    return result.affected === 1;
  }

  findById(id: string): Promise<Project | null> {
    return this.repo.findOneBy({ id });
  }

  save(project: Partial<Project>): Promise<Project> {
    return this.repo.save(this.repo.create(project));
  }

  count(): Promise<number> {
    return this.repo.count();
  }
}
