import type { Page } from 'playwright-core';
import { choose, openSubMenu, settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PLAN = '二联村集体建设用地归并方案（二联小高层基地周边）';

/**
 * 土地管理 on the demo data: the officer finds the ownership register with its totals, registers a plot of 二联村 and
 * moves its survey on with a document; the seeded 归并方案 waits for the admin, who approves it; the plan is then done
 * and exported as 集体土地归并方案.
 */
describe('web app: collective land ownership and the consolidation plan (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  const popconfirm = async (page: Page, ok: RegExp) => {
    const pop = page.locator('.ant-popover:not(.ant-popover-hidden)').last();
    await pop.waitFor();
    await pop.getByRole('button', { name: ok }).click();
  };

  it('the officer opens the register from the menu, registers a plot and moves its survey on with a document', async () => {
    const page = await b.loggedIn('officer');
    await openSubMenu(page, '土地管理');
    await page.getByRole('menuitem', { name: '集体土地所有权' }).click();
    await page.waitForURL(/\/land\/ownership$/);
    const totals = page.getByTestId('ownership-totals');
    await totals.getByText('村民小组').waitFor();
    await totals.locator('svg').first().waitFor();
    const table = page.getByTestId('ownership-table');
    await table.getByText('EL-JT-001').waitFor();
    await b.screenshot(page, '800-land-ownership-register');

    await choose(page, page.getByRole('combobox', { name: '村' }), '二联村');
    await page.waitForURL(/village=/);
    await page.getByRole('button', { name: /登记土地/ }).click();
    const dialog = page.getByRole('dialog', { name: '登记集体土地' });
    await settledDialog(dialog);
    await dialog.getByRole('textbox', { name: '登记编号' }).fill('EL-JT-101');
    await choose(page, dialog.getByRole('combobox', { name: '村' }), '二联村');
    await dialog.getByRole('textbox', { name: '坐落' }).fill('二联村北横港以北、原苗圃');
    await dialog.getByRole('textbox', { name: '所有权人' }).fill('二联村第二村民小组');
    await dialog.getByText('村民小组', { exact: true }).click();
    await dialog.getByRole('textbox', { name: '面积' }).fill('1234.56');
    await choose(page, dialog.getByRole('combobox', { name: '土地用途' }), '其他');
    await b.screenshot(page, '801-land-ownership-create');
    await dialog.getByRole('button', { name: /登\s*记/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = table.locator('tbody tr.ant-table-row').filter({ has: page.getByText('EL-JT-101', { exact: true }) });
    await row.getByText('未调查').waitFor();
    await row.getByText('1,234.56 ㎡').waitFor();
    await row.getByRole('button', { name: '推进调查' }).click();
    const step = page.getByRole('dialog', { name: '推进调查 — EL-JT-101' });
    await settledDialog(step);
    await step.locator('input[type=file]').setInputFiles({ name: '权属来源证明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await step.getByText('权属来源证明.pdf').waitFor();
    await b.screenshot(page, '802-land-ownership-survey-step');
    await step.getByRole('button', { name: /确\s*定/ }).click();
    await step.waitFor({ state: 'hidden' });
    await row.getByText('调查中').waitFor();
    const [stored] = await b.t.query<{ surveyStatus: string; files: number; village: string }>(
      `SELECT o."surveyStatus", o.village, (SELECT count(*)::int FROM attachment a WHERE a."ownerType" = 'land_ownership' AND a."ownerId" = o.id) AS files FROM land_ownership o WHERE o.code = 'EL-JT-101'`,
    );
    expect(stored).toEqual({ surveyStatus: 'surveying', village: '二联村', files: 1 });
    await page.context().close();
  });

  it('the seeded plan waits for the admin; approved, it is done and exported', async () => {
    const officer = await b.loggedIn('officer');
    await officer.goto('/land/consolidation-plans');
    await officer.getByTestId('plans-table').getByRole('link', { name: PLAN }).click();
    await officer.waitForURL(/\/land\/consolidation-plans\/[0-9a-f-]+$/);
    await officer.getByText('草拟中：等待管理员批准').waitFor();
    await officer.getByTestId('plan-totals').getByText('镇集体').waitFor();
    expect(await officer.getByTestId('plan-approve').count()).toBe(0);
    await b.screenshot(officer, '803-consolidation-plan-draft');
    const url = officer.url();

    const admin = await b.loggedIn('admin');
    await admin.goto(new URL(url).pathname);
    await admin.getByTestId('plan-approve').click();
    await popconfirm(admin, /批\s*准/);
    await admin.getByText(/^admin \d{4}-\d{2}-\d{2}/).waitFor();
    await admin.getByTestId('plan-complete').click();
    await popconfirm(admin, /完\s*成/);
    await admin.locator('.ant-page-header, .ant-pro-page-container').getByText('已完成', { exact: true }).first().waitFor();
    await admin.getByTestId('plan-export').click();
    await admin.getByTestId('plan-download').waitFor({ timeout: 45_000 });
    await b.screenshot(admin, '804-consolidation-plan-done');
    const owners = await b.t.query<{ ownerKind: string; landUse: string }>(
      `SELECT DISTINCT o."ownerKind", o."landUse" FROM land_ownership o JOIN consolidation_plan_item i ON i."ownershipId" = o.id JOIN consolidation_plan p ON p.id = i."planId" WHERE p.name = $1`,
      [PLAN],
    );
    expect(owners).toEqual([{ ownerKind: 'town', landUse: 'construction' }]);
    await until(
      async () =>
        (await b.t.query(`SELECT 1 FROM export_batch WHERE kind = 'land-consolidation-plan' AND status = 'succeeded'`)).length === 1,
      '归并方案已导出',
    );
    await officer.context().close();
    await admin.context().close();
  });
});
