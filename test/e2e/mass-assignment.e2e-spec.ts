import { exampleScheme } from '@app/compensation';
import { projectWithScheme } from '../support/money.js';
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

  it('a write route that takes no body (publish, apply, start a recalculation, …) refuses one with fields, naming each, and does nothing', async () => {
    const handlers = bodyDtoFields(t.app);
    const bodiless = listRoutes(t.app).filter((r) => r.method !== 'GET' && !handlers.has(`${r.controller}.${r.handler}`));
    expect(bodiless.map((r) => r.key)).toEqual(expect.arrayContaining(['POST /api/schemes/:id/publish', 'POST /api/recalculations/:id/apply']));
    const counts = () =>
      t.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM scheme_version WHERE status = 'draft') || '/' || (SELECT count(*) FROM recalculation_run) || '/' || (SELECT count(*) FROM app_user) AS n`,
      );
    // A real published version to aim at: the refusal must come before anything the route would do.
    const project = await projectWithScheme(t.http());
    const created = await t.http().post(`/api/projects/${project.code}/schemes`).send({ name: '批量赋值测试方案', effectiveOn: '2013-01-01', items: exampleScheme().items }).expect(201);
    const ids: Record<string, string> = { 'POST /api/schemes/:id/publish': created.body.id };
    const before = await counts();
    for (const route of bodiless) {
      const path = route.path.replace(/:[A-Za-z]+/g, (p) => (p === ':code' ? 'GJ17' : (ids[route.key] ?? '00000000-0000-0000-0000-000000000000')));
      const verb = route.method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete';
      const http = () => (route.policy?.kind === 'public' ? t.anon() : t.http());
      const res = await http()[verb](path).send(INJECTED);
      const fields = ((res.body.details ?? []) as Array<{ field: string }>).map((d) => d.field);
      expect({ route: route.key, status: res.status, fields: fields.sort() }).toEqual({ route: route.key, status: 400, fields: Object.keys(INJECTED).sort() });
      const proto = await http()[verb](path).set('Content-Type', 'application/json').send('{"__proto__":{"roles":["admin"]}}');
      expect({ route: route.key, status: proto.status, message: proto.body.message }).toEqual({ route: route.key, status: 400, message: '不允许提交字段 __proto__' });
    }
    // (Each refused attempt is in the audit log as a failure; nothing else changed: the draft is still a draft.)
    expect((await counts())[0]!.n).toBe(before[0]!.n);
    // The same route with no body, or an empty one, does its work.
    await t.http().post(`/api/schemes/${created.body.id}/publish`).send({}).expect(200);
  });
});
