import type { Page } from 'playwright-core';
import { startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

/**
 * 项目进度 on the demo: a leader opens it from the menu, reads each project's funnel and rates, clicks the 已签约 step of
 * 轨交17号线 and lands on exactly those households; the parcel grid opens one parcel's households. The company liaison
 * sees its two projects only.
 */
describe('web app: project progress dashboards (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  }, 180_000);
  afterAll(() => b?.close());

  /** Households of the project (and parcel) at `reached` or later, recounted from the records. */
  async function recount(project: string, reached: string[], parcel?: string): Promise<number> {
    const [row] = await b.t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_file c JOIN project p ON p.id = c."projectId" JOIN parcel pc ON pc.id = c."parcelId"
        WHERE c."subjectType" = 'household' AND p.code = $1 AND c.status = ANY($2::text[]) AND ($3::text IS NULL OR pc.code = $3)`,
      [project, reached, parcel ?? null],
    );
    return row!.n;
  }

  const listTotal = async (page: Page): Promise<number> => {
    const header = page.getByText(/^共 [\d,]+ 户$/);
    await header.waitFor();
    await until(async () => (await page.locator('.ant-spin-blur, .ant-table-placeholder .ant-spin').count()) === 0, '列表加载完毕');
    return Number((await header.innerText()).replace(/[^\d]/g, ''));
  };

  it('a leader opens 项目进度, clicks the 已签约 step of a funnel and gets exactly those households', async () => {
    const page = await b.loggedIn('leader');
    await page.getByRole('menuitem', { name: /项目进度/ }).click();
    await page.waitForURL('**/dashboard');
    const card = page.getByTestId('project-card-GJ17');
    const funnel = card.getByTestId('project-funnel');
    const signedLabel = funnel.getByText(/^已签约 [\d,]+$/);
    await signedLabel.waitFor();
    const shown = Number((await signedLabel.textContent())!.replace(/[^\d]/g, ''));
    const expected = await recount('GJ17', ['signed', 'vacated', 'settled', 'handed_over']);
    expect(expected).toBeGreaterThan(0);
    expect(shown).toBe(expected);
    // the rates beside it: the signing rate's figures are the same households
    await card.getByTestId('rate-signing').getByText(new RegExp(`^已签约 ${expected.toLocaleString('zh-CN')} / [\\d,]+ 户$`)).waitFor();
    await page.waitForTimeout(300);
    await b.screenshot(page, '800-dashboard-overview');

    await signedLabel.click();
    await page.waitForURL((url) => url.pathname === '/households' && url.searchParams.get('reached') === 'signed' && url.searchParams.get('project') === 'GJ17');
    expect(await listTotal(page)).toBe(expected);
    // the list shows the filter it was opened with, and every row is at 已签约 or later
    await page.locator('#households-reached').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').getByText('已签约及以后').waitFor();
    const statuses = await page.locator('tbody tr.ant-table-row td').filter({ hasText: /^(摸底中|已摸底|已确认|已签约|已腾地|已结算|已移交)$/ }).allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(['已签约', '已腾地', '已结算', '已移交']).toContain(s.trim());
    await b.screenshot(page, '801-dashboard-drill-signed');
    await page.context().close();
  });

  it('the parcel grid: a tile per parcel with its counts; a click opens that parcel’s households', async () => {
    const page = await b.loggedIn('leader');
    await page.goto('/dashboard/projects/GJ17');
    const grid = page.getByTestId('parcel-grid');
    const tiles = grid.locator('.dash-parcel');
    await tiles.first().waitFor();
    const [parcel] = await b.t.query<{ code: string }>(
      `SELECT pc.code FROM parcel pc JOIN project p ON p.id = pc."projectId" JOIN case_file c ON c."parcelId" = pc.id
        WHERE p.code = 'GJ17' AND c."subjectType" = 'household' GROUP BY pc.code ORDER BY count(*) DESC, pc.code LIMIT 1`,
    );
    const all = ['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'];
    const households = await recount('GJ17', all, parcel!.code);
    const tile = page.getByTestId(`parcel-tile-${parcel!.code}`);
    await tile.getByText(`民房 ${households.toLocaleString('zh-CN')} 户`).waitFor();
    await tile.getByText(`已签约 ${(await recount('GJ17', ['signed', 'vacated', 'settled', 'handed_over'], parcel!.code)).toLocaleString('zh-CN')}`).waitFor();
    expect(await tiles.count()).toBe(Number((await b.t.query<{ n: number }>(`SELECT count(*)::int AS n FROM parcel pc JOIN project p ON p.id = pc."projectId" WHERE p.code = 'GJ17'`))[0]!.n));
    await page.waitForTimeout(300);
    await b.screenshot(page, '802-dashboard-parcels');
    await tile.click();
    await page.waitForURL((url) => url.pathname === '/households' && url.searchParams.get('parcel') === parcel!.code);
    expect(await listTotal(page)).toBe(households);
    await page.context().close();
  });

  it('the company liaison sees only its projects', async () => {
    const page = await b.loggedIn('company');
    await page.goto('/dashboard');
    await page.getByTestId('project-card-GJ17').waitFor();
    const cards = await page.locator('[data-testid^="project-card-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(cards.sort()).toEqual(['project-card-GJ17', 'project-card-SYQH']);
    await page.context().close();
  });
});
