import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { JobRecordRepository } from './job-record.repository.js';
import { JobsService } from './jobs.service.js';

const LIVE_STATES = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);

/**
 * Re-publishes work that was committed but never picked up — after a crash between commit and
 * publish, a Redis outage, or a worker killed mid-job — so nothing committed is ever lost.
 */
@Injectable()
export class JobSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly records: JobRecordRepository,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = Math.max(5, Math.floor(this.config.QUEUE_SWEEP_AFTER_SECONDS / 2)) * 1000;
    this.timer = setInterval(() => void this.sweepOnce().catch((e) => this.logger.warn(`sweep failed: ${(e as Error).message}`)), every);
    this.timer.unref();
    void this.sweepOnce().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass; returns how many jobs were put back on the queue. */
  async sweepOnce(olderThanSeconds = this.config.QUEUE_SWEEP_AFTER_SECONDS): Promise<number> {
    if (this.running) return this.running;
    this.running = this.sweep(olderThanSeconds).finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweep(olderThanSeconds: number): Promise<number> {
    const stale = await this.records.claimStale(olderThanSeconds);
    let republished = 0;
    for (const record of stale) {
      const existing = await this.jobs.rawQueue.getJob(record.id);
      const state = existing ? await existing.getState() : 'missing';
      if (LIVE_STATES.has(state) && record.status === 'pending') continue; // still queued: leave it be
      if (record.status === 'running') await this.records.reopen(record.id);
      if (existing && state !== 'active') await existing.remove().catch(() => undefined);
      if (state === 'active') continue; // BullMQ's stalled-job check redelivers it
      await this.jobs.publish(record);
      republished += 1;
    }
    if (republished) this.logger.log(`重新入队 ${republished} 个未被处理的任务`);
    return republished;
  }
}
