import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The web app's API types (apps/web/src/api/schema.d.ts) are generated from the api's OpenAPI
 * document; this test regenerates them from the running api and fails when the committed file differs,
 * so the web app and the API cannot drift silently. `npm run web:api-types` rewrites the file.
 */
const TYPES_FILE = new URL('../../apps/web/src/api/schema.d.ts', import.meta.url);
const BANNER = '/* Generated from the api\'s OpenAPI document by `npm run web:api-types`. Do not edit. */\n';

describe('web API client types (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('match the OpenAPI document the api serves', async () => {
    const res = await t.anon().get('/api/docs-json').expect(200);
    const generated = BANNER + astToString(await openapiTS(res.body, { alphabetize: true, defaultNonNullable: false }));
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(TYPES_FILE, generated);
    const committed = readFileSync(TYPES_FILE, 'utf8');
    expect(committed === generated ? 'in sync' : 'apps/web/src/api/schema.d.ts 与接口文档不一致：请运行 npm run web:api-types 并提交').toBe('in sync');
  });
});

describe('GET /api/reference (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the code lists in lifecycle order with their Chinese terms', async () => {
    const res = await t.http().get('/api/reference').expect(200);
    expect(res.body.caseStatuses.map((o: { label: string }) => o.label)).toEqual(['摸底中', '已摸底', '已确认', '已签约', '已腾地', '已结算', '已移交']);
    expect(res.body.houseStructures).toContainEqual({ value: 'brick_concrete', label: '砖混' });
    expect(res.body.roles.map((o: { value: string }) => o.value)).toEqual(['admin', 'officer', 'finance', 'leader', 'company']);
  });

  it('needs a login', async () => {
    await t.anon().get('/api/reference').expect(401);
  });
});
