import { choose, settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

/**
 * 确认 as both sides take it: the town's officer submits a batch of two surveyed households of GJ17 (both
 * calculated); the company's liaison confirms one and rejects the other with a reason and the figure it
 * believes right; the batch shows the differences, and the officer sees the reason on the case page.
 */
describe('web app: confirmation with 西虹桥公司 (browser)', () => {
  let b: BrowserApp;
  let codes: string[] = [];
  let batchId = '';
  beforeAll(async () => {
    b = await startBrowserApp();
    // The first two surveyed GJ17 households not waiting in a batch, each with a calculation (the town's figure).
    const rows = await b.t.query<{ caseId: string; code: string }>(
      `SELECT c.id AS "caseId", h.code FROM case_file c JOIN household h ON h.id = c."subjectId" JOIN project p ON p.id = c."projectId"
        WHERE p.code = 'GJ17' AND c.status = 'surveyed' AND c."subjectType" = 'household'
          AND NOT EXISTS (SELECT 1 FROM confirmation_line l WHERE l."caseId" = c.id AND l.answer IS NULL)
        ORDER BY h.code LIMIT 2`,
    );
    for (const r of rows) await b.t.http().post(`/api/cases/${r.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    codes = rows.map((r) => r.code);
  });
  afterAll(() => b?.close());

  it('the officer submits a batch of two surveyed households', async () => {
    expect(codes).toHaveLength(2);
    const page = await b.loggedIn('officer');
    await page.goto('/confirmations?project=GJ17&state=all');
    await page.getByRole('button', { name: '新建确认批次' }).click();
    const dialog = page.getByTestId('new-batch-dialog');
    await dialog.waitFor();
    await settledDialog(page.getByRole('dialog'));
    await choose(page, dialog.getByRole('combobox', { name: '征收对象类型' }), '民房');
    // The picker reads 50 by code at a time; 按编号再显示 reads the next 50 after them.
    await dialog.getByText('按编号已显示 50 件，还有更多（可按类型、地块缩小范围）').waitFor();
    await b.screenshot(page, '100-confirmation-picker-first-page');
    await dialog.getByTestId('candidates-more').click();
    await until(async () => /按编号已显示 100 件|共 (5[1-9]|[6-9]\d|100) 件/.test(await dialog.locator('.ant-pagination-total-text').innerText()), '第二批候选案件已显示');
    for (const code of codes) {
      const row = dialog.locator('tbody tr.ant-table-row').filter({ hasText: code });
      await row.waitFor();
      await row.locator('input[type="checkbox"]').check();
    }
    await dialog.getByLabel('批次说明').fill('浏览器测试批次');
    await b.screenshot(page, '100-confirmation-new-batch');
    await page.getByRole('dialog').getByRole('button', { name: /提交确认（2 件）/ }).click();
    await page.waitForURL(/\/confirmations\/[0-9a-f-]{36}$/);
    batchId = page.url().split('/').at(-1)!;
    const lines = page.getByTestId('batch-lines');
    for (const code of codes) await lines.locator('tbody tr.ant-table-row').filter({ hasText: code }).getByText('待确认').waitFor();
    // The officer answers nothing: no 确认 / 退回 offered.
    expect(await lines.getByRole('button', { name: /^确\s?认$/ }).count()).toBe(0);
    await b.screenshot(page, '101-confirmation-batch-submitted');
    await page.context().close();
  });

  it('the company confirms one and rejects the other with a reason and its figure; the differences show', async () => {
    const page = await b.loggedIn('company');
    await page.goto('/confirmations?project=GJ17&state=pending');
    await page.getByTestId('batch-table').getByText('浏览器测试批次').waitFor();
    await b.screenshot(page, '102-confirmation-company-list');
    await page.goto(`/confirmations/${batchId}`);
    const lines = page.getByTestId('batch-lines');
    const first = lines.locator('tbody tr.ant-table-row').filter({ hasText: codes[0]! });
    const second = lines.locator('tbody tr.ant-table-row').filter({ hasText: codes[1]! });
    await first.getByRole('button', { name: /^确\s?认$/ }).click();
    const confirmDialog = page.getByRole('dialog').filter({ hasText: '确认后案件变为' });
    await settledDialog(confirmDialog);
    await confirmDialog.getByRole('button', { name: '确 认' }).click();
    await first.getByText('已确认').waitFor();

    await second.getByRole('button', { name: /^退\s?回$/ }).click();
    const dialog = page.getByTestId('reject-dialog');
    await dialog.waitFor();
    await settledDialog(page.getByRole('dialog').filter({ has: dialog }));
    await dialog.getByLabel('退回原因').fill('无证建筑面积与现场复核不符');
    await dialog.getByLabel('公司认定金额（元，可不填）').fill('100000.01');
    await b.screenshot(page, '103-confirmation-reject-dialog');
    await page.getByRole('dialog').filter({ has: dialog }).getByRole('button', { name: '退 回' }).click();
    await second.getByText('已退回').waitFor();
    await second.getByText('无证建筑面积与现场复核不符').waitFor();
    await second.getByText('100,000.01').waitFor();
    await page.getByTestId('batch-summary').getByText('已完成').waitFor();

    const [town] = await b.t.query<{ fen: string }>(`SELECT "townFigureFen"::text AS fen FROM confirmation_line l JOIN case_file c ON c.id = l."caseId" JOIN household h ON h.id = c."subjectId" WHERE l."batchId" = $1 AND h.code = $2`, [batchId, codes[1]]);
    const diff = 10000001n - BigInt(town!.fen);
    const text = (fen: bigint) => `${fen < 0n ? '-' : ''}${((fen < 0n ? -fen : fen) / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${String((fen < 0n ? -fen : fen) % 100n).padStart(2, '0')}`;
    await second.getByText(text(diff)).waitFor();
    await until(async () => (await page.getByTestId('batch-totals').innerText()).includes(text(diff)), '合计行显示差额');
    await b.screenshot(page, '104-confirmation-differences');
    const states = await b.t.query<{ code: string; status: string }>(
      `SELECT h.code, c.status FROM case_file c JOIN household h ON h.id = c."subjectId" WHERE h.code = ANY($1) ORDER BY h.code`,
      [codes],
    );
    expect(states).toEqual([
      { code: codes[0], status: 'confirmed' },
      { code: codes[1], status: 'surveyed' },
    ]);
    await page.context().close();
  });

  it('the officer sees the company\'s reason on the case page', async () => {
    const page = await b.loggedIn('officer');
    const [row] = await b.t.query<{ id: string }>(`SELECT id FROM household WHERE code = $1`, [codes[1]]);
    await page.goto(`/households/${row!.id}`);
    const card = page.getByTestId('case-confirmation');
    await card.getByText('退回原因：无证建筑面积与现场复核不符').waitFor();
    await b.screenshot(page, '105-confirmation-case-page');
    await page.context().close();
  });
});
