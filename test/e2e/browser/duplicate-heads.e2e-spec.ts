import type { Page } from 'playwright-core';
import { decryptField } from '@app/platform';
import { choose, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');


describe('web app: 一人多户 — the form warns, a reason overrides, the officer reviews the clusters (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  it('an officer records a second household of the same head with a reason and finds both in 一人多户核查', async () => {
    // A demo household of GJ17 whose head is recorded a second time.
    const [existing] = await b.t.query<{ id: string; code: string; headName: string; headIdNumberEncrypted: string }>(
      `SELECT h.id, h.code, h."headName", h."headIdNumberEncrypted" FROM household h JOIN project p ON p.id = h."projectId"
        WHERE p.code = 'GJ17' AND h."duplicateHeadReason" IS NULL
          AND NOT EXISTS (SELECT 1 FROM household o WHERE o."projectId" = h."projectId" AND o."headIdNumberHash" = h."headIdNumberHash" AND o.id <> h.id)
        ORDER BY h.code LIMIT 1`,
    );
    const headIdNumber = decryptField(existing!.headIdNumberEncrypted);
    const masked = `${headIdNumber.slice(0, 6)}********${headIdNumber.slice(-4)}`;

    const page = await b.loggedIn('officer');
    await page.goto('/households/new');
    await page.getByText('新建民房').waitFor();
    await choose(page, page.getByLabel('项目'), 'GJ17 轨交17号线');
    await choose(page, page.getByLabel('地块'), 'GJ17-02');
    await page.getByLabel('户编号').fill('GJ17-D001');
    await page.getByLabel('户主姓名').fill(existing!.headName);
    await page.getByLabel('户主身份证号').fill(headIdNumber);
    await page.getByLabel('户籍人数').fill('2');
    await page.getByLabel('所在村').fill('二联村');
    await page.getByLabel('合法建筑面积').fill('86.4');
    await page.getByRole('button', { name: '添加成员' }).click();
    await page.getByLabel('第 1 位成员姓名').fill(existing!.headName);
    await page.getByRole('button', { name: /保\s*存/ }).click();

    // The warning: next to the number, naming the household the head already heads, never the full number.
    const warning = page.getByTestId('duplicate-head-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toBe(
      `户主身份证号 ${masked} 已是本项目 1 户的户主（${existing!.code}）；如确属一人多户，请填写原因后再提交`,
    );
    const idItem = page.locator('.ant-form-item').filter({ has: page.locator('#headIdNumber') });
    await idItem.getByText('已是本项目 1 户的户主，见下方提示').waitFor();
    expect(await b.t.query(`SELECT id FROM household WHERE code = 'GJ17-D001'`)).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await b.screenshot(page, '17-duplicate-head-warning');

    // Saving without a reason is refused next to the field; with one, the household is recorded.
    const reasonItem = page.locator('.ant-form-item').filter({ has: page.locator('#duplicateHeadReason') });
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await reasonItem.getByText('请填写一人多户的原因').waitFor();
    await page.getByLabel('重复户主原因').fill('户主在二联村另有一处宅基地，经村委会核实（浏览器测试）');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已登记民房 GJ17-D001').waitFor();
    await page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
    await page.getByTestId('duplicate-head-reason').getByText('户主在二联村另有一处宅基地，经村委会核实（浏览器测试）').waitFor();
    await b.screenshot(page, '18-duplicate-head-case');

    // 一人多户核查 lists the head with both households (the one without a reason flagged), beside the demo's own cluster.
    await page.goto('/duplicate-heads');
    const cluster = rows(page).filter({ has: page.getByRole('link', { name: existing!.code, exact: true }) });
    await cluster.waitFor();
    await until(
      async () =>
        (await rows(page)
          .filter({ has: page.getByRole('link', { name: 'GJ17-D001', exact: true }) })
          .count()) === 1,
      '新登记的户在核查列表中',
    );
    await cluster.getByText(masked).waitFor();
    await cluster.getByText('未填写原因').waitFor();
    await rows(page)
      .filter({ hasText: 'LXYQ-0002' })
      .getByText(/^演示数据：/)
      .waitFor();
    await page
      .getByTestId('duplicate-heads-summary')
      .getByText(/尚未填写原因/)
      .waitFor();
    await b.screenshot(page, '19-duplicate-heads');

    // One project, kept in the address.
    await page.goto('/duplicate-heads?project=GJ17');
    await until(
      async () => (await rows(page).count()) > 0 && (await rows(page).filter({ hasText: 'LXYQ' }).count()) === 0,
      '只剩 GJ17 的一人多户',
    );
    await cluster.waitFor();

    // Each household's code opens its case page.
    await cluster.getByRole('link', { name: existing!.code, exact: true }).click();
    await page.waitForURL(`**/households/${existing!.id}`);
    await page.getByText(`${existing!.code} ${existing!.headName}`).first().waitFor();
    await page.context().close();
  }, 300_000);

  it('an officer of another project does not see the cluster', async () => {
    const user = await b.t.createUser({ username: 'dh-lxyq-officer', roles: ['officer'], projects: ['LXYQ'] });
    const page = await b.loggedIn(user.username, user.password);
    await page.goto('/duplicate-heads');
    await page.getByTestId('duplicate-heads-summary').waitFor();
    await rows(page).filter({ hasText: 'LXYQ-0002' }).waitFor();
    expect(await rows(page).filter({ hasText: 'GJ17' }).count()).toBe(0);
    await page.context().close();
  }, 300_000);
});
