import type { Page } from 'playwright-core';
import { choose, settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';
import { signedSwapHouseholds } from '../../support/choosing.js';
import { projectWithScheme } from '../../support/money.js';

/**
 * 分配周转房 from the case page: no demo household chose 周转房过渡, so a project of the officer's (made here, the demo
 * officer assigned to it) gets one signed swap household that did; the officer opens its case, picks the demo's
 * 西虹桥 base and one of its available 周转房, and sees it on the 安置房源 card as 周转房 / 已分配. Then the officer reserves
 * a flat for the same household (预留, with the reason) and sees it as 已预留, with 释放预留.
 */
describe('web app: 周转房 and 预留房源 on the case page (browser)', () => {
  let b: BrowserApp;
  let caseId: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    const admin = b.t.http();
    const where = await projectWithScheme(admin, { name: '徐泾周转房测试地块' });
    await b.t.query(
      `INSERT INTO user_project ("userId", "projectId") SELECT u.id, p.id FROM app_user u, project p WHERE u.username = 'officer' AND p.code = $1`,
      [where.code],
    );
    const [h] = await signedSwapHouseholds(admin, where, 1, { transitionMethod: 'turnover_flat' });
    caseId = h!.caseId;
  }, 300_000);
  afterAll(() => b?.close());

  const units = (page: Page) => page.getByTestId('turnover-units').locator('tbody tr.ant-table-row');

  it('the officer allocates a 周转房 from the case page and sees it on the 安置房源 card', async () => {
    const turnoverBases = await b.t.query<{ code: string; name: string }>(
      `SELECT b.code, b.name FROM resettlement_base b WHERE EXISTS (SELECT 1 FROM resettlement_unit u WHERE u."baseId" = b.id AND u.turnover AND u.status = 'available') ORDER BY b.code LIMIT 1`,
    );
    expect(turnoverBases).toHaveLength(1);
    const base = turnoverBases[0]!;
    const page = await b.loggedIn('officer');
    await page.goto(`/cases/${caseId}`);
    const card = page.getByTestId('case-allocations');
    await card.getByTestId('allocate-turnover').click();
    const dialog = page.getByRole('dialog').filter({ hasText: '分配周转房' });
    await settledDialog(dialog);
    // Confirming before a flat is picked answers in Chinese inside the dialog.
    await choose(page, dialog.getByTestId('turnover-base'), base.name);
    const rows = units(page);
    await rows.first().waitFor();
    for (const text of await rows.allInnerTexts()) expect(text).not.toBe('');
    await dialog.getByRole('button', { name: '确认分配' }).click();
    await dialog.getByText('请选择一套周转房').waitFor();
    const first = rows.first();
    const picked = (await first.locator('td').nth(1).innerText()).trim();
    await first.click();
    await until(async () => await first.locator('input[type=radio]').isChecked(), '已选中周转房');
    await until(async () => !(await dialog.getByText('请选择一套周转房').count()), '必填提示消失');
    await page.mouse.move(10, 700);
    await b.screenshot(page, '148-case-turnover-dialog');
    await dialog.getByRole('button', { name: '确认分配' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = card.locator('tbody tr.ant-table-row').first();
    await row.getByText('周转房').waitFor();
    await row.getByText('已分配').waitFor();
    expect(await row.innerText()).toContain(picked.split(' ').pop()!);
    await card.getByTestId('allocate-turnover').waitFor({ state: 'detached' });
    await card.getByRole('button', { name: '释放' }).waitFor();
    const held = await b.t.query<{ purpose: string; status: string; turnover: boolean }>(
      `SELECT a.purpose, a.status, u.turnover FROM unit_allocation a JOIN resettlement_unit u ON u.id = a."unitId" WHERE a."caseId" = $1`,
      [caseId],
    );
    expect(held).toEqual([{ purpose: 'turnover', status: 'allocated', turnover: true }]);
    await page.mouse.move(700, 600);
    await page.waitForTimeout(1500);
    await card.scrollIntoViewIfNeeded();
    await b.screenshot(page, '148-case-turnover-flat');
    await page.context().close();
  });

  it('the officer reserves a flat for the household with a reason; it shows as 已预留 with 释放预留', async () => {
    const [base] = await b.t.query<{ code: string; name: string }>(
      `SELECT b.code, b.name FROM resettlement_base b
        WHERE EXISTS (SELECT 1 FROM resettlement_unit u WHERE u."baseId" = b.id AND NOT u.turnover AND u.status = 'available' AND u.area <= 80)
        ORDER BY b.code LIMIT 1`,
    );
    const page = await b.loggedIn('officer');
    await page.goto(`/cases/${caseId}`);
    const card = page.getByTestId('case-allocations');
    await card.getByTestId('reserve-unit').click();
    const dialog = page.getByRole('dialog').filter({ hasText: '预留房源' });
    await settledDialog(dialog);
    await choose(page, dialog.getByTestId('reserve-base'), base!.name);
    const rows = dialog.getByTestId('reserve-units').locator('tbody tr.ant-table-row');
    const small = rows.filter({ hasText: /(40|80)\.00 ㎡/ }).first();
    await small.waitFor();
    const picked = (await small.locator('td').nth(1).innerText()).trim();
    await small.click();
    await until(async () => await small.locator('input[type=radio]').isChecked(), '已选中房源');
    // The reason is required.
    await dialog.getByRole('button', { name: '确认预留' }).click();
    await dialog.getByText('请填写预留原因').waitFor();
    await dialog.getByLabel('预留原因').fill('家中有残疾人，需低楼层房源');
    await page.mouse.move(10, 700);
    await b.screenshot(page, '149-case-reserve-dialog');
    await dialog.getByRole('button', { name: '确认预留' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = card.locator('tbody tr.ant-table-row').filter({ hasText: '已预留' });
    await row.getByText('家中有残疾人，需低楼层房源', { exact: false }).waitFor();
    expect(await row.innerText()).toContain(picked.split(' ').pop()!);
    await row.getByRole('button', { name: '释放预留' }).waitFor();
    const [held] = await b.t.query<{ status: string; unitStatus: string; reserveReason: string }>(
      `SELECT a.status, u.status AS "unitStatus", a."reserveReason" FROM unit_allocation a JOIN resettlement_unit u ON u.id = a."unitId"
        WHERE a."caseId" = $1 AND a.purpose = 'resettlement'`,
      [caseId],
    );
    expect(held).toEqual({ status: 'reserved', unitStatus: 'reserved', reserveReason: '家中有残疾人，需低楼层房源' });
    await card.scrollIntoViewIfNeeded();
    await b.screenshot(page, '149-case-reserved-flat');
    await page.context().close();
  });
});
