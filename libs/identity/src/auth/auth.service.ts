import { BadRequestException, HttpException, Injectable, UnauthorizedException } from '@nestjs/common';
import { AppConfig, currentActor, noteChange, toShanghaiIso, TransactionalConnection } from '@app/platform';
import { checkPasswordPolicy } from '../domain/password-policy.js';
import { LoginThrottleRepository } from '../login/login-throttle.repository.js';
import { SessionService } from '../session/session.service.js';
import { AssignedProjects } from '../user/assigned-projects.js';
import type { User } from '../user/user.entity.js';
import { UserRepository } from '../user/user.repository.js';
import type { AccountView } from './auth.view.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password-hasher.js';

export const BAD_CREDENTIALS = '用户名或密码错误';

/** The account as the login and `me` answers show it (`projects`: codes of the assigned projects, sorted). */
export function accountView(user: User, projects: string[]): AccountView {
  return {
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    projects,
    mustChangePassword: user.mustChangePassword,
  };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly sessions: SessionService,
    private readonly connection: TransactionalConnection,
    private readonly config: AppConfig,
    private readonly projects: AssignedProjects,
  ) {}

  /**
   * Checks a username and password. Unknown user, wrong password and disabled account all get
   * the same answer; five failures in a row lock the name for 30 minutes, whether it exists or not.
   */
  async login(usernameInput: string, password: string, ip: string | undefined) {
    const username = usernameInput.trim().toLowerCase();
    noteChange({ entityType: 'user', entityId: username, after: { username } });
    const lock = await this.throttle.find(username);
    if (lock?.lockedUntil && lock.lockedUntil > new Date()) throw this.lockedError(lock.lockedUntil);
    const user = await this.users.findByUsername(username);
    const ok = user && !user.disabled ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
    if (!ok || !user) {
      const state = await this.throttle.recordFailure(username, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_LOCK_MINUTES);
      if (state.lockedUntil) throw this.lockedError(state.lockedUntil);
      throw new UnauthorizedException(BAD_CREDENTIALS);
    }
    return this.connection.transaction(async () => {
      await this.throttle.clear(username);
      await this.users.recordLogin(user.id);
      const session = await this.sessions.open(user, ip);
      const projects = await this.projects.codesOf(user);
      return { accessToken: session.token, expiresAt: toShanghaiIso(session.expiresAt), user: accountView(user, projects) };
    });
  }

  /** Ends the caller's session. */
  async logout(): Promise<void> {
    const actor = currentActor();
    if (actor.sessionId) await this.sessions.end(actor.sessionId, 'logout');
    if (actor.userId) noteChange({ entityType: 'user', entityId: actor.userId, after: { loggedOut: true } });
  }

  /** The caller's account. */
  async me() {
    const user = await this.users.findById(currentActor().userId ?? '');
    if (!user) throw new UnauthorizedException('请先登录');
    return accountView(user, await this.projects.codesOf(user));
  }

  /** Changes the caller's password (policy checked); other sessions of the account end. */
  changePassword(currentPassword: string, newPassword: string) {
    return this.connection.transaction(async () => {
      const actor = currentActor();
      const user = await this.users.findById(actor.userId ?? '');
      if (!user) throw new UnauthorizedException('请先登录');
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new BadRequestException({ message: '当前密码不正确', details: [{ field: 'currentPassword', message: '当前密码不正确' }] });
      }
      const problems = checkPasswordPolicy(newPassword, user.username);
      if (newPassword === currentPassword) problems.push('新密码不能与当前密码相同');
      if (problems.length) {
        throw new BadRequestException({ message: problems.join('；'), details: problems.map((message) => ({ field: 'newPassword', message })) });
      }
      await this.users.setPassword(user.id, await hashPassword(newPassword), false);
      await this.sessions.endAllOf(user.id, 'password_changed', actor.sessionId);
      noteChange({ entityType: 'user', entityId: user.id, before: { password: '******' }, after: { password: '******' } });
      return accountView({ ...user, mustChangePassword: false }, await this.projects.codesOf(user));
    });
  }

  private lockedError(until: Date): HttpException {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    return new HttpException(`登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系系统管理员`, 423);
  }
}
