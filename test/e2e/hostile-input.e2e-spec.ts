import type { Response } from 'supertest';
import { makeHousehold, makeParcel, makeProject } from '../support/factories.js';
import { bodyDtoFields, listRoutes, type RouteInfo } from '../support/routes.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

/**
 * Hostile and careless input at the boundary, generated from the router (as the authorization matrix
 * is): every route gets a NUL in its path, its query and each field of its body, a body nested 10 000
 * levels deep, a body in UTF-16 and a broken JSON body. Each must answer a Chinese 4xx that quotes
 * nothing of what was sent, and nothing may change — not even the audit trail.
 */
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const CHINESE = /[\u4e00-\u9fa5]/;

const pathOf = (route: RouteInfo, param: (name: string) => string) => route.path.replace(/:([A-Za-z]+)/g, (_m, name: string) => param(name));
const validParam = (name: string) => (name === 'code' ? 'GJ17' : name === 'kind' ? 'households' : ZERO_UUID);
const verbOf = (route: RouteInfo) => route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';

function expectRefused(res: Response, route: string, status: number, message: RegExp): void {
  expect({ route, status: res.status, message: res.body?.message }).toEqual({ route, status, message: expect.stringMatching(message) });
  expect(res.body.message).toMatch(CHINESE);
}

describe('hostile input at the boundary (e2e, generated from the router)', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  let before: Record<string, string>;
  const counts = async () =>
    (
      await t.query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM project) AS projects, (SELECT count(*) FROM parcel) AS parcels, (SELECT count(*) FROM household) AS households,
                (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM case_file) AS cases, (SELECT count(*) FROM audit_log) AS audit,
                (SELECT count(*) FROM import_batch) AS imports, (SELECT count(*) FROM export_batch) AS exports,
                (SELECT count(*) FROM rectification_violation) AS violations, (SELECT count(*) FROM rectification_step) AS "violationSteps",
                (SELECT count(*) FROM land_ownership) AS ownership, (SELECT count(*) FROM consolidation_plan) AS plans`,
      )
    )[0]!;

  beforeAll(async () => {
    t = await createTestApp();
    routes = listRoutes(t.app);
    await t.http().post('/api/projects').send(makeProject({ code: 'HS' })).expect(201);
    await t.http().post('/api/projects/HS/parcels').send(makeParcel({ code: 'HS-01' })).expect(201);
    before = await counts();
  });
  afterAll(() => t.close());

  it('covers the whole router', () => {
    expect(routes.length).toBeGreaterThan(40);
  });

  it('a NUL in any path parameter is a Chinese 400', async () => {
    const withParams = routes.filter((r) => r.path.includes('/:'));
    expect(withParams.length).toBeGreaterThan(15);
    for (const route of withParams) {
      const res = await t.http()[verbOf(route)](pathOf(route, () => 'GJ%0017')).send({});
      expectRefused(res, route.key, 400, /请求地址含有不允许的控制字符/);
    }
  });

  it('a NUL or other control character in any query is a Chinese 400 — signed in or not', async () => {
    for (const route of routes) {
      const path = pathOf(route, validParam);
      for (const query of ['q=%00', 'page=1&village=a%00b', 'user=a%01b', 'x%00=1']) {
        const client = route.policy?.kind === 'public' ? t.anon() : t.http();
        expectRefused(await client[verbOf(route)](`${path}?${query}`).send({}), `${route.key}?${query}`, 400, /控制字符/);
      }
    }
  });

  it('a NUL in any declared body field (and in any key) is a Chinese 400 naming the field', async () => {
    const fields = bodyDtoFields(t.app);
    const writes = routes.filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(20);
    for (const route of writes) {
      const path = pathOf(route, validParam);
      const client = () => (route.policy?.kind === 'public' ? t.anon() : t.http());
      for (const field of fields.get(`${route.controller}.${route.handler}`) ?? ['remarks']) {
        const res = await client()[verbOf(route)](path).send({ [field]: 'a\u0000b' });
        expectRefused(res, `${route.key} ${field}`, 400, new RegExp(`^${field} 含有不允许的控制字符$`));
      }
      expectRefused(await client()[verbOf(route)](path).send({ nested: { list: ['ok', '\u0007'] } }), route.key, 400, /^nested\.list\[1\] 含有不允许的控制字符$/);
      expectRefused(await client()[verbOf(route)](path).send({ 'a\u0000': 1 }), route.key, 400, /^字段名 含有不允许的控制字符$/);
    }
  });

  it('a body nested 10 000 levels deep, a UTF-16 body and broken JSON are Chinese 4xx that quote nothing of the body', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const secret = 'Secret#Passw0rd';
    const utf16 = Buffer.from(JSON.stringify({ username: 'admin', password: secret }), 'utf16le');
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const path = pathOf(route, validParam);
      const client = () => (route.policy?.kind === 'public' ? t.anon() : t.http());
      for (const body of [deep, deepObject]) {
        const res = await client()[verbOf(route)](path).set('Content-Type', 'application/json').send(body);
        expectRefused(res, route.key, 400, /嵌套层级过深/);
      }
      const wide = await client()[verbOf(route)](path).set('Content-Type', 'application/json; charset=utf-16').send(utf16);
      expectRefused(wide, `${route.key} utf-16`, 415, /^请求内容必须使用 UTF-8 编码$/);
      expect(wide.text).not.toContain('≻');
      const broken = await client()[verbOf(route)](path).set('Content-Type', 'application/json').send(`{"password":"${secret}`);
      expectRefused(broken, `${route.key} broken`, 400, /^请求内容不是有效的 JSON$/);
      expect(broken.text).not.toContain(secret);
    }
  });

  it('answers the probes the outside review sent with Chinese 400s, before any query', async () => {
    const probes: Array<[string, () => Promise<Response>]> = [
      ['GET /api/households?q=%00', () => t.http().get('/api/households?q=%00')],
      ['GET /api/households?village=%00', () => t.http().get('/api/households?village=%00')],
      ['GET /api/projects/GJ%0017', () => t.http().get('/api/projects/GJ%0017')],
      ['GET /api/users?q=a%00b', () => t.http().get('/api/users?q=a%00b')],
      ['GET /api/audit?user=a%00b', () => t.http().get('/api/audit?user=a%00b')],
      ['POST /api/households/search', () => t.http().post('/api/households/search').send({ q: '\u0000' })],
      ['login', () => t.anon().post('/api/auth/login').send({ username: 'ad\u0000min', password: 'x' })],
    ];
    for (const [name, send] of probes) {
      const res = await send();
      expect({ name, status: res.status }).toEqual({ name, status: 400 });
      expect(res.body.message).toMatch(/控制字符/);
    }
  });

  it('changed nothing: no row written, none audited', async () => {
    expect(await counts()).toEqual(before);
  });

  it('a multipart field (parsed after the boundary middleware) is checked by the validation pipe', async () => {
    const res = await t.http().post('/api/imports').field('kind', 'house\u0000holds').attach('file', Buffer.from('PK'), 'a.xlsx');
    expect({ status: res.status, message: res.body.message }).toEqual({ status: 400, message: 'kind 含有不允许的控制字符' });
    expect((await counts()).imports).toBe(before.imports);
  });
});

describe('invisible and look-alike characters are normalised at the boundary (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.http().post('/api/projects').send(makeProject({ code: 'ZW' })).expect(201);
    await t.http().post('/api/projects/ZW/parcels').send(makeParcel({ code: 'ZW-01' })).expect(201);
  });
  afterAll(() => t.close());

  it('a code with a zero-width space is the same code: the second one is a conflict, not a twin', async () => {
    const first = await t.http().post('/api/households').send(makeHousehold({ projectCode: 'ZW', parcelCode: 'ZW-01', code: 'ZW-\u200b9999' }));
    expect(first.status).toBe(201);
    expect(first.body.code).toBe('ZW-9999');
    const second = await t.http().post('/api/households').send(makeHousehold({ projectCode: 'ZW', parcelCode: 'ZW-01', code: 'ZW-9999' }));
    expect(second.status).toBe(409);
    // Full-width letters and digits in a code are the same code too (NFKC).
    const wide = await t.http().post('/api/households').send(makeHousehold({ projectCode: 'ＺＷ', parcelCode: 'ZW-０１', code: 'ＺＷ-９９９９' }));
    expect(wide.status).toBe(409);
    expect(await t.query(`SELECT code FROM household WHERE code LIKE 'ZW-%'`)).toEqual([{ code: 'ZW-9999' }]);
  });

  it('right-to-left overrides and zero-width characters are removed from names; a name of nothing else is refused as empty', async () => {
    const created = await t.http().post('/api/households').send(makeHousehold({ projectCode: 'ZW', parcelCode: 'ZW-01', code: 'ZW-0002', headName: '\u202e王建国\u202c', remarks: '备注\u200b' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ headName: '王建国', remarks: '备注' });
    const invisible = await t.http().post('/api/households').send(makeHousehold({ projectCode: 'ZW', parcelCode: 'ZW-01', code: 'ZW-0003', headName: '\u200b\u200b' }));
    const blank = await t.http().post('/api/households').send(makeHousehold({ projectCode: 'ZW', parcelCode: 'ZW-01', code: 'ZW-0004', headName: '   ' }));
    expect(invisible.status).toBe(400);
    expect({ status: invisible.status, message: invisible.body.message }).toEqual({ status: blank.status, message: blank.body.message });
  });

  it('finds by a path parameter typed with a look-alike', async () => {
    await t.http().get('/api/projects/Z\u200bW').expect(200);
    await t.http().get('/api/projects/ＺＷ').expect(200);
  });
});

describe('the login rate limit and the audit IP cannot be chosen by a header (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('X-Forwarded-For neither escapes the limit nor forges the audited address', async () => {
    // The test app's own admin login counted too: at most three more attempts reach the limit.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await t.anon().post('/api/auth/login').send({ username: 'nobody', password: 'wrong' })).status);
    expect(statuses.at(-1)).toBe(429);
    await t.anon().post('/api/auth/login').set('X-Forwarded-For', '1.2.3.4').send({ username: 'nobody', password: 'wrong' }).expect(429);
    for (let i = 0; i < 30; i += 1) {
      const res = await t.anon().post('/api/auth/login').set('X-Forwarded-For', `10.0.${i}.1`).send({ username: 'nobody', password: 'wrong' });
      expect(res.status).toBe(429);
    }
    const rows = await t.query<{ ip: string }>(`SELECT DISTINCT ip FROM audit_log WHERE action = 'auth.login'`);
    expect(rows.map((r) => r.ip).every((ip) => /^(::ffff:)?127\.0\.0\.1$|^::1$/.test(ip))).toBe(true);
  });
});

describe('behind a configured reverse proxy (TRUST_PROXY) the forwarded address counts (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '3', TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t.close());

  it('limits and audits each client by the address the proxy forwards', async () => {
    await t.anon().post('/api/auth/login').set('X-Forwarded-For', '10.99.0.1').send({ username: 'test-admin', password: TEST_PASSWORD }).expect(200);
    const [row] = await t.query<{ ip: string }>(`SELECT ip FROM audit_log WHERE action = 'auth.login' AND username = 'test-admin' ORDER BY "occurredAt" DESC LIMIT 1`);
    expect(row!.ip).toBe('10.99.0.1');
    for (let i = 0; i < 3; i += 1) await t.anon().post('/api/auth/login').set('X-Forwarded-For', '10.99.0.2').send({ username: 'nobody', password: 'x' }).expect(401);
    await t.anon().post('/api/auth/login').set('X-Forwarded-For', '10.99.0.2').send({ username: 'nobody', password: 'x' }).expect(429);
    await t.anon().post('/api/auth/login').set('X-Forwarded-For', '10.99.0.3').send({ username: 'nobody', password: 'x' }).expect(401);
  });
});
