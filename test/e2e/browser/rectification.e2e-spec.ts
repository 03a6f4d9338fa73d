import type { Page } from 'playwright-core';
import { openSubMenu, settledDialog, settledDrawer, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

interface Violation {
  id: string;
  code: string;
  parcelCode: string | null;
  projectCode: string | null;
  responsibleSubjectId: string | null;
  responsibleSubjectType: string | null;
  status: string;
}

/** Picks a date in an antd date field by typing it, as the other screens' tests do. */
async function typeDate(page: Page, field: ReturnType<Page['getByLabel']>, day: string): Promise<void> {
  await field.click();
  await field.fill(day);
  await page.keyboard.press('Enter');
  await until(async () => (await field.inputValue()) === day, `日期为 ${day}`);
}

/**
 * 综合整治 on the demo, as the town takes it: the officer opens the register from the menu, registers a violation, issues
 * the notice with its deadline (overdue marked) and uploads a site photo; reads the year's figures with the charts;
 * confirms a household's 无证面积 proposal on its case page; sees an open violation among what holds a parcel's
 * handover back; the leader's home shows the rectification panel.
 */
describe('web app: the 综合整治 register (browser)', () => {
  let b: BrowserApp;
  let register: Violation[];
  beforeAll(async () => {
    b = await startBrowserApp();
    register = ((await b.t.http().get('/api/rectification/violations?year=2013&pageSize=200').expect(200)).body as { items: Violation[] })
      .items;
  });
  afterAll(() => b?.close());

  it('the officer opens the register, registers a violation, issues its notice and uploads a photo', async () => {
    const page = await b.loggedIn('officer');
    await openSubMenu(page, '土地管理');
    await page.getByRole('menuitem', { name: '综合整治台账' }).click();
    await page.waitForURL(/\/rectification$/);
    const table = page.getByTestId('violations-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await table.getByText('存量').first().waitFor();
    await table.getByText('新增').first().waitFor();
    await table.getByText('逾期').first().waitFor();
    await b.screenshot(page, '900-rectification-register');

    await page.getByTestId('new-violation').click();
    const dialog = page.getByRole('dialog', { name: '登记违法行为' });
    await settledDialog(dialog);
    await dialog.getByLabel('项目编号').fill('GJ17');
    const parcel = register.find((v) => v.projectCode === 'GJ17' && v.parcelCode)!.parcelCode!;
    await dialog.getByLabel('地块编号').fill(parcel);
    await dialog.getByLabel('地址').fill('徐泾镇二联村 6 组东侧空地');
    await dialog.getByLabel(/面积/).fill('64.5');
    await typeDate(page, dialog.getByLabel('发现日期'), '2013-06-15');
    await dialog.getByLabel('责任人或责任单位').fill('某某装饰材料经营部');
    await b.screenshot(page, '901-rectification-new');
    await dialog.getByRole('button', { name: '登 记' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await settledDrawer(page);
    const detail = page.getByTestId('violation-detail');
    await detail.getByText('某某装饰材料经营部').waitFor();
    await detail.getByText('2013年新增').waitFor();
    await detail.getByTestId('step-notice_issued').click();
    const step = page.getByRole('dialog', { name: '变更为：已下达整改通知' });
    await settledDialog(step);
    await typeDate(page, step.getByLabel('日期'), '2013-06-20');
    await typeDate(page, step.getByLabel('整改期限'), '2013-07-20');
    await step.getByLabel(/说明/).fill('青徐整改〔2013〕35号');
    await step.getByRole('button', { name: '确 定' }).click();
    await step.waitFor({ state: 'hidden' });
    await detail.getByText('已下达整改通知').first().waitFor();
    await detail.getByText('逾期').waitFor();
    await detail.getByTestId('step-rectifying').waitFor();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(128, 7)]);
    await detail.locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: png });
    await detail.getByText('现场照片.png').waitFor();
    await b.screenshot(page, '902-rectification-detail');
    const [row] = await b.t.query<{ status: string; deadline: string }>(
      `SELECT status, to_char(deadline, 'YYYY-MM-DD') AS deadline FROM rectification_violation WHERE address = '徐泾镇二联村 6 组东侧空地'`,
    );
    expect(row).toEqual({ status: 'notice_issued', deadline: '2013-07-20' });
    await page.context().close();
  });

  it('the officer reads the year’s figures with the burn-down and the monthly chart', async () => {
    const page = await b.loggedIn('officer');
    await page.goto('/rectification/summary');
    const summary = page.getByTestId('rectification-summary');
    await summary.getByText('年初存量').first().waitFor();
    await page.getByTestId('stock-burn-down-chart').locator('svg').waitFor();
    await page.getByTestId('monthly-cases-chart').locator('svg').waitFor();
    await summary.getByText('违法建筑').waitFor();
    await b.screenshot(page, '903-rectification-summary');
    await page.context().close();
  });

  it('the officer confirms a household’s 无证面积 proposal on its case page', async () => {
    const charged =
      register.find((v) => v.responsibleSubjectType === 'household' && v.projectCode === 'GJ17') ??
      register.find((v) => v.responsibleSubjectType === 'household')!;
    const page = await b.loggedIn(charged.projectCode === 'GJ17' || charged.projectCode === 'LXYQ' ? 'officer' : 'admin');
    await page.goto(`/households/${charged.responsibleSubjectId}`);
    const card = page.getByTestId('case-violations');
    await card.getByText(charged.code).waitFor();
    const proposal = card.getByTestId('unlicensed-proposal');
    await proposal.getByText(/整治台账建议无证面积/).waitFor();
    await b.screenshot(page, '904-rectification-case');
    await proposal.getByTestId('confirm-unlicensed').click();
    const confirm = page.getByRole('dialog', { name: '确认无证面积' });
    await settledDialog(confirm);
    await confirm.getByRole('button', { name: '确 认' }).click();
    await proposal.waitFor({ state: 'detached' });
    const [audit] = await b.t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'rectification.confirm-unlicensed-area' AND outcome = 'success'`,
    );
    expect(audit!.n).toBe(1);
    await page.context().close();
  });

  it('an open violation holds a parcel’s handover back on 移交', async () => {
    const open = register.find((v) => v.projectCode === 'GJ17' && v.parcelCode && !['rectified', 'demolished'].includes(v.status))!;
    const page = await b.loggedIn('officer');
    await page.goto('/handovers?project=GJ17');
    const row = page.getByTestId('handover-parcels').locator('tbody tr.ant-table-row').filter({ hasText: open.parcelCode! });
    await row.getByRole('button', { name: /处违法未结案/ }).click();
    const blockers = page.getByTestId('handover-blockers');
    await blockers.getByText(new RegExp(`${open.code}.*尚未整改完毕或拆除`)).waitFor();
    await b.screenshot(page, '905-rectification-handover');
    await page.context().close();
  });

  it('the leader’s home shows the rectification panel', async () => {
    const page = await b.loggedIn('leader');
    await page.waitForURL(/\/leader$/);
    const panel = page.getByTestId('rectification-panel');
    await panel.getByText('综合整治（2013 年）').waitFor();
    await panel.getByTestId('stock-burn-down-chart').locator('svg').waitFor();
    await panel.getByTestId('monthly-cases-chart').locator('svg').waitFor();
    await b.screenshot(page, '906-rectification-leader');
    await page.context().close();
  });
});
