import { Notification } from './notification.entity.js';

export { Notification } from './notification.entity.js';
export { NOTIFICATION_CHANNELS, type NotificationChannel, type OutgoingNotification } from './notification-channel.js';
export { NotificationSender } from './notification.sender.js';
export { NotificationsModule } from './notifications.module.js';

/** Entities owned by the notifications library. */
export const notificationEntities = [Notification];
