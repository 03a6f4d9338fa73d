import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionalConnection, type ProjectRef, type Role } from '@app/platform';
import { Session } from './session.entity.js';

/** What every request needs of its session: the session's times, its user, and the user's assigned projects. */
export interface RequestSession {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  user: { id: string; username: string; roles: Role[]; disabled: boolean; mustChangePassword: boolean };
  /** The assigned projects' ids and codes. */
  projects: ProjectRef[];
}

/** Database access for sessions. */
@Injectable()
export class SessionRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(Session);
  }

  /**
   * The session of a token hash with its user and the user's assigned projects (ids and codes), in one plain statement:
   * every request reads it, so no query building or entity hydration, and it is prepared (planned once per connection). The codes are read from the `project` table the
   * assignments' foreign key names (identity knows that table's name, not land's entity).
   */
  async findForRequest(tokenHash: string): Promise<RequestSession | null> {
    const [row] = await this.connection.queryPrepared<RequestSession>(
      `SELECT s.id, s."expiresAt", s."lastSeenAt", s."revokedAt",
              json_build_object('id', u.id, 'username', u.username, 'roles', u.roles, 'disabled', u.disabled, 'mustChangePassword', u."mustChangePassword") AS "user",
              COALESCE((SELECT json_agg(json_build_object('id', p.id, 'code', p.code))
                          FROM user_project up JOIN project p ON p.id = up."projectId" WHERE up."userId" = u.id), '[]'::json) AS projects
         FROM user_session s JOIN app_user u ON u.id = s."userId"
        WHERE s."tokenHash" = $1`,
      [tokenHash],
    );
    return row ?? null;
  }

  create(data: Pick<Session, 'userId' | 'tokenHash' | 'expiresAt' | 'ip'>): Promise<Session> {
    return this.repo.save(this.repo.create({ ...data, lastSeenAt: new Date() }));
  }

  async touch(id: string): Promise<void> {
    await this.repo.update({ id }, { lastSeenAt: new Date() });
  }

  async revoke(id: string, reason: string): Promise<void> {
    await this.repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** Ends every open session of a user (optionally but one). */
  async revokeAllOfUser(userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    const qb = this.repo
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('"userId" = :userId AND "revokedAt" IS NULL', { userId });
    if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
    return (await qb.execute()).affected ?? 0;
  }
}
