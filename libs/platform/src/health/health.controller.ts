import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../access/policy.js';
import { JobsService } from '../queue/jobs.service.js';
import { QUEUE_CONNECTION } from '../queue/queue.module.js';
import type { QueueConnection } from '../queue/queue-driver.js';
import { HealthView } from './health.view.js';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

/** `/health`: 200 when the database and the queue answer. */
@ApiTags('系统')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly jobs: JobsService,
    @Inject(QUEUE_CONNECTION) private readonly queue: QueueConnection,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: '健康检查（数据库与任务队列）' })
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ type: HealthView, description: '数据库或任务队列无应答' })
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 3000 }),
      async () => {
        const check = this.indicator.check('queue');
        try {
          const counts = await withTimeout(this.jobs.counts(), 3000);
          return check.up({ driver: this.queue.driver, waiting: counts.waiting ?? 0, active: counts.active ?? 0 });
        } catch (error) {
          return check.down({ driver: this.queue.driver, message: (error as Error).message });
        }
      },
    ]);
  }
}
