import { Injectable } from '@nestjs/common';
import type { NotificationChannel, OutgoingNotification } from './notification-channel.js';
import { NotificationRepository } from './notification.repository.js';

/** The bell in the web app: a `notification` row per message; a (user, key) already there is skipped. */
@Injectable()
export class InAppChannel implements NotificationChannel {
  readonly name = 'in_app';

  constructor(private readonly notifications: NotificationRepository) {}

  deliver(messages: readonly OutgoingNotification[]): Promise<number> {
    return this.notifications.insertNew(messages);
  }
}
