import { Redis } from 'ioredis';

/** The Redis for queue tests: TEST_REDIS_URL, REDIS_URL, or the local one on 6379. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers. Under CI=true a missing Redis is an error, never a skip. */
export async function redisAvailable(): Promise<boolean> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error(`CI=true 但 Redis 不可用 (${TEST_REDIS_URL})：队列测试必须在 Redis 上运行`);
    process.stdout.write(`\n[跳过] Redis 不可用 (${TEST_REDIS_URL})，BullMQ-on-Redis 测试已跳过\n`);
    return false;
  } finally {
    client.disconnect();
  }
}
