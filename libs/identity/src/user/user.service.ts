import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { currentActor, isRole, noteChange, TransactionalConnection, type Page, type Role } from '@app/platform';
import { hashPassword } from '../auth/password-hasher.js';
import { checkPasswordPolicy } from '../domain/password-policy.js';
import { generateTemporaryPassword } from '../domain/temporary-password.js';
import { checkUsername, normalizeUsername } from '../domain/username.js';
import { LoginThrottleRepository } from '../login/login-throttle.repository.js';
import { SessionService } from '../session/session.service.js';
import { AssignedProjects, assignedProjectIds } from './assigned-projects.js';
import type { User } from './user.entity.js';
import { UserRepository, type UserListFilter } from './user.repository.js';
import type { UserRecord } from './user.view.js';

export const STALE_USER = '该记录已被他人修改，请刷新后重试';
const NOT_FOUND = '用户不存在';
const MASKED = '******';

export interface NewUser {
  username: string;
  displayName?: string;
  roles: string[];
  /** Project codes. */
  projects?: string[];
  /** Omitted: a temporary password is generated and returned once. */
  password?: string | null;
}

export interface UserChanges {
  displayName?: string | null;
  roles?: Role[] | null;
  projects?: string[] | null;
  version: number;
}

function badRequest(field: string, problems: string[]): BadRequestException {
  return new BadRequestException({ message: problems.join('；'), details: problems.map((message) => ({ field, message })) });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Account administration: create, change, disable, unlock and reset users, keeping at least one active admin. */
@Injectable()
export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly sessions: SessionService,
    private readonly connection: TransactionalConnection,
    private readonly projects: AssignedProjects,
  ) {}

  /** Users matching the filter, with their project codes and lock state. */
  async list(filter: UserListFilter): Promise<Page<UserRecord>> {
    const page = await this.users.list(filter);
    const locks = await this.throttle.findMany(page.items.map((u) => u.username));
    const lockedUntil = (username: string) => locks.find((l) => l.username === username)?.lockedUntil ?? null;
    const codes = await this.projects.codesOfEach(page.items);
    return {
      items: page.items.map((user) => ({ user, projects: codes.get(user.id) ?? [], lockedUntil: lockedUntil(user.username) })),
      total: page.total,
    };
  }

  /** One user, or 404. */
  async get(id: string): Promise<UserRecord> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundException(NOT_FOUND);
    return {
      user,
      projects: await this.projects.codesOf(user),
      lockedUntil: (await this.throttle.find(user.username))?.lockedUntil ?? null,
    };
  }

  /**
   * Creates an account that must change its password at first login. Without a password a
   * temporary one is generated and returned (the only time anyone sees it).
   */
  async create(input: NewUser): Promise<UserRecord & { temporaryPassword?: string }> {
    const username = normalizeUsername(input.username);
    const usernameProblem = checkUsername(username);
    if (usernameProblem) throw badRequest('username', [usernameProblem]);
    const roles = [...new Set(input.roles)];
    const badRoles = roles.filter((r) => !isRole(r));
    if (roles.length === 0 || badRoles.length)
      throw badRequest('roles', [roles.length ? `未知角色 ${badRoles.join('、')}` : '至少选择一个角色']);
    const temporaryPassword = input.password == null ? generateTemporaryPassword(username) : undefined;
    const password = input.password ?? temporaryPassword!;
    const problems = checkPasswordPolicy(password, username);
    if (problems.length) throw badRequest('password', problems);
    const passwordHash = await hashPassword(password);
    const displayName = input.displayName?.trim() || username;

    const user = await this.connection.transaction(async () => {
      if (await this.users.findByUsername(username)) throw new ConflictException(`用户名 ${username} 已存在`);
      const projects = await this.projects.resolve(input.projects ?? []);
      const saved = await this.users
        .insert(
          { username, displayName, passwordHash, roles: roles as Role[], mustChangePassword: true },
          projects.map((p) => p.id),
        )
        .catch((error: unknown) => {
          if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505')
            throw new ConflictException(`用户名 ${username} 已存在`);
          throw error;
        });
      noteChange({
        entityType: 'user',
        entityId: saved.id,
        after: { username, displayName, roles, projects: projects.map((p) => p.code).sort(), mustChangePassword: true, password: MASKED },
      });
      return saved;
    });
    return { ...(await this.get(user.id)), temporaryPassword };
  }

  /**
   * Changes the name, roles or projects (optimistic lock on `version`). New roles or projects end
   * the user's sessions, so they take effect on the user's very next request.
   */
  update(id: string, changes: UserChanges): Promise<UserRecord> {
    return this.connection.transaction(async () => {
      const current = await this.users.findById(id);
      if (!current) throw new NotFoundException(NOT_FOUND);
      if (current.version !== changes.version) throw new ConflictException(STALE_USER);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const columns: Partial<Pick<User, 'displayName' | 'roles'>> = {};
      if (changes.displayName != null && changes.displayName !== current.displayName) {
        before.displayName = current.displayName;
        after.displayName = columns.displayName = changes.displayName;
      }
      const rolesChanged = changes.roles != null && !sameSet(changes.roles, current.roles);
      if (rolesChanged) {
        if (current.roles.includes('admin') && !changes.roles!.includes('admin') && !current.disabled)
          await this.assertAnotherActiveAdmin(id, '不能取消最后一个启用的系统管理员的管理员角色');
        before.roles = current.roles;
        after.roles = columns.roles = changes.roles!;
      }
      const currentCodes = await this.projects.codesOf(current);
      const projectsChanged = changes.projects != null && !sameSet(changes.projects, currentCodes);
      const projects = projectsChanged ? await this.projects.resolve(changes.projects!) : undefined;
      if (!(await this.users.updateVersioned(id, changes.version, columns))) throw new ConflictException(STALE_USER);
      if (projects) {
        await this.users.setProjects(
          id,
          projects.map((p) => p.id),
          assignedProjectIds(current),
        );
        before.projects = currentCodes;
        after.projects = projects.map((p) => p.code).sort();
      }
      if (rolesChanged || projectsChanged) await this.sessions.endAllOf(id, rolesChanged ? 'roles_changed' : 'projects_changed');
      noteChange({ entityType: 'user', entityId: id, before, after });
      return this.get(id);
    });
  }

  /** Disables an account and ends its sessions; never the caller's own, never the last active admin. */
  disable(id: string, reason?: string): Promise<UserRecord> {
    return this.connection.transaction(async () => {
      const current = await this.users.findById(id);
      if (!current) throw new NotFoundException(NOT_FOUND);
      if (id === currentActor().userId) throw new ConflictException('不能停用自己的账号');
      if (current.disabled) return this.get(id);
      if (current.roles.includes('admin')) await this.assertAnotherActiveAdmin(id, '不能停用最后一个启用的系统管理员');
      await this.users.update(id, { disabled: true });
      await this.sessions.endAllOf(id, 'disabled');
      noteChange({
        entityType: 'user',
        entityId: id,
        before: { disabled: false },
        after: { disabled: true, ...(reason ? { reason } : {}) },
      });
      return this.get(id);
    });
  }

  /** Enables a disabled account. */
  enable(id: string): Promise<UserRecord> {
    return this.connection.transaction(async () => {
      const current = await this.users.findById(id);
      if (!current) throw new NotFoundException(NOT_FOUND);
      if (!current.disabled) return this.get(id);
      await this.users.update(id, { disabled: false });
      noteChange({ entityType: 'user', entityId: id, before: { disabled: true }, after: { disabled: false } });
      return this.get(id);
    });
  }

  /** Lifts a login lockout (clears the failure counter of the username). */
  unlock(id: string): Promise<UserRecord> {
    return this.connection.transaction(async () => {
      const { user, lockedUntil } = await this.get(id);
      await this.throttle.clear(user.username);
      noteChange({
        entityType: 'user',
        entityId: id,
        before: { locked: lockedUntil !== null && lockedUntil > new Date() },
        after: { locked: false },
      });
      return this.get(id);
    });
  }

  /**
   * Gives the account a new temporary password (returned once) that must be changed at the next
   * login; ends its sessions and lifts any lockout.
   */
  async resetPassword(id: string): Promise<UserRecord & { temporaryPassword: string }> {
    const found = await this.users.findById(id);
    if (!found) throw new NotFoundException(NOT_FOUND);
    const temporaryPassword = generateTemporaryPassword(found.username);
    const passwordHash = await hashPassword(temporaryPassword);
    return this.connection.transaction(async () => {
      const current = await this.users.findById(id);
      if (!current) throw new NotFoundException(NOT_FOUND);
      await this.users.setPassword(id, passwordHash, true);
      await this.throttle.clear(current.username);
      await this.sessions.endAllOf(id, 'password_reset');
      noteChange({
        entityType: 'user',
        entityId: id,
        before: { password: MASKED, mustChangePassword: current.mustChangePassword },
        after: { password: MASKED, mustChangePassword: true },
      });
      return { ...(await this.get(id)), temporaryPassword };
    });
  }

  /** 409 unless an enabled admin other than `id` remains (admins are row-locked until commit). */
  private async assertAnotherActiveAdmin(id: string, message: string): Promise<void> {
    const admins = await this.users.lockActiveAdmins();
    if (!admins.some((adminId) => adminId !== id)) throw new ConflictException(message);
  }
}
