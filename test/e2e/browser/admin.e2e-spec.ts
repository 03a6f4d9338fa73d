import type { Page } from 'playwright-core';
import { choose, DEMO_PASSWORD, explained, login, recordTraffic, startBrowserApp, type BrowserApp } from '../../support/browser.js';

/** The users table's row of `username`. */
const userRow = (page: Page, username: string) =>
  page.locator('tr.ant-table-row').filter({ has: page.getByText(username, { exact: true }) });

async function openUsers(page: Page, search?: string): Promise<void> {
  await page.goto('/admin/users');
  await page.getByText('用户列表').waitFor();
  if (search) {
    await page.getByLabel('用户名或姓名').fill(search);
    await page.getByRole('button', { name: /查\s*询/ }).click();
  }
  await page.locator('tr.ant-table-row').first().waitFor();
}

describe('web app: administration — users, audit log, queue (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => b?.close());

  it('an admin creates an officer of GJ17, sees the temporary password once; the officer must change it first', async () => {
    const admin = await b.loggedIn('admin');
    await openUsers(admin);
    await userRow(admin, 'officer').waitFor();
    await b.screenshot(admin, '40-users');

    await admin.getByRole('button', { name: '新建用户' }).click();
    const dialog = admin.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill('wangxm');
    await dialog.getByLabel('姓名').fill('王小明');
    await choose(admin, dialog.getByLabel('角色', { exact: true }), '动迁经办人');
    await choose(admin, dialog.getByLabel('负责项目', { exact: true }), /^GJ17/);
    const traffic = recordTraffic(admin);
    await dialog.getByRole('button', { name: /创\s*建/ }).click();

    const shown = admin.getByRole('dialog', { name: '用户已创建' });
    await explained(b, admin, 'user-created', traffic, () => shown.getByText('临时密码只显示这一次').waitFor({ timeout: 30_000 }));
    const password = (await shown.getByTestId('temporary-password').innerText()).trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await b.screenshot(admin, '41-user-created-password');
    await shown.getByRole('button', { name: '我已记下，关闭' }).click();
    await shown.waitFor({ state: 'hidden' });
    // Shown once: gone from the page, and the list says the password must be changed.
    expect(await admin.getByText(password).count()).toBe(0);
    const row = userRow(admin, 'wangxm');
    await row.getByText('须改密码').waitFor();
    await row.getByText('动迁经办人').waitFor();
    await row.getByText('GJ17').waitFor();

    // The new officer, in another browser: the password change comes first, then the app.
    const officer = await (await b.context()).newPage();
    await login(officer, 'wangxm', password);
    await officer.getByTestId('first-login').waitFor();
    await officer.getByLabel('当前密码').fill(password);
    await officer.getByLabel('新密码', { exact: true }).fill('Xujing#2026wxm');
    await officer.getByLabel('确认新密码').fill('Xujing#2026wxm');
    await officer.getByRole('button', { name: '确认修改' }).click();
    const header = officer.getByTestId('header-user');
    await header.getByText('王小明').waitFor();
    await header.getByText('项目：GJ17').waitFor();
    await officer.context().close();

    // The list no longer asks for a password change.
    await admin.reload();
    await userRow(admin, 'wangxm').getByText('正常').waitFor();
    await admin.context().close();
  });

  it('shows the api refusal next to the field (an existing username)', async () => {
    const admin = await b.loggedIn('admin');
    await openUsers(admin);
    await admin.getByRole('button', { name: '新建用户' }).click();
    const dialog = admin.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill('officer');
    await dialog.getByLabel('姓名').fill('重复用户');
    await choose(admin, dialog.getByLabel('角色', { exact: true }), '财务');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await dialog.getByText('用户名 officer 已存在').waitFor();
    await admin.context().close();
  });

  it('an admin disables a logged-in user, whose next action lands on the login page; enabling lets them back in', async () => {
    const target = await b.t.createUser({ username: 'zhaoli', roles: ['officer'], projects: ['GJ17'] });
    const victim = await b.loggedIn(target.username, target.password);

    const admin = await b.loggedIn('admin');
    await openUsers(admin, 'zhaoli');
    await userRow(admin, 'zhaoli').getByRole('button', { name: '停用' }).click();
    const dialog = admin.getByRole('dialog', { name: /停用用户/ });
    await dialog.getByLabel('停用原因').fill('调离动迁办');
    await dialog.getByRole('button', { name: '确认停用' }).click();
    await userRow(admin, 'zhaoli').getByText('已停用').waitFor();

    // The victim's next action: the session is gone.
    await victim.reload();
    await victim.getByTestId('session-expired').getByText('登录已失效，请重新登录').waitFor();
    expect(new URL(victim.url()).pathname).toBe('/login');
    await login(victim, target.username, target.password);
    await victim.getByTestId('login-error').getByText('用户名或密码错误').waitFor();

    // Enabled again, the user can log in.
    await userRow(admin, 'zhaoli').getByRole('button', { name: '启用' }).click();
    await userRow(admin, 'zhaoli').getByText('正常').waitFor();
    await login(victim, target.username, target.password);
    await victim.waitForURL((url) => !url.pathname.startsWith('/login'));
    await victim.context().close();

    // An admin cannot disable their own account: the button is off.
    await openUsers(admin, 'admin');
    expect(await userRow(admin, 'admin').getByRole('button', { name: '停用' }).isDisabled()).toBe(true);
    await admin.context().close();
  });

  it('an admin unlocks a locked user and resets a password (confirmed, shown once)', async () => {
    const target = await b.t.createUser({ username: 'sunhy', roles: ['finance'] });
    for (let i = 0; i < 3; i += 1)
      await b.t
        .anon()
        .post('/api/auth/login')
        .send({ username: 'sunhy', password: `Wrong#${i}pass` });
    await b.t.anon().post('/api/auth/login').send({ username: 'sunhy', password: target.password }).expect(423);

    const admin = await b.loggedIn('admin');
    await openUsers(admin, 'sunhy');
    const row = userRow(admin, 'sunhy');
    await row.getByText('已锁定').waitFor();
    await row.getByRole('button', { name: '解锁' }).click();
    await row.getByText('正常').waitFor();
    expect(await row.getByRole('button', { name: '解锁' }).count()).toBe(0);
    await b.t.anon().post('/api/auth/login').send({ username: 'sunhy', password: target.password }).expect(200);

    await row.getByRole('button', { name: '重置密码' }).click();
    const confirm = admin.getByRole('dialog', { name: /重置.*密码/ });
    await confirm.getByText('该用户立即退出登录').waitFor();
    await confirm.getByRole('button', { name: '确认重置' }).click();
    const shown = admin.getByRole('dialog', { name: '密码已重置' });
    const password = (await shown.getByTestId('temporary-password').innerText()).trim();
    await shown.getByRole('button', { name: '我已记下，关闭' }).click();
    await row.getByText('须改密码').waitFor();
    const relogin = await b.t.anon().post('/api/auth/login').send({ username: 'sunhy', password }).expect(200);
    expect(relogin.body.user.mustChangePassword).toBe(true);
    await admin.context().close();
  });

  it('the audit log filtered by action shows the logins, with the changes of a row', async () => {
    await b.t.anon().post('/api/auth/login').send({ username: 'officer', password: 'Wrong#audit1' }).expect(401);
    const leaving = await b.t.createUser({ username: 'qianwei', roles: ['officer'] });
    await b.t.http().post(`/api/users/${leaving.id}/disable`).send({ reason: '借调区征收办' }).expect(200);
    const admin = await b.loggedIn('admin');
    await admin.goto('/admin/audit');
    await admin.locator('tr.ant-table-row').first().waitFor();
    await choose(admin, admin.getByLabel('操作', { exact: true }), 'auth.login');
    const filtered = admin.waitForResponse((r) => r.url().includes('/api/audit') && r.url().includes('action=auth.login'));
    await admin.getByRole('button', { name: /查\s*询/ }).click();
    await filtered;
    const rows = admin.locator('tr.ant-table-row');
    await rows.first().waitFor();
    const actions = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(actions.length).toBeGreaterThan(0);
    for (const text of actions) expect(text).toContain('登录');
    await rows.filter({ hasText: 'admin' }).first().getByText('成功').waitFor();
    expect(await rows.first().innerText()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    // The failed login is there too, with its Chinese reason when expanded.
    const failed = rows.filter({ hasText: '失败' }).first();
    await failed.getByRole('button', { name: /展开/ }).click();
    await admin.getByTestId('audit-changes').getByText('失败原因').waitFor();
    await b.screenshot(admin, '42-audit-log');

    // A user change shows its fields before → after.
    await admin.goto('/admin/audit');
    await admin.locator('tr.ant-table-row').first().waitFor();
    await choose(admin, admin.getByLabel('操作', { exact: true }), 'user.disable');
    const disables = admin.waitForResponse((r) => r.url().includes('/api/audit') && r.url().includes('action=user.disable'));
    await admin.getByRole('button', { name: /查\s*询/ }).click();
    await disables;
    const disabled = admin.locator('tr.ant-table-row').filter({ hasText: '停用用户' }).first();
    await disabled.waitFor();
    await disabled.getByRole('button', { name: /展开/ }).click();
    const changes = admin.getByTestId('audit-changes');
    await changes.getByText('停用原因').waitFor();
    await changes.getByText('借调区征收办').waitFor();
    await admin.context().close();
  });

  it('the queue page shows the driver, the consumers, the counts and the recent jobs', async () => {
    await b.t.http().post('/api/exports').send({ kind: 'case-progress' }).expect(202);
    const admin = await b.loggedIn('admin');
    await admin.goto('/admin/queue');
    await admin
      .getByTestId('queue-driver')
      .getByText(/PostgreSQL/)
      .waitFor();
    await admin.getByTestId('queue-consumers').getByText('1', { exact: true }).waitFor();
    expect(await admin.getByTestId('queue-no-consumer').count()).toBe(0);
    for (const label of ['等待中', '执行中', '等待重试', '失败', '已完成'])
      await admin.getByTestId('queue-counts').getByText(label, { exact: true }).waitFor();
    // The export runs on the api's own consumer; the page refreshes by itself until it shows as done.
    await admin
      .locator('tr.ant-table-row')
      .filter({ hasText: 'Excel 导出' })
      .filter({ hasText: '已完成' })
      .first()
      .waitFor({ timeout: 20_000 });
    await admin
      .getByTestId('queue-count-completed')
      .locator('.ant-statistic-content-value')
      .filter({ hasText: /^[1-9]/ })
      .waitFor({ timeout: 20_000 });
    await b.screenshot(admin, '43-queue');
    await admin.context().close();
  });

  it('shows times in Shanghai time in a browser set to another time zone', async () => {
    const context = await b.browser.newContext({
      baseURL: b.baseUrl,
      locale: 'zh-CN',
      timezoneId: 'America/New_York',
      reducedMotion: 'reduce',
    });
    const admin = await context.newPage();
    await login(admin, 'admin', DEMO_PASSWORD);
    await admin.waitForURL((url) => !url.pathname.startsWith('/login'));
    const answer = admin.waitForResponse((r) => new URL(r.url()).pathname === '/api/audit' && r.ok());
    await admin.goto('/admin/audit');
    const first = ((await (await answer).json()) as { items: Array<{ occurredAt: string }> }).items[0]!;
    // `2013-01-22T09:30:05.123+08:00` is shown as `2013-01-22 09:30:05`, not as New York's time of that instant.
    expect(first.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    const shown = first.occurredAt.slice(0, 19).replace('T', ' ');
    expect(await admin.locator('tr.ant-table-row').first().innerText()).toContain(shown);
    await context.close();
  });

  it('an officer has no 系统管理 menu, and /admin/users answers with the 403 page', async () => {
    const officer = await b.loggedIn('officer');
    await officer.getByTestId('header-user').waitFor();
    expect(await officer.getByText('系统管理').count()).toBe(0);
    await officer.goto('/admin/users');
    await officer.getByText('没有权限').waitFor();
    await officer.getByText('您的角色不能访问此页面').waitFor();
    await officer.goto('/admin/queue');
    await officer.getByText('没有权限').waitFor();
    await officer.context().close();
  });
});
