import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { hashPassword, UserRepository } from '@app/identity';
import { loadConfig, PROJECT_DIRECTORY, type AppConfig, type ProjectDirectory, type Role } from '@app/platform';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { piiScanner, type PiiHit } from './pii-scan.js';
import { createTestDatabase, queryDatabase, TEST_DATA_KEY } from './test-database.js';

type Verb = 'get' | 'post' | 'patch' | 'put' | 'delete';
export type Http = Pick<ReturnType<typeof request>, Verb>;

export const TEST_PASSWORD = 'Xujing#2013test';

export interface TestUser {
  username: string;
  roles: Role[];
  /** Project codes assigned. */
  projects?: string[];
  password?: string;
  mustChangePassword?: boolean;
  disabled?: boolean;
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  databaseUrl: string;
  /** supertest, logged in as the test admin. */
  http(): Http;
  /** supertest without a token. */
  anon(): ReturnType<typeof request>;
  /** supertest with `token`. */
  as(token: string): Http;
  /** Creates a user directly (no audit, no API) and returns it. */
  createUser(user: TestUser): Promise<{ id: string; username: string; password: string }>;
  /** Logs in through the API; returns the bearer token. */
  login(username: string, password?: string): Promise<string>;
  /** Creates a user and logs in as them. */
  loginAs(user: TestUser): Promise<Http>;
  /** One SQL query against this test file's database. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function withToken(server: Parameters<typeof request>[0], token: string): Http {
  const wrap = (verb: Verb) => (url: string) => request(server)[verb](url).set('Authorization', `Bearer ${token}`);
  return { get: wrap('get'), post: wrap('post'), patch: wrap('patch'), put: wrap('put'), delete: wrap('delete') } as Http;
}

/**
 * Boots the real api app on a fresh database cloned from the migrated template, with a logged-in
 * test admin. `env` overrides configuration (e.g. `{ REDIS_URL }` to run the queue on Redis);
 * `options.logLines` collects the app's log lines (set LOG_LEVEL in `env` too).
 */
export async function createTestApp(env: Record<string, string> = {}, options: { logLines?: string[] } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    QUEUE_PREFIX: `xjt${randomBytes(4).toString('hex')}`,
    QUEUE_SWEEP_AFTER_SECONDS: '3600',
    LOGIN_RATE_LIMIT: '1000',
    DATA_KEY: TEST_DATA_KEY,
    ...env,
  });
  // With `logLines`, every log line (requests, Nest, jobs) is collected there instead of being dropped.
  const logLines = options.logLines;
  const app = await createApiApp(
    config,
    database.url,
    logLines ? { logDestination: { write: (line: string) => void logLines.push(line) } } : { logger: false },
  );
  const leaks: PiiHit[] = [];
  app.use(piiScanner(leaks));
  await app.init();
  const server = app.getHttpServer();

  const createUser = async (user: TestUser) => {
    const projects = await app.get<ProjectDirectory>(PROJECT_DIRECTORY).findByCodes(user.projects ?? []);
    const password = user.password ?? TEST_PASSWORD;
    const saved = await app.get(UserRepository).insert(
      {
        username: user.username.toLowerCase(),
        displayName: user.username,
        passwordHash: await hashPassword(password),
        roles: user.roles,
        mustChangePassword: user.mustChangePassword ?? false,
        disabled: user.disabled ?? false,
      },
      projects.map((p) => p.id),
    );
    return { id: saved.id, username: saved.username, password };
  };
  const login = async (username: string, password = TEST_PASSWORD) => {
    const res = await request(server).post('/api/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };
  await createUser({ username: 'test-admin', roles: ['admin'] });
  const adminToken = await login('test-admin');

  return {
    app,
    config,
    databaseUrl: database.url,
    http: () => withToken(server, adminToken),
    anon: () => request(server),
    as: (token) => withToken(server, token),
    createUser,
    login,
    loginAs: async (user) => {
      const created = await createUser(user);
      return withToken(server, await login(created.username, created.password));
    },
    query: (sql, params) => queryDatabase(database.url, sql, params),
    close: async () => {
      // Every JSON answer of this file, for every role, was scanned: personal data leaves only through unmask.
      if (leaks.length) {
        await app.close();
        await database.drop();
        throw new Error(`响应中出现未脱敏的身份证号或手机号:\n${leaks.map((l) => `${l.method} ${l.path} → ${l.status}: ${l.match}`).join('\n')}`);
      }
      await app.close();
      await database.drop();
    },
  };
}
