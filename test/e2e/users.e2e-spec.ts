import { DataSource } from 'typeorm';
import { createUserCommand, standaloneUserService, UserCommandError } from '@app/identity';
import { standaloneProjectDirectory } from '@app/land';
import { dataSourceOptions } from '@app/platform';
import { ENTITIES, MIGRATIONS } from '@app/schema';
import { makeProject } from '../support/factories.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

const STALE = { statusCode: 409, message: '该记录已被他人修改，请刷新后重试' };
const SESSION_ENDED = { statusCode: 401, message: '登录已失效，请重新登录' };

describe('user administration (e2e)', () => {
  let t: TestApp;
  let adminId: string;
  let n = 0;
  const newUser = (overrides: Record<string, unknown> = {}) => ({
    username: `user${++n}`,
    displayName: `用户${n}`,
    roles: ['officer'],
    projects: ['GJ17'],
    ...overrides,
  });
  const userRow = async (id: string) =>
    (
      await t.query<{
        username: string;
        disabled: boolean;
        mustChangePassword: boolean;
        version: number;
        roles: string[];
        passwordHash: string;
      }>('SELECT username, disabled, "mustChangePassword", version, roles, "passwordHash" FROM app_user WHERE id = $1', [id])
    )[0]!;
  const countUsers = async () => Number((await t.query<{ n: string }>('SELECT count(*) AS n FROM app_user'))[0]!.n);
  const login = (username: string, password: string) => t.anon().post('/api/auth/login').send({ username, password });

  beforeAll(async () => {
    t = await createTestApp();
    for (const code of ['GJ17', 'LXYQ', 'SYQH']) await t.http().post('/api/projects').send(makeProject({ code })).expect(201);
    adminId = (await t.query<{ id: string }>(`SELECT id FROM app_user WHERE username = 'test-admin'`))[0]!.id;
  });
  afterAll(() => t.close());

  describe('POST /api/users', () => {
    it('creates a user who must change the password, with a temporary password shown once', async () => {
      const res = await t
        .http()
        .post('/api/users')
        .send({ username: '  Wang.JG ', displayName: ' 王建国 ', roles: ['officer'], projects: ['LXYQ', 'GJ17'] })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        username: 'wang.jg',
        displayName: '王建国',
        roles: ['officer'],
        projects: ['GJ17', 'LXYQ'],
        disabled: false,
        mustChangePassword: true,
        locked: false,
        lastLoginAt: null,
        createdAt: expect.any(String),
        version: 1,
        temporaryPassword: expect.stringMatching(/^\S{16}$/),
      });
      const row = await userRow(res.body.id);
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row.mustChangePassword).toBe(true);
      // Shown once: reading the user never shows it (nor the hash) again.
      const again = await t.http().get(`/api/users/${res.body.id}`).expect(200);
      expect(again.body.temporaryPassword).toBeUndefined();
      expect(JSON.stringify(again.body)).not.toContain('argon2');
      await login('wang.jg', res.body.temporaryPassword).expect(200);
    });

    it('takes a given password (no temporary one) and still forces the change', async () => {
      const res = await t
        .http()
        .post('/api/users')
        .send(newUser({ password: 'Qingpu#Road318' }))
        .expect(201);
      expect(res.body.temporaryPassword).toBeUndefined();
      expect(res.body.mustChangePassword).toBe(true);
      const logged = await login(res.body.username, 'Qingpu#Road318').expect(200);
      expect(logged.body.user.mustChangePassword).toBe(true);
    });

    it('refuses a duplicate username, whatever its case, with a Chinese 409', async () => {
      await t
        .http()
        .post('/api/users')
        .send(newUser({ username: 'dup.user' }))
        .expect(201);
      const before = await countUsers();
      const res = await t
        .http()
        .post('/api/users')
        .send(newUser({ username: 'DUP.User' }))
        .expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: '用户名 dup.user 已存在' });
      expect(await countUsers()).toBe(before);
    });

    it('refuses a bad username, no roles, an unknown role and an unknown project', async () => {
      const before = await countUsers();
      const cases: Array<[Record<string, unknown>, number, string]> = [
        [newUser({ username: 'ab' }), 400, '用户名须为 3 至 30 位小写字母、数字、点、下划线或连字符'],
        [newUser({ username: '王建国' }), 400, '用户名须为 3 至 30 位小写字母、数字、点、下划线或连字符'],
        [newUser({ username: 'a'.repeat(31) }), 400, '用户名须为 3 至 30 位小写字母、数字、点、下划线或连字符'],
        [newUser({ roles: [] }), 400, '至少选择一个角色'],
        [newUser({ roles: ['officer', 'root'] }), 400, '角色只能是 admin、officer、finance、leader、company'],
        [newUser({ roles: ['officer', 'officer'] }), 400, '角色不能重复'],
        [newUser({ projects: ['GJ17', 'NOPE'] }), 422, '项目 NOPE 不存在'],
        [{ username: 'nodisplay', roles: ['officer'] }, 400, '姓名不能为空'],
      ];
      for (const [body, status, message] of cases) {
        const res = await t.http().post('/api/users').send(body);
        expect({ body, status: res.status, message: res.body.message }).toEqual({
          body,
          status,
          message: expect.stringContaining(message),
        });
      }
      expect(await countUsers()).toBe(before);
    });

    it('refuses a password that breaks the policy, saying every problem in Chinese', async () => {
      const res = await t
        .http()
        .post('/api/users')
        .send(newUser({ username: 'zhangsan', password: 'zhangsan1' }))
        .expect(400);
      expect(res.body.details).toEqual([
        { field: 'password', message: '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类' },
        { field: 'password', message: '密码不能包含用户名' },
      ]);
      const common = await t
        .http()
        .post('/api/users')
        .send(newUser({ password: 'Woaini@1314' }))
        .expect(400);
      expect(common.body.message).toBe('密码过于常见，请换一个');
      const short = await t
        .http()
        .post('/api/users')
        .send(newUser({ password: 'Ab1!' }))
        .expect(400);
      expect(short.body.message).toContain('密码至少 8 个字符');
    });
  });

  describe('GET /api/users', () => {
    it('lists with filters and paging, never showing password hashes', async () => {
      await t
        .http()
        .post('/api/users')
        .send(newUser({ username: 'list.fin', displayName: '财务李', roles: ['finance'], projects: [] }))
        .expect(201);
      const off = await t
        .http()
        .post('/api/users')
        .send(newUser({ username: 'list.off', displayName: '停用者', roles: ['finance'], projects: [] }))
        .expect(201);
      await t.http().post(`/api/users/${off.body.id}/disable`).expect(200);

      const all = await t.http().get('/api/users?pageSize=200').expect(200);
      expect(all.body.total).toBe(await countUsers());
      expect(JSON.stringify(all.body)).not.toMatch(/argon2|passwordHash/);

      const finance = await t.http().get('/api/users?role=finance').expect(200);
      expect(finance.body.items.map((u: { username: string }) => u.username)).toEqual(['list.fin', 'list.off']);
      const enabled = await t.http().get('/api/users?role=finance&disabled=false').expect(200);
      expect(enabled.body.items.map((u: { username: string }) => u.username)).toEqual(['list.fin']);
      const byName = await t
        .http()
        .get(`/api/users?q=${encodeURIComponent('停用')}`)
        .expect(200);
      expect(byName.body).toMatchObject({ total: 1, items: [{ username: 'list.off', disabled: true }] });
      const page = await t.http().get('/api/users?page=2&pageSize=1').expect(200);
      expect(page.body.items).toHaveLength(1);
      expect(page.body.items[0].username).toBe(all.body.items[1].username);

      const bad = await t.http().get('/api/users?role=root&disabled=maybe').expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['disabled', 'role']);
    });

    it('answers 404 in Chinese for an unknown or malformed id', async () => {
      expect((await t.http().get('/api/users/00000000-0000-0000-0000-000000000000').expect(404)).body).toEqual({
        statusCode: 404,
        message: '用户不存在',
      });
      expect((await t.http().get('/api/users/not-an-id').expect(404)).body).toEqual({ statusCode: 404, message: '用户不存在' });
    });
  });

  describe('PATCH /api/users/:id', () => {
    it('changes the display name without ending sessions, bumping the version', async () => {
      const user = await t.createUser({ username: 'rename.me', roles: ['officer'] });
      const token = await t.login(user.username);
      const res = await t.http().patch(`/api/users/${user.id}`).send({ displayName: '改名后', version: 1 }).expect(200);
      expect(res.body).toMatchObject({ displayName: '改名后', version: 2 });
      await t.as(token).get('/api/auth/me').expect(200);
    });

    it('replaces roles and projects and ends the user sessions', async () => {
      const user = await t.createUser({ username: 'move.me', roles: ['officer'], projects: ['GJ17'] });
      const token = await t.login(user.username);
      const res = await t
        .http()
        .patch(`/api/users/${user.id}`)
        .send({ roles: ['company'], projects: ['SYQH', 'GJ17'], version: 1 })
        .expect(200);
      expect(res.body).toMatchObject({ roles: ['company'], projects: ['GJ17', 'SYQH'], version: 2 });
      expect((await t.as(token).get('/api/auth/me').expect(401)).body).toEqual(SESSION_ENDED);
      const me = await t
        .as(await t.login(user.username))
        .get('/api/auth/me')
        .expect(200);
      expect(me.body).toMatchObject({ roles: ['company'], projects: ['GJ17', 'SYQH'] });
      const cleared = await t.http().patch(`/api/users/${user.id}`).send({ projects: [], version: 2 }).expect(200);
      expect(cleared.body.projects).toEqual([]);
    });

    it('refuses a stale version and an unknown project, changing nothing', async () => {
      const user = await t.createUser({ username: 'stale.me', roles: ['officer'] });
      await t.http().patch(`/api/users/${user.id}`).send({ displayName: '第一次', version: 1 }).expect(200);
      expect((await t.http().patch(`/api/users/${user.id}`).send({ displayName: '过期', version: 1 }).expect(409)).body).toEqual(STALE);
      const res = await t
        .http()
        .patch(`/api/users/${user.id}`)
        .send({ roles: ['finance'], projects: ['NOPE'], version: 2 })
        .expect(422);
      expect(res.body.message).toBe('项目 NOPE 不存在');
      const row = await userRow(user.id);
      expect(row).toMatchObject({ roles: ['officer'], version: 2 });
    });

    it('needs a version', async () => {
      const user = await t.createUser({ username: 'noversion', roles: ['officer'] });
      const res = await t.http().patch(`/api/users/${user.id}`).send({ displayName: 'x' }).expect(400);
      expect(res.body.details[0]).toMatchObject({ field: 'version' });
    });
  });

  describe('disable, enable, unlock, reset', () => {
    it('disables (ending sessions) and enables an account', async () => {
      const user = await t.createUser({ username: 'off.on', roles: ['officer'] });
      const token = await t.login(user.username);
      const off = await t.http().post(`/api/users/${user.id}/disable`).send({ reason: '调离动迁办' }).expect(200);
      expect(off.body).toMatchObject({ disabled: true, version: 2 });
      await t.as(token).get('/api/auth/me').expect(401);
      await login(user.username, TEST_PASSWORD).expect(401);
      const on = await t.http().post(`/api/users/${user.id}/enable`).expect(200);
      expect(on.body).toMatchObject({ disabled: false, version: 3 });
      await login(user.username, TEST_PASSWORD).expect(200);
    });

    it('unlocks a locked account', async () => {
      const user = await t.createUser({ username: 'locked.out', roles: ['officer'] });
      for (let i = 1; i <= 5; i += 1) await login(user.username, `Wrong#${i}pass`);
      await login(user.username, TEST_PASSWORD).expect(423);
      const listed = await t.http().get('/api/users?q=locked.out').expect(200);
      expect(listed.body.items[0]).toMatchObject({ username: 'locked.out', locked: true });
      const res = await t.http().post(`/api/users/${user.id}/unlock`).expect(200);
      expect(res.body.locked).toBe(false);
      expect(await t.query('SELECT * FROM login_throttle WHERE username = $1', [user.username])).toEqual([]);
      await login(user.username, TEST_PASSWORD).expect(200);
    });

    it('resets the password: a new temporary one, the old one and the sessions gone, change forced', async () => {
      const user = await t.createUser({ username: 'forgot.pw', roles: ['finance'] });
      const token = await t.login(user.username);
      const res = await t.http().post(`/api/users/${user.id}/reset-password`).expect(200);
      expect(res.body).toMatchObject({
        username: 'forgot.pw',
        mustChangePassword: true,
        temporaryPassword: expect.stringMatching(/^\S{16}$/),
      });
      await t.as(token).get('/api/auth/me').expect(401);
      await login(user.username, TEST_PASSWORD).expect(401);
      const fresh = await login(user.username, res.body.temporaryPassword).expect(200);
      await t.as(fresh.body.accessToken).get('/api/projects').expect(403);
    });
  });

  describe('safety', () => {
    it('refuses to let an admin disable themselves', async () => {
      const res = await t.http().post(`/api/users/${adminId}/disable`).expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: '不能停用自己的账号' });
      expect((await userRow(adminId)).disabled).toBe(false);
    });

    it('refuses to remove the admin role from the last active admin', async () => {
      const version = (await userRow(adminId)).version;
      // A disabled admin does not count.
      const sleeper = await t.createUser({ username: 'sleeping.admin', roles: ['admin'], disabled: true });
      const res = await t
        .http()
        .patch(`/api/users/${adminId}`)
        .send({ roles: ['officer'], version })
        .expect(409);
      expect(res.body).toEqual({ statusCode: 409, message: '不能取消最后一个启用的系统管理员的管理员角色' });
      expect((await userRow(adminId)).roles).toEqual(['admin']);

      // With a second active admin, one may be demoted (and disabled).
      await t.http().post(`/api/users/${sleeper.id}/enable`).expect(200);
      const second = await t.createUser({ username: 'second.admin', roles: ['admin'] });
      await t
        .http()
        .patch(`/api/users/${second.id}`)
        .send({ roles: ['admin', 'leader'], version: 1 })
        .expect(200);
      await t.http().post(`/api/users/${second.id}/disable`).expect(200);
      const demoted = await t
        .http()
        .patch(`/api/users/${sleeper.id}`)
        .send({ roles: ['leader'], version: 2 })
        .expect(200);
      expect(demoted.body.roles).toEqual(['leader']);
    });

    it('keeps every user route for admins only', async () => {
      const officer = await t.loginAs({ username: 'not.admin', roles: ['officer', 'finance', 'leader', 'company'], projects: ['GJ17'] });
      const target = await t.createUser({ username: 'target.user', roles: ['officer'] });
      const attempts = [
        officer.get('/api/users'),
        officer.get(`/api/users/${target.id}`),
        officer.post('/api/users').send(newUser()),
        officer.patch(`/api/users/${target.id}`).send({ roles: ['admin'], version: 1 }),
        officer.post(`/api/users/${target.id}/disable`),
        officer.post(`/api/users/${target.id}/enable`),
        officer.post(`/api/users/${target.id}/unlock`),
        officer.post(`/api/users/${target.id}/reset-password`),
      ];
      for (const res of await Promise.all(attempts))
        expect({ status: res.status, body: res.body }).toEqual({ status: 403, body: { statusCode: 403, message: '没有权限执行此操作' } });
      expect(await userRow(target.id)).toMatchObject({ roles: ['officer'], version: 1, disabled: false });
    });
  });

  describe('audit', () => {
    it('records who created, changed and reset whom, without any password or hash', async () => {
      const created = await t
        .http()
        .post('/api/users')
        .send(newUser({ username: 'audited.user' }))
        .expect(201);
      const reset = await t.http().post(`/api/users/${created.body.id}/reset-password`).expect(200);
      const rows = await t.query<{ action: string; changes: Array<{ after: Record<string, unknown> }> }>(
        `SELECT action, changes FROM audit_log WHERE "entityId" = $1 ORDER BY id`,
        [created.body.id],
      );
      expect(rows.map((r) => r.action)).toEqual(['user.create', 'user.reset_password']);
      expect(rows[0]!.changes[0]!.after).toMatchObject({
        username: 'audited.user',
        roles: ['officer'],
        projects: ['GJ17'],
        password: '******',
      });
      const text = JSON.stringify(rows);
      expect(text).not.toContain(created.body.temporaryPassword);
      expect(text).not.toContain(reset.body.temporaryPassword);
      expect(text).not.toContain('argon2');
    });
  });

  describe('mass assignment', () => {
    it('refuses undeclared fields on POST and creates nothing', async () => {
      const before = await countUsers();
      for (const extra of [
        { passwordHash: '$argon2id$v=19$fake' },
        { id: '00000000-0000-0000-0000-000000000001' },
        { disabled: true },
        { mustChangePassword: false },
        { version: 9 },
        { lastLoginAt: '2013-01-01' },
      ]) {
        const res = await t.http().post('/api/users').send(newUser(extra)).expect(400);
        expect(res.body.message).toBe(`不允许提交字段 ${Object.keys(extra)[0]}`);
      }
      const proto = await t
        .http()
        .post('/api/users')
        .set('Content-Type', 'application/json')
        .send(`{"username":"proto.user","displayName":"x","roles":["officer"],"__proto__":{"roles":["admin"]}}`)
        .expect(400);
      expect(proto.body.message).toBe('不允许提交字段 __proto__');
      expect(await countUsers()).toBe(before);
    });

    it('refuses undeclared fields on PATCH and changes nothing', async () => {
      const user = await t.createUser({ username: 'mass.patch', roles: ['officer'] });
      for (const extra of [
        { passwordHash: '$argon2id$v=19$fake' },
        { id: adminId },
        { disabled: true },
        { mustChangePassword: false },
        { username: 'renamed' },
      ]) {
        await t
          .http()
          .patch(`/api/users/${user.id}`)
          .send({ displayName: '不应改', version: 1, ...extra })
          .expect(400);
      }
      await t
        .http()
        .patch(`/api/users/${user.id}`)
        .set('Content-Type', 'application/json')
        .send(`{"version":1,"__proto__":{"roles":["admin"]}}`)
        .expect(400);
      const row = await userRow(user.id);
      expect(row).toMatchObject({ username: 'mass.patch', roles: ['officer'], disabled: false, version: 1 });
      expect((await t.http().get(`/api/users/${user.id}`).expect(200)).body.displayName).toBe('mass.patch');
    });
  });

  describe('npm run user:create (createUserCommand)', () => {
    let dataSource: DataSource;
    const lines: string[] = [];
    const deps = (extra: { askPassword?: () => Promise<string> } = {}) => ({
      users: standaloneUserService(dataSource, t.config, standaloneProjectDirectory(dataSource)),
      print: (line: string) => lines.push(line),
      ...extra,
    });

    beforeAll(async () => {
      dataSource = new DataSource(dataSourceOptions(t.databaseUrl, ENTITIES, MIGRATIONS));
      await dataSource.initialize();
    });
    afterAll(() => dataSource.destroy());
    beforeEach(() => {
      lines.length = 0;
    });

    it('creates an admin with a generated password, printed once, who must change it first', async () => {
      const result = await createUserCommand({ username: 'Root', roles: ['admin'], displayName: '首任管理员' }, deps());
      expect(result.temporaryPassword).toMatch(/^\S{16}$/);
      expect(lines.join('\n')).toContain('已创建用户 root（首任管理员）');
      expect(lines.join('\n')).toContain('系统管理员（admin）');
      expect(lines.filter((l) => l.includes(result.temporaryPassword!))).toHaveLength(1);
      const logged = await login('root', result.temporaryPassword!).expect(200);
      expect(logged.body.user).toMatchObject({ username: 'root', roles: ['admin'], mustChangePassword: true });
      const res = await t.as(logged.body.accessToken).get('/api/users').expect(403);
      expect(res.body.message).toBe('首次登录请先修改密码');
    });

    it('takes the password typed at the prompt, with projects', async () => {
      const result = await createUserCommand(
        { username: 'typed.pw', roles: ['officer'], projects: ['GJ17'] },
        deps({ askPassword: async () => 'Typed#Pass2013' }),
      );
      expect(result.temporaryPassword).toBeUndefined();
      expect(lines.join('\n')).toContain('负责项目：GJ17');
      const logged = await login('typed.pw', 'Typed#Pass2013').expect(200);
      expect(logged.body.user).toMatchObject({ projects: ['GJ17'], mustChangePassword: true });
    });

    it('refuses a duplicate, a weak password, an unknown role and an unknown project', async () => {
      const before = await countUsers();
      await expect(createUserCommand({ username: 'root', roles: ['admin'] }, deps())).rejects.toThrow(
        new UserCommandError('用户名 root 已存在'),
      );
      await expect(createUserCommand({ username: 'weak', roles: ['admin'], password: 'Aa123456' }, deps())).rejects.toThrow(
        '密码过于常见，请换一个',
      );
      await expect(createUserCommand({ username: 'weak2', roles: ['admin'] }, deps({ askPassword: async () => 'short' }))).rejects.toThrow(
        /密码至少 8 个字符/,
      );
      await expect(createUserCommand({ username: 'badrole', roles: ['root'] }, deps())).rejects.toThrow(/未知角色 root/);
      await expect(createUserCommand({ username: 'badproj', roles: ['officer'], projects: ['NOPE'] }, deps())).rejects.toThrow(
        '项目 NOPE 不存在',
      );
      expect(await countUsers()).toBe(before);
      expect(lines).toEqual([]);
    });
  });
});

describe('last active admin under concurrency (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets only one of two admins demoting each other at once succeed', async () => {
    const a1 = await t.createUser({ username: 'admin.one', roles: ['admin'] });
    const a2 = await t.createUser({ username: 'admin.two', roles: ['admin'] });
    const one = t.as(await t.login(a1.username));
    const two = t.as(await t.login(a2.username));
    const testAdmin = (
      await t.query<{ id: string; version: number }>(`SELECT id, version FROM app_user WHERE username = 'test-admin'`)
    )[0]!;
    await one
      .patch(`/api/users/${testAdmin.id}`)
      .send({ roles: ['leader'], version: testAdmin.version })
      .expect(200);

    const [r1, r2] = await Promise.all([
      one.patch(`/api/users/${a2.id}`).send({ roles: ['leader'], version: 1 }),
      two.patch(`/api/users/${a1.id}`).send({ roles: ['leader'], version: 1 }),
    ]);
    const statuses = [r1.status, r2.status].sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect([401, 409]).toContain(statuses[1]);
    const admins = await t.query(`SELECT username FROM app_user WHERE 'admin' = ANY(roles) AND NOT disabled`);
    expect(admins).toHaveLength(1);
  });
});
