import { Injectable } from '@nestjs/common';
import { In, type QueryDeepPartialEntity } from 'typeorm';
import { skipTake, TransactionalConnection, type Page, type Role } from '@app/platform';
import { UserProject } from './user-project.entity.js';
import { User } from './user.entity.js';

export interface UserListFilter {
  page: number;
  pageSize: number;
  /** Part of the username or display name. */
  q?: string;
  role?: Role;
  disabled?: boolean;
}

/** Database access for users and their project assignments. */
@Injectable()
export class UserRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(User);
  }

  findByUsername(username: string): Promise<User | null> {
    return this.repo.findOne({ where: { username: username.toLowerCase() }, relations: { projects: true } });
  }

  findById(id: string): Promise<User | null> {
    return this.repo.findOne({ where: { id }, relations: { projects: true } });
  }

  save(user: Partial<User>): Promise<User> {
    return this.repo.save(this.repo.create(user));
  }

  /** Notes a login; not an edit of the account, so the optimistic-lock version stays. */
  async recordLogin(id: string): Promise<void> {
    await this.repo.update({ id }, { lastLoginAt: new Date(), version: () => 'version' });
  }

  async setPassword(id: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
    await this.repo.update({ id }, { passwordHash, mustChangePassword, passwordChangedAt: new Date() });
  }

  /** Ids of the enabled users holding `role`. */
  async activeIdsWithRole(role: Role): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.repo.createQueryBuilder('u').select('u.id', 'id').where(':role = ANY(u.roles) AND NOT u.disabled', { role }).getRawMany();
    return rows.map((r) => r.id);
  }

  count(): Promise<number> {
    return this.repo.count();
  }

  /** Users matching `filter`, by username, with their project assignments. */
  async list(filter: UserListFilter): Promise<Page<User>> {
    const qb = this.repo.createQueryBuilder('u').leftJoinAndSelect('u.projects', 'p').orderBy('u.username', 'ASC');
    if (filter.q) qb.andWhere('(u.username ILIKE :q OR u.displayName ILIKE :q)', { q: `%${filter.q.replace(/[\\%_]/g, '\\$&')}%` });
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.disabled !== undefined) qb.andWhere('u.disabled = :disabled', { disabled: filter.disabled });
    const { skip, take } = skipTake(filter);
    const [items, total] = await qb.skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  /** Inserts a new user with its project assignments (two statements: call it inside the caller's transaction). */
  async insert(user: Partial<User>, projectIds: readonly string[] = []): Promise<User> {
    const saved = await this.repo.save(this.repo.create(user));
    await this.addProjects(saved.id, projectIds);
    return saved;
  }

  /**
   * Ids of the enabled admins, row-locked until the transaction ends, so two admins demoting or
   * disabling each other at the same moment cannot leave the system without one.
   */
  async lockActiveAdmins(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.connection.manager.query(
      `SELECT id FROM app_user WHERE 'admin' = ANY(roles) AND NOT disabled ORDER BY id FOR UPDATE`,
    );
    return rows.map((r) => r.id);
  }

  /** Applies `changes` only if the user is still at `expectedVersion`, bumping it. False when someone else changed it first. */
  async updateVersioned(id: string, expectedVersion: number, changes: QueryDeepPartialEntity<User>): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(User)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    return result.affected === 1;
  }

  /** Changes fields and bumps the version, whatever it is (admin actions that carry no version). */
  async update(id: string, changes: QueryDeepPartialEntity<User>): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(User)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /** Replaces the user's project assignments. */
  async setProjects(userId: string, projectIds: readonly string[], currentIds: readonly string[]): Promise<void> {
    const removed = currentIds.filter((id) => !projectIds.includes(id));
    if (removed.length) await this.assignments.delete({ userId, projectId: In(removed) });
    await this.addProjects(
      userId,
      projectIds.filter((id) => !currentIds.includes(id)),
    );
  }

  private get assignments() {
    return this.connection.getRepository(UserProject);
  }

  private async addProjects(userId: string, projectIds: readonly string[]): Promise<void> {
    if (projectIds.length) await this.assignments.insert(projectIds.map((projectId) => ({ userId, projectId })));
  }
}
