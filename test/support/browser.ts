import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from './test-app.js';
import { until } from './wait-for.js';

export { until };

/**
 * Browser tests: the real api app (own database, demo data seeded) listening on a free port and
 * serving the built web app (`npm run build:web`, run by `npm test`'s pretest), driven in Debian's
 * Chromium by playwright-core. No browser is downloaded: CHROMIUM_PATH or /usr/bin/chromium.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB_DIR = process.env.WEB_DIR ?? join(ROOT, 'dist', 'web');
const SCREENSHOTS = join(ROOT, 'test', 'e2e', 'screenshots');
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** The demo accounts' password (libs/seed). */
export const DEMO_PASSWORD = 'Demo@2013';

export interface BrowserApp {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own session storage) at 1366×768, or `viewport`. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** A new page in a fresh context, logged in through the login screen as `username`. */
  loggedIn(username: string, password?: string): Promise<Page>;
  /** Saves a full-page screenshot as test/e2e/screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startBrowserApp(env: Record<string, string> = {}): Promise<BrowserApp> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) throw new Error('dist/web 不存在：请先运行 npm run build:web（npm test 会自动构建）');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`找不到 Chromium（${executablePath}）：apt-get install -y chromium`);
  const t = await createTestApp({ SEED_DEMO: 'true', WEB_DIR, ...env });
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
  mkdirSync(SCREENSHOTS, { recursive: true });

  // reducedMotion: the app then turns Ant Design's animations off (as for a user who asked the system for less
  // motion), so no click lands on a dialog, drawer or menu that is still moving in.
  const context = (viewport = { width: 1366, height: 768 }) =>
    browser.newContext({
      baseURL: baseUrl,
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
      reducedMotion: 'reduce',
    });

  return {
    t,
    baseUrl,
    browser,
    context,
    async loggedIn(username, password = DEMO_PASSWORD) {
      const page = await (await context()).newPage();
      await login(page, username, password);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** Fills the login screen and submits it (does not wait for the outcome). */
export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/**
 * Opens the side menu's group `title` (only where the menu itself is under test: other tests open a
 * screen by its URL) and waits until it is open *and* its collapse animation has ended — the items of
 * a sub-menu still moving take clicks meant for their neighbours.
 */
export async function openSubMenu(page: Page, title: string): Promise<void> {
  // The side menu collapses to icons below its breakpoint (a window that opened narrow, on a loaded machine, can
  // start collapsed): its groups then open as pop-ups without their counts. Expand it first, as a user would.
  const sider = page.locator('.ant-pro-sider').first();
  const collapsed = async () => /\bant-pro-sider-collapsed\b/.test((await sider.getAttribute('class')) ?? '');
  if (await collapsed()) {
    await page.locator('.ant-pro-sider-collapsed-button').first().click();
    await until(async () => !(await collapsed()), '侧边菜单展开完毕');
  }
  const group = page.locator('li.ant-menu-submenu').filter({ has: page.getByRole('menuitem', { name: title }) }).first();
  const isOpen = async () => /\bant-menu-submenu-open\b/.test((await group.getAttribute('class')) ?? '');
  if (!(await isOpen())) await group.getByRole('menuitem', { name: title }).first().click();
  // rc-motion puts ant-motion-* classes on the list while it animates and removes them at the end.
  const list = group.locator(':scope > ul.ant-menu-sub');
  const settled = async () => (await isOpen()) && !/motion|ant-menu-hidden/.test((await list.getAttribute('class')) ?? 'motion');
  await until(settled, `菜单“${title}”展开完毕`);
}

/**
 * The badge count the side menu shows on the entry `path` of group `title` ('' when it shows none). A menu
 * that has meanwhile collapsed (a late resize on a loaded machine) is opened again first, so a caller
 * polling this sees the count as soon as the page has it.
 */
export async function menuCount(page: Page, title: string, path: string): Promise<string> {
  const badge = page.getByTestId(`menu-count-${path.replace(/^\//, '')}`);
  if ((await badge.count()) === 0) {
    await openSubMenu(page, title);
    if ((await badge.count()) === 0) return '';
  }
  return (await badge.first().innerText({ timeout: 2_000 }).catch(() => '')).trim();
}

/**
 * Waits until an antd dialog (its `role="dialog"` element) has finished its opening animation: a button
 * clicked while the dialog still zooms in can take the click at a spot the button has already left.
 */
export async function settledDialog(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await until(async () => !/\b(ant-zoom|ant-fade)[\w-]*\b/.test((await dialog.getAttribute('class')) ?? 'ant-zoom'), '对话框打开完毕');
}

/**
 * Waits until the open antd drawer has finished sliding in (its wrapper loses the `motion` classes): a button clicked
 * while the drawer still moves can take the click at a spot the button has already left.
 */
export async function settledDrawer(page: Page): Promise<void> {
  const wrapper = page.locator('.ant-drawer-open .ant-drawer-content-wrapper').last();
  await wrapper.waitFor();
  await until(async () => !/motion/.test((await wrapper.getAttribute('class')) ?? 'motion'), '抽屉打开完毕');
}

/**
 * Picks `option` in an antd Select by keyboard (focus, ↓ to open, ↓ until it is the active option,
 * Enter), which is what a keyboard user does and does not race the dropdown's animation. Only the
 * select's own dropdown is looked at (found by the listbox its input controls). A multiple select keeps
 * its list open after Enter: Escape closes it (the select stops the key there, so a dialog stays open).
 */
export async function choose(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  const input = (await field.evaluate((el) => el.tagName)) === 'INPUT' ? field : field.locator('input').first();
  const listbox = await input.getAttribute('aria-controls');
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listbox}"]`) });
  const matches = (text: string) => (typeof option === 'string' ? text.includes(option) : option.test(text.trim()));
  await input.focus();
  await page.keyboard.press('ArrowDown');
  // Options may still be loading (a parcel list follows its project).
  await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().waitFor({ state: 'attached' });
  const active = dropdown.locator('.ant-select-item-option-active');
  for (let i = 0; i < 40; i += 1) {
    if ((await active.count()) && matches(await active.first().innerText())) {
      await page.keyboard.press('Enter');
      if (await input.evaluate((el) => !!el.closest('.ant-select-multiple'))) await page.keyboard.press('Escape');
      await dropdown.waitFor({ state: 'hidden' });
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`下拉框中找不到“${option}”`);
}

/**
 * Records what a page did that a failure should explain: its api writes with their answers, its
 * console errors and uncaught errors, and requests that failed. Read by `explained`.
 */
export function recordTraffic(page: Page): string[] {
  const log: string[] = [];
  const at = () => new Date().toISOString().slice(11, 23);
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith('/api/') || r.request().method() === 'GET') return;
    void r
      .text()
      .catch(() => '')
      .then((body) => log.push(`${at()} ${r.request().method()} ${url.pathname} → ${r.status()} ${body.slice(0, 300)}`));
  });
  page.on('requestfailed', (r) => log.push(`${at()} 请求失败 ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('console', (m) => m.type() === 'error' && log.push(`${at()} console: ${m.text()}`));
  page.on('pageerror', (e) => log.push(`${at()} pageerror: ${e.message}`));
  return log;
}

/**
 * Runs `step` (a wait for what the user should see next); when it fails, the error carries what the
 * user saw instead — the open dialogs, form errors and messages — with the traffic `log` recorded, and
 * a screenshot `failed-<name>.png` is saved.
 */
export async function explained<T>(b: BrowserApp, page: Page, name: string, log: string[], step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    const texts = async (selector: string) => (await page.locator(selector).allInnerTexts().catch(() => [])).map((t) => t.replace(/\s+/g, ' ').trim());
    await b.screenshot(page, `failed-${name}`).catch(() => undefined);
    const seen = [
      `对话框：${JSON.stringify(await texts('.ant-modal:visible'))}`,
      `表单错误：${JSON.stringify(await texts('.ant-form-item-explain-error'))}`,
      `提示：${JSON.stringify(await texts('.ant-message-notice, .ant-alert'))}`,
      `页面请求：\n  ${log.join('\n  ') || '（无）'}`,
    ].join('\n');
    throw new Error(`${(e as Error).message}\n${seen}`, { cause: e });
  }
}
