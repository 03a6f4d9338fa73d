import { exampleScheme } from '@app/compensation';
import type { Page } from 'playwright-core';
import { explained, recordTraffic, settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';
import { confirmThroughBatch } from '../../support/confirmation.js';
import { TEST_SWAP_PRICING } from '../../support/money.js';

interface CaseRow {
  id: string;
  code: string;
  caseId: string;
}

/**
 * The money screens as their users take them: an officer calculates a confirmed household's
 * compensation, drafts and signs its agreement and opens the print view; finance pays it and sees the
 * balance; an admin's scheme version shows the api's validation message on the item it names.
 */
describe('web app: money — calculation, agreement, payment, schemes (browser)', () => {
  let b: BrowserApp;
  let household: CaseRow;
  beforeAll(async () => {
    b = await startBrowserApp();
    // The demo seed publishes a scheme per project; should GJ17 have none, publish the example one.
    const [published] = await b.t.query(
      `SELECT 1 FROM scheme_version v JOIN project p ON p.id = v."projectId" WHERE p.code = 'GJ17' AND v.status = 'published'`,
    );
    if (!published) {
      const admin = b.t.http();
      const created = await admin
        .post('/api/projects/GJ17/schemes')
        .send({
          name: '轨交17号线补偿方案（演示数据）',
          effectiveOn: '2013-01-01',
          items: exampleScheme().items,
          swapPricing: TEST_SWAP_PRICING,
        })
        .expect(201);
      await admin.post(`/api/schemes/${created.body.id}/publish`).expect(200);
    }
    // A confirmed demo household of the officer's projects, with no agreement yet.
    const [row] = await b.t.query<CaseRow>(
      `SELECT h.id, h.code, c.id AS "caseId"
         FROM household h
         JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id
         JOIN project p ON p.id = h."projectId"
        WHERE p.code = 'GJ17' AND c.status = 'confirmed'
          AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a."caseId" = c.id AND a.status <> 'voided')
        ORDER BY h.code LIMIT 1`,
    );
    if (!row) throw new Error('no confirmed demo household in GJ17 without an agreement');
    household = row;
  });
  afterAll(() => b?.close());

  const openCompensation = async (page: Page) => {
    await page.goto(`/households/${household.id}?tab=compensation`);
    await page.getByTestId('compensation-tab').waitFor();
    await page.getByTestId('money-next').waitFor();
  };

  /** Types a date into an antd DatePicker (the input takes `YYYY-MM-DD`, Enter confirms). */
  const pickDate = async (page: Page, label: string, scope: ReturnType<Page['getByTestId']>, date: string) => {
    const input = scope.getByLabel(label);
    await input.click();
    await input.fill(date);
    await page.keyboard.press('Enter');
  };

  /**
   * Types a date into an antd DatePicker and leaves the field with Tab, which commits the typed date. Unlike
   * Enter, Tab never submits the form; unlike a click in the calendar, it does not race the calendar's
   * opening animation. (The tests read the stored date back, so a date not taken would fail them.)
   */
  const typeDate = async (page: Page, scope: ReturnType<Page['getByTestId']>, label: string, date: string) => {
    const input = scope.getByLabel(label);
    await input.click();
    await input.fill(date);
    await page.keyboard.press('Tab');
    await until(async () => (await input.inputValue()) === date, `日期 ${date} 已选定`);
  };

  /**
   * 计算补偿/重新计算 opens the dialog; `fill` fills it (else the 测算日期 stays today), its button confirms
   * it, and the new calculation is waited for in the card.
   */
  const calculateThroughDialog = async (page: Page, fill?: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>) => {
    const log = recordTraffic(page);
    await page.getByTestId('calculation-card').getByRole('button', { name: /计算补偿|重新计算/ }).click();
    const dialog = page.getByTestId('calculation-dialog');
    await dialog.getByTestId('calculation-dialog-note').waitFor();
    await fill?.(dialog);
    const modal = page.getByRole('dialog', { name: /计算补偿|重新计算补偿/ });
    await settledDialog(modal);
    await modal.getByRole('button', { name: /计算补偿|重新计算/ }).click();
    // A dialog still open explains itself: its errors, messages and the page's writes with their answers.
    await explained(b, page, 'money-calculation-dialog', log, () => dialog.waitFor({ state: 'detached' }));
    await page.getByTestId('calculation-lines').locator('tbody tr.ant-table-row').first().waitFor();
  };

  /** The row of the calculation line named `name`. */
  const lineRow = (page: Page, name: string) => page.getByTestId('calculation-lines').locator('tbody tr.ant-table-row').filter({ hasText: name });

  it('an officer calculates, drafts and signs the agreement, and opens its print view', async () => {
    const page = await b.loggedIn('officer');
    await openCompensation(page);
    await b.screenshot(page, '70-money-before-calculation');

    // Calculated for a day inside the demo scheme's first signing window, the 签约奖励 applies in full.
    await calculateThroughDialog(page, async (dialog) => {
      expect(await dialog.getByLabel('商定金额').count()).toBe(0);
      await typeDate(page, dialog, '测算日期', '2013-06-15');
      await b.screenshot(page, '70b-money-calculation-dialog');
    });
    await page.getByTestId('calculation-as-of').filter({ hasText: '2013-06-15' }).waitFor();
    await page.getByTestId('money-next').getByText('起草协议').waitFor();
    const total = (await page.getByTestId('calculation-total').innerText()).trim();
    expect(total).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
    // Every applicable line states its rule in words.
    expect((await page.getByTestId('line-words').allInnerTexts()).some((w) => /m² × .* 元\/m²/.test(w))).toBe(true);
    expect((await lineRow(page, '签约奖励').innerText()).replace(/\s+/g, ' ')).toMatch(/2013-06-15.*30,000\.00$/);
    const [calc] = await b.t.query<{ totalFen: string; asOf: string }>(
      `SELECT "totalFen"::text AS "totalFen", facts->>'asOf' AS "asOf" FROM calculation WHERE "caseId" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [household.caseId],
    );
    expect(calc).toEqual({ totalFen: total.replace(/[,.]/g, ''), asOf: '2013-06-15' });
    await b.screenshot(page, '71-money-calculated');

    await page.getByRole('button', { name: '起草协议' }).click();
    const draft = page.getByTestId('draft-dialog');
    await draft.waitFor();
    await pickDate(page, '付款期限', draft, '2026-12-31');
    await draft.getByLabel('过渡期限').fill('24');
    await b.screenshot(page, '72-money-draft-dialog');
    await page.getByRole('dialog', { name: '起草补偿协议' }).getByRole('button', { name: '起草协议' }).click();
    await page.getByTestId('agreement-status').filter({ hasText: '草稿' }).waitFor();
    await page.getByTestId('money-next').getByText('签约').waitFor();

    await page
      .getByTestId('agreement-card')
      .getByRole('button', { name: /签\s*约$/ })
      .click();
    const sign = page.getByTestId('sign-dialog');
    await sign.waitFor();
    // Signed inside the window the calculation was made for, so the 签约奖励 it counted still holds.
    await typeDate(page, sign, '签约日期', '2013-06-15');
    await page.getByRole('dialog', { name: '签订补偿协议' }).getByRole('button', { name: '确认签约' }).click();
    await page.getByTestId('agreement-status').filter({ hasText: '已签约' }).waitFor();
    await page.getByTestId('case-status').filter({ hasText: '已签约' }).waitFor();
    await page.getByTestId('sequence-no').filter({ hasText: /^\d+$/ }).waitFor();
    await page.getByTestId('money-next').getByText('财务').waitFor();
    await b.screenshot(page, '73-money-signed');

    await page.getByRole('button', { name: /打印协议/ }).click();
    await page.getByTestId('agreement-document').waitFor();
    await page
      .getByTestId('agreement-total-words')
      .filter({ hasText: /元(整|.*分|.*角)$/ })
      .waitFor();
    expect(await page.getByTestId('agreement-total').innerText()).toContain(total);
    await b.screenshot(page, '74-money-print');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.xj-print-toolbar').isVisible()).toBe(false);
    await b.screenshot(page, '75-money-print-paper');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: /返回案件/ }).click();
    await page.getByTestId('compensation-tab').getByTestId('agreement-status').filter({ hasText: '已签约' }).waitFor();
    await page.context().close();
  });

  it('finance records the payment with an Idempotency-Key and sees the balance paid off', async () => {
    const page = await b.loggedIn('finance');
    const keys: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/agreements\/[^/]+\/payments$/.test(new URL(r.url()).pathname))
        keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await openCompensation(page);
    await page.getByTestId('agreement-status').filter({ hasText: '已签约' }).waitFor();
    await page.getByRole('button', { name: '登记支付' }).click();
    const dialog = page.getByTestId('payment-dialog');
    await dialog.waitFor();
    await dialog.getByLabel('银行流水号 / 票据号').fill('ICBC-2026-000123');
    await b.screenshot(page, '76-money-payment-dialog');
    await page.getByRole('dialog', { name: '登记支付' }).getByRole('button', { name: '登记支付' }).click();
    await page.getByTestId('balance-due').filter({ hasText: '0.00' }).waitFor();
    await page.getByTestId('payments-table').getByText('ICBC-2026-000123').waitFor();
    await page.getByTestId('money-next').getByText('已全部支付').waitFor();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    await b.screenshot(page, '77-money-paid');

    await page.goto('/payment-ledger');
    await page.getByTestId('payments-ledger').locator('tbody tr.ant-table-row').filter({ hasText: 'ICBC-2026-000123' }).waitFor();
    await b.screenshot(page, '78-payments-ledger');

    // The ledger's 导出 Excel opens the export screen on 支付台账; the file comes through the export pipeline.
    await page.getByRole('button', { name: /导出 Excel/ }).click();
    await until(async () => new URL(page.url()).searchParams.get('kind') === 'payment-ledger', '导出页面（支付台账）');
    await page.getByTestId('export-form').getByText('支付台账').waitFor();
    await page.getByTestId('export-form').getByText('冲正为负数').waitFor();
    await page.getByRole('button', { name: '开始导出' }).click();
    await page.locator('[data-testid="export-progress"][aria-valuenow="100"]').waitFor({ timeout: 40_000 });
    const download = page.getByTestId('export-progress-card').getByRole('button', { name: '下载' });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^支付台账-\d{8}\.xlsx$/);
    await b.screenshot(page, '79-payment-ledger-export');
    await page.context().close();

    // The company reads the amounts of its projects' cases, and takes no money action.
    const company = await b.loggedIn('company');
    await openCompensation(company);
    await company.getByTestId('balance-due').filter({ hasText: '0.00' }).waitFor();
    await company.getByTestId('calculation-lines').locator('tbody tr.ant-table-row').first().waitFor();
    for (const action of [/计算补偿|重新计算/, /起草协议/, /签\s*约$/, /作废协议/, /登记支付/, /冲\s*正/])
      expect(await company.getByTestId('compensation-tab').getByRole('button', { name: action }).count()).toBe(0);
    await b.screenshot(company, '80-money-company-reads');
    await company.context().close();
  });

  it('a survey fact changed after the calculation marks it stale; 重新计算 is the next action and clears it', async () => {
    // A surveyed household (not confirmed yet, so the change voids no confirmation) of the officer's projects.
    const [row] = await b.t.query<CaseRow & { version: number }>(
      `SELECT h.id, h.code, c.id AS "caseId", h.version
         FROM household h JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id
         JOIN project p ON p.id = h."projectId"
        WHERE p.code = 'GJ17' AND c.status = 'surveyed' ORDER BY h.code LIMIT 1`,
    );
    const page = await b.loggedIn('officer');
    await page.goto(`/households/${row!.id}?tab=compensation`);
    await page.getByTestId('money-next').waitFor();
    await calculateThroughDialog(page);
    expect(await page.getByTestId('calculation-stale').count()).toBe(0);

    await b.t.http().patch(`/api/households/${row!.id}`).send({ version: row!.version, unlicensedArea: '0' }).expect(200);
    await page.getByRole('button', { name: /刷\s*新/ }).first().click();
    await page.getByTestId('calculation-stale').getByText('测算已过期').waitFor();
    await page.getByTestId('money-next').getByText('重新计算').waitFor();
    await b.screenshot(page, '83-money-stale');
    await calculateThroughDialog(page);
    await page.getByTestId('calculation-stale').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('an officer calculates a confirmed facility or legacy base with its agreed amount and a 2013 测算日期', async () => {
    // A demo facility or legacy base of the officer's projects with no live agreement, confirmed (the
    // demo may have surveyed ones only: the admin then confirms one, as the company's review would).
    const [row] = await b.t.query<{ id: string; caseId: string; path: string; status: string; projectCode: string }>(
      `SELECT s.id, c.id AS "caseId", s.path, c.status, p.code AS "projectCode"
         FROM (SELECT id, "projectId", '/facilities' AS path, 'facility' AS kind, code FROM municipal_facility
               UNION ALL SELECT id, "projectId", '/legacy-bases', 'legacy_base', code FROM legacy_base) s
         JOIN case_file c ON c."subjectType" = s.kind AND c."subjectId" = s.id
         JOIN project p ON p.id = s."projectId"
        WHERE p.code IN ('GJ17', 'LXYQ') AND c.status IN ('surveyed', 'confirmed')
          AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a."caseId" = c.id AND a.status <> 'voided')
        ORDER BY c.status = 'confirmed' DESC, s.kind, s.code LIMIT 1`,
    );
    if (!row) throw new Error('no surveyed or confirmed demo facility or legacy base in the officer\'s projects without an agreement');
    if (row.status === 'surveyed') await confirmThroughBatch(b.t.http(), row.projectCode, [row.caseId]);
    const page = await b.loggedIn('officer');
    // Reached like a household's: the case page, then its 补偿 tab.
    await page.goto(`${row.path}/${row.id}`);
    await page.getByTestId('case-tabs').getByRole('tab', { name: '补偿' }).click();
    await page.getByTestId('money-next').waitFor();

    // A refused amount stays in the dialog, in Chinese, and nothing is stored.
    const before = (await b.t.query<{ n: number }>(`SELECT count(*)::int AS n FROM calculation WHERE "caseId" = $1`, [row.caseId]))[0]!.n;
    await page.getByTestId('calculation-card').getByRole('button', { name: /计算补偿|重新计算/ }).click();
    const dialog = page.getByTestId('calculation-dialog');
    await dialog.getByTestId('agreed-SS-BC').waitFor();
    await dialog.getByLabel('商定金额').fill('1234.567');
    await page.getByRole('dialog', { name: /计算补偿|重新计算补偿/ }).getByRole('button', { name: /计算补偿|重新计算/ }).click();
    await dialog.locator('.ant-form-item-explain-error').filter({ hasText: '金额最多两位小数（精确到分）' }).waitFor();
    await b.screenshot(page, '84a-money-agreed-refused');
    expect((await b.t.query<{ n: number }>(`SELECT count(*)::int AS n FROM calculation WHERE "caseId" = $1`, [row.caseId]))[0]!.n).toBe(before);
    await page.getByRole('dialog', { name: /计算补偿|重新计算补偿/ }).getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });

    await calculateThroughDialog(page, async (d) => {
      await d.getByLabel('商定金额').fill('1234567.8');
      await d.getByLabel('说明').fill('经产权单位协商确定');
      // Left, the amount shows to the fen.
      expect(await d.getByLabel('商定金额').inputValue()).toBe('1234567.80');
      await typeDate(page, d, '测算日期', '2013-07-20');
      await b.screenshot(page, '84-money-agreed-dialog');
    });
    await page.getByTestId('calculation-as-of').filter({ hasText: '2013-07-20' }).waitFor();
    const line = (await lineRow(page, '设施迁建补偿').innerText()).replace(/\s+/g, ' ');
    expect(line).toContain('商定金额 1,234,567.80 元（经产权单位协商确定）');
    expect(line).toMatch(/1,234,567\.80$/);
    await page.getByTestId('calculation-total').filter({ hasText: /^1,234,567\.80$/ }).waitFor();
    const [calc] = await b.t.query<{ totalFen: string; asOf: string }>(
      `SELECT "totalFen"::text AS "totalFen", facts->>'asOf' AS "asOf" FROM calculation WHERE "caseId" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [row.caseId],
    );
    expect(calc).toEqual({ totalFen: '123456780', asOf: '2013-07-20' });
    await page.getByTestId('money-next').getByText('起草协议').waitFor();
    await b.screenshot(page, '85-money-agreed-calculated');

    // Recalculating offers the agreed amount and its remark again.
    await page.getByTestId('calculation-card').getByRole('button', { name: '重新计算' }).click();
    await dialog.getByTestId('calculation-dialog-note').waitFor();
    await b.screenshot(page, '86-money-agreed-recalculation-dialog');
    expect(await dialog.getByLabel('商定金额').inputValue()).toBe('1234567.80');
    expect(await dialog.getByLabel('说明').inputValue()).toBe('经产权单位协商确定');
    await page.getByRole('dialog', { name: '重新计算补偿' }).getByRole('button', { name: /取\s*消/ }).click();
    await page.context().close();
  });

  it('an admin sees the api validation message next to the scheme item it names', async () => {
    const page = await b.loggedIn('admin');
    await page.goto('/admin/schemes?project=GJ17');
    const versions = page.getByTestId('scheme-versions');
    await versions.locator('tbody tr.ant-table-row').first().waitFor();
    await b.screenshot(page, '81-schemes');
    await versions.getByRole('link').first().click();
    await page.getByTestId('scheme-editor').waitFor();
    await page.getByRole('button', { name: '以此版本为基础新建' }).click();
    await page.getByText('GJ17 补偿方案 · 新版本').waitFor();
    await until(async () => new URL(page.url()).pathname === '/admin/schemes/new', '新版本编辑页');
    const first = page.getByTestId('scheme-item-0');
    await first.waitFor();
    // Two age bands of one structure that overlap: only the api's check finds it.
    const fromAge = page.locator('#items_0_rule_factors_0_bandsByStructure_reinforced_concrete_1_fromAge');
    await fromAge.fill('5');
    await page.getByRole('button', { name: '保存草稿' }).click();
    const problems = first.getByTestId('scheme-item-problems');
    await problems.filter({ hasText: '第1项' }).waitFor();
    // The version is long: the item the api named is scrolled into view below the header, as the user sees it.
    await until(async () => {
      const box = await first.boundingBox();
      return !!box && box.y > 56 && box.y < 120;
    }, '出错的项目滚动到页头下方');
    await page.screenshot({ path: 'test/e2e/screenshots/82-scheme-item-problem.png' });
    await page.context().close();
  });
});
