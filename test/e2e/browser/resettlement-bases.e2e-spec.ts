import { settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

/**
 * 安置基地 as the officer takes them on the demo: the bases with their stages and flats, 徐泾北城's stage
 * timeline and buildings, the 房源图 of its 1号楼 — a frozen flat's reason on hover — and freezing a flat from it.
 */
describe('web app: resettlement bases and the unit grid (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  it('the officer opens the bases, 徐泾北城’s timeline and 1号楼’s grid, and freezes a flat', async () => {
    const page = await b.loggedIn('officer');
    await page.goto('/resettlement/bases');
    const bc = page.getByTestId('base-card-BC');
    await bc.getByText('徐泾北城安置基地').waitFor();
    await bc.getByText('交付中').first().waitFor();
    await page.getByTestId('base-card-EL').getByText('在建').first().waitFor();
    await page.getByTestId('base-card-MZ').getByText('暂无房源').waitFor();
    await page.getByTestId('inventory-summary').getByText('房源总数').waitFor();
    await b.screenshot(page, '130-resettlement-bases');

    await bc.click();
    await page.waitForURL(/\/resettlement\/bases\/[0-9a-f-]+$/);
    const timeline = page.getByTestId('stage-timeline');
    await timeline.getByText('2012-07-20').waitFor();
    await timeline.getByText('徐泾镇华徐公路以北、徐乐路以东').waitFor();
    const buildings = page.getByTestId('building-table');
    await buildings.locator('tbody tr.ant-table-row').filter({ hasText: '8号楼' }).waitFor();

    // The stage dialog: the remarks change, the stage stays.
    await page.getByRole('button', { name: '修改建设阶段' }).click();
    const dialog = page.getByRole('dialog', { name: '修改建设阶段 — 徐泾北城安置基地' });
    await settledDialog(dialog);
    await until(async () => (await dialog.getByLabel('竣工实际完成日期').inputValue()) === '2012-07-20', '竣工实际完成日期为 2012-07-20');
    await b.screenshot(page, '131-resettlement-stage-dialog');
    await dialog.getByLabel('备注').fill('现房，分批交付中；7、8 号楼一室户较多');
    await dialog.getByRole('button', { name: '保 存' }).click();
    await timeline.getByText('现房，分批交付中；7、8 号楼一室户较多').waitFor();
    await b.screenshot(page, '132-resettlement-base');
    // 导出房源清单 of this base: the export pipeline writes it, the browser saves it.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: '导出房源清单' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^安置房源清单-\d{8}\.xlsx$/);

    // Tall enough for the whole 18-floor grid, so the screenshots need no scrolling.
    await page.setViewportSize({ width: 1366, height: 1600 });
    await buildings.locator('tbody tr.ant-table-row').filter({ hasText: '1号楼' }).first().click();
    await page.waitForURL(/\/resettlement\/buildings\/[0-9a-f-]+$/);
    const grid = page.getByTestId('unit-grid');
    await grid.getByTestId('unit-1804').waitFor();
    await grid.getByTestId('unit-101').hover();
    await page.getByRole('tooltip').getByText('冻结原因：底层卫生间渗水，维修中').waitFor();
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await b.screenshot(page, '133-resettlement-unit-grid');

    // A flat the demo's 选房 left available (it allocates and delivers BC's flats building by building): freeze it on its building's grid.
    const [{ buildingId, building, unitNo, layout }] = await b.t.query<{ buildingId: string; building: string; unitNo: string; layout: string }>(
      `SELECT g.id AS "buildingId", g.code AS building, u."unitNo", u.layout
         FROM resettlement_unit u JOIN resettlement_building g ON g.id = u."buildingId" JOIN resettlement_base s ON s.id = u."baseId"
        WHERE s.code = 'BC' AND u.status = 'available' ORDER BY length(g.code), g.code, u.floor DESC, u."unitNo" LIMIT 1`,
    );
    if (building !== '1号楼') {
      await page.goto(`/resettlement/buildings/${buildingId}`);
      await grid.getByTestId(`unit-${unitNo}`).waitFor();
    }
    await grid.getByTestId(`unit-${unitNo}`).click();
    const detail = page.getByRole('dialog', { name: `房源 ${building} ${unitNo}` });
    await settledDialog(detail);
    await detail.getByText(layout).waitFor();
    await detail.getByRole('button', { name: '冻 结' }).click();
    const freezing = page.getByRole('dialog', { name: `冻结房源 ${building} ${unitNo}` });
    await settledDialog(freezing);
    await freezing.getByLabel('冻结原因').fill('厨房管道改造，暂停分配');
    await freezing.getByRole('button', { name: '冻 结' }).click();
    await grid.getByTestId(`unit-${unitNo}`).getByText('冻结', { exact: true }).waitFor();
    const legend = page.getByTestId('status-legend');
    await legend.getByText('冻结').waitFor();
    expect(await b.t.query(`SELECT u.status, u."frozenReason" FROM resettlement_unit u JOIN resettlement_building g ON g.id = u."buildingId" JOIN resettlement_base s ON s.id = u."baseId" WHERE s.code = 'BC' AND g.code = $1 AND u."unitNo" = $2`, [building, unitNo])).toEqual([
      { status: 'frozen', frozenReason: '厨房管道改造，暂停分配' },
    ]);
    await grid.getByTestId(`unit-${unitNo}`).hover();
    await page.getByRole('tooltip').getByText('冻结原因：厨房管道改造，暂停分配').waitFor();
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await b.screenshot(page, '134-resettlement-unit-frozen');
    await page.context().close();
  });
});
