import { Module } from '@nestjs/common';
import { InAppChannel } from './in-app.channel.js';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notification-channel.js';
import { NotificationController } from './notification.controller.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationSender } from './notification.sender.js';
import { NotificationService } from './notification.service.js';

/**
 * 通知: messages to users through pluggable channels (`NotificationChannel`; today the in-app bell), and each
 * user's own inbox (`/api/notifications`). Libraries send through `NotificationSender`.
 */
@Module({
  controllers: [NotificationController],
  providers: [
    NotificationRepository,
    NotificationService,
    InAppChannel,
    // every channel a message goes through; a new channel (e.g. SMS) is one more provider here
    { provide: NOTIFICATION_CHANNELS, useFactory: (inApp: InAppChannel): NotificationChannel[] => [inApp], inject: [InAppChannel] },
    NotificationSender,
  ],
  exports: [NotificationSender],
})
export class NotificationsModule {}
