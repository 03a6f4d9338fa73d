import { Injectable } from '@nestjs/common';
import { TransactionalConnection, type Page } from '@app/platform';
import type { OutgoingNotification } from './notification-channel.js';
import { Notification } from './notification.entity.js';

/** Database access for `notification`: always for one user. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get rows() {
    return this.connection.getRepository(Notification);
  }

  /** Inserts the messages not there yet (UNIQUE (userId, dedupeKey)); answers how many were new. */
  async insertNew(messages: readonly OutgoingNotification[]): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < messages.length; i += 1000) {
      const slice = messages.slice(i, i + 1000);
      const result = await this.rows
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(slice.map((m) => ({ userId: m.userId, kind: m.kind, title: m.title, body: m.body, link: m.link, dedupeKey: m.dedupeKey })))
        .orIgnore()
        .returning(['id'])
        .execute();
      inserted += result.raw.length as number;
    }
    return inserted;
  }

  /** The user's notifications, newest first. */
  async page(userId: string, unreadOnly: boolean, skip: number, take: number): Promise<Page<Notification>> {
    const query = this.rows.createQueryBuilder('n').where('n."userId" = :userId', { userId });
    if (unreadOnly) query.andWhere('n."readAt" IS NULL');
    const [items, total] = await query.orderBy('n."createdAt"', 'DESC').addOrderBy('n.id', 'DESC').skip(skip).take(take).getManyAndCount();
    return { items, total };
  }

  unreadCount(userId: string): Promise<number> {
    return this.rows.createQueryBuilder('n').where('n."userId" = :userId AND n."readAt" IS NULL', { userId }).getCount();
  }

  findOwn(id: string, userId: string): Promise<Notification | null> {
    return this.rows.findOneBy({ id, userId });
  }

  /** Marks one of the user's notifications read (keeps the first read time); false when it is not theirs. */
  async markRead(id: string, userId: string): Promise<boolean> {
    const result = await this.rows
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'COALESCE("readAt", now())' })
      .where('id = :id AND "userId" = :userId', { id, userId })
      .execute();
    return result.affected === 1;
  }

  /** Marks every unread notification of the user read; answers how many. */
  async markAllRead(userId: string): Promise<number> {
    const result = await this.rows
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('"userId" = :userId AND "readAt" IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }
}
