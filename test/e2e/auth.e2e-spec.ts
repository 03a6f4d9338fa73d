import { makeProject } from '../support/factories.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

const BAD_CREDENTIALS = { statusCode: 401, message: '用户名或密码错误' };
const SESSION_ENDED = { statusCode: 401, message: '登录已失效，请重新登录' };
const TIMED_OUT = { statusCode: 401, message: '登录已超时，请重新登录' };
const LOCKED = /^登录失败次数过多，账号已锁定，请 30 分钟后再试或联系系统管理员$/;

describe('login, sessions and lockout (e2e)', () => {
  let t: TestApp;
  let userCount = 0;
  /** A fresh officer with the test password (unique name per call). */
  const officer = (extra: { disabled?: boolean; mustChangePassword?: boolean } = {}) =>
    t.createUser({ username: `officer${++userCount}`, roles: ['officer'], projects: ['GJ17'], ...extra });
  const login = (username: string, password: string) => t.anon().post('/api/auth/login').send({ username, password });

  beforeAll(async () => {
    t = await createTestApp();
    await t
      .http()
      .post('/api/projects')
      .send(makeProject({ code: 'GJ17', name: '轨交17号线' }))
      .expect(201);
    await t
      .http()
      .post('/api/projects')
      .send(makeProject({ code: 'LXYQ' }))
      .expect(201);
  });
  afterAll(() => t.close());

  describe('POST /api/auth/login', () => {
    it('answers a token, its end and the account', async () => {
      const user = await officer();
      const before = Date.now();
      const res = await login(user.username.toUpperCase(), TEST_PASSWORD).expect(200);
      expect(res.body).toEqual({
        accessToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        expiresAt: expect.any(String),
        user: { username: user.username, displayName: user.username, roles: ['officer'], projects: ['GJ17'], mustChangePassword: false },
      });
      // The idle timeout (30 minutes) comes before the absolute lifetime (12 hours).
      const expires = Date.parse(res.body.expiresAt);
      expect(expires - before).toBeGreaterThanOrEqual(29 * 60_000);
      expect(expires - before).toBeLessThanOrEqual(31 * 60_000);
      // Only the token's hash is stored.
      const rows = await t.query<{ tokenHash: string }>(
        'SELECT "tokenHash" FROM user_session s JOIN app_user u ON u.id = s."userId" WHERE u.username = $1',
        [user.username],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0]!.tokenHash).not.toContain(res.body.accessToken);
      expect((await t.query('SELECT "lastLoginAt" FROM app_user WHERE username = $1', [user.username]))[0]!.lastLoginAt).not.toBeNull();
    });

    it('answers wrong password, unknown user and disabled user with the identical 401', async () => {
      const user = await officer();
      const disabled = await officer({ disabled: true });
      const wrong = await login(user.username, 'Wrong#2013pass');
      const unknown = await login('nobody-here', TEST_PASSWORD);
      const off = await login(disabled.username, TEST_PASSWORD);
      for (const res of [wrong, unknown, off]) {
        expect(res.status).toBe(401);
        expect(res.body).toEqual(BAD_CREDENTIALS);
      }
    });

    it('refuses a body without username or password with a Chinese 400', async () => {
      const res = await t.anon().post('/api/auth/login').send({ username: 'admin' }).expect(400);
      expect(res.body.message).toContain('密码不能为空');
    });
  });

  describe('lockout', () => {
    it('locks after 5 consecutive failures, even against the right password; an admin unlock lifts it', async () => {
      const user = await officer();
      for (let i = 1; i <= 4; i += 1) expect((await login(user.username, `Wrong#${i}pass`)).body).toEqual(BAD_CREDENTIALS);
      const fifth = await login(user.username, 'Wrong#5pass');
      expect(fifth.status).toBe(423);
      expect(fifth.body.message).toMatch(LOCKED);
      const right = await login(user.username, TEST_PASSWORD);
      expect(right.status).toBe(423);
      expect(right.body.message).toMatch(LOCKED);

      const listed = await t.http().get(`/api/users/${user.id}`).expect(200);
      expect(listed.body.locked).toBe(true);
      await t.http().post(`/api/users/${user.id}/unlock`).expect(200);
      await login(user.username, TEST_PASSWORD).expect(200);
    });

    it('locks a name that does not exist exactly like one that does (no user enumeration)', async () => {
      const answers = [];
      for (let i = 1; i <= 6; i += 1) answers.push(await login('ghost-user', `Wrong#${i}pass`));
      expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 401, 423, 423]);
      expect(answers[4]!.body.message).toMatch(LOCKED);
    });

    it('counts consecutive failures only: a success resets the counter', async () => {
      const user = await officer();
      for (let i = 1; i <= 4; i += 1) await login(user.username, `Wrong#${i}pass`).expect(401);
      await login(user.username, TEST_PASSWORD).expect(200);
      for (let i = 1; i <= 4; i += 1) await login(user.username, `Wrong#${i}pass`).expect(401);
      await login(user.username, TEST_PASSWORD).expect(200);
    });

    it('ends the lock after the lock time', async () => {
      const user = await officer();
      for (let i = 1; i <= 5; i += 1) await login(user.username, `Wrong#${i}pass`);
      await login(user.username, TEST_PASSWORD).expect(423);
      await t.query(`UPDATE login_throttle SET "lockedUntil" = now() - interval '1 second' WHERE username = $1`, [user.username]);
      await login(user.username, TEST_PASSWORD).expect(200);
    });
  });

  describe('sessions', () => {
    it('asks for a login without a token, and refuses a garbage or malformed one', async () => {
      expect((await t.anon().get('/api/projects').expect(401)).body).toEqual({ statusCode: 401, message: '请先登录' });
      expect((await t.anon().get('/api/projects').set('Authorization', 'Basic YWRtaW46eA==').expect(401)).body).toEqual({
        statusCode: 401,
        message: '请先登录',
      });
      expect((await t.as('not-a-real-token').get('/api/projects').expect(401)).body).toEqual(SESSION_ENDED);
    });

    it('ends the session at logout: the very next request is refused', async () => {
      const user = await officer();
      const token = await t.login(user.username);
      await t.as(token).get('/api/auth/me').expect(200);
      await t.as(token).post('/api/auth/logout').expect(204);
      expect((await t.as(token).get('/api/auth/me').expect(401)).body).toEqual(SESSION_ENDED);
      const row = await t.query<{ revokedReason: string }>('SELECT "revokedReason" FROM user_session WHERE "userId" = $1', [user.id]);
      expect(row).toEqual([{ revokedReason: 'logout' }]);
    });

    it('refuses the next request of a user an admin disabled', async () => {
      const user = await officer();
      const token = await t.login(user.username);
      await t.as(token).get('/api/projects').expect(200);
      await t.http().post(`/api/users/${user.id}/disable`).send({ reason: '调离' }).expect(200);
      expect((await t.as(token).get('/api/projects').expect(401)).body).toEqual(SESSION_ENDED);
      expect((await login(user.username, TEST_PASSWORD)).body).toEqual(BAD_CREDENTIALS);
    });

    it('refuses the next request of a user whose roles or projects an admin changed', async () => {
      const user = await officer();
      const token = await t.login(user.username);
      await t.as(token).get('/api/projects').expect(200);
      await t
        .http()
        .patch(`/api/users/${user.id}`)
        .send({ roles: ['officer', 'finance'], version: 1 })
        .expect(200);
      expect((await t.as(token).get('/api/projects').expect(401)).body).toEqual(SESSION_ENDED);

      const again = await t.login(user.username);
      const me = await t.as(again).get('/api/auth/me').expect(200);
      expect(me.body.roles).toEqual(['officer', 'finance']);
      await t
        .http()
        .patch(`/api/users/${user.id}`)
        .send({ projects: ['GJ17', 'LXYQ'], version: 2 })
        .expect(200);
      await t.as(again).get('/api/projects').expect(401);
    });

    it('refuses the next request of a user whose password an admin reset', async () => {
      const user = await officer();
      const token = await t.login(user.username);
      const reset = await t.http().post(`/api/users/${user.id}/reset-password`).expect(200);
      await t.as(token).get('/api/projects').expect(401);
      expect((await login(user.username, TEST_PASSWORD)).body).toEqual(BAD_CREDENTIALS);
      const res = await login(user.username, reset.body.temporaryPassword).expect(200);
      expect(res.body.user.mustChangePassword).toBe(true);
    });

    it('ends an idle session after 30 minutes', async () => {
      const user = await officer();
      const token = await t.login(user.username);
      await t.query(`UPDATE user_session SET "lastSeenAt" = now() - interval '29 minutes' WHERE "userId" = $1`, [user.id]);
      await t.as(token).get('/api/projects').expect(200); // activity moves the idle deadline
      await t.query(`UPDATE user_session SET "lastSeenAt" = now() - interval '31 minutes' WHERE "userId" = $1`, [user.id]);
      expect((await t.as(token).get('/api/projects').expect(401)).body).toEqual(TIMED_OUT);
      expect((await t.as(token).get('/api/projects').expect(401)).body).toEqual(SESSION_ENDED);
    });

    it('ends an active session at its absolute lifetime', async () => {
      const user = await officer();
      const token = await t.login(user.username);
      await t.query(`UPDATE user_session SET "expiresAt" = now() - interval '1 second' WHERE "userId" = $1`, [user.id]);
      expect((await t.as(token).get('/api/projects').expect(401)).body).toEqual(TIMED_OUT);
    });
  });

  describe('first login', () => {
    it('makes a user created by an admin change the password before anything else', async () => {
      const created = await t
        .http()
        .post('/api/users')
        .send({ username: 'newcomer', displayName: '新同事', roles: ['officer'], projects: ['GJ17'] })
        .expect(201);
      const temporary = created.body.temporaryPassword as string;
      const first = await login('newcomer', temporary).expect(200);
      expect(first.body.user.mustChangePassword).toBe(true);
      const token = first.body.accessToken as string;
      const other = await t.login('newcomer', temporary);

      expect((await t.as(token).get('/api/projects').expect(403)).body).toEqual({ statusCode: 403, message: '首次登录请先修改密码' });
      expect((await t.as(token).get('/api/auth/me').expect(200)).body).toMatchObject({ username: 'newcomer', mustChangePassword: true });

      const weak = await t
        .as(token)
        .post('/api/auth/password')
        .send({ currentPassword: temporary, newPassword: 'newcomer2013' })
        .expect(400);
      expect(weak.body.details).toEqual([
        { field: 'newPassword', message: '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类' },
        { field: 'newPassword', message: '密码不能包含用户名' },
      ]);
      const common = await t
        .as(token)
        .post('/api/auth/password')
        .send({ currentPassword: temporary, newPassword: 'Abc@123456' })
        .expect(400);
      expect(common.body.message).toBe('密码过于常见，请换一个');
      const wrongCurrent = await t
        .as(token)
        .post('/api/auth/password')
        .send({ currentPassword: 'Not#the1', newPassword: 'Xujing#Good2013' })
        .expect(400);
      expect(wrongCurrent.body.message).toBe('当前密码不正确');

      const changed = await t
        .as(token)
        .post('/api/auth/password')
        .send({ currentPassword: temporary, newPassword: 'Xujing#Good2013' })
        .expect(200);
      expect(changed.body).toMatchObject({ username: 'newcomer', mustChangePassword: false });
      await t.as(token).get('/api/projects').expect(200);
      // The password change ends the account's other sessions.
      expect((await t.as(other).get('/api/auth/me').expect(401)).body).toEqual(SESSION_ENDED);
      await login('newcomer', temporary).expect(401);
      await login('newcomer', 'Xujing#Good2013').expect(200);
    });
  });

  describe('roles', () => {
    it('lets a leader read but never write', async () => {
      const leader = await t.loginAs({ username: 'leader1', roles: ['leader'] });
      await leader.get('/api/projects').expect(200);
      await leader.get('/api/auth/me').expect(200);
      const writes = [
        leader.post('/api/projects').send(makeProject()),
        leader.post('/api/projects/GJ17/parcels').send({ code: 'GJ17-99', village: '二联村', landOwnership: 'collective', area: '10' }),
        leader.post('/api/users').send({ username: 'sneaky', displayName: 'x', roles: ['admin'] }),
        leader.get('/api/users'),
      ];
      for (const res of await Promise.all(writes)) {
        expect(res.status).toBe(403);
        expect(res.body).toEqual({ statusCode: 403, message: '没有权限执行此操作' });
      }
    });
  });
});

describe('session and lockout settings (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SESSION_IDLE_MINUTES: '5', SESSION_MAX_HOURS: '1', LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '10' });
  });
  afterAll(() => t.close());

  it('takes the idle timeout, the absolute lifetime and the lockout from the configuration', async () => {
    const user = await t.createUser({ username: 'configured', roles: ['leader'] });
    const before = Date.now();
    const res = await t.anon().post('/api/auth/login').send({ username: user.username, password: TEST_PASSWORD }).expect(200);
    const idle = Date.parse(res.body.expiresAt) - before;
    expect(idle).toBeGreaterThan(4 * 60_000);
    expect(idle).toBeLessThanOrEqual(6 * 60_000);
    const [session] = await t.query<{ hours: number }>(
      `SELECT extract(epoch FROM s."expiresAt" - s."createdAt") / 3600 AS hours FROM user_session s JOIN app_user u ON u.id = s."userId" WHERE u.username = $1`,
      [user.username],
    );
    expect(Number(session!.hours)).toBeCloseTo(1, 1);
    await t.query(`UPDATE user_session SET "lastSeenAt" = now() - interval '6 minutes' WHERE "userId" = $1`, [user.id]);
    expect((await t.as(res.body.accessToken).get('/api/projects').expect(401)).body).toEqual(TIMED_OUT);

    const attempts = [];
    for (let i = 1; i <= 3; i += 1)
      attempts.push(
        await t
          .anon()
          .post('/api/auth/login')
          .send({ username: user.username, password: `Wrong#${i}pass` }),
      );
    expect(attempts.map((a) => a.status)).toEqual([401, 401, 423]);
    expect(attempts[2]!.body.message).toBe('登录失败次数过多，账号已锁定，请 10 分钟后再试或联系系统管理员');
  });
});

describe('login rate limit per IP (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('answers the 4th login attempt in a minute with a Chinese 429 and Retry-After', async () => {
    // createTestApp's own admin login was the first attempt from this IP.
    await t.anon().post('/api/auth/login').send({ username: 'test-admin', password: TEST_PASSWORD }).expect(200);
    await t.anon().post('/api/auth/login').send({ username: 'test-admin', password: 'Wrong#2013' }).expect(401);
    const limited = await t.anon().post('/api/auth/login').send({ username: 'test-admin', password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.message).toMatch(/^登录尝试过于频繁，请 \d+ 秒后再试$/);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Other routes are not limited.
    await t.http().get('/api/projects').expect(200);
    // The refused attempt is audited like every login attempt, under the name it tried.
    const rows = await t.query<{ username: string; outcome: string; statusCode: number; detail: string; userId: string | null }>(
      `SELECT username, outcome, "statusCode", detail, "userId" FROM audit_log WHERE action = 'auth.login' ORDER BY id`,
    );
    expect(rows.map((r) => [r.username, r.outcome, r.statusCode])).toEqual([
      ['test-admin', 'success', 200],
      ['test-admin', 'success', 200],
      ['test-admin', 'failure', 401],
      ['test-admin', 'failure', 429],
    ]);
    expect(rows[3]).toMatchObject({ userId: null, detail: expect.stringMatching(/^登录尝试过于频繁，请 \d+ 秒后再试$/) });
  });
});
