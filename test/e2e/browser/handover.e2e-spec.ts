import type { Page } from 'playwright-core';
import { settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

/**
 * 移交 as both sides take it on the demo's 轨交17号线: the officer sees what holds GJ17-02 back; the company
 * returns the waiting 移交单 of GJ17-04; the officer records a new one; the company accepts it — the parcel and
 * its cases are handed over — and prints the certificate.
 */
describe('web app: handover to 西虹桥公司 (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  const parcelRow = (page: Page, code: string) => page.getByTestId('handover-parcels').locator('tbody tr.ant-table-row').filter({ hasText: code });

  it('the officer sees the progress and the cases that block a parcel, each naming its subject', async () => {
    const page = await b.loggedIn('officer');
    await page.goto('/handovers?project=GJ17');
    await page.getByTestId('handover-summary').getByText('已移交 38,652.40 ㎡').waitFor();
    const row = parcelRow(page, 'GJ17-02');
    await row.getByRole('button', { name: /件未结算/ }).click();
    const blockers = page.getByTestId('handover-blockers');
    await blockers.waitFor();
    await blockers.getByText(/^民房 GJ17-\d{4} .+：案件(已腾地|已签约|已确认|已摸底|摸底中)，尚未结算$/).first().waitFor();
    await b.screenshot(page, '100-handover-blockers');
    await page.context().close();
  });

  it('the company returns the waiting 移交单 with a reason', async () => {
    const page = await b.loggedIn('company');
    await page.goto('/handovers?project=GJ17');
    await parcelRow(page, 'GJ17-04').getByRole('button', { name: '移交单待公司接收' }).click();
    const detail = page.getByRole('dialog', { name: '移交单 — 地块 GJ17-04' });
    await settledDialog(detail);
    await detail.getByText('待公司接收').first().waitFor();
    await b.screenshot(page, '101-handover-detail-company');
    await detail.getByRole('button', { name: '退 回' }).click();
    const returning = page.getByRole('dialog', { name: '退回移交单' });
    await settledDialog(returning);
    await returning.getByLabel('退回原因').fill('地块东侧仍有建筑垃圾未清运');
    await returning.getByRole('button', { name: '退 回' }).click();
    await detail.getByText('西虹桥公司已退回：地块东侧仍有建筑垃圾未清运').waitFor();
    await page.context().close();
  });

  it('the officer records a new 移交单 for the ready parcel', async () => {
    const page = await b.loggedIn('officer');
    await page.goto('/handovers?project=GJ17');
    await parcelRow(page, 'GJ17-04').getByRole('button', { name: '新建移交单' }).click();
    const dialog = page.getByRole('dialog', { name: '新建移交单 — 地块 GJ17-04' });
    await settledDialog(dialog);
    const date = dialog.getByLabel('移交日期');
    await date.click();
    await date.fill('2013-12-20');
    await page.keyboard.press('Tab');
    await until(async () => (await date.inputValue()) === '2013-12-20', '移交日期为 2013-12-20');
    await until(async () => (await dialog.getByLabel('移交面积（平方米）').inputValue()) === '12880.60', '移交面积默认为地块面积');
    await dialog.getByLabel('镇方移交人员').fill('王建国（动迁办）');
    await dialog.getByLabel('公司方接收人员').fill('张敏（西虹桥公司）');
    await dialog.getByLabel('备注').fill('建筑垃圾已清运完毕，双方现场踏勘确认');
    // A site photo to go with it (a real PNG signature: the api checks the bytes).
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(128, 7)]);
    await dialog.locator('input[type=file]').setInputFiles({ name: '现场踏勘照片.png', mimeType: 'image/png', buffer: png });
    await dialog.getByText('现场踏勘照片.png').waitFor();
    await b.screenshot(page, '102-handover-dialog');
    await dialog.getByRole('button', { name: '提交西虹桥公司接收' }).click();
    await parcelRow(page, 'GJ17-04').getByRole('button', { name: '移交单待公司接收' }).waitFor();
    await b.screenshot(page, '103-handovers-town');
    await page.context().close();
  });

  it('the company accepts it: the parcel and its cases are handed over; the certificate prints', async () => {
    const page = await b.loggedIn('company');
    await page.goto('/handovers?project=GJ17');
    await parcelRow(page, 'GJ17-04').getByRole('button', { name: '移交单待公司接收' }).click();
    const detail = page.getByRole('dialog', { name: '移交单 — 地块 GJ17-04' });
    await settledDialog(detail);
    await detail.getByTestId('attachments').getByText('现场踏勘照片.png').waitFor();
    await detail.getByRole('button', { name: '接 收' }).click();
    const confirm = page.getByRole('dialog', { name: '接收地块 GJ17-04 的移交单？' });
    await settledDialog(confirm);
    await confirm.getByRole('button', { name: '接 收' }).click();
    await detail.getByText('已接收').first().waitFor();
    const [photo] = await b.t.query<{ mediaType: string; uploadedBy: string }>(`SELECT "mediaType", "uploadedBy" FROM attachment WHERE "fileName" = '现场踏勘照片.png'`);
    expect(photo).toEqual({ mediaType: 'image/png', uploadedBy: 'officer' });
    const [parcel] = await b.t.query<{ status: string }>(`SELECT status FROM parcel WHERE code = 'GJ17-04'`);
    expect(parcel).toEqual({ status: 'handed_over' });
    const cases = await b.t.query<{ status: string; n: number }>(
      `SELECT c.status, count(*)::int AS n FROM case_file c JOIN parcel p ON p.id = c."parcelId" WHERE p.code = 'GJ17-04' GROUP BY c.status`,
    );
    expect(cases).toEqual([{ status: 'handed_over', n: 8 }]);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), detail.getByRole('button', { name: '打印移交单' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^移交单-\d{8}\.xlsx$/);
    await b.screenshot(page, '104-handover-accepted');
    await detail.getByRole('button', { name: '关 闭' }).click();
    // The dialog and its mask have finished closing (a screenshot otherwise catches them fading out).
    await until(async () => (await page.locator('.ant-modal-mask:visible, .ant-modal-wrap:visible').count()) === 0, '移交单对话框已关闭');
    await page.getByTestId('handover-summary').getByText('已移交 51,533.00 ㎡').waitFor();
    await b.screenshot(page, '105-handovers-company');
    await page.context().close();
  });
});
