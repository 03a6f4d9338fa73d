import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, READERS } from '../access/policy.js';
import { QueueConsumersView, queueConsumersView } from './queue-consumers.view.js';
import { QueueStateService } from './queue-state.service.js';

/** Whether anything consumes the queue: the import and export screens warn when nothing does. */
@ApiTags('任务队列')
@Controller('queue/consumers')
export class QueueConsumersController {
  constructor(private readonly queue: QueueStateService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '运行中的任务处理进程数（为 0 时导入导出将排队等待，附中文提示）' })
  @ApiOkResponse({ type: QueueConsumersView })
  async get(): Promise<QueueConsumersView> {
    return queueConsumersView(await this.queue.consumers());
  }
}
