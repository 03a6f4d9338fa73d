import { createPostgresBackend, createRedisBackend, setDefaultBackendFactory } from 'bullmq';
import type { QueueOptions } from 'bullmq';

export type QueueDriver = 'redis' | 'postgres';

export interface QueueConnection {
  driver: QueueDriver;
  options: Pick<QueueOptions, 'connection' | 'prefix'>;
}

/** Parses a redis:// URL into ioredis options (BullMQ needs maxRetriesPerRequest: null for workers). */
export function redisOptions(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
  };
}

/**
 * The single place that picks the transport: BullMQ on Redis when REDIS_URL is set, otherwise
 * BullMQ's PostgreSQL backend in the app's own database (schema `bullmq`). Job code never knows which.
 */
export function configureQueueDriver(input: { redisUrl?: string; databaseUrl: string; prefix: string }): QueueConnection {
  if (input.redisUrl) {
    setDefaultBackendFactory(createRedisBackend);
    return { driver: 'redis', options: { connection: redisOptions(input.redisUrl), prefix: input.prefix } };
  }
  setDefaultBackendFactory(createPostgresBackend as never);
  return {
    driver: 'postgres',
    options: {
      connection: { connectionString: input.databaseUrl, schema: 'bullmq', migrate: true, max: 5 } as never,
      prefix: input.prefix,
    },
  };
}
