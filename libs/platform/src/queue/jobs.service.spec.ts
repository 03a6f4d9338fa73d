import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { TransactionalConnection } from '../database/transactional-connection.js';
import { Job } from './job.js';
import { JobsService } from './jobs.service.js';

class PingJob extends Job<{ n: number }> {}

/** A JobsService over an in-memory record store; `add` is what the queue does with a message. */
function service(add: (...args: unknown[]) => Promise<unknown>) {
  const saved: Array<Record<string, unknown>> = [];
  const connection = {
    getRepository: () => ({
      create: (row: Record<string, unknown>) => row,
      save: async (row: Record<string, unknown>) => {
        const stored = { ...row, id: `r${saved.length + 1}` };
        saved.push(stored);
        return stored;
      },
    }),
    // As after a commit (or outside a transaction): run it now.
    afterCommit: async (callback: () => Promise<unknown>) => {
      await callback();
    },
  } as unknown as TransactionalConnection;
  const queue = { add: jest.fn(add) };
  const jobs = new JobsService(connection, queue as unknown as Queue);
  return { jobs, queue, saved };
}

describe('JobsService.enqueue', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('publishes the committed record with its id as the job id', async () => {
    const { jobs, queue, saved } = service(async () => ({}));
    await expect(jobs.enqueue(PingJob, { n: 1 })).resolves.toBe('r1');
    expect(saved).toEqual([expect.objectContaining({ name: 'PingJob', payload: { n: 1 }, status: 'pending' })]);
    expect(queue.add).toHaveBeenCalledWith('PingJob', { recordId: 'r1' }, expect.objectContaining({ jobId: 'r1', attempts: 3 }));
  });

  it('does not hold the caller while the queue cannot take the message (Redis away): the sweeper publishes it later', async () => {
    const { jobs, queue } = service(() => new Promise(() => undefined)); // ioredis waiting for Redis
    jobs.publishWaitMs = 50;
    const started = Date.now();
    await expect(jobs.enqueue(PingJob, { n: 2 })).resolves.toBe('r1');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(queue.add).toHaveBeenCalledTimes(1);
  });

  it('keeps the committed job when publishing fails, leaving it to the sweeper', async () => {
    const { jobs } = service(async () => {
      throw new Error('Connection is closed.');
    });
    await expect(jobs.enqueue(PingJob, { n: 3 })).resolves.toBe('r1');
  });
});
