import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../access/policy.js';
import { QueueStateQuery } from './dto/queue-state.query.js';
import { QueueStateService } from './queue-state.service.js';
import { QueueStateView, queueStateView } from './queue-state.view.js';

/** The job queue's state for administrators (the app's equivalent of a queue dashboard). */
@ApiTags('任务队列')
@Controller('admin/queue')
export class QueueStateController {
  constructor(private readonly queue: QueueStateService) {}

  @Get()
  @Allow('admin')
  @ApiOperation({ summary: '任务队列状态（队列方式、各状态任务数、最近任务；不含任务内容）' })
  @ApiOkResponse({ type: QueueStateView })
  async get(@Query() query: QueueStateQuery) {
    return queueStateView(await this.queue.state(query.limit));
  }
}
