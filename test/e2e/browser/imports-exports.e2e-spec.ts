import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';
import { makeIdNumber } from '../../support/factories.js';
import { openSubMenu, startBrowserApp, type BrowserApp } from '../../support/browser.js';

/** Headers as officers write them: some with units, one with a half-width bracket and ㎡. */
const HEADERS = [
  '户编号',
  '项目编号',
  '地块编号',
  '村',
  '组',
  '户主姓名',
  '户主身份证号',
  '联系电话',
  '户籍人数（人）',
  '宅基地面积（平方米）',
  '合法建筑面积（平方米）',
  '无证建筑面积(㎡)',
  '房屋结构',
  '建造年份',
  '摸底日期',
  '备注',
];

type Cell = ExcelJS.CellValue;

/** A ledger as officers keep it: a merged title row above the header, the rows, blank rows at the end. */
async function ledgerFile(dir: string, name: string, rows: Cell[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('摸底台账');
  ws.addRow(['徐泾镇轨交17号线动迁户摸底台账（2013 年）']);
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.addRow(HEADERS);
  ws.getColumn(7).numFmt = '@';
  for (const r of rows) ws.addRow(r);
  ws.addRow([]);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

async function readWorkbook(download: Download): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  return book.worksheets[0]!;
}

const cells = (sheet: ExcelJS.Worksheet, r: number): unknown[] => (sheet.getRow(r).values as unknown[]).slice(1);

/** Clicks `target` and answers the file the browser is asked to save. */
async function downloadOf(page: Page, target: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), target.click()]);
  return download;
}

describe('web app: Excel imports and exports (browser)', () => {
  let b: BrowserApp;
  let dir: string;
  let page: Page;
  let parcel: { code: string; village: string };

  const row = (code: string, overrides: Partial<Record<number, Cell>> = {}, seq = 0): Cell[] => {
    const base: Cell[] = [
      code,
      'GJ17',
      parcel.code,
      parcel.village,
      '10组',
      '陆 建华',
      makeIdNumber({ seq: 8100 + seq }),
      '13916881234',
      '３',
      '168.5',
      '142.30',
      '12',
      '砖混',
      '1992',
      '2013.03.18',
      '',
    ];
    for (const [i, v] of Object.entries(overrides)) base[Number(i)] = v as Cell;
    return base;
  };
  /** 3 good rows and 2 bad ones (a wrong check digit, no head of household). */
  const fiveRows = (prefix: string): Cell[][] => [
    row(`${prefix}-001`, {}, 1),
    row(`${prefix}-002`, { 5: '沈秀英', 8: 2 }, 2),
    row(`${prefix}-003`, { 5: '顾国平', 14: new Date(Date.UTC(2013, 2, 19)) }, 3),
    row(`${prefix}-004`, { 6: '310118199001011234' }, 4),
    row(`${prefix}-005`, { 5: '' }, 5),
  ];
  const householdsLike = async (prefix: string) =>
    (await b.t.query<{ code: string }>(`SELECT h.code FROM household h WHERE h.code LIKE $1 ORDER BY h.code`, [`${prefix}-%`])).map(
      (r) => r.code,
    );

  /** Screenshot from the top of the page (the fixed header otherwise lands mid-picture). */
  const shot = async (name: string) => {
    await page.evaluate('window.scrollTo(0, 0)');
    await b.screenshot(page, name);
  };
  const stat = (key: string) => page.getByTestId(`import-stat-${key}`);
  const finishedImport = async () => {
    await page.locator('[data-testid="import-progress"][aria-valuenow="100"]').waitFor({ timeout: 40_000 });
    await page.getByTestId('import-result').getByText('已完成').waitFor();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xj-web-excel-'));
    b = await startBrowserApp({ DATA_DIR: dir, IMPORT_CHUNK_ROWS: '25' });
    // The demo data's GJ17 parcels; import onto one still being surveyed.
    const parcels = await b.t.query<{ code: string; village: string; status: string }>(
      `SELECT pa.code, pa.village, pa.status FROM parcel pa JOIN project p ON p.id = pa."projectId" WHERE p.code = 'GJ17' ORDER BY pa.code`,
    );
    parcel = parcels.find((p) => p.status === 'surveying') ?? parcels[0]!;
    page = await b.loggedIn('officer');
  });
  afterAll(async () => {
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an officer opens 导入 from the menu and downloads the households template under its Chinese name', async () => {
    await openSubMenu(page, '导入导出');
    await page.getByRole('link', { name: '导入', exact: true }).click();
    await page.waitForURL('**/imports');
    await page.getByText('将 .xlsx 文件拖到此处，或点击选择文件').waitFor();
    expect(await page.getByTestId('import-upload').locator('.ant-select-selection-item').first().textContent()).toBe('动迁户');
    await page.getByText('还没有导入记录').waitFor();
    const template = await downloadOf(page, page.getByRole('button', { name: '下载模板' }));
    expect(template.suggestedFilename()).toBe('动迁户摸底台账导入模板.xlsx');
    const sheet = await readWorkbook(template);
    expect(cells(sheet, 1).map(String)).toContain('户主身份证号');
    await shot('30-imports');
  });

  it('uploads a ledger with a title row, watches the bar reach 100%, sees 新增 3 / 拒绝 2 and downloads the error report', async () => {
    const file = await ledgerFile(dir, '徐泾东站摸底台账.xlsx', fiveRows('GJ17-WEB'));
    await page.locator('#import-file').setInputFiles(file);
    await page.getByText('徐泾东站摸底台账.xlsx').waitFor();
    await page.getByRole('button', { name: '开始导入' }).click();

    await page.getByTestId('import-progress').waitFor();
    await finishedImport();
    const card = page.getByTestId('import-result');
    await card.getByText('导入结果').waitFor();
    expect(await stat('created').textContent()).toMatch(/新增\s*3\s*行/);
    expect(await stat('updated').textContent()).toMatch(/更新\s*0/);
    expect(await stat('unchanged').textContent()).toMatch(/未变化\s*0/);
    expect(await stat('rejected').textContent()).toMatch(/拒绝\s*2\s*行/);
    expect(await card.textContent()).toContain('已处理 5 / 5 行');
    expect(await householdsLike('GJ17-WEB')).toEqual(['GJ17-WEB-001', 'GJ17-WEB-002', 'GJ17-WEB-003']);

    // Finished: the screen stops asking for its progress.
    const polls: string[] = [];
    const onRequest = (r: { url(): string }) => /\/api\/imports\/[0-9a-f-]{36}$/.test(r.url()) && polls.push(r.url());
    page.on('request', onRequest);
    await page.waitForTimeout(1500);
    page.off('request', onRequest);
    expect(polls).toEqual([]);

    // The list below shows it, finished, with its counts and the report link.
    const listed = page.getByTestId('import-history').getByRole('row').filter({ hasText: '徐泾东站摸底台账.xlsx' });
    await listed.getByText('已完成').waitFor();
    expect(await listed.textContent()).toContain('动迁户');
    await shot('32-import-result');

    const report = await downloadOf(page, card.getByRole('button', { name: '下载错误报告' }));
    expect(report.suggestedFilename()).toBe('徐泾东站摸底台账-错误报告.xlsx');
    const sheet = await readWorkbook(report);
    const header = cells(sheet, 1).map(String);
    expect(header.slice(0, HEADERS.length)).toEqual(HEADERS);
    expect(header.at(-1)).toBe('错误说明');
    expect(sheet.actualRowCount).toBe(3);
    const explain = (r: number) => String(sheet.getRow(r).getCell(header.length).value);
    expect(cells(sheet, 2)[0]).toBe('GJ17-WEB-004');
    expect(explain(2)).toMatch(/^第6行：户主身份证号.*校验/);
    expect(explain(3)).toMatch(/^第7行：户主姓名.*不能为空/);
  });

  it('a dry run shows the live progress and the expected counts, and writes nothing', async () => {
    await page.goto('/imports');
    const many = Array.from({ length: 600 }, (_, i) => row(`GJ17-DRY-${String(i + 1).padStart(3, '0')}`, {}, 200 + i));
    const file = await ledgerFile(dir, '试运行台账.xlsx', [
      ...many,
      row('GJ17-DRY-X1', { 6: '310118199001011234' }),
      row('GJ17-DRY-X2', { 5: '' }),
    ]);
    await page.locator('#import-file').setInputFiles(file);
    await page.getByLabel('试运行（只校验不写入）').click();
    await page.getByRole('button', { name: '开始试运行' }).click();

    await page.getByTestId('import-progress').waitFor();
    await shot('31-import-progress');
    const seen: number[] = [];
    for (let i = 0; i < 400; i += 1) {
      seen.push(Number(await page.getByTestId('import-progress').getAttribute('aria-valuenow')));
      if (seen.at(-1) === 100) break;
      await page.waitForTimeout(100);
    }
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    await finishedImport();
    const card = page.getByTestId('import-result');
    await card.getByText('试运行', { exact: true }).waitFor();
    await card.getByText('这是试运行：以上为预计结果，没有写入任何数据').waitFor();
    expect(await stat('created').textContent()).toMatch(/新增\s*600\s*行/);
    expect(await stat('rejected').textContent()).toMatch(/拒绝\s*2\s*行/);
    expect(await householdsLike('GJ17-DRY')).toEqual([]);
    const listed = page.getByTestId('import-history').getByRole('row').filter({ hasText: '试运行台账.xlsx' });
    await listed.getByText('试运行', { exact: true }).waitFor();
  });

  it('refuses files that are not .xlsx workbooks, with the Chinese reason, and queues nothing', async () => {
    await page.goto('/imports');
    const before = (await b.t.query<{ n: string }>('SELECT count(*)::text AS n FROM import_batch'))[0]!.n;
    const refusal = page.getByTestId('import-refusal');

    // Not even named .xlsx: refused before it is sent.
    const csv = join(dir, '台账.csv');
    writeFileSync(csv, '户编号,项目编号\nGJ17-1,GJ17\n');
    await page.locator('#import-file').setInputFiles(csv);
    await refusal.getByText('只能上传 Excel 工作簿（.xlsx），“台账.csv”不是 .xlsx 文件').waitFor();
    expect(await page.getByRole('button', { name: '开始导入' }).isDisabled()).toBe(true);

    // Named .xlsx but a text file inside: the api looks at the bytes (415).
    const fake = join(dir, '伪装台账.xlsx');
    writeFileSync(fake, '户编号,项目编号\nGJ17-1,GJ17\n');
    await page.locator('#import-file').setInputFiles(fake);
    await page.getByRole('button', { name: '开始导入' }).click();
    await refusal.getByText('文件不是有效的 Excel（.xlsx）文件').waitFor();

    // A real workbook without required columns (422 naming them).
    const lacking = await ledgerFile(dir, '缺列台账.xlsx', [row('GJ17-LACK-1')]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(lacking);
    book.worksheets[0]!.spliceColumns(7, 1);
    await book.xlsx.writeFile(lacking);
    await page.locator('#import-file').setInputFiles(lacking);
    await page.getByRole('button', { name: '开始导入' }).click();
    await refusal.getByText(/缺少必填列：户主身份证号/).waitFor();

    expect((await b.t.query<{ n: string }>('SELECT count(*)::text AS n FROM import_batch'))[0]!.n).toBe(before);
  });

  it('opened with a list’s filters in the address, the export form is prefilled', async () => {
    await page.goto('/exports?kind=household-ledger&project=GJ17&status=signed&village=%E9%87%91%E8%81%94%E6%9D%91&page=2');
    const form = page.getByTestId('export-form');
    await form
      .getByText(/^GJ17 /)
      .first()
      .waitFor();
    await form.getByText('已签约').waitFor();
    expect(await page.getByLabel('村').inputValue()).toBe('金联村');
    await form.getByText('动迁户台账').waitFor();
  });

  it('exports the household ledger of GJ17 and downloads it: Chinese headers, only GJ17, masked ID numbers', async () => {
    await page.goto('/exports?kind=household-ledger&project=GJ17');
    await page
      .getByTestId('export-form')
      .getByText(/^GJ17 /)
      .first()
      .waitFor();
    await shot('33-exports');
    await page.getByRole('button', { name: '开始导出' }).click();
    await page.locator('[data-testid="export-progress"][aria-valuenow="100"]').waitFor({ timeout: 40_000 });
    const card = page.getByTestId('export-progress-card');
    const download = card.getByRole('button', { name: '下载' });
    await download.waitFor();
    await page.getByTestId('export-history').getByRole('row').filter({ hasText: '项目 GJ17' }).getByText('已完成').waitFor();
    await shot('34-export-done');

    const file = await downloadOf(page, download);
    expect(file.suggestedFilename()).toMatch(/^动迁户台账-\d{8}\.xlsx$/);
    const sheet = await readWorkbook(file);
    const header = cells(sheet, 1).map(String);
    expect(header.slice(0, 8)).toEqual(['户编号', '项目编号', '地块编号', '村', '组', '户主姓名', '户主身份证号', '联系电话']);
    const rows: unknown[][] = [];
    sheet.eachRow((r, n) => {
      if (n > 1) rows.push((r.values as unknown[]).slice(1));
    });
    const data = rows.filter((r) => r.length > 1);
    const [{ n: expected }] = await b.t.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM household h JOIN project p ON p.id = h."projectId" WHERE p.code = 'GJ17'`,
    );
    expect(data).toHaveLength(Number(expected));
    expect(new Set(data.map((r) => r[1]))).toEqual(new Set(['GJ17']));
    expect(data.map((r) => r[0])).toEqual(expect.arrayContaining(['GJ17-WEB-001', 'GJ17-WEB-003']));
    for (const r of data) expect(String(r[6])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(String(rows.at(-1)![0])).toMatch(/^导出人：officer/);
  });

  it('exports the 阳光征收公示表 of GJ17: a project is required; heads masked, no personal numbers, no internal watermark', async () => {
    await page.goto('/exports?kind=public-disclosure');
    const form = page.getByTestId('export-form');
    await form.getByText('阳光征收公示表（可张贴公示）', { exact: false }).waitFor();
    await page.getByRole('button', { name: '开始导出' }).click();
    await form.getByText('请选择要公示的项目').waitFor();
    await page.goto('/exports?kind=public-disclosure&project=GJ17');
    await form
      .getByText(/^GJ17 /)
      .first()
      .waitFor();
    await shot('35-export-disclosure');
    await page.getByRole('button', { name: '开始导出' }).click();
    const card = page.getByTestId('export-progress-card');
    await page.locator('[data-testid="export-progress"][aria-valuenow="100"]').waitFor({ timeout: 40_000 });
    const download = card.getByRole('button', { name: '下载' });
    await download.waitFor();
    const file = await downloadOf(page, download);
    expect(file.suggestedFilename()).toMatch(/^阳光征收公示表-\d{8}\.xlsx$/);
    const sheet = await readWorkbook(file);
    expect(cells(sheet, 1).map(String)).toEqual([
      '项目编号',
      '户编号',
      '村',
      '户主',
      '合法面积（㎡）',
      '无证面积（㎡）',
      '宅基地面积（㎡）',
      '补偿总额（元）',
      '签约日期',
    ]);
    const rows: unknown[][] = [];
    sheet.eachRow((r, n) => {
      if (n > 1) rows.push((r.values as unknown[]).slice(1));
    });
    const data = rows.filter((r) => r[0] === 'GJ17');
    const [{ n: signed }] = await b.t.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM agreement a JOIN project p ON p.id = a."projectId" JOIN case_file c ON c.id = a."caseId"
        WHERE p.code = 'GJ17' AND a.status = 'signed' AND c."subjectType" = 'household'`,
    );
    expect(data).toHaveLength(Number(signed));
    expect(data.length).toBeGreaterThan(0);
    for (const r of data) expect(String(r[3])).toMatch(/^\S\*+\S?$/);
    const all = JSON.stringify(rows);
    expect(all).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
    expect(all).not.toContain('仅限内部工作使用');
  });

  it('a leader may export but not import; both screens fit a 1024×768 tablet', async () => {
    const leader = await b.loggedIn('leader');
    await leader.setViewportSize({ width: 1024, height: 768 });
    await leader.goto('/exports');
    await leader.getByRole('button', { name: '开始导出' }).waitFor();
    await leader.getByText('还没有导出记录').waitFor();
    const menu = leader.locator('.ant-pro-sider');
    await menu.getByText('导出', { exact: true }).waitFor();
    expect(await menu.getByText('导入', { exact: true }).count()).toBe(0);
    expect(await leader.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1024);
    await leader.goto('/imports');
    await leader.getByText('没有权限').waitFor();
    await leader.context().close();

    await page.setViewportSize({ width: 1024, height: 768 });
    for (const path of ['/imports', '/exports']) {
      await page.goto(path);
      await page.getByText(path === '/imports' ? 'Excel 导入' : 'Excel 导出', { exact: true }).waitFor();
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1024);
    }
  });
});
