import type { Page } from 'playwright-core';
import { menuCount, openSubMenu, settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';
import { waitFor } from '../../support/wait-for.js';

/**
 * 沟通 as both sides take it: the town's officer records a coordination meeting of GJ17 with an action
 * item the company owes; the company's liaison sees it counted in the menu, finds it among the overdue
 * items and marks it done.
 */
describe('web app: communication with 西虹桥公司 (browser)', () => {
  let b: BrowserApp;
  const subject = `浏览器测试协调会 ${Date.now()}`;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  /**
   * Types a date into an antd DatePicker and leaves it with Tab, which commits the typed date (Enter would
   * also submit the dialog's form while the other fields are still being filled).
   */
  const pickDate = async (page: Page, scope: ReturnType<Page['getByTestId']>, label: string, date: string) => {
    const input = scope.getByLabel(label);
    await input.click();
    await input.fill(date);
    await page.keyboard.press('Tab');
    await until(async () => (await input.inputValue()) === date, `日期“${label}”为 ${date}`);
  };

  it('the officer records a meeting with an action item the company owes', async () => {
    const page = await b.loggedIn('officer');
    await page.goto('/communications?project=GJ17');
    await page.getByRole('button', { name: '记录沟通' }).click();
    const dialog = page.getByTestId('communication-dialog');
    await dialog.waitFor();
    await pickDate(page, dialog, '日期', '2013-06-01');
    await dialog.getByLabel('主题').fill(subject);
    await dialog.getByLabel('镇方参加人员').fill('王强（动迁办）、李明');
    await dialog.getByLabel('公司方参加人员').fill('赵华（西虹桥公司）');
    await dialog.getByLabel('纪要 / 通知内容').fill('双方确认6月10日前由公司提供17号线二联村段地块红线图。');
    await dialog.getByRole('button', { name: '添加落实事项' }).click();
    await dialog.getByLabel('事项内容').fill('提供地块红线图');
    await dialog.getByLabel('责任人').fill('赵华');
    await pickDate(page, dialog, '完成期限', '2013-06-10');
    await b.screenshot(page, '96-communication-dialog');
    await page.getByRole('dialog').getByRole('button', { name: '保 存' }).click();

    const card = page.getByTestId('communication-card').filter({ hasText: subject });
    await card.waitFor();
    await card.getByText('逾期', { exact: false }).first().waitFor();
    // The officer does not close the company's item: no action is offered on it.
    await until(async () => (await card.getByRole('button', { name: '标记完成' }).count()) === 0, '经办人不能关闭公司的事项');
    await b.screenshot(page, '97-communications');
    const [row] = await b.t.query<{ recordedBySide: string; ownerSide: string; status: string }>(
      `SELECT c."recordedBySide", i."ownerSide", i.status FROM communication c JOIN action_item i ON i."communicationId" = c.id WHERE c.subject = $1`,
      [subject],
    );
    expect(row).toEqual({ recordedBySide: 'town', ownerSide: 'company', status: 'open' });
    await page.context().close();
  });

  it('the company liaison sees the overdue count, finds the item and marks it done', async () => {
    const page = await b.loggedIn('company');
    // The company's home is its 待办: the overdue item is there, a click from where it is answered.
    await page.waitForURL((url) => url.pathname === '/inbox');
    const waiting = page.getByTestId('inbox').locator('tbody tr.ant-table-row').filter({ hasText: '提供地块红线图' }).first();
    await waiting.getByText('逾期落实事项').waitFor();
    // Fully shown: no ancestor of the row still fading in after a reload.
    const opacity = () =>
      waiting.evaluate((el) => {
        const style = (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle;
        let o = 1;
        for (let at = el as { parentElement: unknown } | null; at; at = at.parentElement as typeof at) o *= Number(style(at).opacity);
        return o;
      });
    await until(async () => (await opacity()) === 1, '待办加载完毕');
    await openSubMenu(page, '公司协作');
    await b.screenshot(page, '97b-company-inbox');
    await waiting.getByRole('link', { name: /^办理 / }).click();
    await page.waitForURL((url) => url.pathname === '/action-items');
    const [{ n }] = (await b.t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM action_item i JOIN project p ON p.id = i."projectId" WHERE p.code IN ('GJ17', 'SYQH') AND i.status = 'open' AND i."dueOn" < CURRENT_DATE`,
    )) as [{ n: number }];
    // The menu reads its counts again on every page change and every minute: on a loaded machine that can take a while.
    let shown = '';
    await waitFor(async () => (shown = await menuCount(page, '公司协作', '/action-items')) === String(n), {
      what: () => `菜单显示逾期 ${n} 项（显示“${shown}”）`,
      timeout: 90_000,
    });
    const row = page.getByTestId('action-items').locator('tbody tr.ant-table-row').filter({ hasText: subject });
    await row.waitFor();
    await row.getByText(/逾期 \d+ 天/).waitFor();
    await b.screenshot(page, '98-action-items-overdue');
    await row.getByRole('button', { name: '标记完成' }).click();
    const dialog = page.getByTestId('close-item-dialog');
    await dialog.waitFor();
    await pickDate(page, dialog, '完成日期', '2013-06-09');
    await page.getByRole('dialog', { name: '标记事项已完成' }).getByRole('button', { name: '确认完成' }).click();
    await row.waitFor({ state: 'detached' });
    const [done] = await b.t.query<{ status: string; doneOn: string; doneBy: string }>(
      `SELECT i.status, i."doneOn", i."doneBy" FROM action_item i JOIN communication c ON c.id = i."communicationId" WHERE c.subject = $1`,
      [subject],
    );
    expect(done).toEqual({ status: 'done', doneOn: '2013-06-09', doneBy: 'company' });
    await page.getByText('已完成', { exact: true }).click();
    await page.getByTestId('action-items').locator('tbody tr.ant-table-row').filter({ hasText: subject }).getByText('已完成（2013-06-09）').waitFor();
    await b.screenshot(page, '99-action-items-done');
    await page.context().close();
  });

  it("both sides' steps show on the project's timeline and on the parcel's", async () => {
    const page = await b.loggedIn('officer');
    await page.goto('/projects/GJ17');
    const timeline = page.getByTestId('project-timeline');
    const latest = timeline.locator('.ant-timeline-item').first();
    await latest.getByText('更新落实事项').waitFor();
    await latest.getByText('西虹桥公司', { exact: true }).waitFor();
    await timeline.locator('.ant-timeline-item').filter({ hasText: '记录沟通' }).filter({ hasText: '镇动迁办' }).first().waitFor();
    await b.screenshot(page, '100-project-timeline');
    const [parcel] = await b.t.query<{ code: string }>(
      `SELECT pa.code FROM parcel pa JOIN project p ON p.id = pa."projectId" JOIN case_file c ON c."parcelId" = pa.id WHERE p.code = 'GJ17' ORDER BY pa.code LIMIT 1`,
    );
    // The officer notes something on the parcel; its timeline shows that step, and not the project's communications.
    await page.getByRole('button', { name: `编辑地块 ${parcel!.code}` }).click();
    const form = page.getByRole('dialog');
    await settledDialog(form);
    await form.getByLabel('备注').fill('红线图已由公司提供');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `地块 ${parcel!.code} 时间线` }).click();
    const drawer = page.getByTestId('parcel-timeline');
    await drawer.locator('.ant-timeline-item').first().getByText('修改地块').waitFor();
    await drawer.getByText('红线图已由公司提供', { exact: false }).waitFor();
    expect(await drawer.getByText('记录沟通').count()).toBe(0);
    const panel = page.locator('.ant-drawer-content-wrapper');
    await until(async () => !/motion/.test((await panel.getAttribute('class')) ?? 'motion'), '时间线抽屉打开完毕');
    await b.screenshot(page, '101-parcel-timeline');
    await page.context().close();
  });
});
