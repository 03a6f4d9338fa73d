import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { makeHousehold, makeParcel, makeProject } from '../support/factories.js';
import { holdUnit, makeBase } from '../support/inventory.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

type Cell = ExcelJS.CellValue;

const HEADERS = ['基地编号', '楼号', '室号', '楼层', '户型', '建筑面积(㎡)', '安置价(元/㎡)', '市场价(元/㎡)', '房源类型(现房/期房)', '计划交付日期', '可作周转房(是/否)'];

/** A 房源台账 as a base's builder hands it over: a title row above the header, the rows, then blank rows. */
async function workbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('房源');
  ws.addRow(['安置房源台账']);
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  ws.addRow([]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** 安置房源 arrive in Excel (import kind `units`) and leave as 安置房源清单 (export `unit-inventory`). */
describe('units import and unit inventory export (e2e)', () => {
  let t: TestApp;
  let officer: Http;
  let dataDir: string;
  let base: string;

  const upload = (file: Buffer, dryRun = false) => officer.post('/api/imports').field('kind', 'units').field('dryRun', String(dryRun)).attach('file', file, '房源台账.xlsx');
  async function imported(file: Buffer, dryRun = false) {
    const res = await upload(file, dryRun);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 202, body: { id: expect.any(String) } });
    return finishedBatch(officer, `/api/imports/${res.body.id}`, 40_000);
  }
  const rejections = async (batchId: string) =>
    Object.fromEntries(
      (await t.query<{ rowNumber: number; errors: Array<{ column: string | null; message: string }> }>('SELECT "rowNumber", errors FROM import_rejection WHERE "batchId" = $1 ORDER BY "rowNumber"', [batchId])).map((r) => [
        r.rowNumber,
        r.errors.map((e) => `${e.column}: ${e.message}`).join(' | '),
      ]),
    );
  const units = () =>
    t.query<{ building: string; floors: number; unitNo: string; floor: number; layout: string; area: string; resettlementPrice: string; marketPrice: string; kind: string; plannedDeliveryOn: string | null; turnover: boolean; status: string }>(
      `SELECT g.code AS building, g.floors, u."unitNo", u.floor, u.layout, u.area::text AS area, u."resettlementPrice"::text AS "resettlementPrice",
              u."marketPrice"::text AS "marketPrice", u.kind, u."plannedDeliveryOn", u.turnover, u.status
         FROM resettlement_unit u JOIN resettlement_building g ON g.id = u."buildingId" JOIN resettlement_base b ON b.id = u."baseId"
        WHERE b.code = $1 ORDER BY g.code, u."unitNo"`,
      [base],
    );

  const rows = (): Cell[][] => [
    [base, '1号楼', '1502', 15, '两室一厅', 80, 3200, '28000', '期房', '2027-12-31', '否'],
    [base, '1号楼', '1801', '18', '三室两厅', '120.00㎡', '3200.00', 28000.5, '期房', new Date(Date.UTC(2027, 11, 31)), '是'],
    [base, '2号楼', '101', 1, '一室户', 40, 3200, 28000, '现房', '', ''],
    [base, '2号楼', '102', 1, '一室户', 40, 3200, 28000, '期房', '', '否'],
    [base, '2号楼', '103', 1, '一室户', 0, 3200, 28000, '现房', '', '也许'],
    ['NOPE', '1号楼', '101', 1, '一室户', 40, 3200, 28000, '现房', '', ''],
    [base, '1号楼', '1502', 15, '两室一厅', 80, 3200, 28000, '期房', '2027-12-31', '否'],
  ];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-units-import-'));
    t = await createTestApp({ DATA_DIR: dataDir, IMPORT_CHUNK_ROWS: '4' });
    base = (await t.http().post('/api/resettlement/bases').send(makeBase()).expect(201)).body.code;
    officer = await t.loginAs({ username: 'ui-officer', roles: ['officer'], projects: [] });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('offers the template with its Chinese headers', async () => {
    const res = await officer.get('/api/imports/templates/units').buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const header = (wb.getWorksheet('房源')!.getRow(1).values as Cell[]).slice(1).map(String);
    expect(header).toEqual(['基地编号', '楼号', '室号', '楼层', '户型', '建筑面积（平方米）', '安置价（元/㎡）', '市场价（元/㎡）', '房源类型', '计划交付日期', '可作周转房']);
  });

  it('refuses a file that is not a workbook by its bytes, whatever its name, writing nothing', async () => {
    const res = await upload(Buffer.from('%PDF-1.4\n%%EOF\n'));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(String(res.body.message)).toMatch(/[\u4e00-\u9fa5]/);
    expect(await t.query(`SELECT id FROM import_batch WHERE kind = 'units'`)).toEqual([]);
  });

  it('dry-runs without writing, then imports good rows (creating the buildings), rejects each bad row in Chinese; a re-import is unchanged', async () => {
    const file = await workbook(rows());
    const dry = await imported(file, true);
    expect(dry).toMatchObject({ status: 'succeeded', kind: 'units', dryRun: true, created: 3, rejected: 4 });
    expect(await units()).toEqual([]);
    expect(await t.query(`SELECT g.code FROM resettlement_building g JOIN resettlement_base b ON b.id = g."baseId" WHERE b.code = $1`, [base])).toEqual([]);

    const result = await imported(file);
    expect(result).toMatchObject({ status: 'succeeded', total: 7, created: 3, updated: 0, unchanged: 0, rejected: 4 });
    expect(await rejections(result.id)).toEqual({
      6: '计划交付日期: 期房须填写计划交付日期',
      7: '建筑面积: 建筑面积必须大于 0 | 可作周转房: 可作周转房只能是 是、否 之一（当前：也许）',
      8: `基地编号: 安置基地 NOPE 不存在，请先在“安置基地”中新增`,
      9: `室号: 房源 ${base} 1号楼 1502 与第 3 行重复（以第一次出现的行为准）`,
    });
    expect(await units()).toEqual([
      { building: '1号楼', floors: 18, unitNo: '1502', floor: 15, layout: '两室一厅', area: '80.00', resettlementPrice: '3200.00', marketPrice: '28000.00', kind: 'off_plan', plannedDeliveryOn: '2027-12-31', turnover: false, status: 'available' },
      { building: '1号楼', floors: 18, unitNo: '1801', floor: 18, layout: '三室两厅', area: '120.00', resettlementPrice: '3200.00', marketPrice: '28000.50', kind: 'off_plan', plannedDeliveryOn: '2027-12-31', turnover: true, status: 'available' },
      { building: '2号楼', floors: 1, unitNo: '101', floor: 1, layout: '一室户', area: '40.00', resettlementPrice: '3200.00', marketPrice: '28000.00', kind: 'built', plannedDeliveryOn: null, turnover: false, status: 'available' },
    ]);
    const listed = await officer.get(`/api/resettlement/units?base=${base}`).expect(200);
    expect(listed.body.items.map((u: { buildingCode: string; unitNo: string; kindLabel: string }) => `${u.buildingCode} ${u.unitNo} ${u.kindLabel}`)).toEqual(['1号楼 1502 期房', '1号楼 1801 期房', '2号楼 101 现房']);

    const again = await imported(file);
    expect(again).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: 3, rejected: 4 });
    expect(await units()).toHaveLength(3);
  });

  it('keeps a held flat’s area and prices (row error in Chinese) while a free flat is updated, and exports the inventory with the holder’s code', async () => {
    const project = makeProject();
    await t.http().post('/api/projects').send(project).expect(201);
    await t.http().post(`/api/projects/${project.code}/parcels`).send(makeParcel({ code: `${project.code}-A` })).expect(201);
    const household = (await t.http().post('/api/households').send(makeHousehold({ projectCode: project.code, parcelCode: `${project.code}-A`, headName: '沈雪梅' })).expect(201)).body as { code: string; caseId: string };
    const [held] = await t.query<{ id: string }>(`SELECT u.id FROM resettlement_unit u JOIN resettlement_base b ON b.id = u."baseId" WHERE b.code = $1 AND u."unitNo" = '1502'`, [base]);
    await holdUnit(t, held!.id, household.caseId);

    const file = await workbook([
      [base, '1号楼', '1502', 15, '两室一厅', 81, 3200, 29000, '期房', '2027-12-31', '否'],
      [base, '1号楼', '1801', 18, '三室二厅', 120, 3200, 28000.5, '期房', '2027-12-31', '是'],
      [base, '2号楼', '101', 1, '一室户', 40, 3200, 28000, '现房', '', '是'],
    ]);
    const result = await imported(file);
    expect(result).toMatchObject({ status: 'succeeded', created: 0, updated: 2, unchanged: 0, rejected: 1 });
    expect(await rejections(result.id)).toEqual({ 3: `null: 房源 ${base} 1号楼 1502 已分配，不能再修改建筑面积、市场价` });
    const after = await units();
    expect(after.map((u) => `${u.unitNo} ${u.layout} ${u.area} ${u.marketPrice} ${u.turnover} ${u.status}`)).toEqual([
      '1502 两室一厅 80.00 28000.00 false allocated',
      '1801 三室二厅 120.00 28000.50 true available',
      '101 一室户 40.00 28000.00 true available',
    ]);

    await officer.post('/api/exports').send({ kind: 'unit-inventory', filters: { base: 'NOPE' } }).expect(404);
    const created = await officer.post('/api/exports').send({ kind: 'unit-inventory', filters: { base: base.toLowerCase() } }).expect(202);
    const done = await finishedBatch(officer, `/api/exports/${created.body.id}`, 45_000);
    expect(done).toMatchObject({ status: 'succeeded', total: 3 });
    const res = await officer.get(`/api/exports/${created.body.id}/file`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('安置房源清单')!;
    const cells = (n: number) => (sheet.getRow(n).values as Cell[]).slice(1);
    expect(cells(1)).toEqual(['基地编号', '基地名称', '楼号', '室号', '楼层', '户型', '建筑面积(㎡)', '安置价(元/㎡)', '市场价(元/㎡)', '房源类型', '计划交付日期', '可作周转房', '状态', '冻结原因', '持有户编号']);
    expect(cells(2)).toEqual([base, expect.any(String), '1号楼', '1502', 15, '两室一厅', 80, 3200, 28000, '期房', '2027-12-31', '否', '已分配', undefined, household.code]);
    expect(cells(4)).toEqual([base, expect.any(String), '2号楼', '101', 1, '一室户', 40, 3200, 28000, '现房', undefined, '是', '可选']);
    expect(JSON.stringify(cells(2))).not.toContain('沈雪梅');
    expect(String(cells(5)[0])).toContain('导出人：ui-officer');
  });
});
