import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { EnterpriseChunkProcessor } from '@app/excel';
import { makeCreditCode, makeHousehold, makeParcel, makeProject } from '../support/factories.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

type Cell = ExcelJS.CellValue;

const ENTERPRISE_HEADERS = [
  '企业编号', '项目编号', '地块编号', '企业名称', '统一社会信用代码', '法定代表人', '占地面积（平方米）', '建筑面积(㎡)', '从业人数（人）', '经营类型', '备注',
];
const PARCEL_HEADERS = ['项目编号', '地块编号', '村', '土地权属', '面积（平方米）', '状态', '备注'];

/** A ledger as officers keep it: a merged title row above the header, the rows, then blank rows. */
async function workbook(title: string, headers: string[], rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, headers.length);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  ws.addRow([' ']);
  ws.addRow([]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const withOverrides = (base: Cell[], overrides: Partial<Record<number, Cell>>): Cell[] => {
  const row = [...base];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v as Cell;
  return row;
};

let creditSeq = 100;
const enterprise = (code: string, project: string, overrides: Partial<Record<number, Cell>> = {}): Cell[] =>
  withOverrides([code, project, `${project}-01`, '上海徐泾五金制品厂', makeCreditCode(++creditSeq), '王明', '2500', '1800.5', '35', '制造业', ''], overrides);

const parcel = (project: string, code: string, overrides: Partial<Record<number, Cell>> = {}): Cell[] =>
  withOverrides([project, code, '二联村', '集体', '12500.5', '', ''], overrides);

describe('Excel import of enterprises and parcels (e2e)', () => {
  let t: TestApp;
  let officer: Http;
  let dataDir: string;

  const upload = (http: Http, kind: string, file: Buffer, fields: Record<string, string> = {}) => {
    let req = http.post('/api/imports').field('kind', kind);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', file, '台账.xlsx');
  };

  const finished = (http: Http, id: string) => finishedBatch(http, `/api/imports/${id}`, 40_000);

  async function imported(http: Http, kind: string, file: Buffer, fields: Record<string, string> = {}) {
    const res = await upload(http, kind, file, fields);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 202, body: { id: expect.any(String) } });
    return finished(http, res.body.id);
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

  const enterprises = (project: string) =>
    t.query<{ code: string; name: string; landArea: string | null; buildingArea: string | null; employees: number | null; status: string }>(
      `SELECT e.code, e.name, e."landArea"::text AS "landArea", e."buildingArea"::text AS "buildingArea", e.employees, c.status
         FROM enterprise e JOIN project p ON p.id = e."projectId"
         LEFT JOIN case_file c ON c."subjectType" = 'enterprise' AND c."subjectId" = e.id
        WHERE p.code = $1 ORDER BY e.code`,
      [project],
    );

  const parcels = (project: string) =>
    t.query<{ code: string; village: string; landOwnership: string; area: string; status: string; remarks: string | null }>(
      `SELECT pa.code, pa.village, pa."landOwnership", pa.area::text AS area, pa.status, pa.remarks
         FROM parcel pa JOIN project p ON p.id = pa."projectId" WHERE p.code = $1 ORDER BY pa.code`,
      [project],
    );

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-imports-other-'));
    t = await createTestApp({ DATA_DIR: dataDir, IMPORT_CHUNK_ROWS: '4' });
    for (const code of ['EA', 'EB', 'EL', 'ED', 'ER', 'ES', 'PA', 'PB', 'PD']) {
      await t.http().post('/api/projects').send(makeProject({ code })).expect(201);
      if (code.startsWith('E')) await t.http().post(`/api/projects/${code}/parcels`).send(makeParcel({ code: `${code}-01` })).expect(201);
    }
    officer = await t.loginAs({ username: 'io-officer', roles: ['officer'], projects: ['EA', 'PA'] });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('enterprises', () => {
    const rows = (project: string, other: string): Cell[][] => [
      enterprise('QY-001', project),
      enterprise('qy-002', project, { 6: '２５００', 8: 12, 9: '' }),
      enterprise('QY-003', project, { 6: 300.25, 7: '', 8: '' }),
      enterprise('QY-004', project, { 4: '91350100M000100Y44' }),
      enterprise('QY-005', project, { 3: '' }),
      enterprise('QY-006', project, { 6: '-5' }),
      enterprise('QY-007', project, { 2: `${project}-99` }),
      enterprise('QY-001', project, { 3: '另一家厂' }),
      enterprise('QY-008', other),
      enterprise('QY-009', 'NOPE'),
    ];

    it('imports good rows, opens their cases, rejects each bad row with row, column and reason; re-import is unchanged', async () => {
      const file = await workbook('徐泾镇企业摸底台账', ENTERPRISE_HEADERS, rows('EA', 'EB'));
      const result = await imported(officer, 'enterprises', file);
      expect(result).toMatchObject({ status: 'succeeded', kind: 'enterprises', total: 10, processed: 10, created: 3, updated: 0, unchanged: 0, rejected: 7 });

      expect(await enterprises('EA')).toEqual([
        { code: 'QY-001', name: '上海徐泾五金制品厂', landArea: '2500.00', buildingArea: '1800.50', employees: 35, status: 'surveying' },
        { code: 'QY-003', name: '上海徐泾五金制品厂', landArea: '300.25', buildingArea: null, employees: null, status: 'surveying' },
        { code: 'qy-002', name: '上海徐泾五金制品厂', landArea: '2500.00', buildingArea: '1800.50', employees: 12, status: 'surveying' },
      ]);
      expect(await enterprises('EB')).toEqual([]);
      const opened = await t.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM case_transition ct JOIN case_file c ON c.id = ct."caseId" JOIN project p ON p.id = c."projectId"
          WHERE p.code = 'EA' AND c."subjectType" = 'enterprise' AND ct.kind = 'open' AND ct."toStatus" = 'surveying' AND ct.actor = 'io-officer'`,
      );
      expect(opened[0]!.n).toBe('3');

      const byRow = await rejections(result.id);
      expect(Object.keys(byRow).map(Number)).toEqual([6, 7, 8, 9, 10, 11, 12]);
      expect(byRow[6]).toMatch(/^统一社会信用代码: /);
      expect(byRow[7]).toMatch(/^企业名称: 企业名称不能为空/);
      expect(byRow[8]).toMatch(/^占地面积: 占地面积不能为负数/);
      expect(byRow[9]).toBe('地块编号: 项目 EA 中没有地块 EA-99');
      expect(byRow[10]).toBe('企业编号: 企业编号 QY-001 与第 3 行重复（以第一次出现的行为准）');
      expect(byRow[11]).toBe('项目编号: 项目编号 EB 不存在'); // as for an unknown project
      expect(byRow[12]).toBe('项目编号: 项目编号 NOPE 不存在');

      const again = await imported(officer, 'enterprises', file);
      expect(again).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: 3, rejected: 7 });
      expect(await enterprises('EA')).toHaveLength(3);
    });

    it('updates changed enterprises, and refuses changes to one whose case is signed', async () => {
      const base = [enterprise('QL-001', 'EL'), enterprise('QL-002', 'EL')];
      expect(await imported(t.http(), 'enterprises', await workbook('企业台账', ENTERPRISE_HEADERS, base))).toMatchObject({ created: 2 });
      await t.query(
        `UPDATE case_file SET status = 'signed' WHERE "subjectType" = 'enterprise' AND "subjectId" = (SELECT id FROM enterprise WHERE code = 'QL-002')`,
      );
      const changed = base.map((r) => withOverrides(r, { 5: '李强' }));
      const result = await imported(t.http(), 'enterprises', await workbook('企业台账', ENTERPRISE_HEADERS, changed));
      expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 0, rejected: 1 });
      expect(Object.values(await rejections(result.id))).toEqual([
        'null: 企业 QL-002 的案件已处于“已签约”状态，摸底信息只能通过案件办理修改，不能通过导入修改',
      ]);
      // Unchanged facts of a signed enterprise are not an error.
      const unchanged = [changed[0]!, base[1]!];
      expect(await imported(t.http(), 'enterprises', await workbook('企业台账', ENTERPRISE_HEADERS, unchanged))).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    });

    it('a dry run reports what would happen and writes nothing', async () => {
      const result = await imported(t.http(), 'enterprises', await workbook('企业台账', ENTERPRISE_HEADERS, rows('ED', 'EB')), { dryRun: 'true' });
      expect(result).toMatchObject({ status: 'succeeded', dryRun: true, created: 4, updated: 0, unchanged: 0, rejected: 6 });
      expect(await enterprises('ED')).toEqual([]);
      expect(await enterprises('EB')).toEqual([]);
      expect(Object.keys(await rejections(result.id))).toHaveLength(6);
    });

    it('resumes after a crash from its checkpoint with the same result as an uninterrupted run', async () => {
      const clean = await imported(t.http(), 'enterprises', await workbook('企业台账', ENTERPRISE_HEADERS, rows('ER', 'NOPE')));
      const processor = t.app.get(EnterpriseChunkProcessor);
      const original = processor.process.bind(processor);
      let calls = 0;
      const spy = jest.spyOn(processor, 'process').mockImplementation(async (...args) => {
        calls += 1;
        const outcome = await original(...args);
        if (calls === 2) throw new Error('worker killed');
        return outcome;
      });
      try {
        const resumed = await imported(t.http(), 'enterprises', await workbook('企业台账', ENTERPRISE_HEADERS, rows('ES', 'NOPE')));
        expect(calls).toBeGreaterThan(2);
        const counts = (r: Record<string, unknown>) => ({ total: r.total, processed: r.processed, created: r.created, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected });
        expect(counts(resumed)).toEqual(counts(clean));
        expect(Object.keys(await rejections(resumed.id))).toEqual(Object.keys(await rejections(clean.id)));
        expect((await enterprises('ES')).map((e) => e.code)).toEqual((await enterprises('ER')).map((e) => e.code));
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('parcels', () => {
    const rows = (project: string, other: string): Cell[][] => [
      parcel(project, `${project}-01`),
      parcel(project.toLowerCase(), `${project.toLowerCase()}-02`, { 2: ' 徐泾村 ', 3: '国有土地', 4: 3000, 5: '腾地中' }),
      parcel(project, `${project}-03`, { 4: '８８００', 6: '沿河' }),
      parcel(project, `${project}-04`, { 3: '私有' }),
      parcel(project, `${project}-05`, { 4: '-1' }),
      parcel(project, `${project}-06`, { 2: '' }),
      parcel(project, `${project}-01`, { 4: '1' }),
      parcel(other, `${other}-01`),
      parcel('NOPE', 'NOPE-01'),
    ];

    it('upserts parcels of writable projects, rejects each bad row; re-import is unchanged', async () => {
      const file = await workbook('徐泾镇地块台账', PARCEL_HEADERS, rows('PA', 'PB'));
      const result = await imported(officer, 'parcels', file);
      expect(result).toMatchObject({ status: 'succeeded', kind: 'parcels', total: 9, processed: 9, created: 3, updated: 0, unchanged: 0, rejected: 6 });
      expect(await parcels('PA')).toEqual([
        { code: 'PA-01', village: '二联村', landOwnership: 'collective', area: '12500.50', status: 'surveying', remarks: null },
        { code: 'PA-02', village: '徐泾村', landOwnership: 'state', area: '3000.00', status: 'clearing', remarks: null },
        { code: 'PA-03', village: '二联村', landOwnership: 'collective', area: '8800.00', status: 'surveying', remarks: '沿河' },
      ]);
      expect(await parcels('PB')).toEqual([]);

      const byRow = await rejections(result.id);
      expect(Object.keys(byRow).map(Number)).toEqual([6, 7, 8, 9, 10, 11]);
      expect(byRow[6]).toMatch(/^土地权属: /);
      expect(byRow[7]).toMatch(/^面积: 面积不能为负数/);
      expect(byRow[8]).toMatch(/^村: 村不能为空/);
      expect(byRow[9]).toBe('地块编号: 地块编号 PA-01 与第 3 行重复（以第一次出现的行为准）');
      expect(byRow[10]).toBe('项目编号: 项目编号 PB 不存在'); // as for an unknown project
      expect(byRow[11]).toBe('项目编号: 项目编号 NOPE 不存在');

      expect(await imported(officer, 'parcels', file)).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: 3, rejected: 6 });

      // A blank status keeps the stored one.
      await t.query(`UPDATE parcel SET status = 'cleared' WHERE code = 'PA-01'`);
      expect(await imported(officer, 'parcels', file)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect((await parcels('PA'))[0]!.status).toBe('cleared');
    });

    it('updates changed parcels, and never changes one already handed over', async () => {
      const base = [parcel('PA', 'PA-11'), parcel('PA', 'PA-12')];
      expect(await imported(officer, 'parcels', await workbook('地块台账', PARCEL_HEADERS, base))).toMatchObject({ created: 2 });
      await t.query(`UPDATE parcel SET status = 'handed_over' WHERE code = 'PA-12'`);
      const changed = base.map((r) => withOverrides(r, { 4: '13000' }));
      const result = await imported(officer, 'parcels', await workbook('地块台账', PARCEL_HEADERS, changed));
      expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 0, rejected: 1 });
      expect(Object.values(await rejections(result.id))).toEqual(['null: 地块 PA-12 已处于“已移交”状态，不能再通过导入修改']);
      expect((await parcels('PA')).filter((p) => p.code >= 'PA-11').map((p) => [p.code, p.area, p.status])).toEqual([
        ['PA-11', '13000.00', 'surveying'],
        ['PA-12', '12500.50', 'handed_over'],
      ]);
      // Unchanged facts of a handed-over parcel are not an error.
      const same = [changed[0]!, withOverrides(base[1]!, { 5: '已移交' })];
      expect(await imported(officer, 'parcels', await workbook('地块台账', PARCEL_HEADERS, same))).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    });

    it('never hands a parcel over: that takes an accepted 移交单, as for the parcel edit', async () => {
      expect(await imported(officer, 'parcels', await workbook('地块台账', PARCEL_HEADERS, [parcel('PA', 'PA-21')]))).toMatchObject({ created: 1 });
      await t
        .http()
        .post('/api/households')
        .send(makeHousehold({ projectCode: 'PA', parcelCode: 'PA-21' }))
        .expect(201);
      const handOver = await workbook('地块台账', PARCEL_HEADERS, [parcel('PA', 'PA-21', { 5: '已移交' })]);
      const refused = await imported(officer, 'parcels', handOver);
      expect(refused).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: 0, rejected: 1 });
      expect(Object.values(await rejections(refused.id))).toEqual(['null: 地块 PA-21：地块移交须通过移交单办理，不能直接改为“已移交”']);
      expect((await parcels('PA')).find((p) => p.code === 'PA-21')!.status).toBe('surveying');
    });

    it('a dry run reports what would happen and writes nothing', async () => {
      const result = await imported(t.http(), 'parcels', await workbook('地块台账', PARCEL_HEADERS, rows('PD', 'PB')), { dryRun: 'true' });
      expect(result).toMatchObject({ status: 'succeeded', dryRun: true, created: 4, updated: 0, unchanged: 0, rejected: 5 });
      expect(await parcels('PD')).toEqual([]);
      expect(await parcels('PB')).toEqual([]);
    });
  });
});
