import { ApiProperty } from '@nestjs/swagger';
import { ApiInstant, toShanghaiIso } from '@app/platform';
import type { Notification } from './notification.entity.js';

export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'milestone_overdue', description: '类别' })
  kind!: string;

  @ApiProperty({ example: '时间节点逾期：两线一圈地块腾地' })
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ type: String, nullable: true, description: '在系统中打开的页面路径', example: '/milestones?due=overdue' })
  link!: string | null;

  @ApiInstant()
  createdAt!: string;

  @ApiInstant({ nullable: true, description: '已读时间，未读为空' })
  readAt!: string | null;
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView] })
  items!: NotificationView[];

  @ApiProperty({ type: 'integer', description: '符合条件的总条数' })
  total!: number;

  @ApiProperty({ type: 'integer', description: '本人未读通知数' })
  unreadCount!: number;
}

export class NotificationsReadView {
  @ApiProperty({ type: 'integer', description: '本次标为已读的条数' })
  updated!: number;

  @ApiProperty({ type: 'integer', description: '本人未读通知数' })
  unreadCount!: number;
}

export function notificationView(n: Notification): NotificationView {
  return { id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: toShanghaiIso(n.createdAt), readAt: n.readAt ? toShanghaiIso(n.readAt) : null };
}
