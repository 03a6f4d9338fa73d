import { Injectable, Module } from '@nestjs/common';
import { declareJobs, HandlesJob, Job, JobsService, JobSweeper, TransactionalConnection, type JobContext, type JobHandler } from '@app/platform';
import { createQueueApp, type QueueApp } from '../support/queue-app.js';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.js';
import { waitFor } from '../support/wait-for.js';

class EchoJob extends Job<{ text: string; failTimes?: number }> {}
declareJobs(EchoJob);

const seen: Array<{ text: string; attempt: number }> = [];

@Injectable()
@HandlesJob(EchoJob)
class EchoHandler implements JobHandler<EchoJob> {
  async handle(payload: { text: string; failTimes?: number }, ctx: JobContext) {
    await ctx.progress(50);
    seen.push({ text: payload.text, attempt: ctx.attempt });
    if (payload.failTimes && ctx.attempt <= payload.failTimes) throw new Error(`planned failure ${ctx.attempt}`);
    return { echoed: payload.text };
  }
}

@Module({ providers: [EchoHandler] })
class EchoModule {}

const status = (q: QueueApp, id: string) =>
  q.query<{ status: string; attempts: number; result: unknown; lastError: string | null }>('SELECT status, attempts, result, "lastError" FROM job_record WHERE id = $1', [id]).then((r) => r[0]);

function queueSuite(driver: 'postgres' | 'redis', env: () => Record<string, string>) {
  describe(`BullMQ on ${driver}`, () => {
    let q: QueueApp;
    beforeAll(async () => {
      q = await createQueueApp([EchoModule], { QUEUE_CONCURRENCY: '2', ...env() });
    });
    afterAll(() => q?.close());

    it('publishes only after the transaction commits, then runs the handler once', async () => {
      const jobs = q.ctx.get(JobsService);
      const tx = q.ctx.get(TransactionalConnection);
      let seenInside: unknown = 'unset';
      const id = await tx.transaction(async () => {
        const recordId = await jobs.enqueue(EchoJob, { text: `${driver}-commit` });
        seenInside = await jobs.rawQueue.getJob(recordId);
        return recordId;
      });
      expect(seenInside).toBeUndefined();
      const done = await waitFor(async () => {
        const s = await status(q, id);
        return s?.status === 'succeeded' ? s : undefined;
      });
      expect(done.result).toEqual({ echoed: `${driver}-commit` });
      expect(done.attempts).toBe(1);
      expect(seen.filter((s) => s.text === `${driver}-commit`)).toHaveLength(1);
    });

    it('a rolled-back transaction leaves no job and no message', async () => {
      const jobs = q.ctx.get(JobsService);
      const tx = q.ctx.get(TransactionalConnection);
      let recordId = '';
      await expect(
        tx.transaction(async () => {
          recordId = await jobs.enqueue(EchoJob, { text: `${driver}-rollback` });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await status(q, recordId)).toBeUndefined();
      expect(await jobs.rawQueue.getJob(recordId)).toBeUndefined();
    });

    it('retries a failing job and records every attempt', async () => {
      const jobs = q.ctx.get(JobsService);
      const id = await jobs.enqueue(EchoJob, { text: `${driver}-retry`, failTimes: 1 }, { attempts: 3 });
      const done = await waitFor(async () => {
        const s = await status(q, id);
        return s?.status === 'succeeded' ? s : undefined;
      }, { what: 'the retried job succeeded', timeout: 45_000 });
      expect(done.attempts).toBe(2);
      expect(seen.filter((s) => s.text === `${driver}-retry`).map((s) => s.attempt)).toEqual([1, 2]);
    });

    it('marks a job failed after its last attempt', async () => {
      const jobs = q.ctx.get(JobsService);
      const id = await jobs.enqueue(EchoJob, { text: `${driver}-fail`, failTimes: 5 }, { attempts: 1 });
      const done = await waitFor(async () => {
        const s = await status(q, id);
        return s?.status === 'failed' ? s : undefined;
      });
      expect(done.lastError).toContain('planned failure 1');
    });

    it('the sweeper re-publishes work that was committed but never queued', async () => {
      // A job row committed by a process that died before publishing it.
      const [row] = await q.query<{ id: string }>(
        `INSERT INTO job_record (name, payload, status, "maxAttempts", "updatedAt") VALUES ('EchoJob', $1, 'pending', 3, now() - interval '10 minutes') RETURNING id`,
        [JSON.stringify({ text: `${driver}-lost` })],
      );
      const republished = await q.ctx.get(JobSweeper).sweepOnce(60);
      expect(republished).toBeGreaterThanOrEqual(1);
      await waitFor(async () => (await status(q, row!.id))?.status === 'succeeded');
      expect(seen.filter((s) => s.text === `${driver}-lost`)).toHaveLength(1);
      // A second sweep finds nothing left to do.
      expect(await q.ctx.get(JobSweeper).sweepOnce(60)).toBe(0);
    });

    it('the sweeper re-publishes a job whose worker died mid-run (no heartbeat, no message left)', async () => {
      // Claimed by a worker that was killed: the row says running, its heartbeat stopped, the message is gone.
      const [row] = await q.query<{ id: string }>(
        `INSERT INTO job_record (name, payload, status, attempts, "maxAttempts", "heartbeatAt", "updatedAt")
         VALUES ('EchoJob', $1, 'running', 1, 3, now() - interval '10 minutes', now() - interval '10 minutes') RETURNING id`,
        [JSON.stringify({ text: `${driver}-died` })],
      );
      expect(await q.ctx.get(JobSweeper).sweepOnce(60)).toBeGreaterThanOrEqual(1);
      const done = await waitFor(async () => {
        const s = await status(q, row!.id);
        return s?.status === 'succeeded' ? s : undefined;
      });
      expect(done.attempts).toBe(2);
      expect(seen.filter((s) => s.text === `${driver}-died`)).toHaveLength(1);
    });
  });
}

queueSuite('postgres', () => ({}));

// ESM test files may await at the top: decide whether the Redis suite runs (it always does under CI=true).
const redisUp = await redisAvailable();
if (redisUp) queueSuite('redis', () => ({ REDIS_URL: TEST_REDIS_URL }));
else describe.skip('BullMQ on redis (Redis 不可用，已跳过)', () => it('skipped', () => undefined));
