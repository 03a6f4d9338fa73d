import type { Page } from 'playwright-core';
import { login, settledDialog, startBrowserApp, type BrowserApp } from '../../support/browser.js';
import { makeHousehold } from '../../support/factories.js';

interface CaseRow {
  id: string;
  code: string;
  caseId: string;
}

const FULL_ID_NUMBER = /^\d{17}[\dX]$/;
const MASKED_ID_NUMBER = /^\d{6}\*{8}\d{3}[\dX]$/;

describe('web app: the case page 一户一档 (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b?.close());

  /** A demo household of `projects` whose case is in `status`, with its case id. */
  const householdIn = async (status: string, projects: string[], offset = 0): Promise<CaseRow> => {
    const [row] = await b.t.query<CaseRow>(
      `SELECT h.id, h.code, c.id AS "caseId"
         FROM household h
         JOIN case_file c ON c."subjectType" = 'household' AND c."subjectId" = h.id
         JOIN project p ON p.id = h."projectId"
        WHERE p.code = ANY($1) AND c.status = $2
        ORDER BY h.code LIMIT 1 OFFSET $3`,
      [projects, status, offset],
    );
    if (!row) throw new Error(`no demo household in ${status} (${projects.join(', ')})`);
    return row;
  };

  const openCase = async (page: Page, path: string) => {
    await page.goto(path);
    await page.getByTestId('case-steps').waitFor();
  };

  const currentStep = (page: Page) => page.locator('[data-testid="case-steps"] .ant-steps-item-process .ant-steps-item-title');

  it('an officer sees the masked ID number, shows it in full with a reason (audited) and hides it again', async () => {
    const household = await householdIn('surveyed', ['GJ17', 'LXYQ']);
    const page = await b.loggedIn('officer');
    await openCase(page, `/households/${household.id}`);

    const idNumber = page.getByTestId('head-id-number');
    await idNumber.filter({ hasText: MASKED_ID_NUMBER }).waitFor();
    await page.getByTestId('subject-facts').getByText(household.code).waitFor();
    await page.getByTestId('household-members').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('case-breadcrumb').getByRole('link', { name: '民房' }).getAttribute('href')).toBe('/households');
    expect(await currentStep(page).textContent()).toBe('已摸底');
    await page.getByTestId('case-timeline').getByTestId('timeline-entry').first().waitFor();
    await page.getByTestId('case-audit').waitFor();
    await b.screenshot(page, '20-case-household');

    await page.getByRole('button', { name: /显示$/ }).click();
    const dialog = page.getByRole('dialog', { name: '显示完整身份证号和电话' });
    await dialog.waitFor();
    // The reason is required: nothing is asked of the api without one.
    await dialog.getByRole('button', { name: /显\s*示/ }).click();
    await dialog.getByText('请填写查看事由').waitFor();
    await dialog.getByLabel('查看事由').fill('核对补偿协议签约人身份');
    await b.screenshot(page, '21-case-unmask-dialog');
    await dialog.getByRole('button', { name: /显\s*示/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await idNumber.filter({ hasText: FULL_ID_NUMBER }).waitFor();
    const members = await page.getByTestId('household-members').locator('tbody tr td:nth-child(3)').allTextContents();
    expect(members.some((m) => FULL_ID_NUMBER.test(m))).toBe(true);

    const audit = await b.t.query<{ username: string; outcome: string; changes: Array<{ after: { reason?: string } }> }>(
      `SELECT username, outcome, changes FROM audit_log WHERE action = 'pii.unmask' AND "entityId" = $1`,
      [household.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ username: 'officer', outcome: 'success' });
    expect(audit[0]!.changes[0]!.after.reason).toBe('核对补偿协议签约人身份');
    // The page's own audit history shows it too.
    await page.getByTestId('case-audit').getByText('查看完整身份证号和电话').waitFor();

    await page.getByRole('button', { name: /隐藏$/ }).click();
    await idNumber.filter({ hasText: MASKED_ID_NUMBER }).waitFor();
    await page.context().close();
  });

  it('an officer moves a case one step with a reason; a change behind the page is a conflict explained, then refreshed', async () => {
    // Signing goes through the agreement (the 补偿 tab, see money.e2e-spec.ts): the step shown here is the next one.
    const household = await householdIn('signed', ['GJ17', 'LXYQ']);
    const page = await b.loggedIn('officer');
    await openCase(page, `/households/${household.id}`);
    expect(await currentStep(page).textContent()).toBe('已签约');
    expect(await page.getByRole('button', { name: '撤销签约', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: '完成腾地', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '完成腾地' });
    await dialog.waitFor();
    await dialog.getByLabel('原因').fill('房屋已腾空并验收，验收单 2013-XJ-017');
    await b.screenshot(page, '22-case-transition-dialog');
    await dialog.getByRole('button', { name: '确认完成腾地' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByText('已完成腾地，案件状态变更为“已腾地”').waitFor();
    const newest = page.getByTestId('timeline-entry').first();
    await newest.getByText('已签约 → 已腾地').waitFor();
    await newest.getByText('原因：房屋已腾空并验收，验收单 2013-XJ-017').waitFor();
    await newest.getByText('officer').waitFor();
    await currentStep(page).filter({ hasText: '已腾地' }).waitFor();
    const [stored] = await b.t.query<{ status: string }>(`SELECT status FROM case_file WHERE id = $1`, [household.caseId]);
    expect(stored!.status).toBe('vacated');

    // Someone else changes the case meanwhile: the page still holds the old version.
    await b.t.query(`UPDATE case_file SET version = version + 1 WHERE id = $1`, [household.caseId]);
    await page.locator('.xj-case-actions').getByRole('button', { name: /撤销腾地$/ }).click();
    const next = page.getByRole('dialog', { name: '撤销腾地' });
    await next.getByLabel('原因').fill('验收单填错户号，撤回重验');
    await next.getByRole('button', { name: '确认撤销腾地' }).click();
    const refusal = next.getByTestId('transition-error');
    await refusal.getByText('该记录已被他人修改，请刷新后重试', { exact: true }).waitFor();
    await b.screenshot(page, '23-case-conflict');
    const [unchanged] = await b.t.query<{ status: string }>(`SELECT status FROM case_file WHERE id = $1`, [household.caseId]);
    expect(unchanged!.status).toBe('vacated');

    // 刷新 re-reads the case; the step then goes through.
    await refusal.getByRole('button', { name: /刷\s*新/ }).click();
    await next.waitFor({ state: 'hidden' });
    await page.locator('.xj-case-actions').getByRole('button', { name: /撤销腾地$/ }).click();
    const again = page.getByRole('dialog', { name: '撤销腾地' });
    await again.getByLabel('原因').fill('验收单填错户号，撤回重验');
    await again.getByRole('button', { name: '确认撤销腾地' }).click();
    await currentStep(page).filter({ hasText: '已签约' }).waitFor();
    await page.getByTestId('timeline-entry').first().getByText('已腾地 → 已签约').waitFor();
    await page.context().close();
  });

  it('a reversal needs a reason and shows as 回退; a guard refusal shows the api message', async () => {
    const household = await householdIn('surveyed', ['GJ17', 'LXYQ'], 1);
    const page = await b.loggedIn('officer');
    await openCase(page, `/households/${household.id}`);
    const back = page.getByRole('button', { name: /退回摸底$/ });
    await back.click();
    const dialog = page.getByRole('dialog', { name: '退回摸底' });
    await dialog.getByText('这是一次回退，必须填写原因，并记入审计。').waitFor();
    await settledDialog(dialog);
    await dialog.getByRole('button', { name: '确认退回摸底' }).click();
    await dialog.getByText('请填写原因').waitFor();
    await dialog.getByLabel('原因').fill('宅基地面积测量有误，需重新丈量');
    await dialog.getByRole('button', { name: '确认退回摸底' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const newest = page.getByTestId('timeline-entry').first();
    await newest.getByText('回退').waitFor();
    await newest.getByText('已摸底 → 摸底中').waitFor();

    // A household recorded without members: its survey is incomplete and the api refuses to move on.
    const [parcel] = await b.t.query<{ code: string }>(
      `SELECT pa.code FROM parcel pa JOIN project p ON p.id = pa."projectId" WHERE p.code = 'GJ17' ORDER BY pa.code LIMIT 1`,
    );
    const created = await b.t
      .http()
      .post('/api/households')
      .send(makeHousehold({ code: 'GJ17-CASE-9001', projectCode: 'GJ17', parcelCode: parcel!.code, members: [] }));
    expect(created.status).toBe(201);
    await openCase(page, `/households/${created.body.id}`);
    await page.getByTestId('household-members').getByText('未登记家庭成员').waitFor();
    await page.getByRole('button', { name: '完成摸底', exact: true }).click();
    const survey = page.getByRole('dialog', { name: '完成摸底' });
    await survey.getByRole('button', { name: '确认完成摸底' }).click();
    await survey.getByTestId('transition-error').getByText('摸底信息不完整，缺少：家庭成员').waitFor();
    await page.context().close();
  });

  it('a company user gets the 404 state for another project and never a 显示 button', async () => {
    const foreign = await householdIn('surveyed', ['LXYQ']);
    const own = await householdIn('surveyed', ['GJ17']);
    const page = await b.loggedIn('company');

    await page.goto(`/households/${foreign.id}`);
    await page.getByTestId('case-missing').getByText('记录不存在或无权查看').waitFor();
    expect(await page.getByText(foreign.code).count()).toBe(0);
    expect(await page.getByRole('button', { name: /显示$/ }).count()).toBe(0);

    await openCase(page, `/households/${own.id}`);
    await page.getByTestId('head-id-number').filter({ hasText: MASKED_ID_NUMBER }).waitFor();
    expect(await page.getByRole('button', { name: /显示$/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /编辑$/ }).count()).toBe(0);
    // The company confirms what the town surveyed through a confirmation batch, not on the case page.
    await page.getByTestId('case-tabs').waitFor();
    expect(await page.getByRole('button', { name: '公司确认', exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it('an enterprise page shows its facts and case, also on a tablet', async () => {
    const [enterprise] = await b.t.query<{ id: string; code: string; name: string }>(
      `SELECT e.id, e.code, e.name FROM enterprise e JOIN project p ON p.id = e."projectId" WHERE p.code = 'GJ17' ORDER BY e.code LIMIT 1`,
    );
    const page = await b.loggedIn('officer');
    await openCase(page, `/enterprises/${enterprise!.id}`);
    const facts = page.getByTestId('subject-facts');
    await facts.getByText('统一社会信用代码').waitFor();
    await facts.getByText(enterprise!.name).first().waitFor();
    expect(await facts.getByText(/^\d[\d,]*\.\d{2} ㎡$/).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('household-members').count()).toBe(0);
    expect(await page.getByRole('button', { name: /显示$/ }).count()).toBe(0);
    expect(await page.getByTestId('case-breadcrumb').getByRole('link', { name: '企业' }).getAttribute('href')).toBe('/enterprises');
    await page.getByRole('button', { name: /编辑$/ }).waitFor();
    await b.screenshot(page, '24-case-enterprise');

    // Opened from a filtered list (the list passes `state.from`): back goes to that list, filters and all.
    // (Browser-side code as strings: the test tsconfig has no DOM types.)
    await page.evaluate(`
      window.history.pushState({ usr: { from: '/enterprises?projectCode=GJ17&page=2' }, key: 'from-list', idx: 2 }, '', window.location.pathname);
      window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    `);
    const back = page.getByTestId('case-breadcrumb').getByRole('link', { name: '企业' });
    await page.locator('[data-testid="case-breadcrumb"] a[href="/enterprises?projectCode=GJ17&page=2"]').waitFor();
    expect(await back.getAttribute('href')).toBe('/enterprises?projectCode=GJ17&page=2');
    await page.context().close();

    const tablet = await (await b.context({ width: 1024, height: 768 })).newPage();
    await login(tablet, 'officer', 'Demo@2013');
    await tablet.waitForURL((url) => !url.pathname.startsWith('/login'));
    await openCase(tablet, `/enterprises/${enterprise!.id}`);
    const overflow = await tablet.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await tablet.context().close();
  });

  it('an unknown id answers the 404 state; a failed load offers 重试', async () => {
    const page = await b.loggedIn('admin');
    await page.goto('/facilities/00000000-0000-4000-8000-000000000000');
    await page.getByTestId('case-missing').waitFor();
    await page.getByRole('button', { name: /返回列表$/ }).waitFor();

    const [facility] = await b.t.query<{ id: string; code: string }>(`SELECT id, code FROM municipal_facility ORDER BY code LIMIT 1`);
    const failing = '**/api/facilities/*';
    await page.route(failing, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ statusCode: 503, message: '服务暂时不可用，请稍后重试' }),
      }),
    );
    await page.goto(`/facilities/${facility!.id}`);
    await page.getByTestId('case-error').getByText('服务暂时不可用，请稍后重试').waitFor();
    await page.unroute(failing);
    await page
      .getByTestId('case-error')
      .getByRole('button', { name: /重\s*试/ })
      .click();
    await page.getByTestId('case-steps').waitFor();
    await page.getByTestId('subject-facts').getByText(facility!.code).waitFor();
    await page.context().close();
  });
});
