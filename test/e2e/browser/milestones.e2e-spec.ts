import type { Page } from 'playwright-core';
import { MilestoneOverdueJobHandler } from '@app/targets';
import { choose, settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

const SURVEY = '“两线一圈”区域摸底（民房、企业、市政设施、遗留基地）';

/**
 * 时间节点 on the demo plan: the leader sees the timeline with the overdue nodes in red, marks 两线一圈's survey done
 * with its evidence; after the day's overdue check the bell shows the count, a click opens the nodes and clears it;
 * the officer's many reminders clear with 全部已读.
 */
describe('web app: time nodes and the bell (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
    // the day's overdue check, as the 07:00 job runs it
    await b.t.app.get(MilestoneOverdueJobHandler).handle({});
  });
  afterAll(() => b?.close());

  const bell = (page: Page) => page.getByTestId('notification-bell');
  const unread = async (page: Page) => Number((await bell(page).getAttribute('aria-label'))?.match(/未读 (\d+) 条/)?.[1] ?? 'NaN');

  it('the leader sees the timeline and marks a node done with its evidence', async () => {
    const page = await b.loggedIn('leader');
    await page.goto('/milestones');
    const timeline = page.getByTestId('milestone-timeline');
    await timeline.locator('svg').waitFor();
    await timeline.getByText(/今天 \d{4}-\d{2}-\d{2}/).waitFor();
    const table = page.getByTestId('milestone-table');
    await table.getByText('金联动迁基地前期手续办理').waitFor();
    await table.getByText(/^逾期 \d+ 天$/).first().waitFor();
    await b.screenshot(page, '750-milestones-timeline');

    await page.goto('/milestones?project=LXYQ');
    const row = table.locator('tbody tr.ant-table-row').filter({ has: page.getByText(SURVEY, { exact: true }) });
    await row.getByText('进行中').waitFor();
    await row.getByRole('button', { name: '改变状态' }).click();
    const dialog = page.getByRole('dialog', { name: `改变状态 — ${SURVEY}` });
    await settledDialog(dialog);
    await choose(page, dialog.getByRole('combobox', { name: '新状态' }), '已完成');
    const date = dialog.getByRole('textbox', { name: '实际完成日期' });
    await date.click();
    await date.fill('2013-05-20');
    await page.keyboard.press('Tab');
    await until(async () => (await date.inputValue()) === '2013-05-20', '实际完成日期为 2013-05-20');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await dialog.locator('input[type=file]').setInputFiles({ name: '两线一圈摸底汇总表.pdf', mimeType: 'application/pdf', buffer: pdf });
    await dialog.getByText('两线一圈摸底汇总表.pdf').waitFor();
    await b.screenshot(page, '751-milestone-status-dialog');
    await dialog.getByRole('button', { name: '确 定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('已完成').waitFor();
    await row.getByText('2013-05-20').waitFor();
    const [stored] = await b.t.query<{ status: string; actualOn: string; files: number }>(
      `SELECT m.status, to_char(m."actualOn", 'YYYY-MM-DD') AS "actualOn", (SELECT count(*)::int FROM attachment a WHERE a."ownerType" = 'milestone' AND a."ownerId" = m.id) AS files FROM milestone m WHERE m.name = $1`,
      [SURVEY],
    );
    expect(stored).toEqual({ status: 'done', actualOn: '2013-05-20', files: 1 });
    await row.locator('.ant-table-row-expand-icon').click();
    await table.getByText('两线一圈摸底汇总表.pdf').waitFor();
    await b.screenshot(page, '752-milestones-done');
    await page.context().close();
  });

  it('the bell shows the leader’s reminder; opening it goes to the overdue nodes and clears the count', async () => {
    const page = await b.loggedIn('leader');
    await until(async () => (await unread(page)) === 1, '铃铛显示 1 条未读');
    await bell(page).click();
    const list = page.getByTestId('notification-list');
    const item = list.getByText(/逾期时间节点 \d+ 个$/);
    await item.waitFor();
    await b.screenshot(page, '753-notification-bell');
    await item.click();
    await page.waitForURL(/\/milestones\?due=overdue$/);
    await until(async () => (await unread(page)) === 0, '铃铛清零');
    await page.getByTestId('milestone-table').getByText(/^逾期 \d+ 天$/).first().waitFor();
    await page.context().close();
  });

  it('the officer responsible for the town’s nodes clears every reminder with 全部已读', async () => {
    const page = await b.loggedIn('officer');
    const [{ n }] = await b.t.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification x JOIN app_user u ON u.id = x."userId" WHERE u.username = 'officer' AND x."readAt" IS NULL`);
    expect(n).toBeGreaterThan(1);
    await until(async () => (await unread(page)) === n, `铃铛显示 ${n} 条未读`);
    await bell(page).click();
    await page.getByTestId('notification-list').getByText(/^时间节点逾期：/).first().waitFor();
    await page.getByRole('button', { name: '全部已读' }).click();
    await until(async () => (await unread(page)) === 0, '全部已读后铃铛清零');
    await b.screenshot(page, '754-notifications-read');
    await page.context().close();
  });
});
