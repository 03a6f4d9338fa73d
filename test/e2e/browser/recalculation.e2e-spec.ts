import ExcelJS from 'exceljs';
import { exampleScheme } from '@app/compensation';
import { startBrowserApp, until, type BrowserApp } from '../../support/browser.js';
import { TEST_SWAP_PRICING } from '../../support/money.js';

/** The example scheme with 设备迁移费 3,000 → 4,000 元/户: every household calculated is dearer. */
const dearerItems = () =>
  exampleScheme().items.map((item) => (item.code === 'SB-QY' ? { ...item, rule: { kind: 'per_household', amount: '4000.00' } } : item));

/** `1,234.50` or `+1,234.50` as fen. */
const fenOf = (text: string): bigint => BigInt(text.replace(/[+,\s元]/g, '').replace('.', ''));

/**
 * 重新测算预览 as the admin takes it: publishing a dearer scheme version opens the preview of the
 * project's unsigned calculated cases; the admin waits for the figures, reads the differences and
 * applies them.
 */
describe('web app: recalculation preview after publishing a scheme version (browser)', () => {
  let b: BrowserApp;
  let draftId: string;
  let calculated: string[];
  beforeAll(async () => {
    b = await startBrowserApp();
    const admin = b.t.http();
    // Three unsigned demo households of GJ17 with a calculation under the version in force.
    const rows = await b.t.query<{ caseId: string }>(
      `SELECT c.id AS "caseId" FROM case_file c JOIN project p ON p.id = c."projectId"
        WHERE p.code = 'GJ17' AND c."subjectType" = 'household' AND c.status IN ('surveyed', 'confirmed')
        ORDER BY c.id LIMIT 3`,
    );
    if (rows.length < 3) throw new Error('GJ17 has fewer than three unsigned demo households');
    calculated = rows.map((r) => r.caseId);
    for (const caseId of calculated) await admin.post(`/api/cases/${caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
    const draft = await admin
      .post('/api/projects/GJ17/schemes')
      .send({ name: '轨交17号线补偿方案（调价）', effectiveOn: '2013-03-01', items: dearerItems(), swapPricing: TEST_SWAP_PRICING })
      .expect(201);
    draftId = draft.body.id;
  });
  afterAll(() => b?.close());

  it('publishing opens the preview: progress, the figures (as the database sums them), the differences, then 应用', async () => {
    const page = await b.loggedIn('admin');
    await page.goto(`/admin/schemes/${draftId}`);
    await page.getByTestId('scheme-editor').waitFor();
    await page.getByRole('button', { name: '发布' }).click();
    const confirm = page.locator('.ant-modal-confirm').filter({ hasText: '重新测算预览' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '保存并发布' }).click();

    await until(async () => new URL(page.url()).pathname.startsWith('/admin/recalculations/'), '发布后进入重新测算预览');
    const runId = new URL(page.url()).pathname.split('/').pop()!;
    const summary = page.getByTestId('recalculation-summary');
    await summary.waitFor({ timeout: 45_000 });
    await page.getByTestId('recalculation-progress').waitFor({ state: 'detached' });
    const table = page.getByTestId('recalculation-cases');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByText('轨交17号线补偿方案（调价）（第').first().waitFor();
    await b.screenshot(page, '90-recalculation-preview');

    // The figures on the screen are the database's sums over the run's rows.
    const [sums] = await b.t.query<{ cases: string; changed: string; old: string; new: string; diff: string }>(
      `SELECT count(*) AS cases, count(*) FILTER (WHERE problem IS NULL AND jsonb_array_length(changes) > 0) AS changed,
              coalesce(sum("oldTotalFen") FILTER (WHERE problem IS NULL), 0) AS old,
              coalesce(sum("newTotalFen") FILTER (WHERE problem IS NULL), 0) AS new,
              coalesce(sum("differenceFen"), 0) AS diff
         FROM recalculation_case WHERE "runId" = $1`,
      [runId],
    );
    expect(Number(sums!.cases)).toBe(calculated.length);
    expect(Number(sums!.changed)).toBeGreaterThan(0);
    expect(BigInt(sums!.diff)).toBe(BigInt(calculated.length) * 100000n);
    const figure = async (id: string) => (await summary.getByTestId(id).locator('.ant-statistic-content').innerText()).trim();
    expect(await figure('summary-cases')).toBe(`${sums!.cases}件`);
    expect(fenOf(await figure('summary-old-total'))).toBe(BigInt(sums!.old));
    expect(fenOf(await figure('summary-new-total'))).toBe(BigInt(sums!.new));
    expect(await figure('summary-difference')).toMatch(/^\+\d{1,3}(,\d{3})*\.\d{2}元$/);
    expect(fenOf(await figure('summary-difference'))).toBe(BigInt(sums!.diff));

    // The first row: its difference with its sign, and the changed line old → new.
    const first = table.locator('tbody tr.ant-table-row').first();
    await first.getByText('+1,000.00').waitFor();
    await first.getByText('3,000.00 → 4,000.00').waitFor();
    expect(await first.getByText('设备迁移费').count()).toBe(1);

    // 导出差异表: the file is written in the background, then 下载差异表 saves it under its Chinese name.
    await page.getByTestId('recalculation-export').click();
    const download = page.getByTestId('recalculation-download');
    await download.waitFor({ timeout: 45_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^重新测算差异表.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());
    const sheet = book.worksheets[0]!;
    const totalRow = sheet.getRow(calculated.length + 2);
    expect([totalRow.getCell(1).value, totalRow.getCell(6).value]).toEqual(['合计', Number(sums!.diff) / 100]);

    await page.getByTestId('recalculation-apply').click();
    const applyModal = page.locator('.ant-modal-confirm').filter({ hasText: '应用本次重新测算' });
    await applyModal.waitFor();
    await b.screenshot(page, '91-recalculation-apply-confirm');
    await applyModal.getByRole('button', { name: '确认应用' }).click();
    await page.getByTestId('recalculation-applied').waitFor();
    expect(await page.getByTestId('recalculation-applied').isDisabled()).toBe(true);
    const alert = page.getByTestId('recalculation-applied-alert');
    await alert.waitFor();
    const [run] = await b.t.query<{ appliedCount: number; skippedCount: number }>(
      'SELECT "appliedCount", "skippedCount" FROM recalculation_run WHERE id = $1',
      [runId],
    );
    expect(run).toEqual({ appliedCount: calculated.length, skippedCount: 0 });
    expect(await alert.innerText()).toContain(`已应用：保存新测算 ${calculated.length} 件，跳过 0 件`);
    const [stored] = await b.t.query<{ n: string }>(
      'SELECT count(*) AS n FROM calculation WHERE "schemeVersionId" = $1 AND "caseId" = ANY($2::uuid[])',
      [draftId, calculated],
    );
    expect(Number(stored!.n)).toBe(calculated.length);
    await b.screenshot(page, '92-recalculation-applied');

    // The version page lists the run, applied, and offers another preview.
    await page.goto(`/admin/schemes/${draftId}`);
    const runs = page.getByTestId('recalculation-runs');
    await runs.locator('tbody tr.ant-table-row').first().waitFor();
    await runs.getByText(`已应用 ${calculated.length} 件`).waitFor();
    await runs.getByRole('button', { name: '重新测算预览' }).waitFor();
    // The version's page is long (its every item): the screenshot is of the screen as first seen.
    await page.screenshot({ path: 'test/e2e/screenshots/93-scheme-version-recalculations.png' });
    await page.context().close();
  });

  it('a preview still running shows its progress; a failed one its reason, with nothing to apply or export', async () => {
    // Runs written as the job leaves them (no job is queued for them, so they stay as written).
    const insert = async (status: string, total: number, processed: number, message: string | null) => {
      const [row] = await b.t.query<{ id: string }>(
        `INSERT INTO recalculation_run ("projectId", "schemeVersionId", status, total, processed, message, "createdBy", "startedAt", "finishedAt")
         SELECT "projectId", id, $2::varchar, $3::int, $4::int, $5::text, 'admin', now(), CASE WHEN $2::varchar = 'failed' THEN now() END FROM scheme_version WHERE id = $1
         RETURNING id`,
        [draftId, status, total, processed, message],
      );
      return row!.id;
    };
    const running = await insert('running', 10, 4, null);
    const failed = await insert('failed', 10, 4, '测算第 5 件时出错：数据库连接中断，请重新发起');
    const page = await b.loggedIn('admin');

    await page.goto(`/admin/recalculations/${running}`);
    const progress = page.getByTestId('recalculation-progress');
    await progress.getByText('已测算 4 / 10 件').waitFor();
    await progress.getByText('40%').waitFor();
    expect(await page.getByTestId('recalculation-summary').count()).toBe(0);
    expect(await page.getByTestId('recalculation-apply').isDisabled()).toBe(true);
    expect(await page.getByTestId('recalculation-export').isDisabled()).toBe(true);
    await b.screenshot(page, '94-recalculation-running');

    await page.goto(`/admin/recalculations/${failed}`);
    const reason = page.getByTestId('recalculation-failed');
    await reason.getByText('测算第 5 件时出错：数据库连接中断，请重新发起').waitFor();
    expect(await page.getByTestId('recalculation-progress').count()).toBe(0);
    expect(await page.getByTestId('recalculation-apply').isDisabled()).toBe(true);
    expect(await page.getByTestId('recalculation-export').isDisabled()).toBe(true);
    await b.screenshot(page, '95-recalculation-failed');
    await page.context().close();
  });
});
