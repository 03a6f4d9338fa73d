import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

interface Quota {
  year: number;
  solved: number;
  target: number | null;
  byMonth: Array<{ month: string; solved: number; cumulative: number }>;
}

/**
 * 领导首页 as the leader takes it on the demo: landing on it, the 536 figure and the burn-up with its forecast, recording a
 * manual target's progress, and drilling down from a month of the burn-up to the households solved in it.
 */
describe('web app: the leader’s home screen (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  it('the leader lands on 领导首页, sees the quota and the burn-up, records progress and opens a month’s households', async () => {
    const page = await b.loggedIn('leader');
    await page.waitForURL(/\/leader$/);
    const quota = (await b.t.http().get('/api/dashboard/quota?year=2013').expect(200)).body as Quota;
    expect(quota.target).toBe(536);

    const figure = page.getByTestId('quota-figure');
    await figure.getByText('2013 年解决动迁户住房').waitFor();
    await figure.getByText(`/ 536 户`).waitFor();
    await until(
      async () => (await figure.locator('.ant-statistic-content-value').first().innerText()).replace(/,/g, '') === String(quota.solved),
      `住房解决 ${quota.solved}`,
    );
    const chart = page.getByTestId('burn-up-chart');
    await chart.locator('svg').waitFor();
    await chart.getByText('年度目标 536 户').waitFor();
    // The demo's records stop in mid-December: the forecast runs on to the year's end.
    await chart.getByText('预测（预期）').waitFor();
    await chart.getByText('年末', { exact: true }).waitFor();
    await page
      .getByTestId('forecast-basis')
      .getByText(/年末预计解决/)
      .waitFor();
    const targets = page.getByTestId('targets-card');
    await targets.getByText('解决536户动迁户居民住房问题').waitFor();
    await targets.getByText('职业技能培训1000人').waitFor();
    await b.screenshot(page, '800-leader-home');

    // 录入进展 on 京华广场改造 (no progress yet): the bar reaches 100 %.
    const square = targets.locator('.ant-list-item').filter({ hasText: '京华广场改造' });
    await square.getByText('已完成 0 / 1 项').waitFor();
    await square.getByRole('button', { name: '录入进展' }).click();
    const dialog = page.getByRole('dialog', { name: /录入进展/ });
    await settledDialog(dialog);
    await dialog.getByLabel('进展日期').fill('2013-11-20');
    await dialog.getByLabel('进展日期').press('Enter');
    await dialog.getByLabel(/本次完成量/).fill('1');
    await dialog.getByLabel('说明').fill('广场跑道、照明设施完工验收');
    await dialog.locator('input[type=file]').setInputFiles({
      name: '京华广场竣工验收单.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await dialog.getByText('京华广场竣工验收单.pdf').waitFor();
    await b.screenshot(page, '801-leader-progress-dialog');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await square.getByText('已完成 1 / 1 项').waitFor();
    await square.getByText('100%').waitFor();
    await square.getByRole('button', { name: '查看佐证材料' }).waitFor();
    const evidence = await b.t.query<{ fileName: string; projectId: string | null; evidence: boolean }>(
      `SELECT a."fileName", a."projectId", e."evidenceAttachmentId" = a.id AS evidence
         FROM attachment a JOIN target_progress_entry e ON e."evidenceAttachmentId" = a.id WHERE a."ownerType" = 'annual_target'`,
    );
    expect(evidence).toEqual([{ fileName: '京华广场竣工验收单.pdf', projectId: null, evidence: true }]);
    const [audited] = await b.t.query<{ username: string }>(
      `SELECT username FROM audit_log WHERE action = 'target_progress_entry.create' AND outcome = 'success'`,
    );
    expect(audited).toEqual({ username: 'leader' });

    // Drill down: the month with the most households solved, clicked on the burn-up's line.
    const busiest = quota.byMonth.reduce((best, m) => (m.solved > best.solved ? m : best));
    expect(busiest.solved).toBeGreaterThan(0);
    const index = quota.byMonth.indexOf(busiest);
    await chart.scrollIntoViewIfNeeded();
    // The line's points: small circles stroked in its colour, below the legend (whose icon is one too).
    const points = await chart.evaluate((box) => {
      const top = box.getBoundingClientRect().y + 36;
      return [...box.querySelectorAll('svg path')]
        .filter((p) => p.getAttribute('stroke') === '#1677ff')
        .map((p) => p.getBoundingClientRect())
        .filter((r) => r.width > 2 && r.width <= 14 && r.height <= 14 && r.y > top)
        .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 }))
        .sort((a, c) => a.x - c.x);
    });
    expect(points).toHaveLength(quota.byMonth.length);
    await page.mouse.click(points[index]!.x, points[index]!.y);
    const [y, m] = busiest.month.split('-');
    await page.waitForURL(new RegExp(`/households\\?resettledFrom=${y}-${m}-01&resettledTo=${y}-${m}-\\d\\d$`));
    await page.getByTestId('resettled-filter').getByText(`住房解决日期：${y}-${m}-01 至`).waitFor();
    await page.getByText(`共 ${busiest.solved} 户`).first().waitFor();
    await b.screenshot(page, '802-leader-month-households');
  });

  it('the leader exports 月度推进情况报告 from the home screen and downloads it: targets, charts as pictures, overdue time nodes', async () => {
    const page = await b.loggedIn('leader');
    await page.waitForURL(/\/leader$/);
    const quota = (await b.t.http().get('/api/dashboard/quota?year=2013').expect(200)).body as Quota & { asOf: string };
    await page.getByRole('button', { name: '导出月度报告' }).click();
    await page.waitForURL(/\/exports\?kind=monthly-progress-report&month=2013-12$/);
    const form = page.getByTestId('export-form');
    await form.getByText('月度推进情况报告', { exact: true }).waitFor();
    await until(async () => (await form.getByPlaceholder('选择月份').inputValue()) === '2013年12月', '报告月份 2013年12月');
    await form.getByText(/A4 纵向，可直接打印/).waitFor();
    await b.screenshot(page, '803-monthly-report-form');
    await page.getByRole('button', { name: '开始导出' }).click();
    const card = page.getByTestId('export-progress-card');
    const download = card.getByRole('button', { name: '下载' });
    await download.waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^月度推进情况报告-\d{8}\.xlsx$/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]![0]).toBe('徐泾镇动迁安置工作月度推进情况报告（2013年12月）');
    expect(String(rows[1]![0])).toContain(`统计截至 ${quota.asOf}`);
    const housing = rows.find((r) => r[1] === '解决536户动迁户居民住房问题')!;
    // 累计 is the quota's count (the demo's records stop within December); this month the December ones.
    expect(housing.slice(3, 6)).toEqual([536, quota.byMonth.at(-1)!.solved, quota.solved]);
    expect(String(housing[8])).toMatch(/^按在途案件推算：保守 \d+、预期 \d+、乐观 \d+/);
    expect(rows.some((r) => r[1] === '职业技能培训1000人')).toBe(true);
    expect(rows.some((r) => String(r[0]).startsWith('三、逾期时间节点（'))).toBe(true);
    expect(rows.some((r) => String(r[1]).startsWith('GJ17 '))).toBe(true);
    // The charts are pictures: keep them beside the screenshots to look at.
    const images = sheet.getImages();
    expect(images).toHaveLength(2);
    const dir = join(process.cwd(), 'test', 'e2e', 'screenshots');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '806-monthly-report.xlsx'), readFileSync(await file.path()));
    images.forEach((image, i) => {
      const media = book.getImage(Number(image.imageId));
      writeFileSync(join(dir, `80${4 + i}-monthly-report-chart-${i + 1}.png`), Buffer.from(media.buffer as unknown as ArrayBuffer));
    });
  });
});
