import { createTestApp, type TestApp } from '../support/test-app.js';
import { listRoutes } from '../support/routes.js';

describe('deny by default (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('every route declares an access policy', () => {
    const routes = listRoutes(t.app);
    expect(routes.length).toBeGreaterThan(10);
    const missing = routes.filter((r) => !r.policy).map((r) => `${r.key} (${r.controller}.${r.handler})`);
    expect(missing).toEqual([]);
  });

  it('only login and health are public', () => {
    const open = listRoutes(t.app)
      .filter((r) => r.policy?.kind === 'public')
      .map((r) => r.key);
    expect(open).toEqual(['GET /health', 'POST /api/auth/login']);
  });

  it('asks for a login on every non-public route', async () => {
    for (const route of listRoutes(t.app).filter((r) => r.policy?.kind !== 'public')) {
      const path = route.path.replace(/:[A-Za-z]+/g, '00000000-0000-0000-0000-000000000000');
      const verb = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      const res = await t.anon()[verb](path).send({});
      expect({ route: route.key, status: res.status, body: res.body }).toEqual({
        route: route.key,
        status: 401,
        body: { statusCode: 401, message: '请先登录' },
      });
    }
  });
});
