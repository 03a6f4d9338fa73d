import { createTestApp, type TestApp } from '../support/test-app.js';

describe('platform (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET /health answers 200 with database and queue up', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
    expect(res.body.info.queue).toMatchObject({ status: 'up', driver: 'postgres' });
  });

  it('serves the OpenAPI document and its UI', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/projects', '/api/cases/{id}/transitions']));
    await t.http().get('/api/docs').expect(200);
  });

  it('answers unknown routes with a Chinese 404 and no stack', async () => {
    const res = await t.http().get('/api/nothing-here').expect(404);
    expect(res.body).toEqual({ statusCode: 404, message: '请求的资源不存在' });
  });

  it('answers malformed JSON with a Chinese 400', async () => {
    const res = await t.http().post('/api/projects').set('content-type', 'application/json').send('{"code":').expect(400);
    expect(res.body.message).toBe('请求内容不是有效的 JSON');
  });

  it('tags every response with a request id', async () => {
    const res = await t.http().get('/health').set('X-Request-Id', 'abc-123');
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});
