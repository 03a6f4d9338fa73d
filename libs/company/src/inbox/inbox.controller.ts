import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, READERS } from '@app/platform';
import { InboxQuery } from './dto/inbox.query.js';
import { InboxService } from './inbox.service.js';
import { InboxPage } from './inbox.view.js';

@ApiTags('公司待办')
@Controller('company')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get('inbox')
  @Allow(...READERS)
  @ApiOperation({ summary: '等待西虹桥公司处理的事项（待确认批次、待确认结算单、待接收移交、逾期落实事项），已过期限的在前' })
  @ApiOkResponse({ type: InboxPage })
  list(@Query() query: InboxQuery): Promise<InboxPage> {
    return this.inbox.list(query);
  }
}
