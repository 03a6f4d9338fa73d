import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { HouseholdChunkProcessor } from '@app/excel';
import { makeIdNumber, makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

const HEADERS = [
  '户编号', '项目编号', '地块编号', '村', '组', '户主姓名', '户主身份证号', '联系电话', '户籍人数（人）',
  '宅基地面积（平方米）', '合法建筑面积（平方米）', '无证建筑面积(㎡)', '房屋结构', '建造年份', '摸底日期', '备注',
];

/** A valid 身份证号 ending in X, written with a lowercase x as officers often type it. */
function lowercaseXId(): string {
  for (let seq = 1; ; seq += 1) {
    const id = makeIdNumber({ seq: 500 + seq });
    if (id.endsWith('X')) return id.toLowerCase();
  }
}

type Cell = ExcelJS.CellValue;
const row = (code: string, project: string, overrides: Partial<Record<number, Cell>> = {}): Cell[] => {
  const base: Cell[] = [code, project, `${project}-01`, '二联村', '3组', `张 建国`, makeIdNumber(), '13812345678', '３', '150', '120.5', '', '砖混', '1995', '2013.01.22', ''];
  for (const [i, v] of Object.entries(overrides)) base[Number(i)] = v as Cell;
  return base;
};

/** A ledger as officers keep it: a merged title row above the header, then the rows, then blank rows. */
async function workbook(rows: Cell[][], options: { headers?: string[] } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  const headers = options.headers ?? HEADERS;
  ws.addRow(['徐泾镇动迁户摸底台账（2013 年）']);
  ws.mergeCells(1, 1, 1, headers.length);
  ws.addRow(headers);
  ws.getColumn(7).numFmt = '@';
  for (const r of rows) ws.addRow(r);
  ws.addRow([' ']);
  ws.addRow([]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rows every scenario file holds: 3 good rows and 9 bad ones. */
function ledgerRows(project: string, other: string): Cell[][] {
  return [
    row('IM-001', project),
    row('im-002', project, { 6: lowercaseXId(), 14: '2013年1月22日', 8: '4' }),
    row('IM-003', project, { 8: 2, 9: 150, 10: 98.25, 11: 12, 13: 2001, 14: new Date(Date.UTC(2013, 0, 22)) }),
    row('IM-004', project, { 6: '310118199001011234' }),
    row('IM-005', project, { 6: 310118199001011000 }),
    row('IM-006', project, { 5: '' }),
    row('IM-007', project, { 10: '-5' }),
    row('IM-008', project, { 8: '2.5' }),
    row('IM-009', project, { 2: `${project}-99` }),
    row('IM-001', project, { 5: '李四' }),
    row('IM-010', project, { 10: { formula: '100+20.5', result: 120.5 } }),
    row('IM-011', other),
  ];
}

describe('Excel import of households (e2e)', () => {
  let t: TestApp;
  let officer: Http;
  let dataDir: string;

  const upload = (http: Http, file: Buffer, fields: Record<string, string> = {}, name = '摸底台账.xlsx') => {
    let req = http.post('/api/imports').field('kind', fields.kind ?? 'households');
    for (const [k, v] of Object.entries(fields)) if (k !== 'kind') req = req.field(k, v);
    return req.attach('file', file, name);
  };

  const finished = (http: Http, id: string) => finishedBatch(http, `/api/imports/${id}`, 40_000);

  async function imported(http: Http, file: Buffer, fields: Record<string, string> = {}) {
    const res = await upload(http, file, fields);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 202, body: { id: expect.any(String) } });
    return finished(http, res.body.id);
  }

  const households = (project: string) =>
    t.query<{ code: string; headName: string; registeredPersons: number; licensedArea: string; surveyedOn: string; status: string }>(
      `SELECT h.code, h."headName", h."registeredPersons", h."licensedArea"::text AS "licensedArea", h."surveyedOn"::text AS "surveyedOn", c.status
         FROM household h JOIN project p ON p.id = h."projectId" LEFT JOIN case_file c ON c."subjectId" = h.id
        WHERE p.code = $1 ORDER BY h.code`,
      [project],
    );
  const rejections = (batchId: string) =>
    t.query<{ rowNumber: number; errors: Array<{ column: string | null; message: string }> }>(
      'SELECT "rowNumber", errors FROM import_rejection WHERE "batchId" = $1 ORDER BY "rowNumber"',
      [batchId],
    );

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-imports-'));
    t = await createTestApp({ DATA_DIR: dataDir, IMPORT_CHUNK_ROWS: '4' });
    for (const code of ['IM1', 'IM2', 'RA', 'RB', 'CC', 'DR', 'DX', 'RX', 'RY', 'CV']) {
      await t.http().post('/api/projects').send(makeProject({ code })).expect(201);
      await t.http().post(`/api/projects/${code}/parcels`).send(makeParcel({ code: `${code}-01` })).expect(201);
    }
    officer = await t.loginAs({ username: 'im-officer', roles: ['officer'], projects: ['IM1'] });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports the rows officers really write and rejects each bad row with its row number, column and reason', async () => {
    const file = await workbook(ledgerRows('IM1', 'IM2'));
    const result = await imported(officer, file);
    expect(result).toMatchObject({ status: 'succeeded', kind: 'households', fileName: '摸底台账.xlsx', total: 12, processed: 12, created: 3, updated: 0, unchanged: 0, rejected: 9 });

    expect(await households('IM1')).toEqual([
      { code: 'IM-001', headName: '张建国', registeredPersons: 3, licensedArea: '120.50', surveyedOn: '2013-01-22', status: 'surveying' },
      { code: 'IM-003', headName: '张建国', registeredPersons: 2, licensedArea: '98.25', surveyedOn: '2013-01-22', status: 'surveying' },
      { code: 'im-002', headName: '张建国', registeredPersons: 4, licensedArea: '120.50', surveyedOn: '2013-01-22', status: 'surveying' },
    ]);
    expect(await households('IM2')).toEqual([]);
    const opened = await t.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM case_transition ct JOIN case_file c ON c.id = ct."caseId" JOIN project p ON p.id = c."projectId"
        WHERE p.code = 'IM1' AND ct.kind = 'open' AND ct.actor = 'im-officer'`,
    );
    expect(opened[0]!.n).toBe('3');

    const byRow = Object.fromEntries((await rejections(result.id)).map((r) => [r.rowNumber, r.errors.map((e) => `${e.column}: ${e.message}`).join(' | ')]));
    expect(Object.keys(byRow).map(Number)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(byRow[6]).toMatch(/^户主身份证号: .*校验/);
    expect(byRow[7]).toMatch(/户主身份证号: 户主身份证号被存成了数字/);
    expect(byRow[8]).toMatch(/户主姓名: 户主姓名不能为空/);
    expect(byRow[9]).toMatch(/合法建筑面积: 合法建筑面积不能为负数/);
    expect(byRow[10]).toMatch(/户籍人数: 户籍人数必须是 1 至 99 之间的整数/);
    expect(byRow[11]).toBe('地块编号: 项目 IM1 中没有地块 IM1-99');
    expect(byRow[12]).toBe('户编号: 户编号 IM-001 与第 3 行重复（以第一次出现的行为准）');
    expect(byRow[13]).toMatch(/合法建筑面积: 合法建筑面积不接受公式/);
    expect(byRow[14]).toBe('项目编号: 项目编号 IM2 不存在'); // another project's rows look like an unknown project's

    // The API shows the imported households with personal data masked (every answer is scanned).
    const list = await officer.get('/api/households').query({ project: 'IM1' }).expect(200);
    expect(list.body.items.map((h: { headIdNumber: string }) => h.headIdNumber)).toEqual(expect.arrayContaining([expect.stringMatching(/\*/)]));

    // Uploading the same file again changes nothing.
    const again = await imported(officer, file);
    expect(again).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: 3, rejected: 9 });
    expect(await households('IM1')).toHaveLength(3);

    // The admin may write IM2: the same file then creates IM-011 there; the IM1 rows are unchanged.
    const asAdmin = await imported(t.http(), file);
    expect(asAdmin).toMatchObject({ created: 1, unchanged: 3, rejected: 8 });

    // Lists: the officer sees their own imports, the admin everyone's.
    const mine = await officer.get('/api/imports').expect(200);
    expect(mine.body.total).toBe(2);
    expect((await t.http().get('/api/imports').expect(200)).body.total).toBeGreaterThanOrEqual(3);
    await officer.get(`/api/imports/${asAdmin.id}`).expect(404);
    // The totals are counted once per database snapshot: a batch written behind the api's back is counted at once, and
    // the pages stay newest first.
    const everyone = (await t.http().get('/api/imports').expect(200)).body.total as number;
    await t.query(
      `INSERT INTO import_batch (kind, "fileName", "fileSize", sha256, "storedPath", "headerRow", "columnMap", "userId", username, "createdAt")
       SELECT kind, '补录.xlsx', 1, sha256, "storedPath", 1, '{}', "userId", username, now() + interval '1 minute' FROM import_batch WHERE id = $1`,
      [again.id],
    );
    const after = await officer.get('/api/imports').query({ pageSize: 1 }).expect(200);
    expect(after.body).toMatchObject({ total: 3, items: [{ fileName: '补录.xlsx' }] });
    expect((await t.http().get('/api/imports').expect(200)).body.total).toBe(everyone + 1);
  });

  it('the error report lists the rejected rows as uploaded, with 错误说明, red cells and notes', async () => {
    const result = await imported(officer, await workbook(ledgerRows('IM1', 'IM2')));
    const res = await officer
      .get(`/api/imports/${result.id}/report`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, HEADERS.length)).toEqual(HEADERS);
    expect(header.at(-1)).toBe('错误说明');
    expect(sheet.actualRowCount).toBe(1 + 9);
    const explain = (r: number) => String(sheet.getRow(r).getCell(header.length).value);
    expect(explain(2)).toMatch(/^第6行：户主身份证号/);
    expect(explain(8)).toContain('第 3 行重复');
    const idCell = sheet.getRow(2).getCell(HEADERS.indexOf('户主身份证号') + 1);
    expect((idCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(idCell.note).toBeTruthy();
    // Not the uploader: as if it did not exist.
    const stranger = await t.loginAs({ username: 'im-stranger', roles: ['officer'], projects: ['IM1'] });
    await stranger.get(`/api/imports/${result.id}/report`).expect(404);
  });

  it('updates changed rows, and refuses changes to a household whose case is signed', async () => {
    const base = [row('RB-001', 'RB', { 6: makeIdNumber({ seq: 9001 }) }), row('RB-002', 'RB', { 6: makeIdNumber({ seq: 9002 }) })];
    await imported(t.http(), await workbook(base));
    const [signed] = await t.query<{ id: string }>(`SELECT c.id FROM case_file c JOIN household h ON h.id = c."subjectId" WHERE h.code = 'RB-002'`);
    await t.query(`UPDATE case_file SET status = 'signed' WHERE id = $1`, [signed!.id]);
    const changed = base.map((r) => r.map((v, i) => (i === 15 ? '补充说明' : v)));
    const result = await imported(t.http(), await workbook(changed));
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 0, rejected: 1 });
    expect((await rejections(result.id))[0]!.errors[0]!.message).toBe('户 RB-002 的案件已处于“已签约”状态，摸底信息只能通过案件办理修改，不能通过导入修改');
    // Unchanged facts of a signed household are not an error.
    expect(await imported(t.http(), await workbook(changed))).toMatchObject({ created: 0, updated: 0, unchanged: 1, rejected: 1 });
  });

  it('opens cases and voids a confirmation through the lifecycle: each change with its history row, on one clock', async () => {
    const base = [row('CV-001', 'CV', { 6: makeIdNumber({ seq: 9101 }) }), row('CV-002', 'CV', { 6: makeIdNumber({ seq: 9102 }) })];
    await imported(t.http(), await workbook(base));
    const cases = () =>
      t.query<{ code: string; status: string; steps: string; sameClock: boolean }>(
        `SELECT h.code, c.status, string_agg(concat_ws(':', ct."fromStatus", ct."toStatus", ct.kind, ct.reason, ct.actor), ' | ' ORDER BY ct."createdAt") AS steps,
                bool_or(ct."createdAt" = c."statusChangedAt" AND ct."toStatus" = c.status) AS "sameClock"
           FROM household h JOIN case_file c ON c."subjectId" = h.id JOIN case_transition ct ON ct."caseId" = c.id
           JOIN project p ON p.id = h."projectId" WHERE p.code = 'CV' GROUP BY h.code, c.status ORDER BY h.code`,
      );
    expect(await cases()).toEqual([
      { code: 'CV-001', status: 'surveying', steps: 'surveying:open:建档:test-admin', sameClock: true },
      { code: 'CV-002', status: 'surveying', steps: 'surveying:open:建档:test-admin', sameClock: true },
    ]);
    await t.query(`UPDATE case_file SET status = 'confirmed' FROM household h WHERE h.id = "subjectId" AND h.code = 'CV-002'`);
    // Its confirmation line (as a confirmation batch leaves it) records the void too.
    await t.query(
      `WITH c AS (SELECT c.id, c."projectId" FROM case_file c JOIN household h ON h.id = c."subjectId" WHERE h.code = 'CV-002'),
            b AS (INSERT INTO confirmation_batch ("projectId", number, state, "contentHash", "submittedAt", "submittedBy", version)
                  SELECT "projectId", 1, 'closed', repeat('0', 64), now(), 'test-admin', 1 FROM c RETURNING id)
       INSERT INTO confirmation_line ("batchId", position, "caseId", "projectId", snapshot, "contentHash", answer, "answeredBy", "answeredAt", version)
       SELECT b.id, 1, c.id, c."projectId", '{}', repeat('0', 64), 'confirmed', 'test-admin', now(), 1 FROM b, c`,
    );
    const changed = base.map((r) => r.map((v, i) => (i === 15 ? '补充说明' : v)));
    expect(await imported(t.http(), await workbook(changed))).toMatchObject({ created: 0, updated: 2, unchanged: 0, rejected: 0 });
    expect(await cases()).toEqual([
      { code: 'CV-001', status: 'surveying', steps: 'surveying:open:建档:test-admin', sameClock: true },
      {
        code: 'CV-002',
        status: 'surveyed',
        steps: 'surveying:open:建档:test-admin | confirmed:surveyed:system:摸底信息变更，原确认失效:test-admin',
        sameClock: true,
      },
    ]);
    expect(await t.query(`SELECT "voidReason", "voidedAt" IS NOT NULL AS voided FROM confirmation_line`)).toEqual([{ voidReason: '摸底信息变更，原确认失效', voided: true }]);
  });

  it('two identical uploads at once create each household once', async () => {
    const file = await workbook(Array.from({ length: 9 }, (_, i) => row(`CC-${i}`, 'CC', { 6: makeIdNumber({ seq: 7000 + i }) })));
    const [a, b] = await Promise.all([upload(t.http(), file), upload(t.http(), file)]);
    const results = await Promise.all([finished(t.http(), a.body.id), finished(t.http(), b.body.id)]);
    expect(results.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    expect(results[0].created + results[1].created).toBe(9);
    expect(results[0].unchanged + results[1].unchanged).toBe(9);
    expect(await households('CC')).toHaveLength(9);
    expect((await t.query<{ n: string }>(`SELECT count(*)::text AS n FROM case_file c JOIN project p ON p.id = c."projectId" WHERE p.code = 'CC'`))[0]!.n).toBe('9');
  });

  it('a dry run reports what would happen and writes no household', async () => {
    const result = await imported(t.http(), await workbook(ledgerRows('DR', 'DX')), { dryRun: 'true' });
    expect(result).toMatchObject({ status: 'succeeded', dryRun: true, created: 4, updated: 0, unchanged: 0, rejected: 8 });
    expect(await households('DR')).toEqual([]);
    expect(await rejections(result.id)).toHaveLength(8);
  });

  it('resumes after a crash from its checkpoint with the same result as an uninterrupted run', async () => {
    const clean = await imported(t.http(), await workbook(ledgerRows('RA', 'RX')));
    const processor = t.app.get(HouseholdChunkProcessor);
    const original = processor.process.bind(processor);
    let calls = 0;
    const spy = jest.spyOn(processor, 'process').mockImplementation(async (...args) => {
      calls += 1;
      const outcome = await original(...args);
      // The worker dies after writing the second chunk's rows, before its commit: the chunk rolls back, the queue redelivers.
      if (calls === 2) throw new Error('worker killed');
      return outcome;
    });
    try {
      const resumed = await imported(t.http(), await workbook(ledgerRows('RB', 'RY').map((r) => r.map((v, i) => (i === 0 ? String(v).replace('IM-', 'RZ-') : v)))));
      expect(calls).toBeGreaterThan(2);
      const counts = (r: Record<string, unknown>) => ({ total: r.total, processed: r.processed, created: r.created, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected });
      expect(counts(resumed)).toEqual(counts(clean));
      const shape = async (id: string) => (await rejections(id)).map((r) => ({ row: r.rowNumber, errors: r.errors.map((e) => e.column) }));
      expect(await shape(resumed.id)).toEqual(await shape(clean.id));
    } finally {
      spy.mockRestore();
    }
  });

  describe('file-level refusals: 4xx, a Chinese message, nothing written', () => {
    const batches = async () => (await t.query<{ n: string }>('SELECT count(*)::text AS n FROM import_batch'))[0]!.n;
    const stored = () => readdirSync(join(dataDir, 'uploads'));

    it.each([
      ['a text file named .xlsx', Buffer.from('户编号,项目编号\nIM-1,IM1\n'), 415, '文件不是有效的 Excel（.xlsx）文件'],
      ['a legacy .xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]), 415, '这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后上传'],
    ])('%s', async (_name, file, status, message) => {
      const before = { batches: await batches(), files: stored().length };
      const res = await upload(t.http(), file);
      expect({ status: res.status, message: res.body.message }).toEqual({ status, message });
      expect({ batches: await batches(), files: stored().length }).toEqual(before);
    });

    it('missing required columns are named', async () => {
      const before = await batches();
      const headers = HEADERS.filter((h) => !['户主身份证号', '摸底日期'].includes(h));
      const res = await upload(t.http(), await workbook([['IM-1', 'IM1']], { headers }));
      expect(res.status).toBe(422);
      expect(res.body.message).toContain('缺少必填列：户主身份证号、摸底日期');
      expect(await batches()).toBe(before);
    });

    it('an unknown kind is refused in Chinese, and a user who may not import gets 403', async () => {
      const file = await workbook([row('IM-1', 'IM1')]);
      const res = await upload(t.http(), file, { kind: 'cars' });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('导入类型只能是');
      const leader = await t.loginAs({ username: 'im-leader', roles: ['leader'] });
      expect((await upload(leader, file)).status).toBe(403);
    });
  });
});
