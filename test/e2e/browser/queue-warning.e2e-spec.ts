import { startBrowserApp, type BrowserApp } from '../../support/browser.js';

/** An api started with QUEUE_CONSUMER=false and no worker: every screen whose work waits says so, in Chinese. */
describe('web app: no queue consumer running (browser)', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({ QUEUE_CONSUMER: 'false' });
  });
  afterAll(() => b?.close());

  const WARNING = /当前没有运行中的任务处理进程，导入导出将排队等待；请启动 worker（npm run start:worker）或设置 QUEUE_CONSUMER/;

  it('the import and export screens warn that their work will only wait', async () => {
    const officer = await b.loggedIn('officer');
    for (const path of ['/imports', '/exports']) {
      await officer.goto(path);
      await officer.getByTestId('queue-no-consumer').getByText(WARNING).waitFor();
    }
    await b.screenshot(officer, '45-exports-no-consumer');
    await officer.context().close();
  });

  it('the queue page shows 0 consumers and the warning', async () => {
    const admin = await b.loggedIn('admin');
    await admin.goto('/admin/queue');
    await admin.getByTestId('queue-consumers').getByText('0', { exact: true }).waitFor();
    await admin.getByTestId('queue-no-consumer').getByText(WARNING).waitFor();
    await b.screenshot(admin, '44-queue-no-consumer');
    await admin.context().close();
  });
});
