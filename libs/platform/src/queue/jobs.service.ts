import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { TransactionalConnection } from '../database/transactional-connection.js';
import { JobClass, PayloadOf } from './job.js';
import { JobRecord } from './job-record.entity.js';
import { JOBS_QUEUE } from './queue.constants.js';

export interface EnqueueOptions {
  /** Deliveries before the job is marked failed. */
  attempts?: number;
}

/**
 * Enqueues jobs. The job's row is written in the caller's transaction; the message goes
 * onto the queue only after that transaction commits (Vendure issues #520, #1107).
 */
@Injectable()
export class JobsService {
  private readonly logger = new Logger(JobsService.name);

  /**
   * How long a request waits for the queue to take a committed job's message. Redis being away
   * must not hold the request (ioredis would wait for it indefinitely): the job is committed,
   * and the sweeper publishes it later.
   */
  publishWaitMs = 5_000;

  constructor(
    private readonly connection: TransactionalConnection,
    @InjectQueue(JOBS_QUEUE) private readonly queue: Queue,
  ) {}

  /** Records the job and, after commit, puts it on the queue. Returns the job record id. */
  async enqueue<J extends JobClass<any>>(job: J, payload: PayloadOf<InstanceType<J>>, options: EnqueueOptions = {}): Promise<string> {
    const repo = this.connection.getRepository(JobRecord);
    const record = await repo.save(
      repo.create({ name: job.name, payload: payload as Record<string, unknown>, status: 'pending', maxAttempts: options.attempts ?? 3 }),
    );
    await this.connection.afterCommit(() => this.publishCommitted(record));
    return record.id;
  }

  /** Publishes a just-committed job, waiting at most `publishWaitMs`; never fails (the sweeper retries). */
  private async publishCommitted(record: JobRecord): Promise<void> {
    const publishing = this.publish(record);
    publishing.catch(() => undefined); // still awaited below; this only keeps a late failure from being unhandled
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.publishWaitMs)));
    try {
      if ((await Promise.race([publishing, waited])) === 'timeout') {
        this.logger.warn(`任务 ${record.name} (${record.id}) 已保存，但队列暂时无法接收，稍后由补发程序重新入队`);
      }
    } catch (error) {
      this.logger.warn(`任务 ${record.name} (${record.id}) 已保存，但入队失败，稍后由补发程序重新入队: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Puts a recorded job on the queue; the record id is the BullMQ job id, so re-publishing is harmless. */
  async publish(record: Pick<JobRecord, 'id' | 'name' | 'maxAttempts'>): Promise<void> {
    await this.queue.add(record.name, { recordId: record.id }, {
      jobId: record.id,
      attempts: record.maxAttempts,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  /**
   * Registers (or moves) the BullMQ repeatable schedule of a payload-less job, e.g. a monthly accrual: each tick
   * reaches the dispatcher as `{ scheduled: true }`, which records it as a job (one record per tick) and runs it
   * like any other. An upsert: calling it at every start-up keeps exactly one schedule.
   */
  async schedule(job: JobClass<any>, repeat: { pattern: string; tz: string }): Promise<void> {
    await this.queue.upsertJobScheduler(job.name, { pattern: repeat.pattern, tz: repeat.tz }, {
      name: job.name,
      data: { scheduled: true } as never,
      opts: { attempts: 3, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 7 * 24 * 3600 } },
    });
  }

  /** The durable record of a job. */
  find(recordId: string): Promise<JobRecord | null> {
    return this.connection.getRepository(JobRecord).findOneBy({ id: recordId });
  }

  /** Waiting/active/failed counts, for health and the admin page. */
  counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
  }

  /** How many BullMQ workers consume the queue now, in any process (Redis CLIENT LIST or PostgreSQL's pg_stat_activity). */
  consumers(): Promise<number> {
    return this.queue.getWorkersCount();
  }

  /** The BullMQ queue itself (for the sweeper). */
  get rawQueue(): Queue {
    return this.queue;
  }
}
