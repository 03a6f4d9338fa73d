import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATION_CHANNELS, type NotificationChannel, type OutgoingNotification } from './notification-channel.js';

/**
 * Sends notifications through every configured channel (today: in-app). Other libraries depend on this
 * class only, never on a channel, so adding one changes no caller. Idempotent per (userId, dedupeKey).
 */
@Injectable()
export class NotificationSender {
  constructor(@Inject(NOTIFICATION_CHANNELS) private readonly channels: readonly NotificationChannel[]) {}

  /** Delivers `messages` (duplicates within the call collapse); answers each channel's count of new deliveries. */
  async send(messages: readonly OutgoingNotification[]): Promise<Record<string, number>> {
    const unique = [...new Map(messages.map((m) => [`${m.userId}\u0000${m.dedupeKey}`, m])).values()];
    const delivered: Record<string, number> = {};
    for (const channel of this.channels) delivered[channel.name] = unique.length ? await channel.deliver(unique) : 0;
    return delivered;
  }
}
