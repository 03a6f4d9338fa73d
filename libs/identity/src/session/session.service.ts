import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AppConfig, type Actor } from '@app/platform';
import { hashSessionToken, newSessionToken, sessionEndsAt, sessionNeedsTouch } from '../domain/session-token.js';
import { actorOfUser } from '../user/user-actors.js';
import type { User } from '../user/user.entity.js';
import { SessionRepository } from './session.repository.js';

export const SESSION_ENDED = '登录已失效，请重新登录';

/** Server-side sessions: revocable at once (logout, disabling, role change) and bounded by idle and absolute timeouts. */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly config: AppConfig,
  ) {}

  /** Opens a session for `user`; returns the bearer token (shown once, stored only as a hash). */
  async open(user: User, ip: string | undefined): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_MAX_HOURS * 3_600_000);
    const session = await this.sessions.create({ userId: user.id, tokenHash: hashSessionToken(token), expiresAt, ip: ip ?? null });
    return { token, expiresAt: sessionEndsAt(session, this.config.SESSION_IDLE_MINUTES), sessionId: session.id };
  }

  /** The actor of a bearer token, or 401 in Chinese when the session is unknown, ended or revoked. */
  async authenticate(token: string): Promise<{ actor: Actor; mustChangePassword: boolean }> {
    const session = await this.sessions.findForRequest(hashSessionToken(token));
    if (!session || session.revokedAt) throw new UnauthorizedException(SESSION_ENDED);
    const now = new Date();
    if (sessionEndsAt(session, this.config.SESSION_IDLE_MINUTES) <= now) {
      await this.sessions.revoke(session.id, 'expired');
      throw new UnauthorizedException('登录已超时，请重新登录');
    }
    const user = session.user;
    if (user.disabled) {
      await this.sessions.revoke(session.id, 'disabled');
      throw new UnauthorizedException('账号已停用，请联系系统管理员');
    }
    if (sessionNeedsTouch(session, now)) await this.sessions.touch(session.id);
    return {
      actor: { ...actorOfUser(user, session.projects), sessionId: session.id },
      mustChangePassword: user.mustChangePassword,
    };
  }

  /** Ends one session. */
  end(sessionId: string, reason = 'logout'): Promise<void> {
    return this.sessions.revoke(sessionId, reason);
  }

  /** Ends every session of a user, optionally but the current one. */
  endAllOf(userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    return this.sessions.revokeAllOfUser(userId, reason, exceptSessionId);
  }
}
