import type { Page } from 'playwright-core';
import { settledDialog, settledDrawer, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

/**
 * 过渡户 and 过渡费 as finance takes them on the demo: the transitional stock with its fees and totals, the
 * three-year clearance chart, a household's fee months; then a 过渡费 batch of 轨交17号线 created, checked and paid.
 */
describe('web app: transitional households and their fees (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  const fadeDone = (page: Page) => until(async () => (await page.locator('.ant-spin-blur, .ant-table-placeholder .ant-spin').count()) === 0, '表格加载完毕');

  it('finance sees the stock, its totals to the fen, the clearance chart and a household’s fee months', async () => {
    const page = await b.loggedIn('finance');
    await page.goto('/transitional?project=GJ17');
    const chart = page.getByTestId('clearance-chart');
    // the demo's data ends in 2013: the view starts there
    await chart.getByText('2013 年', { exact: true }).waitFor();
    const table = page.getByTestId('transitional-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await fadeDone(page);
    await page.getByTestId('clearance-chart').getByRole('img', { name: '过渡户三年清零柱状图' }).waitFor();
    // the totals row: amounts with two decimals, unpaid = accrued − paid
    const totals = table.locator('.ant-table-summary');
    await totals.getByText(/^合计 \d+ 户/).waitFor();
    const amounts = (await totals.locator('.fee-amount').allInnerTexts()).map((s) => s.trim());
    expect(amounts).toHaveLength(3);
    for (const a of amounts) expect(a).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
    const fen = (s: string) => BigInt(s.replace(/[,.]/g, ''));
    expect(fen(amounts[0]!) - fen(amounts[1]!)).toBe(fen(amounts[2]!));
    await b.screenshot(page, '740-transitional-list');
    await table.locator('tbody tr.ant-table-row').first().getByRole('button', { name: '费用明细' }).click();
    const drawer = page.getByTestId('fee-months-drawer');
    await drawer.getByText(/元\/人\/月 × \d 人/).first().waitFor();
    await settledDrawer(page);
    await b.screenshot(page, '741-transitional-fee-months');
    await page.context().close();
  });

  it('finance creates a batch of 轨交17号线, checks its lines and pays it once', async () => {
    const page = await b.loggedIn('finance');
    await page.goto('/fee-batches?project=GJ17');
    await page.getByTestId('fee-batches').waitFor();
    await page.getByRole('button', { name: '生成批次' }).click();
    const dialog = page.getByRole('dialog', { name: '生成过渡费批次' });
    await settledDialog(dialog);
    await dialog.getByLabel('截至月份（YYYY-MM）').fill('2013-11');
    await dialog.getByRole('button', { name: '生 成' }).click();
    const drawer = page.getByTestId('fee-batch-drawer');
    await drawer.getByText(/^过渡费批次 GDF-GJ17-2013-11-\d{2}$/).waitFor();
    const lines = drawer.getByTestId('fee-batch-lines');
    await lines.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await lines.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await settledDrawer(page);
    await b.screenshot(page, '742-fee-batch-lines');
    await drawer.getByRole('button', { name: '支 付' }).click();
    const pay = page.getByRole('dialog', { name: /^确认支付 GDF-GJ17-2013-11-\d{2}$/ });
    await settledDialog(pay);
    await pay.getByText(/将向 \d+ 户各记一笔过渡费支付/).waitFor();
    await pay.getByLabel('银行流水号 / 票据号').fill('ICBC-GDF-201311');
    await b.screenshot(page, '743-fee-batch-pay');
    await pay.getByRole('button', { name: '确认支付' }).click();
    await drawer.getByText('已支付').first().waitFor();
    await until(async () => (await lines.getByText('未付').count()) === 0, '每户都已付');
    await page.getByText('批次已支付').waitFor();
    await page.waitForTimeout(400);
    await b.screenshot(page, '744-fee-batch-paid');
    // the payment list through the export pipeline
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), drawer.getByRole('button', { name: /导出支付清单/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^过渡费支付清单-\d{8}\.xlsx$/);
    await page.context().close();
  });
});
