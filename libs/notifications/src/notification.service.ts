import { Injectable, NotFoundException } from '@nestjs/common';
import { currentActor, skipTake, TransactionalConnection } from '@app/platform';
import type { ListNotificationsDto } from './dto/list-notifications.dto.js';
import type { Notification } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';

export const NOTIFICATION_NOT_FOUND = '通知不存在';

/** The signed-in user's own notifications: another user's answer 404 as if they did not exist. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly connection: TransactionalConnection,
  ) {}

  private me(): string {
    const userId = currentActor().userId;
    if (!userId) throw new NotFoundException(NOTIFICATION_NOT_FOUND);
    return userId;
  }

  async list(query: ListNotificationsDto): Promise<{ items: Notification[]; total: number; unreadCount: number }> {
    const userId = this.me();
    const { skip, take } = skipTake(query);
    const [page, unreadCount] = await Promise.all([this.notifications.page(userId, query.unread === true, skip, take), this.notifications.unreadCount(userId)]);
    return { ...page, unreadCount };
  }

  async markRead(id: string): Promise<Notification> {
    const userId = this.me();
    return this.connection.transaction(async () => {
      if (!(await this.notifications.markRead(id, userId))) throw new NotFoundException(NOTIFICATION_NOT_FOUND);
      return (await this.notifications.findOwn(id, userId))!;
    });
  }

  async markAllRead(): Promise<{ updated: number; unreadCount: number }> {
    const userId = this.me();
    return this.connection.transaction(async () => {
      const updated = await this.notifications.markAllRead(userId);
      return { updated, unreadCount: await this.notifications.unreadCount(userId) };
    });
  }
}
