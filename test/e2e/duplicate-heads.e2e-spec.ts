import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { maskIdNumber } from '@app/platform';
import { makeHousehold, makeIdNumber, makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';

const REASON = '户主在本项目另有一处宅基地，经村委会核实';

/** 一人多户: the same head's 身份证号 heading several households of one project (issue 9). */
describe('duplicate household heads (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  const at = (overrides: Record<string, unknown> = {}) => makeHousehold({ projectCode: 'DH', parcelCode: 'DH-01', ...overrides });
  const count = async (sql: string, params: unknown[] = []) => Number((await t.query<{ n: string }>(sql, params))[0]!.n);
  const householdCount = () => count(`SELECT count(*) AS n FROM household h JOIN project p ON p.id = h."projectId" WHERE p.code = 'DH'`);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-dupheads-'));
    t = await createTestApp({ DATA_DIR: dataDir, IMPORT_CHUNK_ROWS: '3' });
    for (const code of ['DH', 'DO', 'DI']) {
      await t.http().post('/api/projects').send(makeProject({ code })).expect(201);
      await t
        .http()
        .post(`/api/projects/${code}/parcels`)
        .send(makeParcel({ code: `${code}-01` }))
        .expect(201);
    }
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('POST and PATCH /api/households', () => {
    const head = makeIdNumber({ region: '310229', birth: '19600101' });

    it('refuses a head who already heads a household of the project (422, rule and codes in details, number masked), writing nothing', async () => {
      await t
        .http()
        .post('/api/households')
        .send(at({ code: 'DH-0012', headIdNumber: head }))
        .expect(201);
      await t
        .http()
        .post('/api/households')
        .send(at({ code: 'DH-0345', headIdNumber: head, duplicateHeadReason: REASON }))
        .expect(201);
      const before = await householdCount();

      const res = await t
        .http()
        .post('/api/households')
        .send(at({ code: 'DH-0400', headIdNumber: head }))
        .expect(422);
      const message = `户主身份证号 ${maskIdNumber(head)} 已是本项目 2 户的户主（DH-0012、DH-0345）；如确属一人多户，请填写原因后再提交`;
      expect(res.body).toEqual({
        statusCode: 422,
        message,
        details: [{ field: 'headIdNumber', message, rule: 'duplicate-head', households: ['DH-0012', 'DH-0345'] }],
      });
      expect(JSON.stringify(res.body)).not.toContain(head);
      expect(await householdCount()).toBe(before);
      expect(await count(`SELECT count(*) AS n FROM household WHERE code = 'DH-0400'`)).toBe(0);
      // A reason of one character is no reason.
      const short = await t
        .http()
        .post('/api/households')
        .send(at({ code: 'DH-0400', headIdNumber: head, duplicateHeadReason: ' 是 ' }))
        .expect(400);
      expect(short.body.details).toEqual([{ field: 'duplicateHeadReason', message: '重复户主原因至少 2 个字符' }]);
    });

    it('records it with a reason: 201, the reason stored, shown and audited', async () => {
      const res = await t
        .http()
        .post('/api/households')
        .send(at({ code: 'DH-0401', headIdNumber: head, duplicateHeadReason: `  ${REASON} ` }))
        .expect(201);
      expect(res.body).toMatchObject({ code: 'DH-0401', headIdNumber: maskIdNumber(head), duplicateHeadReason: REASON });
      const [row] = await t.query<{ duplicateHeadReason: string }>('SELECT "duplicateHeadReason" FROM household WHERE id = $1', [
        res.body.id,
      ]);
      expect(row!.duplicateHeadReason).toBe(REASON);
      const [audit] = await t.query<{ action: string; outcome: string; changes: Array<{ after: Record<string, unknown> }> }>(
        `SELECT action, outcome, changes FROM audit_log WHERE "entityId" = $1 ORDER BY id`,
        [res.body.id],
      );
      expect(audit).toMatchObject({ action: 'household.create', outcome: 'success' });
      expect(audit!.changes[0]!.after).toMatchObject({ headIdNumber: maskIdNumber(head), duplicateHeadReason: REASON });
    });

    it('allows the same head in another project', async () => {
      await t
        .http()
        .post('/api/households')
        .send(makeHousehold({ projectCode: 'DO', parcelCode: 'DO-01', code: 'DO-0001', headIdNumber: head }))
        .expect(201);
    });

    it('checks a PATCH that changes the head, and only such a PATCH', async () => {
      const other = await t
        .http()
        .post('/api/households')
        .send(at({ code: 'DH-0500' }))
        .expect(201);
      const refused = await t.http().patch(`/api/households/${other.body.id}`).send({ version: 1, headIdNumber: head }).expect(422);
      expect(refused.body.details[0]).toMatchObject({ rule: 'duplicate-head', households: ['DH-0012', 'DH-0345', 'DH-0401'] });
      expect((await t.http().get(`/api/households/${other.body.id}`).expect(200)).body).toMatchObject({
        version: 1,
        duplicateHeadReason: null,
      });

      const changed = await t
        .http()
        .patch(`/api/households/${other.body.id}`)
        .send({ version: 1, headIdNumber: head, duplicateHeadReason: REASON })
        .expect(200);
      expect(changed.body).toMatchObject({ version: 2, headIdNumber: maskIdNumber(head), duplicateHeadReason: REASON });
      // Other facts of a household in a cluster change without a reason (the first household has none).
      const first = (await t.query<{ id: string }>(`SELECT id FROM household WHERE code = 'DH-0012'`))[0]!.id;
      await t.http().patch(`/api/households/${first}`).send({ version: 1, village: '金联村' }).expect(200);
      await t
        .http()
        .patch(`/api/households/${first}`)
        .send({ version: 2, duplicateHeadReason: '与 DH-0345 为同一户主的两处房屋' })
        .expect(200);
    });

    it('lets only one of two concurrent creates of the same new head through without a reason', async () => {
      const fresh = makeIdNumber({ region: '310229', birth: '19620202' });
      const results = await Promise.all(
        ['DH-0601', 'DH-0602', 'DH-0603'].map((code) =>
          t
            .http()
            .post('/api/households')
            .send(at({ code, headIdNumber: fresh })),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422]);
      expect(await count(`SELECT count(*) AS n FROM household WHERE code IN ('DH-0601', 'DH-0602', 'DH-0603')`)).toBe(1);
    });
  });

  describe('GET /api/households/duplicate-heads', () => {
    it("lists each head of several households of a project with its households, in the caller's projects only", async () => {
      const res = await t.http().get('/api/households/duplicate-heads').query({ projectCode: 'DH' }).expect(200);
      const head = res.body.items.find((c: { householdCount: number }) => c.householdCount === 4);
      expect(head).toMatchObject({
        projectCode: 'DH',
        headIdNumber: expect.stringMatching(/^310229\*{8}\d{3}[\dX]$/),
        householdCount: 4,
        withoutReason: 0,
      });
      expect(head.households.map((h: { code: string }) => h.code)).toEqual(['DH-0012', 'DH-0345', 'DH-0401', 'DH-0500']);
      expect(head.households[0]).toEqual({
        id: expect.any(String),
        code: 'DH-0012',
        projectCode: 'DH',
        village: '金联村',
        headName: expect.any(String),
        caseId: expect.any(String),
        caseStatus: 'surveying',
        duplicateHeadReason: '与 DH-0345 为同一户主的两处房屋',
      });
      expect(head.headNames.length).toBeGreaterThanOrEqual(1);
      // The head also heads DO-0001, in another project: not part of the DH cluster, and no cluster of its own.
      expect(res.body.items.every((c: { projectCode: string }) => c.projectCode === 'DH')).toBe(true);
      const all = await t.http().get('/api/households/duplicate-heads').expect(200);
      expect(all.body.items.some((c: { projectCode: string }) => c.projectCode === 'DO')).toBe(false);
      expect(all.body.total).toBe(all.body.items.length);

      const own = await t.loginAs({ username: 'dh-officer', roles: ['officer'], projects: ['DH'] });
      expect((await own.get('/api/households/duplicate-heads').expect(200)).body.total).toBe(res.body.total);
      const stranger = await t.loginAs({ username: 'dh-stranger', roles: ['officer'], projects: ['DO'] });
      expect((await stranger.get('/api/households/duplicate-heads').expect(200)).body).toEqual({ items: [], total: 0 });
      expect((await stranger.get('/api/households/duplicate-heads').query({ projectCode: 'DH' }).expect(200)).body).toEqual({
        items: [],
        total: 0,
      });
      const company = await t.loginAs({ username: 'dh-company', roles: ['company'], projects: ['DO'] });
      expect((await company.get('/api/households/duplicate-heads').expect(200)).body.total).toBe(0);
      const leader = await t.loginAs({ username: 'dh-leader', roles: ['leader'] });
      expect((await leader.get('/api/households/duplicate-heads').expect(200)).body.total).toBe(all.body.total);
    });
  });

  describe('households import', () => {
    const HEADERS = [
      '户编号',
      '项目编号',
      '地块编号',
      '村',
      '户主姓名',
      '户主身份证号',
      '户籍人数',
      '合法建筑面积',
      '摸底日期',
      '重复户主原因',
    ];
    const line = (code: string, id: string, reason = '') => [code, 'DI', 'DI-01', '二联村', '王芳', id, '3', '100', '2013-01-22', reason];
    async function workbook(rows: unknown[][]): Promise<Buffer> {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('台账');
      ws.addRow(HEADERS);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    }
    async function imported(http: Http, file: Buffer) {
      const res = await http.post('/api/imports').field('kind', 'households').attach('file', file, '台账.xlsx').expect(202);
      const until = Date.now() + 40_000;
      for (;;) {
        const batch = await http.get(`/api/imports/${res.body.id}`).expect(200);
        if (batch.body.status === 'succeeded' || batch.body.status === 'failed') return batch.body;
        if (Date.now() > until) throw new Error(`import still ${batch.body.status}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    const rejections = (batchId: string) =>
      t.query<{ rowNumber: number; errors: Array<{ column: string | null; message: string }> }>(
        'SELECT "rowNumber", errors FROM import_rejection WHERE "batchId" = $1 ORDER BY "rowNumber"',
        [batchId],
      );

    it('rejects a row whose head already heads a household (stored, or an earlier row) under 户主身份证号重复, unless 重复户主原因 is filled', async () => {
      const stored = makeIdNumber({ region: '310229', birth: '19550505' });
      const inFile = makeIdNumber({ region: '310229', birth: '19560606' });
      await t
        .http()
        .post('/api/households')
        .send(makeHousehold({ projectCode: 'DI', parcelCode: 'DI-01', code: 'DI-0001', headIdNumber: stored }))
        .expect(201);
      const file = await workbook([
        line('DI-0002', stored), // row 2: heads DI-0001 already
        line('DI-0003', stored, '两处宅基地，村委会证明'), // row 3: the same, with a reason
        line('DI-0004', inFile), // row 4
        line('DI-0005', makeIdNumber()), // row 5
        line('DI-0006', inFile), // row 6: same head as row 4 (another chunk)
        line('DI-0007', inFile, '是'), // row 7: a one-character reason is refused by itself
      ]);
      const result = await imported(t.http(), file);
      expect(result).toMatchObject({ status: 'succeeded', created: 3, rejected: 3 });
      const byRow = Object.fromEntries((await rejections(result.id)).map((r) => [r.rowNumber, r.errors]));
      expect(byRow[2]).toEqual([
        {
          column: '户主身份证号',
          message: '户主身份证号重复：该身份证号已是本项目 1 户的户主（DI-0001）；如确属一人多户，请在“重复户主原因”列填写原因后重新导入',
        },
      ]);
      expect(byRow[6]).toEqual([
        { column: '户主身份证号', message: expect.stringContaining('户主身份证号重复：该身份证号已是本项目 1 户的户主（DI-0004）') },
      ]);
      expect(byRow[7]).toEqual([{ column: '重复户主原因', message: '重复户主原因至少 2 个字' }]);
      const [reasoned] = await t.query<{ duplicateHeadReason: string }>(
        `SELECT "duplicateHeadReason" FROM household WHERE code = 'DI-0003'`,
      );
      expect(reasoned!.duplicateHeadReason).toBe('两处宅基地，村委会证明');

      // The same file again changes nothing; the reason survives a later file without the column.
      expect(await imported(t.http(), file)).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 3 });
      expect(await imported(t.http(), await workbook([line('DI-0003', stored)]))).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: 1,
        rejected: 0,
      });
      const clusters = await t.http().get('/api/households/duplicate-heads').query({ projectCode: 'DI' }).expect(200);
      expect(clusters.body.items.map((c: { households: Array<{ code: string }> }) => c.households.map((h) => h.code))).toEqual([
        ['DI-0001', 'DI-0003'],
      ]);
    });

    it('names the rule in the downloadable error report', async () => {
      const id = makeIdNumber({ region: '310229', birth: '19570707' });
      const result = await imported(t.http(), await workbook([line('DI-0101', id), line('DI-0102', id)]));
      const res = await t
        .http()
        .get(`/api/imports/${result.id}/report`)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as never);
      const sheet = book.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(String(sheet.getRow(2).getCell(header.length).value)).toMatch(
        /^第3行：户主身份证号.*户主身份证号重复：该身份证号已是本项目 1 户的户主（DI-0101）/,
      );
    });
  });
});
