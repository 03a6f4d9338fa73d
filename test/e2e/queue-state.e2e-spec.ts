import { JobsService } from '@app/platform';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface QueueStateBody {
  driver: string;
  available: boolean;
  counts: Record<string, number>;
  recentJobs: Array<Record<string, unknown>>;
}

async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** GET /api/admin/queue: the admin's view of the job queue, on either transport. */
function queueStateSuite(driver: 'postgres' | 'redis', env: () => Record<string, string>) {
  describe(`GET /api/admin/queue (BullMQ on ${driver})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(env());
    });
    afterAll(async () => {
      // Messages no consumer took (the api does not consume when Redis is set) are removed with the queue.
      await t?.app.get(JobsService).rawQueue.obliterate({ force: true }).catch(() => undefined);
      await t?.close();
    });

    it('shows the driver, the counts per state and the latest jobs without their payload', async () => {
      const exported = await t.http().post('/api/exports').send({ kind: 'case-progress' }).expect(202);
      const exportId = exported.body.id as string;
      const [failed] = await t.query<{ id: string }>(
        `INSERT INTO job_record (name, payload, status, attempts, "maxAttempts", "lastError", "finishedAt")
         VALUES ('ImportJob', $1, 'failed', 3, 3, $2, now()) RETURNING id`,
        [JSON.stringify({ batchId: 'b0b0b0b0-0000-4000-8000-000000000000' }), 'Error: 工作簿无法读取\n    at readWorkbook (/app/dist/libs/excel/src/file/first-worksheet.js:10:5)'],
      );

      // On PostgreSQL the api consumes and the export completes; on Redis it only enqueues, so it waits.
      const expected = driver === 'postgres' ? 'completed' : 'waiting';
      const body = await waitFor(async () => {
        const res = await t.http().get('/api/admin/queue').expect(200);
        const state = res.body as QueueStateBody;
        return state.counts[expected]! >= 1 ? state : undefined;
      });

      expect(body.driver).toBe(driver);
      expect(body.available).toBe(true);
      expect(Object.keys(body.counts).sort()).toEqual(['active', 'completed', 'delayed', 'failed', 'waiting']);
      const exportJob = body.recentJobs.find((j) => j.kind === 'ExportJob');
      expect(exportJob).toMatchObject({ status: driver === 'postgres' ? 'succeeded' : 'pending', maxAttempts: expect.any(Number) });
      expect(exportJob!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
      expect(body.recentJobs.find((j) => j.id === failed!.id)).toMatchObject({
        kind: 'ImportJob',
        status: 'failed',
        attempts: 3,
        lastError: '工作簿无法读取',
      });
      // No payloads (only ids, but still not for display), no results, no stack traces.
      const text = JSON.stringify(body);
      expect(text).not.toContain(exportId);
      expect(text).not.toContain('b0b0b0b0');
      expect(text).not.toMatch(/payload|result|first-worksheet/);
      // Newest first; `limit` bounds the list.
      const limited = await t.http().get('/api/admin/queue?limit=1').expect(200);
      expect(limited.body.recentJobs).toHaveLength(1);
      expect(limited.body.recentJobs[0].id).toBe(failed!.id);
    });

    it('is for admins only, refuses a bad limit in Chinese and leaves no audit row', async () => {
      const officer = await t.loginAs({ username: `queue-officer-${driver}`, roles: ['officer'] });
      const leader = await t.loginAs({ username: `queue-leader-${driver}`, roles: ['leader'] });
      expect((await officer.get('/api/admin/queue').expect(403)).body.message).toMatch(/权限/);
      await leader.get('/api/admin/queue').expect(403);
      await t.anon().get('/api/admin/queue').expect(401);
      const bad = await t.http().get('/api/admin/queue?limit=500').expect(400);
      expect(bad.body.message).toMatch(/[\u4e00-\u9fa5]/);
      const rows = await t.query(`SELECT 1 FROM audit_log WHERE path LIKE '/api/admin/queue%'`);
      expect(rows).toHaveLength(0);
    });
  });
}

queueStateSuite('postgres', () => ({}));

const redisUp = await redisAvailable();
if (redisUp) queueStateSuite('redis', () => ({ REDIS_URL: TEST_REDIS_URL }));
else describe.skip('GET /api/admin/queue on redis (Redis 不可用，已跳过)', () => it('skipped', () => undefined));
