import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobRecordRepository } from './job-record.repository.js';
import { JobsService } from './jobs.service.js';
import type { QueueConnection } from './queue-driver.js';
import { QUEUE_CONNECTION } from './queue.constants.js';
import { QUEUE_COUNT_STATES, type QueueCountState, type QueueState } from './queue-state.view.js';

const COUNTS_TIMEOUT_MS = 3000;

/** What the admin's queue page shows: the transport, BullMQ's counts per state and the latest job records. */
@Injectable()
export class QueueStateService {
  private readonly logger = new Logger(QueueStateService.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly records: JobRecordRepository,
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
  ) {}

  /** The queue's state; an unreachable queue still shows the records PostgreSQL holds. */
  async state(limit: number): Promise<QueueState> {
    const [counts, recentJobs] = await Promise.all([this.counts(), this.records.recent(limit)]);
    return { driver: this.connection.driver, available: counts !== null, counts, recentJobs };
  }

  private async counts(): Promise<Record<QueueCountState, number> | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), COUNTS_TIMEOUT_MS);
    });
    try {
      const raw = await Promise.race([this.jobs.counts(), timeout]);
      return Object.fromEntries(QUEUE_COUNT_STATES.map((s) => [s, raw[s] ?? 0])) as Record<QueueCountState, number>;
    } catch (error) {
      this.logger.warn(`任务队列状态读取失败: ${(error as Error).message}`);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
