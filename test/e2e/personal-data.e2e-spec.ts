import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  decryptField,
  installDataKey,
  loadConfig,
  loadDataKey,
  maskIdNumber,
  parseDataKey,
  runMigrations,
  searchHash,
  withDatabase,
  WRONG_DATA_KEY,
} from '@app/platform';
import { ENTITIES, MIGRATIONS } from '@app/schema';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { makeHousehold, makeIdNumber, makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { adminUrl, createTestDatabase, queryDatabase, TEST_DATA_KEY } from '../support/test-database.js';
import { finishedBatch } from '../support/wait-for.js';

/** What the masking scan looks for: a full 身份证号 or mobile number anywhere in a body. */
const FULL_ID = /\d{17}[\dXx]/;
const FULL_MOBILE = /1[3-9]\d{9}/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const unmaskedNumbers = (body: unknown) => {
  const text = JSON.stringify(body).replace(UUID, '');
  return [text.match(FULL_ID)?.[0], text.match(FULL_MOBILE)?.[0]].filter(Boolean);
};

const HEAD_ID = makeIdNumber({ region: '310229', birth: '19700101' });
const SPOUSE_ID = makeIdNumber({ region: '310229', birth: '19720505' });
const PHONE = '13912345678';
const LANDLINE = '021-59761234';

describe('personal data (e2e)', () => {
  let t: TestApp;
  let gj17: { id: string; caseId: string; projectId: string };
  let syqh: { id: string; code: string };
  const users: Record<'officer' | 'officerB' | 'company' | 'leader' | 'finance', Http> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    for (const [code, name] of [
      ['GJ17', '轨交17号线'],
      ['SYQH', '石油期货交易中心'],
    ]) {
      await t.http().post('/api/projects').send(makeProject({ code, name })).expect(201);
      await t.http().post(`/api/projects/${code}/parcels`).send(makeParcel({ code: `${code}-01` })).expect(201);
    }
    const created = await t
      .http()
      .post('/api/households')
      .send(
        makeHousehold({
          projectCode: 'GJ17',
          parcelCode: 'GJ17-01',
          code: 'GJ17-PD-1',
          headIdNumber: HEAD_ID,
          phone: PHONE,
          members: [
            { name: '户主', idNumber: HEAD_ID, relation: 'head', recognitionBasis: null, recognitionEvidence: null },
            { name: '配偶', idNumber: SPOUSE_ID, relation: 'spouse', recognitionBasis: null, recognitionEvidence: null },
            { name: '孩子', relation: 'child' },
          ],
        }),
      )
      .expect(201);
    const [row] = await t.query<{ projectId: string }>('SELECT "projectId" FROM household WHERE id = $1', [created.body.id]);
    gj17 = { id: created.body.id, caseId: created.body.caseId, projectId: row!.projectId };
    syqh = (await t.http().post('/api/households').send(makeHousehold({ projectCode: 'SYQH', parcelCode: 'SYQH-01', phone: LANDLINE })).expect(201)).body;

    users.officer = await t.loginAs({ username: 'pd-officer', roles: ['officer'], projects: ['GJ17'] });
    users.officerB = await t.loginAs({ username: 'pd-officer-b', roles: ['officer'], projects: ['SYQH'] });
    users.company = await t.loginAs({ username: 'pd-company', roles: ['company'], projects: ['GJ17'] });
    users.leader = await t.loginAs({ username: 'pd-leader', roles: ['leader'] });
    users.finance = await t.loginAs({ username: 'pd-finance', roles: ['finance'] });
  });
  afterAll(() => t.close());

  describe('at rest', () => {
    it('stores no plaintext ID number or phone in any column of household or household_member', async () => {
      const rows = await t.query<{ row: string }>(
        `SELECT row_to_json(h)::text AS row FROM household h UNION ALL SELECT row_to_json(m)::text FROM household_member m`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(5);
      for (const { row } of rows) {
        for (const secret of [HEAD_ID, SPOUSE_ID, PHONE, LANDLINE, '59761234']) expect(row).not.toContain(secret);
        expect(unmaskedNumbers(JSON.parse(row))).toEqual([]);
      }
      const columns = await t.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_name IN ('household', 'household_member') AND column_name IN ('headIdNumber', 'phone', 'idNumber')`,
      );
      expect(columns).toEqual([]);
    });

    it('keeps AES-GCM ciphertext and keyed hashes that match the values', async () => {
      const [h] = await t.query<Record<string, string>>('SELECT * FROM household WHERE id = $1', [gj17.id]);
      expect(h!.headIdNumberEncrypted).toMatch(/^v1:/);
      expect(decryptField(h!.headIdNumberEncrypted!)).toBe(HEAD_ID);
      expect(decryptField(h!.phoneEncrypted!)).toBe(PHONE);
      expect(h!.headIdNumberHash).toBe(searchHash(HEAD_ID));
      expect(h!.phoneHash).toBe(searchHash(PHONE));
      const members = await t.query<Record<string, string | null>>('SELECT * FROM household_member WHERE "householdId" = $1 ORDER BY position', [gj17.id]);
      expect(members.map((m) => m.idNumberHash)).toEqual([searchHash(HEAD_ID), searchHash(SPOUSE_ID), null]);
      expect(members[2]!.idNumberEncrypted).toBeNull();
    });
  });

  describe('exact search through the hash columns', () => {
    // Full numbers are searched in a request body, never in a URL.
    const codes = async (q: string) => (await t.http().post('/api/households/search').send({ q }).expect(200)).body.items.map((i: { code: string }) => i.code);

    it('finds a household by its head’s or a member’s full ID number, in any case', async () => {
      expect(await codes(HEAD_ID)).toEqual(['GJ17-PD-1']);
      expect(await codes(SPOUSE_ID)).toEqual(['GJ17-PD-1']);
      expect(await codes(` ${HEAD_ID.toLowerCase()} `)).toEqual(['GJ17-PD-1']);
      expect(await codes(maskIdNumber(HEAD_ID))).toEqual([]);
      expect(await codes(HEAD_ID.slice(0, 17))).toEqual([]);
    });

    it('finds a household by its full phone number, a landline with or without its hyphen', async () => {
      expect(await codes(PHONE)).toEqual(['GJ17-PD-1']);
      expect(await codes(LANDLINE)).toEqual([syqh.code]);
      expect(await codes('02159761234')).toEqual([syqh.code]);
      expect(await codes('13912345670')).toEqual([]);
    });

    it('keeps the search inside the caller’s projects', async () => {
      const res = await users.officerB.post('/api/households/search').send({ q: HEAD_ID }).expect(200);
      expect(res.body.total).toBe(0);
      // The company's liaison finds by number only within its projects too, and sees the result masked.
      const found = await users.company.post('/api/households/search').send({ q: HEAD_ID }).expect(200);
      expect(found.body.items.map((i: { headIdNumber: string }) => i.headIdNumber)).toEqual([maskIdNumber(HEAD_ID)]);
    });
  });

  describe('masked answers', () => {
    it('masks every household answer for every role', async () => {
      for (const [role, http] of [['admin', t.http()], ...Object.entries(users)] as Array<[string, Http]>) {
        const list = await http.get('/api/households?pageSize=100').expect(200);
        expect({ role, found: unmaskedNumbers(list.body) }).toEqual({ role, found: [] });
        if (role === 'officerB') continue;
        const detail = await http.get(`/api/households/${gj17.id}`).expect(200);
        expect({ role, found: unmaskedNumbers(detail.body) }).toEqual({ role, found: [] });
        expect(detail.body).toMatchObject({ headIdNumber: maskIdNumber(HEAD_ID), phone: '139****5678' });
        expect(detail.body.members.map((m: { idNumber: string | null }) => m.idNumber)).toEqual([maskIdNumber(HEAD_ID), maskIdNumber(SPOUSE_ID), null]);
      }
    });

    it('masks the answers of POST and PATCH too', async () => {
      const created = await users.officer.post('/api/households').send(makeHousehold({ projectCode: 'GJ17', parcelCode: 'GJ17-01' })).expect(201);
      expect(unmaskedNumbers(created.body)).toEqual([]);
      const patched = await users.officer.patch(`/api/households/${created.body.id}`).send({ version: 1, phone: '13700001111', headIdNumber: makeIdNumber() }).expect(200);
      expect(patched.body.phone).toBe('137****1111');
      expect(unmaskedNumbers(patched.body)).toEqual([]);
    });

    it('sends Cache-Control: no-store with personal data', async () => {
      for (const res of [
        await t.http().get('/api/households').expect(200),
        await t.http().get(`/api/households/${gj17.id}`).expect(200),
        await t.http().post(`/api/households/${gj17.id}/unmask`).send({ reason: '核对' }).expect(200),
      ]) {
        expect(res.headers['cache-control']).toBe('no-store');
      }
    });
  });

  describe('POST /api/households/:id/unmask', () => {
    const unmask = (http: Http, id: string, body: object = { reason: '核对补偿协议签约人身份' }) => http.post(`/api/households/${id}/unmask`).send(body);

    it('shows admin the full numbers', async () => {
      const res = await unmask(t.http(), gj17.id).expect(200);
      expect(res.body).toEqual({
        id: gj17.id,
        code: 'GJ17-PD-1',
        headName: expect.any(String),
        headIdNumber: HEAD_ID,
        phone: PHONE,
        members: [
          { id: expect.any(String), name: '户主', idNumber: HEAD_ID, relation: 'head', recognitionBasis: null, recognitionEvidence: null },
          { id: expect.any(String), name: '配偶', idNumber: SPOUSE_ID, relation: 'spouse', recognitionBasis: null, recognitionEvidence: null },
          { id: expect.any(String), name: '孩子', idNumber: null, relation: 'child', recognitionBasis: null, recognitionEvidence: null },
        ],
      });
    });

    it('shows an officer of the household’s project the full numbers', async () => {
      const res = await unmask(users.officer, gj17.id).expect(200);
      expect(res.body.headIdNumber).toBe(HEAD_ID);
    });

    it('answers an officer of another project 404, exactly as for an unknown household', async () => {
      const other = await unmask(users.officerB, gj17.id).expect(404);
      const unknown = await unmask(users.officerB, '00000000-0000-4000-8000-000000000000').expect(404);
      expect(other.body).toEqual(unknown.body);
      expect(other.body).toEqual({ statusCode: 404, message: '该户不存在' });
    });

    it.each([['company'], ['leader'], ['finance']] as const)('refuses %s (403), even in its own project', async (role) => {
      const res = await unmask(users[role], gj17.id).expect(403);
      expect(unmaskedNumbers(res.body)).toEqual([]);
      expect(JSON.stringify(res.body)).not.toContain(HEAD_ID.slice(6, 14));
    });

    it('requires a reason of at most 200 characters (400)', async () => {
      const none = await unmask(t.http(), gj17.id, {}).expect(400);
      expect(none.body.details).toContainEqual({ field: 'reason', message: '查看事由不能为空' });
      await unmask(t.http(), gj17.id, { reason: '   ' }).expect(400);
      const long = await unmask(t.http(), gj17.id, { reason: '查'.repeat(201) }).expect(400);
      expect(long.body.details).toContainEqual({ field: 'reason', message: '查看事由最多 200 个字符' });
      await unmask(t.http(), gj17.id, { reason: '核对', idNumber: HEAD_ID }).expect(400);
    });

    it('audits every unmasked view with its reason and no personal data', async () => {
      const reason = `审计测试 ${randomBytes(3).toString('hex')}`;
      await unmask(users.officer, gj17.id, { reason }).expect(200);
      const rows = await t.query<{ action: string; entityType: string; entityId: string; projectId: string; username: string; outcome: string; changes: unknown }>(
        `SELECT action, "entityType", "entityId", "projectId", username, outcome, changes FROM audit_log WHERE action = 'pii.unmask' AND changes::text LIKE $1`,
        [`%${reason}%`],
      );
      expect(rows).toEqual([
        {
          action: 'pii.unmask',
          entityType: 'household',
          entityId: gj17.id,
          projectId: gj17.projectId,
          username: 'pd-officer',
          outcome: 'success',
          changes: [{ entityType: 'household', entityId: gj17.id, projectId: gj17.projectId, before: null, after: { reason } }],
        },
      ]);
    });
  });

  describe('an export by a full personal number', () => {
    async function exported(q: string) {
      const created = await users.officer.post('/api/exports').send({ kind: 'household-ledger', filters: { q } }).expect(202);
      return finishedBatch<{ id: string; status: string; total: number; filters: Record<string, unknown> }>(users.officer, `/api/exports/${created.body.id}`);
    }

    it('finds the household by a member’s ID number or the phone, keeping the number only masked and hashed', async () => {
      const byId = await exported(SPOUSE_ID);
      expect(byId).toMatchObject({ status: 'succeeded', total: 1, filters: { q: maskIdNumber(SPOUSE_ID) } });
      expect(byId.filters).toEqual({ q: maskIdNumber(SPOUSE_ID) });
      const byPhone = await exported(PHONE);
      expect(byPhone).toMatchObject({ status: 'succeeded', total: 1, filters: { q: '139****5678' } });
      const stored = await t.query<{ filters: string }>('SELECT filters::text AS filters FROM export_batch WHERE id IN ($1, $2) ORDER BY "createdAt"', [byId.id, byPhone.id]);
      expect(stored[0]!.filters).not.toContain(SPOUSE_ID);
      expect(stored[0]!.filters).toContain(searchHash(SPOUSE_ID));
      expect(stored[1]!.filters).not.toContain(PHONE);
      const audit = await t.query<{ changes: unknown }>(`SELECT changes FROM audit_log WHERE action = 'export.create' AND "entityId" IN ($1, $2)`, [byId.id, byPhone.id]);
      expect(audit).toHaveLength(2);
      expect(unmaskedNumbers(audit)).toEqual([]);
      expect(JSON.stringify(audit)).not.toContain(searchHash(SPOUSE_ID));
    });
  });

  describe('audit notes of writes', () => {
    const changesOf = async (entityId: string) =>
      (await t.query<{ action: string; changes: Array<Record<string, unknown>> }>(`SELECT action, changes FROM audit_log WHERE "entityId" = $1 ORDER BY id`, [entityId]));

    it('records a created household and its changed fields with the numbers masked', async () => {
      const id = makeIdNumber();
      const created = await t.http().post('/api/households').send(makeHousehold({ projectCode: 'GJ17', parcelCode: 'GJ17-01', headIdNumber: id, phone: PHONE })).expect(201);
      await t.http().patch(`/api/households/${created.body.id}`).send({ version: 1, phone: LANDLINE, remarks: '户主在外地', village: '二联村' }).expect(200);
      const rows = await changesOf(created.body.id);
      expect(rows.map((r) => r.action)).toEqual(['household.create', 'household.update']);
      expect(JSON.stringify(rows)).not.toMatch(FULL_ID);
      expect(JSON.stringify(rows).replace(UUID, '')).not.toMatch(FULL_MOBILE);
      expect(JSON.stringify(rows)).not.toContain('59761234');
      const created0 = rows[0]!.changes[0]!;
      expect(created0).toMatchObject({ entityType: 'household', entityId: created.body.id, projectId: gj17.projectId, before: null });
      expect(created0.after).toMatchObject({ projectCode: 'GJ17', parcelCode: 'GJ17-01', headIdNumber: maskIdNumber(id), phone: '139****5678' });
      expect((created0.after as { members: unknown[] }).members).toHaveLength(3);
      // Only what changed: the village was sent unchanged.
      expect(rows[1]!.changes[0]).toMatchObject({
        before: { phone: '139****5678', remarks: null },
        after: { phone: '021-****1234', remarks: '户主在外地' },
      });
      expect(Object.keys(rows[1]!.changes[0]!.after as object).sort()).toEqual(['phone', 'remarks']);
    });
  });

  describe('DATA_KEY', () => {
    it('is required in production: configuration and boot both fail naming DATA_KEY', async () => {
      expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATA_KEY/);
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
      Object.assign(config, { NODE_ENV: 'production', DATA_KEY: undefined });
      await expect(createApiApp(config, withDatabase(adminUrl(), 'never_used'), { logger: false })).rejects.toThrow(/DATA_KEY/);
    });

    it('other than the one the database was first started with stops start-up before anything is written', async () => {
      const db = await createTestDatabase();
      try {
        // The first start with a key recorded it (as a keyed hash, never the key).
        const [check] = await queryDatabase<{ fingerprint: string }>(db.url, 'SELECT fingerprint FROM data_key_check');
        expect(check!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
        const users = await queryDatabase<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM app_user');
        const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_KEY: randomBytes(32).toString('base64') });
        await expect(createApiApp(config, db.url, { logger: false })).rejects.toThrow(WRONG_DATA_KEY);
        expect(WRONG_DATA_KEY).toMatch(/^DATA_KEY /);
        expect(await queryDatabase(db.url, 'SELECT fingerprint FROM data_key_check')).toEqual([check]);
        expect(await queryDatabase(db.url, 'SELECT count(*)::int AS n FROM app_user')).toEqual(users);
      } finally {
        // The failed start installed its key in this process: the suite's goes back.
        installDataKey(parseDataKey(TEST_DATA_KEY)!);
        await db.drop();
      }
    });

    it('outside production is generated once into DATA_DIR/data.key with mode 0600, with a warning', () => {
      const dir = mkdtempSync(join(tmpdir(), 'xj-data-'));
      try {
        const warnings: string[] = [];
        const key = loadDataKey(loadConfig({ NODE_ENV: 'development', DATA_DIR: dir }), (m) => warnings.push(m));
        expect(key).toHaveLength(32);
        expect(statSync(join(dir, 'data.key')).mode & 0o777).toBe(0o600);
        expect(loadDataKey(loadConfig({ NODE_ENV: 'development', DATA_DIR: dir }), () => undefined)).toEqual(key);
        expect(warnings).toEqual([expect.stringContaining('生产环境必须通过 DATA_KEY 提供自己的密钥')]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

describe('personal-data migrations (e2e)', () => {
  const name = `xj_t_${process.env.XJ_TEST_RUN ?? process.pid}_pd_${randomBytes(4).toString('hex')}`;
  const url = () => withDatabase(adminUrl(), name);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: withDatabase(adminUrl(), 'postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const before = MIGRATIONS.findIndex((m) => m.name.startsWith('AddPersonalDataEncryption'));
  const HOUSEHOLDS = 1234; // more than two backfill batches

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    await runMigrations(url(), ENTITIES, MIGRATIONS.slice(0, before));
    await queryDatabase(
      url(),
      `WITH p AS (INSERT INTO project (code, name, acquirer, version) VALUES ('MIG', '迁移测试', '西虹桥公司', 1) RETURNING id),
            pc AS (INSERT INTO parcel ("projectId", code, village, "landOwnership", area, version) SELECT id, 'MIG-01', '二联村', 'collective', 1, 1 FROM p RETURNING id, "projectId")
       INSERT INTO household ("projectId", "parcelId", code, version, village, "headName", "headIdNumber", phone, "registeredPersons", "licensedArea")
       SELECT pc."projectId", pc.id, 'MIG-' || g, 1, '二联村', '户主' || g, '3101181950010' || lpad(g::text, 5, '0'),
              CASE WHEN g % 2 = 0 THEN NULL ELSE '139' || lpad(g::text, 8, '0') END, 2, 100
         FROM pc, generate_series(1, ${HOUSEHOLDS}) g`,
    );
    await queryDatabase(
      url(),
      `INSERT INTO household_member ("householdId", name, "idNumber", relation, position)
       SELECT id, "headName", "headIdNumber", 'head', 0 FROM household
       UNION ALL SELECT id, '无证件成员', NULL, 'child', 1 FROM household`,
    );
  });
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('encrypts and hashes every existing row, then drops the plaintext; down restores it', async () => {
    await runMigrations(url(), ENTITIES, MIGRATIONS);
    const households = await queryDatabase<{ code: string; headIdNumberEncrypted: string; headIdNumberHash: string; phoneEncrypted: string | null; phoneHash: string | null }>(
      url(),
      `SELECT code, "headIdNumberEncrypted", "headIdNumberHash", "phoneEncrypted", "phoneHash" FROM household`,
    );
    expect(households).toHaveLength(HOUSEHOLDS);
    for (const h of households) {
      const n = Number(h.code.slice(4));
      const id = `3101181950010${String(n).padStart(5, '0')}`;
      expect(decryptField(h.headIdNumberEncrypted)).toBe(id);
      expect(h.headIdNumberHash).toBe(searchHash(id));
      const phone = n % 2 === 0 ? null : `139${String(n).padStart(8, '0')}`;
      expect(h.phoneEncrypted === null ? null : decryptField(h.phoneEncrypted)).toBe(phone);
      expect(h.phoneHash).toBe(phone === null ? null : searchHash(phone));
    }
    const [members] = await queryDatabase<{ encrypted: number; hashed: number; empty: number }>(
      url(),
      `SELECT count("idNumberEncrypted")::int AS encrypted, count(*) FILTER (WHERE "idNumberHash" = (SELECT "headIdNumberHash" FROM household h WHERE h.id = "householdId"))::int AS hashed,
              count(*) FILTER (WHERE "idNumberEncrypted" IS NULL AND "idNumberHash" IS NULL)::int AS empty FROM household_member`,
    );
    expect(members).toEqual({ encrypted: HOUSEHOLDS, hashed: HOUSEHOLDS, empty: HOUSEHOLDS });

    const dataSource = new DataSource(dataSourceOptions(url(), ENTITIES, MIGRATIONS));
    await dataSource.initialize();
    try {
      for (let i = MIGRATIONS.length; i > before; i--) await dataSource.undoLastMigration({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
    const [restored] = await queryDatabase<{ ok: number; phones: number }>(
      url(),
      `SELECT count(*) FILTER (WHERE "headIdNumber" = '3101181950010' || lpad(substring(code FROM 5), 5, '0'))::int AS ok, count(phone)::int AS phones FROM household`,
    );
    expect(restored).toEqual({ ok: HOUSEHOLDS, phones: HOUSEHOLDS / 2 });
    const [memberIds] = await queryDatabase<{ n: number }>(url(), `SELECT count("idNumber")::int AS n FROM household_member`);
    expect(memberIds!.n).toBe(HOUSEHOLDS);
  });
});
