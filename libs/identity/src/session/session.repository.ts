import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { Session } from './session.entity.js';

/** Database access for sessions. */
@Injectable()
export class SessionRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get repo() {
    return this.connection.getRepository(Session);
  }

  /** The session of a token hash, with its user and the user's project assignments, in one statement (every request reads it). */
  findByTokenHash(tokenHash: string): Promise<Session | null> {
    return this.repo
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .leftJoinAndSelect('u.projects', 'up')
      .where('s."tokenHash" = :tokenHash', { tokenHash })
      .getOne();
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
