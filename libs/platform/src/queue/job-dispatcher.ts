import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job as BullJob } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { JobRecordRepository } from './job-record.repository.js';
import { JobRegistry } from './job-registry.js';
import { JOBS_QUEUE } from './queue.constants.js';

/**
 * The BullMQ worker of this process: takes a message (just a record id), loads the durable
 * record and runs the job's one handler. Present only in processes that consume jobs.
 */
@Injectable()
@Processor(JOBS_QUEUE, { autorun: true, lockDuration: 60_000, maxStalledCount: 5 })
export class JobDispatcher extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobDispatcher.name);

  constructor(
    private readonly registry: JobRegistry,
    private readonly records: JobRecordRepository,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.QUEUE_CONCURRENCY;
  }

  async process(message: BullJob<{ recordId: string } | { scheduled: true }>): Promise<unknown> {
    // a repeatable schedule's tick carries no record: it gets one (the same one when the tick is redelivered)
    const recordId = 'recordId' in message.data ? message.data.recordId : await this.records.recordTick(message.name, `${message.id ?? ''}`);
    const record = await this.records.markRunning(recordId);
    if (!record) return { skipped: true }; // already finished: a duplicate delivery
    const handler = this.registry.handlerFor(record.name);
    const context = {
      recordId,
      attempt: record.attempts,
      progress: async (percent: number) => {
        await message.updateProgress(Math.max(0, Math.min(100, Math.round(percent))));
        await this.records.heartbeat(recordId);
      },
    };
    try {
      const result = await handler.handle(record.payload as never, context);
      await this.records.markSucceeded(recordId, result);
      return result ?? null;
    } catch (error) {
      const final = record.attempts >= record.maxAttempts;
      await this.records.markAttemptFailed(recordId, (error as Error).stack ?? String(error), final);
      this.logger.warn(`任务 ${record.name} (${recordId}) 第 ${record.attempts} 次执行失败: ${(error as Error).message}`);
      if (final && handler.onFinalFailure) {
        await handler.onFinalFailure(record.payload as never, error).catch((e: unknown) => {
          this.logger.error(`任务 ${record.name} (${recordId}) 最终失败后的收尾处理出错: ${(e as Error).message}`);
        });
      }
      throw error;
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.error(`队列连接错误: ${error.message}`);
  }
}
