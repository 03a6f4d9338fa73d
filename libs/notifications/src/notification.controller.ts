import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction, READERS } from '@app/platform';
import { ListNotificationsDto } from './dto/list-notifications.dto.js';
import { NotificationService } from './notification.service.js';
import { NotificationPageView, NotificationsReadView, NotificationView, notificationView } from './notification.view.js';

@ApiTags('通知')
@Controller('notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '本人的站内通知（新的在前，分页），附未读数' })
  @ApiOkResponse({ type: NotificationPageView })
  async list(@Query() query: ListNotificationsDto): Promise<NotificationPageView> {
    const page = await this.notifications.list(query);
    return { items: page.items.map(notificationView), total: page.total, unreadCount: page.unreadCount };
  }

  @Post('read-all')
  @HttpCode(200)
  @Allow(...READERS)
  @AuditAction('notification.read_all')
  @ApiOperation({ summary: '本人的通知全部标为已读' })
  @ApiOkResponse({ type: NotificationsReadView })
  readAll(): Promise<NotificationsReadView> {
    return this.notifications.markAllRead();
  }

  @Post(':id/read')
  @HttpCode(200)
  @Allow(...READERS)
  @AuditAction('notification.read')
  @ApiOperation({ summary: '把本人的一条通知标为已读（他人的通知 404）' })
  @ApiOkResponse({ type: NotificationView })
  async read(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string): Promise<NotificationView> {
    return notificationView(await this.notifications.markRead(id));
  }
}
