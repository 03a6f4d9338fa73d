import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { CASE_STATUS_LABELS, CASE_STATUSES } from '@app/cases';
import { EXPORT_KINDS, ExportSourceRepository } from '@app/excel';
import { makeHousehold, makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

type RangeValidations = ExcelJS.Worksheet & { dataValidations: { find(address: string): ExcelJS.DataValidation | undefined } };

/** supertest: keep the body as bytes. */
const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

const LEDGER_HEADERS = [
  '户编号', '项目编号', '地块编号', '村', '组', '户主姓名', '户主身份证号', '联系电话', '户籍人数（人）', '宅基地面积（平方米）',
  '合法建筑面积（平方米）', '无证建筑面积（平方米）', '房屋结构', '建造年份', '摸底日期', '案件状态', '过渡安置状态', '备注',
];

describe('Excel templates and exports (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let officerA: Http;
  let officerB: Http;
  const idNumbers: string[] = [];

  const household = async (project: string, overrides: Record<string, unknown> = {}) => {
    const payload = makeHousehold({ projectCode: project, parcelCode: `${project}-01`, ...overrides });
    idNumbers.push(payload.headIdNumber);
    const res = await t.http().post('/api/households').send(payload).expect(201);
    return res.body as { id: string; caseId: string };
  };

  async function exportDone(http: Http, body: Record<string, unknown>): Promise<{ id: string; status: Record<string, any> }> {
    const created = await http.post('/api/exports').send(body);
    expect(created.status).toBe(202);
    const id = created.body.id as string;
    return { id, status: await finishedBatch(http, `/api/exports/${id}`, 45_000) };
  }

  const download = async (http: Http, id: string) => {
    const res = await http.get(`/api/exports/${id}/file`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    return { res, workbook: await workbookOf(res.body as Buffer) };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-exports-'));
    // Pages of two rows: the ledgers below span several pages.
    t = await createTestApp({ DATA_DIR: dataDir, EXPORT_PAGE_ROWS: '2' });
    for (const code of ['EA', 'EB']) {
      await t.http().post('/api/projects').send(makeProject({ code, name: `导出测试${code}` })).expect(201);
      await t.http().post(`/api/projects/${code}/parcels`).send(makeParcel({ code: `${code}-01` })).expect(201);
    }
    await household('EA', { code: 'EA-0001', headName: '=1+1', remarks: '@SUM(A1:A2)', homesteadArea: '150.5', licensedArea: '120.25' });
    await household('EA', { code: 'EA-0002', remarks: '-2+3', phone: '021-59761234' });
    const third = await household('EA', { code: 'EA-0003', phone: null, structure: 'simple' });
    await t.http().post(`/api/cases/${third.caseId}/transitions`).send({ to: 'surveyed' }).expect(200);
    await household('EB', { code: 'EB-0001' });
    await household('EB', { code: 'EB-0002' });
    officerA = await t.loginAs({ username: 'ex-officer-a', roles: ['officer'], projects: ['EA'] });
    officerB = await t.loginAs({ username: 'ex-officer-b', roles: ['officer'], projects: ['EB'] });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('GET /api/imports/templates/:kind', () => {
    it('downloads the households template: headers, sample row, drop-down, text ID column, instructions', async () => {
      const res = await officerA.get('/api/imports/templates/households').buffer(true).parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="households-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('动迁户摸底台账导入模板.xlsx')}`,
      );
      const workbook = await workbookOf(res.body as Buffer);
      const sheet = workbook.worksheets[0]! as RangeValidations;
      expect(sheet.getRow(1).getCell(1).value).toBe('户编号');
      expect(sheet.getRow(1).getCell(11).value).toBe('合法建筑面积（平方米）');
      expect(sheet.getCell('A2').value).toBe('GJ17-0001');
      expect(sheet.getCell('G2').numFmt).toBe('@');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.dataValidations.find('M10')).toMatchObject({ type: 'list', formulae: ['"钢混,砖混,砖木,简易"'] });
      const instructions = workbook.getWorksheet('填写说明')!;
      expect((instructions.getRow(1).values as unknown[]).slice(1)).toEqual(['列名', '含义', '是否必填', '格式', '示例']);
      expect(instructions.getRow(2).getCell(3).value).toBe('必填');
    });

    it.each(['enterprises', 'parcels'])('downloads the %s template', async (kind) => {
      const res = await t.http().get(`/api/imports/templates/${kind}`).buffer(true).parse(binary);
      expect(res.status).toBe(200);
      expect((await workbookOf(res.body as Buffer)).worksheets).toHaveLength(2);
    });

    it('answers 404 in Chinese for an unknown kind', async () => {
      const res = await t.http().get('/api/imports/templates/rooms');
      expect(res.status).toBe(404);
      expect(res.body.message).toBe('没有这种导入模板（可选 households、enterprises、parcels、units、land-ownership）');
    });
  });

  describe('household ledger', () => {
    it('an admin exports every household, masked, formula-safe, formatted, with the watermark', async () => {
      const { id, status } = await exportDone(t.http(), { kind: 'household-ledger' });
      expect(status).toMatchObject({ status: 'succeeded', total: 5, processed: 5, kind: 'household-ledger', username: 'test-admin', unmasked: false });
      expect(status.fileName).toMatch(/^动迁户台账-\d{8}\.xlsx$/);
      const { res, workbook } = await download(t.http(), id);
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(status.fileName)}`);
      expect(res.headers['content-disposition']).toMatch(/filename="household-ledger-\d{8}\.xlsx"/);

      const sheet = workbook.worksheets[0]!;
      expect(sheet.name).toBe('动迁户台账');
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(LEDGER_HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(7).width).toBe(22);
      const codes = [2, 3, 4, 5, 6].map((r) => sheet.getCell(r, 1).value);
      expect(codes.sort()).toEqual(['EA-0001', 'EA-0002', 'EA-0003', 'EB-0001', 'EB-0002']);

      const row = (code: string) => sheet.getRow([2, 3, 4, 5, 6].find((r) => sheet.getCell(r, 1).value === code)!);
      const first = row('EA-0001');
      // Formula safety: text that starts like a formula is a plain string cell, never a formula.
      expect(first.getCell(6).value).toBe('=1+1');
      expect(first.getCell(6).type).toBe(ExcelJS.ValueType.String);
      expect(first.getCell(6).formula).toBeUndefined();
      expect(first.getCell(18).value).toBe('@SUM(A1:A2)');
      expect(first.getCell(18).type).toBe(ExcelJS.ValueType.String);
      expect(row('EA-0002').getCell(18).value).toBe('-2+3');
      // …and carries Excel's quote prefix, so editing it in Excel or saving as CSV keeps it text.
      for (const cell of [first.getCell(6), first.getCell(18), row('EA-0002').getCell(18)]) expect(cell.style.quotePrefix).toBe(true);
      expect(first.getCell(5).style.quotePrefix).toBeUndefined();
      expect(first.getCell(1).style.quotePrefix).toBeUndefined();
      // Masking.
      expect(first.getCell(7).value).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(first.getCell(8).value).toBe('138****5678');
      expect(row('EA-0002').getCell(8).value).toBe('021-****1234');
      expect(row('EA-0003').getCell(8).value).toBeNull();
      // Numbers and labels.
      expect(first.getCell(10).value).toBe(150.5);
      expect(first.getCell(10).numFmt).toBe('0.00');
      expect(first.getCell(11).value).toBe(120.25);
      expect(first.getCell(11).numFmt).toBe('0.00');
      expect(first.getCell(9).value).toBe(3);
      expect(first.getCell(13).value).toBe('砖混');
      expect(first.getCell(16).value).toBe('摸底中');
      expect(first.getCell(17).value).toBe('无');
      expect(row('EA-0003').getCell(16).value).toBe(CASE_STATUS_LABELS.surveyed);
      expect(row('EA-0003').getCell(13).value).toBe('简易');
      // Watermark line right under the data.
      expect(sheet.getCell(7, 1).value).toMatch(/^导出人：test-admin\u3000导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}\u3000仅限内部工作使用$/);
      expect(sheet.rowCount).toBe(7);
      // No full personal number anywhere in the file.
      const text = JSON.stringify(sheet.getSheetValues());
      for (const idNumber of idNumbers) expect(text).not.toContain(idNumber);
    });

    it("an officer's ledger holds only their project's households", async () => {
      const { id, status } = await exportDone(officerA, { kind: 'household-ledger' });
      expect(status).toMatchObject({ status: 'succeeded', total: 3 });
      const { workbook } = await download(officerA, id);
      const sheet = workbook.worksheets[0]!;
      expect([2, 3, 4].map((r) => sheet.getCell(r, 2).value)).toEqual(['EA', 'EA', 'EA']);
      expect(sheet.getCell(5, 1).value).toMatch(/^导出人：ex-officer-a/);
    });

    it('reads every page from one snapshot: a household renamed while the file is written appears once, as it was', async () => {
      const source = t.app.get(ExportSourceRepository);
      const original = source.householdBatch.bind(source);
      let renamed: string | null = null;
      const spy = jest.spyOn(source, 'householdBatch').mockImplementation(async (...args) => {
        const rows = await original(...args);
        if (!renamed && rows.length) {
          // Committed at once, outside the export: the code now sorts after every page still to read.
          renamed = rows[0]!.code;
          await t.query(`UPDATE household SET code = 'ZZ-9999' WHERE code = $1`, [renamed]);
        }
        return rows;
      });
      try {
        const { id, status } = await exportDone(t.http(), { kind: 'household-ledger' });
        expect(spy.mock.calls.length).toBeGreaterThanOrEqual(3);
        expect(status).toMatchObject({ status: 'succeeded', total: 5, processed: 5 });
        const sheet = (await download(t.http(), id)).workbook.worksheets[0]!;
        const codes = [2, 3, 4, 5, 6].map((r) => sheet.getCell(r, 1).value);
        expect(codes.sort()).toEqual(['EA-0001', 'EA-0002', 'EA-0003', 'EB-0001', 'EB-0002']);
        expect(sheet.getCell(7, 1).value).toMatch(/^导出人：/);
      } finally {
        spy.mockRestore();
        if (renamed) await t.query(`UPDATE household SET code = $1 WHERE code = 'ZZ-9999'`, [renamed]);
      }
    });

    it('applies the filters within the scope', async () => {
      const { status } = await exportDone(t.http(), { kind: 'household-ledger', filters: { project: 'EA', status: 'surveyed' } });
      expect(status).toMatchObject({ status: 'succeeded', total: 1, filters: { project: 'EA', status: 'surveyed' } });
      const outside = await exportDone(officerA, { kind: 'household-ledger', filters: { project: 'EB' } });
      expect(outside.status).toMatchObject({ status: 'succeeded', total: 0 });
    });
  });

  describe('case progress', () => {
    it('counts cases per project and state, matching the database', async () => {
      const { id } = await exportDone(t.http(), { kind: 'case-progress' });
      const { workbook } = await download(t.http(), id);
      const sheet = workbook.worksheets[0]!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['项目编号', '项目名称', ...CASE_STATUSES.map((s) => CASE_STATUS_LABELS[s]), '合计']);
      const db = await t.query<{ code: string; status: string; n: number }>(
        'SELECT p.code, c.status, count(*)::int AS n FROM case_file c JOIN project p ON p.id = c."projectId" GROUP BY p.code, c.status',
      );
      for (const r of [2, 3]) {
        const code = sheet.getCell(r, 1).value as string;
        CASE_STATUSES.forEach((s, i) => expect(sheet.getCell(r, 3 + i).value).toBe(db.find((d) => d.code === code && d.status === s)?.n ?? 0));
        expect(sheet.getCell(r, 10).value).toBe(db.filter((d) => d.code === code).reduce((a, d) => a + d.n, 0));
      }
      expect(sheet.getCell(4, 1).value).toBe('合计');
      expect(sheet.getCell(4, 10).value).toBe(5);
      expect(sheet.getCell(5, 1).value).toMatch(/^导出人：test-admin/);
    });
  });

  describe('access', () => {
    it("another user's export is 404; the list shows only one's own", async () => {
      const { id } = await exportDone(officerA, { kind: 'case-progress' });
      const other = await officerB.get(`/api/exports/${id}`);
      expect(other.status).toBe(404);
      expect(other.body.message).toBe('导出任务不存在');
      expect((await officerB.get(`/api/exports/${id}/file`)).status).toBe(404);
      expect((await t.http().get(`/api/exports/${id}`)).status).toBe(200);
      const mine = await officerA.get('/api/exports').expect(200);
      expect(mine.body.items.map((e: { id: string }) => e.id)).toContain(id);
      expect((await officerB.get('/api/exports').expect(200)).body.items).toEqual([]);
    });

    it('the file before it is ready is 409', async () => {
      const [admin] = await t.query<{ id: string }>(`SELECT id FROM app_user WHERE username = 'test-admin'`);
      const [row] = await t.query<{ id: string }>(
        `INSERT INTO export_batch (kind, status, "fileName", "userId", username) VALUES ('household-ledger', 'running', '动迁户台账-20131231.xlsx', $1, 'test-admin') RETURNING id`,
        [admin!.id],
      );
      const res = await t.http().get(`/api/exports/${row!.id}/file`);
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('导出文件尚未生成，请稍后再试');
    });

    it('validates the request in Chinese', async () => {
      const res = await t.http().post('/api/exports').send({ kind: 'everything', filters: { status: 'done' } });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(`导出内容只能是 ${EXPORT_KINDS.join('、')} 之一`);
      expect(EXPORT_KINDS).toEqual(expect.arrayContaining(['unit-inventory', 'transitional-fee-batch', 'choosing-order']));
      expect(JSON.stringify(res.body)).toContain('案件状态只能是');
    });
  });
});
