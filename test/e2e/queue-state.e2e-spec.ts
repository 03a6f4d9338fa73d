import { JobsService, NO_CONSUMER_WARNING } from '@app/platform';
import { redisAvailable, TEST_REDIS_URL } from '../support/redis.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

interface QueueStateBody {
  driver: string;
  available: boolean;
  counts: Record<string, number>;
  consumers: number | null;
  consumerWarning: string | null;
  recentJobs: Array<Record<string, unknown>>;
}

/** GET /api/admin/queue: the admin's view of the job queue, on either transport. */
function queueStateSuite(driver: 'postgres' | 'redis', env: () => Record<string, string>) {
  describe(`GET /api/admin/queue (BullMQ on ${driver})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(env());
    });
    afterAll(() => t?.close());

    it('shows the driver, the counts per state, the live consumers and the latest jobs without their payload', async () => {
      const exported = await t.http().post('/api/exports').send({ kind: 'case-progress' }).expect(202);
      const exportId = exported.body.id as string;
      const [failed] = await t.query<{ id: string }>(
        `INSERT INTO job_record (name, payload, status, attempts, "maxAttempts", "lastError", "finishedAt")
         VALUES ('ImportJob', $1, 'failed', 3, 3, $2, now()) RETURNING id`,
        [JSON.stringify({ batchId: 'b0b0b0b0-0000-4000-8000-000000000000' }), 'Error: 工作簿无法读取\n    at readWorkbook (/app/dist/libs/excel/src/file/first-worksheet.js:10:5)'],
      );

      // The api consumes on either transport by default (one machine needs no worker), so the export completes.
      const body = await waitFor(async () => {
        const res = await t.http().get('/api/admin/queue').expect(200);
        const state = res.body as QueueStateBody;
        return state.counts.completed! >= 1 ? state : undefined;
      }, { what: 'the export job completed' });

      expect(body.driver).toBe(driver);
      expect(body.available).toBe(true);
      expect(body).toMatchObject({ consumers: 1, consumerWarning: null });
      expect(Object.keys(body.counts).sort()).toEqual(['active', 'completed', 'delayed', 'failed', 'waiting']);
      const exportJob = body.recentJobs.find((j) => j.kind === 'ExportJob');
      expect(exportJob).toMatchObject({ status: 'succeeded', maxAttempts: expect.any(Number) });
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

/** QUEUE_CONSUMER=false (a scaled api with no worker running): work waits, and every screen says why. */
function noConsumerSuite(driver: 'postgres' | 'redis', env: () => Record<string, string>) {
  describe(`QUEUE_CONSUMER=false with no worker (BullMQ on ${driver})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ ...env(), QUEUE_CONSUMER: 'false' });
    });
    afterAll(async () => {
      // Messages no consumer took are removed with the queue.
      await t?.app.get(JobsService).rawQueue.obliterate({ force: true }).catch(() => undefined);
      await t?.close();
    });

    it('leaves the export queued and answers 0 consumers with the Chinese warning', async () => {
      const exported = await t.http().post('/api/exports').send({ kind: 'case-progress' }).expect(202);
      const body = await waitFor(async () => {
        const state = (await t.http().get('/api/admin/queue').expect(200)).body as QueueStateBody;
        return state.counts.waiting! >= 1 ? state : undefined;
      }, { what: 'the export job waiting' });
      expect(body).toMatchObject({ driver, available: true, consumers: 0, consumerWarning: NO_CONSUMER_WARNING });
      expect(body.consumerWarning).toContain('当前没有运行中的任务处理进程');
      expect(body.recentJobs.find((j) => j.kind === 'ExportJob')).toMatchObject({ status: 'pending' });

      // The import and export screens ask the same question (any reader may).
      const officer = await t.loginAs({ username: `noconsumer-officer-${driver}`, roles: ['officer'] });
      expect((await officer.get('/api/queue/consumers').expect(200)).body).toEqual({ consumers: 0, consumerWarning: NO_CONSUMER_WARNING });
      await t.anon().get('/api/queue/consumers').expect(401);

      // Still queued a moment later: nothing consumes it.
      await new Promise((r) => setTimeout(r, 1500));
      expect((await t.http().get(`/api/exports/${exported.body.id}`).expect(200)).body.status).toBe('queued');
    });
  });
}

// Decided before the tests are declared: without Redis its suites are reported as skipped (under CI=true, redisAvailable throws).
const redisUp = await redisAvailable();
const onRedis = (name: string, suite: (driver: 'redis', env: () => Record<string, string>) => void) =>
  redisUp ? suite('redis', () => ({ REDIS_URL: TEST_REDIS_URL })) : describe.skip(`${name} on redis (Redis 不可用，已跳过)`, () => it('needs Redis', () => undefined));

queueStateSuite('postgres', () => ({}));
onRedis('GET /api/admin/queue', queueStateSuite);
noConsumerSuite('postgres', () => ({}));
onRedis('QUEUE_CONSUMER=false', noConsumerSuite);
