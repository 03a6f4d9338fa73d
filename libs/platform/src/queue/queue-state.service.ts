import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobRecordRepository } from './job-record.repository.js';
import { JobsService } from './jobs.service.js';
import type { QueueConnection } from './queue-driver.js';
import { QUEUE_CONNECTION } from './queue.constants.js';
import { QUEUE_COUNT_STATES, type QueueCountState, type QueueState } from './queue-state.view.js';

const QUEUE_TIMEOUT_MS = 3000;

/** What the admin's queue page shows: the transport, BullMQ's counts per state, live consumers and the latest job records. */
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
    const [counts, consumers, recentJobs] = await Promise.all([this.counts(), this.consumers(), this.records.recent(limit)]);
    return { driver: this.connection.driver, available: counts !== null, counts, consumers, recentJobs };
  }

  /** How many processes consume the queue now; null when the queue cannot be reached. */
  consumers(): Promise<number | null> {
    return this.askQueue('处理进程数', () => this.jobs.consumers());
  }

  private async counts(): Promise<Record<QueueCountState, number> | null> {
    const raw = await this.askQueue('状态', () => this.jobs.counts());
    return raw && (Object.fromEntries(QUEUE_COUNT_STATES.map((s) => [s, raw[s] ?? 0])) as Record<QueueCountState, number>);
  }

  /** A question to the queue, answered null when it fails or takes longer than 3 s (Redis away). */
  private async askQueue<T>(what: string, ask: () => Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), QUEUE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([ask(), timeout]);
    } catch (error) {
      this.logger.warn(`任务队列${what}读取失败: ${(error as Error).message}`);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
