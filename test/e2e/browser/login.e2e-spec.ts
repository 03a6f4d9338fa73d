import { login, startBrowserApp, type BrowserApp } from '../../support/browser.js';

describe('web app: login, lockout, first-login password change (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => b?.close());

  it('serves the app at / and client-side routes fall back to index.html', async () => {
    const page = await (await b.context()).newPage();
    await page.goto('/households?page=2');
    await page.waitForURL('**/login');
    await page.getByText('徐泾镇动迁安置案件管理系统').waitFor();
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
    await b.screenshot(page, '01-login');
    await page.context().close();
  });

  it('a wrong password shows the one Chinese message', async () => {
    const page = await (await b.context()).newPage();
    await login(page, 'officer', 'Wrong@2013');
    await page.getByTestId('login-error').getByText('用户名或密码错误').waitFor();
    await page.context().close();
  });

  it('too many failures lock the account and say so', async () => {
    const page = await (await b.context()).newPage();
    for (let i = 0; i < 3; i += 1) {
      await login(page, 'finance', `Wrong@${i}x`);
      await page.getByTestId('login-error').waitFor();
    }
    await login(page, 'finance', 'Demo@2013');
    await page.getByTestId('login-error').getByText(/账号已锁定/).waitFor();
    await b.screenshot(page, '02-login-locked');
    await page.context().close();
  });

  it('a user created by an admin must change the password first, then reaches the app with name, roles and projects in the header', async () => {
    const user = await b.t.createUser({ username: 'new-officer', roles: ['officer'], projects: ['GJ17'], mustChangePassword: true });
    const page = await (await b.context()).newPage();
    await login(page, user.username, user.password);
    await page.getByTestId('first-login').waitFor();
    await b.screenshot(page, '03-first-login-password');
    await page.getByLabel('当前密码').fill(user.password);
    await page.getByLabel('新密码', { exact: true }).fill('Xujing#2026new');
    await page.getByLabel('确认新密码').fill('Xujing#2026new');
    await page.getByRole('button', { name: '确认修改' }).click();
    const header = page.getByTestId('header-user');
    await header.getByText('动迁经办人').waitFor();
    await header.getByText('项目：GJ17').waitFor();
    await page.context().close();
  });
});
