import { createTestApp, type TestApp } from '../support/test-app.js';

describe('HTTP hardening (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends security headers and never lets API answers be cached', async () => {
    const res = await t.http().get('/api/projects').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps CORS closed by default', async () => {
    const res = await t.anon().options('/api/projects').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('accepts bodies up to the limit and refuses larger ones with a Chinese 413', async () => {
    const remarks = '备'.repeat(150_000); // ~450 KB of UTF-8: over express's 100 KB default, under BODY_LIMIT=1mb
    const ok = await t.http().post('/api/projects').send({ code: 'BIG1', name: '大备注项目', remarks: remarks.slice(0, 2000) });
    expect(ok.status).toBe(201);
    const medium = await t.http().post('/api/projects').send({ code: 'BIG2', name: '大备注项目', remarks });
    expect(medium.status).toBe(400); // parsed (not 413), then refused by the 2000-character rule
    const huge = await t.http().post('/api/projects').send({ code: 'BIG3', name: 'x', remarks: 'x'.repeat(1_200_000) });
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual({ statusCode: 413, message: '请求内容过大' });
  });

  it('answers errors in the one format, without internals', async () => {
    const res = await t.http().get('/api/cases/00000000-0000-0000-0000-000000000000').expect(404);
    expect(res.body).toEqual({ statusCode: 404, message: '案件不存在' });
  });
});

describe('CORS allow-list (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: 'https://dq.xujing.gov.cn' });
  });
  afterAll(() => t.close());

  it('allows only the listed origins', async () => {
    const allowed = await t.anon().options('/api/projects').set('Origin', 'https://dq.xujing.gov.cn').set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dq.xujing.gov.cn');
    const other = await t.anon().options('/api/projects').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
