import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

type Cell = ExcelJS.CellValue;

const HEADERS = [
  '登记编号',
  '村',
  '项目编号',
  '地块编号',
  '坐落',
  '所有权人类型',
  '所有权人',
  '证书编号',
  '面积（平方米）',
  '土地用途',
  '调查状态',
  '备注',
];

/** A 集体土地所有权调查台账 as the survey team keeps it: a title row above the header, the rows, blank rows after. */
async function workbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('所有权');
  ws.addRow(['徐泾镇集体土地所有权调查台账（2013年）']);
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  ws.addRow([]);
  ws.addRow([]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** 集体土地所有权 arrive in Excel (import kind `land-ownership`); 归并方案 leave as 集体土地归并方案 (export `land-consolidation-plan`). */
describe('land ownership import and the consolidation plan export (e2e)', () => {
  let t: TestApp;
  let officer: Http;
  let company: Http;
  let dataDir: string;
  let own: string;
  let other: string;

  const upload = (file: Buffer, dryRun = false) =>
    officer.post('/api/imports').field('kind', 'land-ownership').field('dryRun', String(dryRun)).attach('file', file, '所有权台账.xlsx');
  async function imported(file: Buffer, dryRun = false) {
    const res = await upload(file, dryRun);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 202, body: { id: expect.any(String) } });
    return finishedBatch(officer, `/api/imports/${res.body.id}`, 40_000);
  }
  const rejections = async (batchId: string) =>
    Object.fromEntries(
      (
        await t.query<{ rowNumber: number; errors: Array<{ column: string | null; message: string }> }>(
          'SELECT "rowNumber", errors FROM import_rejection WHERE "batchId" = $1 ORDER BY "rowNumber"',
          [batchId],
        )
      ).map((r) => [r.rowNumber, r.errors.map((e) => `${e.column}: ${e.message}`).join(' | ')]),
    );
  const records = () =>
    t.query<Record<string, unknown>>(
      `SELECT code, village, location, "ownerKind", "ownerName", "certificateNo", area::text AS area, "landUse", "surveyStatus", version FROM land_ownership WHERE code LIKE 'IM-%' ORDER BY code`,
    );

  const rows = (): Cell[][] => [
    ['IM-001', '二联村', own, `${own}-01`, '', '村集体', '二联村农民集体', '', '12500.50', '耕地', '', ''],
    [
      'im-002',
      ' 二联村 ',
      '',
      '',
      '二联村北横港以南',
      '村民小组',
      '二联村第三村民小组',
      '沪集有(2013)第101号',
      2000,
      '宅基地',
      '已确权',
      '证书已发',
    ],
    ['IM-003', '二联村', '', '', '', '镇集体', '徐泾镇农民集体', '', '100', '集体建设用地', '', ''],
    ['IM-004', '二联村', '', '', '东侧', '乡集体', '某', '', '-5', '耕地', '', ''],
    ['IM-005', '光联村', '', '', '光联村西', '村集体', '光联村农民集体', '', '10', '耕地', '', ''],
    ['IM-006', '二联村', other, `${other}-01`, '', '村集体', '某', '', '10', '耕地', '', ''],
    ['IM-001', '二联村', own, `${own}-01`, '', '村集体', '二联村农民集体', '', '12500.50', '耕地', '', ''],
    ['IM-007', '二联村', '', '', '西侧', '村集体', '二联村农民集体', '', '10', '耕地', '已确权', ''],
  ];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-land-ownership-'));
    t = await createTestApp({ DATA_DIR: dataDir, IMPORT_CHUNK_ROWS: '3' });
    const a = makeProject();
    const b = makeProject();
    own = a.code as string;
    other = b.code as string;
    await t.http().post('/api/projects').send(a).expect(201);
    await t.http().post('/api/projects').send(b).expect(201);
    await t
      .http()
      .post(`/api/projects/${own}/parcels`)
      .send(makeParcel({ code: `${own}-01`, village: '二联村' }))
      .expect(201);
    await t
      .http()
      .post(`/api/projects/${other}/parcels`)
      .send(makeParcel({ code: `${other}-01`, village: '光联村' }))
      .expect(201);
    officer = await t.loginAs({ username: 'li-officer', roles: ['officer'], projects: [own] });
    company = await t.loginAs({ username: 'li-company', roles: ['company'], projects: [own] });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('offers the template with its Chinese headers and drop-down lists', async () => {
    const res = await officer.get('/api/imports/templates/land-ownership').buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const header = (wb.getWorksheet('集体土地所有权')!.getRow(1).values as Cell[]).slice(1).map(String);
    expect(header).toEqual(HEADERS);
  });

  it('dry-runs without writing; imports good rows, reports each bad row in Chinese (with its error report); a re-import changes nothing', async () => {
    const file = await workbook(rows());
    const dry = await imported(file, true);
    expect(dry).toMatchObject({ status: 'succeeded', kind: 'land-ownership', dryRun: true, created: 2, rejected: 6 });
    expect(await records()).toEqual([]);

    const result = await imported(file);
    expect(result).toMatchObject({ status: 'succeeded', total: 8, created: 2, updated: 0, unchanged: 0, rejected: 6 });
    expect(await rejections(result.id)).toEqual({
      5: '坐落: 不在项目地块上的土地须填写坐落',
      6: '所有权人类型: 所有权人类型只能是 镇集体、村集体、村民小组 之一（当前：乡集体） | 面积: 面积不能为负数（当前 -5）',
      7: '村: 没有在光联村登记集体土地所有权的权限',
      8: `地块编号: 地块 ${other}-01 不属于项目 ${other} 或不存在`,
      9: '登记编号: 登记编号 IM-001 与第 3 行重复（以第一次出现的行为准）',
      10: '证书编号: 已确权的土地须填写所有权证书编号',
    });
    expect(await records()).toEqual([
      {
        code: 'IM-001',
        village: '二联村',
        location: null,
        ownerKind: 'village',
        ownerName: '二联村农民集体',
        certificateNo: null,
        area: '12500.50',
        landUse: 'farmland',
        surveyStatus: 'unsurveyed',
        version: 1,
      },
      {
        code: 'IM-002',
        village: '二联村',
        location: '二联村北横港以南',
        ownerKind: 'group',
        ownerName: '二联村第三村民小组',
        certificateNo: '沪集有(2013)第101号',
        area: '2000.00',
        landUse: 'homestead',
        surveyStatus: 'confirmed',
        version: 1,
      },
    ]);
    const report = await officer.get(`/api/imports/${result.id}/report`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.body as unknown as ArrayBuffer);
    expect(JSON.stringify(wb.worksheets[0]!.getSheetValues())).toContain('不在项目地块上的土地须填写坐落');

    const again = await imported(file);
    expect(again).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: 2, rejected: 6 });
    expect((await records()).map((r) => r.version)).toEqual([1, 1]);
  });

  it('updates a record, moves its survey forward, refuses to move it back or to change a confirmed record', async () => {
    const result = await imported(
      await workbook([
        ['IM-001', '二联村', own, `${own}-01`, '', '村集体', '二联村农民集体', '', '12500.50', '耕地', '调查中', '已开始调查'],
        ['IM-002', '二联村', '', '', '二联村北横港以南', '村民小组', '二联村第三村民小组', '沪集有(2013)第101号', 2100, '宅基地', '', ''],
      ]),
    );
    expect(result).toMatchObject({ status: 'succeeded', created: 0, updated: 1, unchanged: 0, rejected: 1 });
    expect(await rejections(result.id)).toEqual({
      4: 'null: IM-002：已确权的土地不能修改所有权人、证书编号、面积和用途（所有权人和用途通过归并方案变更）',
    });
    const back = await imported(
      await workbook([
        ['IM-001', '二联村', own, `${own}-01`, '', '村集体', '二联村农民集体', '', '12500.50', '耕地', '未调查', '已开始调查'],
      ]),
    );
    expect(await rejections(back.id)).toEqual({ 3: '调查状态: IM-001：调查状态不能从“调查中”改为“未调查”' });
    expect((await officer.get('/api/land/ownership?q=IM-001').expect(200)).body.items[0]).toMatchObject({
      surveyStatus: 'surveying',
      remarks: '已开始调查',
    });
  });

  it('exports a plan as 集体土地归并方案 (read back): its land, totals before and after, who approved it; the company may not', async () => {
    const ids = (await officer.get('/api/land/ownership?q=IM-').expect(200)).body.items.map((i: { id: string }) => i.id);
    const plan = (
      await officer
        .post('/api/land/consolidation-plans')
        .send({
          name: '二联村集体土地归并方案',
          targetOwnerKind: 'town',
          targetOwnerName: '徐泾镇农民集体',
          targetUse: 'construction',
          ownershipIds: ids,
        })
        .expect(201)
    ).body;
    await t.http().post(`/api/land/consolidation-plans/${plan.id}/approve`).send({ version: plan.version }).expect(200);

    await officer.post('/api/exports').send({ kind: 'land-consolidation-plan' }).expect(422);
    await company
      .post('/api/exports')
      .send({ kind: 'land-consolidation-plan', filters: { plan: plan.id } })
      .expect(403);
    const created = await officer
      .post('/api/exports')
      .send({ kind: 'land-consolidation-plan', filters: { plan: plan.id } })
      .expect(202);
    const done = await finishedBatch(officer, `/api/exports/${created.body.id}`, 45_000);
    expect(done).toMatchObject({ status: 'succeeded', total: 2, fileName: expect.stringMatching(/^集体土地归并方案-\d{8}\.xlsx$/) });
    const res = await officer.get(`/api/exports/${created.body.id}/file`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('归并方案')!;
    const rowsOf = () => {
      const out: Cell[][] = [];
      sheet.eachRow((row) => out.push((row.values as Cell[]).slice(1)));
      return out;
    };
    const all = rowsOf();
    expect(all[0]![0]).toBe('集体土地归并方案：二联村集体土地归并方案');
    expect(all.find((r) => r[0] === '拟定')).toEqual([
      '拟定',
      expect.stringContaining('li-officer'),
      undefined,
      '批准',
      expect.stringContaining('test-admin'),
      undefined,
      '完成',
      '未完成',
    ]);
    const header = all.findIndex((r) => r[0] === '序号');
    expect(all[header + 1]).toEqual([1, 'IM-001', '二联村', `${own} ${own}-01`, undefined, '村集体', '二联村农民集体', '耕地', 12500.5]);
    expect(all[header + 2]).toEqual([
      2,
      'IM-002',
      '二联村',
      undefined,
      '二联村北横港以南',
      '村民小组',
      '二联村第三村民小组',
      '宅基地',
      2000,
    ]);
    expect(all[header + 3]).toEqual(['合计', '2 宗', undefined, undefined, undefined, undefined, undefined, undefined, 14500.5]);
    expect(all.find((r) => r[0] === '所有权人' && r[1] === '镇集体')).toEqual(['所有权人', '镇集体', 0, 0, 2, 14500.5]);
    expect(all.find((r) => r[0] === '土地用途' && r[1] === '宅基地')).toEqual(['土地用途', '宅基地', 1, 2000, 0, 0]);
    expect(String(all[all.length - 1]![0])).toContain('导出人：li-officer');
  });
});
