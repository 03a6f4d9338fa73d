import type { Page } from 'playwright-core';
import { todayInShanghai } from '@app/platform';
import { settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

/**
 * 结算 as both sides take it: finance issues a 结算单 of two of GJ17's vacated cases; the company's liaison
 * confirms one line and disputes the other; finance records a receipt; the reconciliation shows the ledgers
 * and names the discrepancies.
 */
describe('web app: settlement with 西虹桥公司 (browser)', () => {
  let b: BrowserApp;
  let statementId = '';
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  const pickDate = async (page: Page, scope: ReturnType<Page['getByTestId']>, label: string, date: string) => {
    const input = scope.getByLabel(label);
    await input.click();
    await input.fill(date);
    await page.keyboard.press('Tab');
    await until(async () => (await input.inputValue()) === date, `日期“${label}”为 ${date}`);
  };

  it('finance issues a statement of two vacated cases and sees the project money', async () => {
    const page = await b.loggedIn('finance');
    await page.goto('/settlements?project=GJ17');
    await page.getByTestId('figures-panel').waitFor();
    await page.getByTestId('statements').locator('tbody tr.ant-table-row').first().waitFor();
    await b.screenshot(page, '100-settlements');
    await page.getByRole('button', { name: '新建结算单' }).click();
    const dialog = page.getByTestId('issue-dialog');
    await dialog.locator('tbody tr.ant-table-row').first().waitFor();
    const rows = dialog.locator('tbody tr.ant-table-row');
    await rows.nth(0).locator('.ant-checkbox-input').check();
    await rows.nth(1).locator('.ant-checkbox-input').check();
    await settledDialog(page.getByRole('dialog'));
    await b.screenshot(page, '101-settlement-issue-dialog');
    await page.getByRole('button', { name: /出具结算单（2 件）/ }).click();
    await page.waitForURL(/\/settlements\/[0-9a-f-]{36}$/);
    statementId = page.url().split('/').at(-1)!;
    await page.getByTestId('statement-lines').locator('tbody tr.ant-table-row').nth(1).waitFor();
    await page.getByText(/^JS-GJ17-\d{3}$/).first().waitFor().catch(() => undefined);
    await b.screenshot(page, '102-settlement-statement-issued');
    const [row] = await b.t.query<{ n: number }>(`SELECT count(*)::int AS n FROM settlement_line WHERE "statementId" = $1`, [statementId]);
    expect(row!.n).toBe(2);
    await page.context().close();
  });

  it('the company confirms one line and disputes the other', async () => {
    const page = await b.loggedIn('company');
    await page.goto(`/settlements/${statementId}`);
    const lines = page.getByTestId('statement-lines').locator('tbody tr.ant-table-row');
    await lines.nth(1).waitFor();
    await lines.nth(0).getByRole('button', { name: '确认' }).click();
    await lines.nth(0).getByText('已确认').waitFor();
    await lines.nth(1).getByRole('button', { name: '异议' }).click();
    const dialog = page.getByTestId('dispute-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('异议原因').fill('评估面积与测绘报告不符，请复核');
    await settledDialog(page.getByRole('dialog'));
    await page.getByRole('dialog').getByRole('button', { name: '提交异议' }).click();
    await lines.nth(1).getByText('异议：评估面积与测绘报告不符，请复核').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await b.screenshot(page, '103-settlement-company-answered');
    const answers = await b.t.query<{ status: string }>(`SELECT status FROM settlement_line WHERE "statementId" = $1 ORDER BY position`, [statementId]);
    expect(answers.map((a) => a.status)).toEqual(['confirmed', 'disputed']);
    await page.context().close();
  });

  it('finance records a receipt, and the reconciliation shows the ledgers and names the discrepancies', async () => {
    const page = await b.loggedIn('finance');
    await page.goto(`/settlements/${statementId}`);
    await page.getByRole('button', { name: '登记到账' }).click();
    const dialog = page.getByTestId('receipt-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('到账金额（元）').fill('1000.00');
    await pickDate(page, dialog, '到账日期', todayInShanghai()); // not before the statement, issued today
    await dialog.getByLabel('银行流水号').fill('ICBC20130915-0001');
    await settledDialog(page.getByRole('dialog'));
    await b.screenshot(page, '104-settlement-receipt-dialog');
    await page.getByRole('dialog').getByRole('button', { name: '登 记' }).click();
    await page.getByTestId('statement-receipts').getByText('ICBC20130915-0001').waitFor();
    await b.screenshot(page, '105-settlement-statement-receipt');
    const [receipt] = await b.t.query<{ amountFen: string; idempotencyKey: string }>(`SELECT "amountFen", "idempotencyKey" FROM settlement_receipt WHERE "statementId" = $1`, [statementId]);
    expect(receipt!.amountFen).toBe('100000');
    expect(receipt!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);

    await page.goto(`/reconciliation?project=GJ17`);
    await page.getByTestId('ledgers').waitFor();
    const discrepancies = page.getByTestId('discrepancies');
    await discrepancies.locator('tbody tr.ant-table-row').first().waitFor();
    await discrepancies.getByText('已签约未列入结算单').first().waitFor();
    await b.screenshot(page, '106-reconciliation');
    await page.context().close();
  });
});
