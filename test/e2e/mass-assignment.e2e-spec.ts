import { bodyDtoFields, listRoutes } from '../support/routes.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Fields no write DTO declares, each of which would be dangerous if silently applied (and `__proto__`, sent separately). */
const INJECTED = { status: 'handed_over', projectId: '00000000-0000-0000-0000-000000000000', role: 'admin', passwordHash: 'x', isAdmin: true };

describe('mass assignment: every write DTO refuses undeclared fields (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 400 naming each undeclared field, and writes nothing', async () => {
    // Routes whose handler takes a body DTO, found from the router's metadata: handler → the properties its body DTO declares.
    const handlers = bodyDtoFields(t.app);
    const writes = listRoutes(t.app).filter((r) => r.method !== 'GET' && handlers.has(`${r.controller}.${r.handler}`));
    expect(writes.length).toBeGreaterThan(10);
    const before = await t.query<{ n: string }>('SELECT (SELECT count(*) FROM project) + (SELECT count(*) FROM household) + (SELECT count(*) FROM app_user) AS n');
    for (const route of writes) {
      const path = route.path.replace(/:[A-Za-z]+/g, (p) => (p === ':code' ? 'GJ17' : '00000000-0000-0000-0000-000000000000'));
      const verb = route.method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete';
      const res = await (route.policy?.kind === 'public' ? t.anon()[verb](path) : t.http()[verb](path)).send(INJECTED);
      const fields = ((res.body.details ?? []) as Array<{ field: string; message: string }>).filter((d) => d.message.startsWith('不允许提交字段')).map((d) => d.field);
      const declared = handlers.get(`${route.controller}.${route.handler}`)!;
      const undeclared = Object.keys(INJECTED).filter((k) => !declared.includes(k));
      expect({ route: route.key, status: res.status, fields: fields.sort() }).toEqual({ route: route.key, status: 400, fields: undeclared.sort() });
      // Prototype keys never reach a DTO (class-transformer would drop them silently): refused by name.
      const proto = await (route.policy?.kind === 'public' ? t.anon()[verb](path) : t.http()[verb](path))
        .set('Content-Type', 'application/json')
        .send('{"__proto__":{"roles":["admin"],"isAdmin":true}}');
      expect({ route: route.key, status: proto.status, message: proto.body.message }).toEqual({ route: route.key, status: 400, message: '不允许提交字段 __proto__' });
    }
    const after = await t.query<{ n: string }>('SELECT (SELECT count(*) FROM project) + (SELECT count(*) FROM household) + (SELECT count(*) FROM app_user) AS n');
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
