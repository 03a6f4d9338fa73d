import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { settledDialog, startBrowserApp, until, type BrowserApp } from '../../support/browser.js';

/**
 * 选房 as the officer takes it on the demo's 轨交17号线: a flat base with units (written to the inventory tables, the
 * inventory screens being another area's), a round of GJ17's waiting swap households published by the admin; the
 * officer opens it, sees the seed, the order and who is next, allocates a unit in one click, meets the Chinese conflict
 * when a unit went to another household meanwhile, and hands the keys over with the signed receipt.
 */
describe('web app: 选房 (browser)', () => {
  let b: BrowserApp;
  /** A screenshot of the page at rest: scrolled to the top, the pointer off the menus, messages gone. */
  const shot = async (page: Page, name: string) => {
    await page.mouse.move(700, 600);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(300);
    await b.screenshot(page, name);
  };
  let roundId: string;

  beforeAll(async () => {
    b = await startBrowserApp();
    // The demo's GJ17 round when the demo has flats (the inventory seeder); otherwise a base and a round made here.
    const rounds = (await b.t.http().get('/api/resettlement/choosing-rounds').query({ project: 'GJ17' }).expect(200)).body as Array<{ id: string; status: string }>;
    const demo = rounds.find((r) => r.status === 'published');
    if (demo) {
      roundId = demo.id;
      return;
    }
    const baseId = randomUUID();
    const buildingId = randomUUID();
    await b.t.query(`INSERT INTO resettlement_base (id, code, name, stage, version) VALUES ($1, 'BCT', '徐泾北城安置基地', 'completed', 1)`, [baseId]);
    await b.t.query(`INSERT INTO resettlement_building (id, "baseId", code, floors, version) VALUES ($1, $2, '3号楼', 18, 1)`, [buildingId, baseId]);
    const layouts = [
      ['一室户', '40.00'],
      ['两室一厅', '80.00'],
      ['三室两厅', '120.00'],
    ] as const;
    for (let floor = 12; floor <= 16; floor++) {
      for (const [i, [layout, area]] of layouts.entries()) {
        await b.t.query(
          `INSERT INTO resettlement_unit ("baseId", "buildingId", "unitNo", floor, layout, area, "resettlementPrice", "marketPrice", kind, status, version)
           VALUES ($1, $2, $3, $4, $5, $6, 3200.00, 30000.00, 'built', 'available', 1)`,
          [baseId, buildingId, `${floor}0${i + 1}`, floor, layout, area],
        );
      }
    }
    const round = await b.t.http().post('/api/resettlement/choosing-rounds').send({ baseId, projectCodes: ['GJ17'], seed: '2013122001' }).expect(201);
    roundId = round.body.id;
  }, 300_000);
  afterAll(() => b?.close());

  it('the officer opens the round: the seed, the algorithm, the order and who is next with the units they may take', async () => {
    const page = await b.loggedIn('officer');
    await page.goto('/choosing');
    await page.getByTestId('choosing-rounds').getByRole('link', { name: /^XF-/ }).first().waitFor();
    await shot(page, '140-choosing-rounds');
    await page.getByTestId('choosing-rounds').getByRole('link', { name: /^XF-/ }).first().click();
    await page.waitForURL(`**/choosing/${roundId}`);
    await page.getByTestId('round-seed').getByText('2013122001').waitFor();
    await page.getByText('xj-order-v1').first().waitFor();
    await page.getByTestId('next-household').waitFor();
    await page.getByTestId('unit-options').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('round-entries').locator('tr.xj-choosing-next').waitFor();
    await shot(page, '141-choosing-round');
    // The printable list: the seed, the algorithm and its description, the hash, the rows.
    await page.goto(`/choosing/${roundId}/print`);
    const print = page.getByTestId('order-print');
    await print.getByText('选房顺序表（XF-').waitFor();
    await print.getByText('2013122001').waitFor();
    await print.getByText(/SHA-256\(种子/).waitFor();
    await b.screenshot(page, '147-choosing-order-print');
    await page.context().close();
  });

  it('allocates a unit in one click; a unit taken meanwhile by another household answers in Chinese', async () => {
    const page = await b.loggedIn('officer');
    await page.goto(`/choosing/${roundId}`);
    const next = (await page.getByTestId('next-household').innerText()).trim();
    const options = page.getByTestId('unit-options');
    await options.locator('tbody tr.ant-table-row').first().waitFor();
    // Another household (outside the round, in another project) takes the first unit on the list while it is on screen.
    const takenLabel = (await options.locator('tbody tr.ant-table-row').filter({ has: page.getByRole('button', { name: '选 定' }) }).first().locator('td').first().innerText()).trim();
    const [, building, unitNo] = /^(\S+) (\S+)室$/.exec(takenLabel)!;
    const [unit] = await b.t.query<{ id: string; area: string }>(
      `SELECT u.id, u.area::text AS area FROM resettlement_unit u JOIN resettlement_building g ON g.id = u."buildingId" JOIN choosing_round r ON r."baseId" = u."baseId"
        WHERE r.id = $1 AND g.code = $2 AND u."unitNo" = $3`,
      [roundId, building, unitNo],
    );
    const [other] = await b.t.query<{ caseId: string }>(
      `SELECT a."caseId" FROM agreement a JOIN project p ON p.id = a."projectId"
        WHERE a.method = 'swap' AND a.status = 'signed' AND p.code <> 'GJ17' AND a."swapArea" >= $1::numeric
          AND NOT EXISTS (SELECT 1 FROM unit_allocation x WHERE x."caseId" = a."caseId")
          AND NOT EXISTS (SELECT 1 FROM choosing_entry e JOIN choosing_round r ON r.id = e."roundId" WHERE e."caseId" = a."caseId" AND r.status = 'published' AND e."doneAt" IS NULL)
        ORDER BY a."swapArea" LIMIT 1`,
      [unit!.area],
    );
    await b.t.http().post('/api/resettlement/allocations').send({ caseId: other!.caseId, unitId: unit!.id, purpose: 'resettlement' }).expect(201);
    const takenRow = options.locator('tbody tr.ant-table-row').filter({ has: page.getByRole('cell', { name: takenLabel, exact: true }) });
    await takenRow.getByRole('button', { name: '选 定' }).click();
    await page.getByTestId('allocation-error').getByText('该房源已被其他家庭选定').waitFor();
    await b.screenshot(page, '142-choosing-conflict');
    // The list is read again without it; a free unit of the entitlement's size goes in one click.
    await until(async () => (await takenRow.count()) === 0, '已被选定的房源不再列出');
    // A flat of the entitlement's size when there is one (the turn then moves on by itself), else the largest and 完成选房.
    const entitlement = /应安置面积 ([\d,.]+) ㎡/.exec(await page.getByTestId('next-card').innerText())![1]!;
    const layout = { '40.00': '一室户', '80.00': '两室一厅', '120.00': '三室两厅' }[entitlement] ?? '三室两厅';
    const row = options.locator('tbody tr.ant-table-row').filter({ has: page.getByRole('button', { name: '选 定' }) }).filter({ hasText: layout }).first();
    const label = (await row.locator('td').first().innerText()).trim();
    await row.getByRole('button', { name: '选 定' }).click();
    await page.getByText(new RegExp(`已为 .+ 分配 徐泾北城安置基地 ${label}`)).waitFor();
    const entries = page.getByTestId('round-entries');
    await entries.locator('tbody tr').filter({ hasText: label }).getByText('已分配').waitFor();
    if (!['40.00', '80.00', '120.00'].includes(entitlement)) {
      await page.getByRole('button', { name: '完成选房，轮到下一户' }).click();
      await page.locator('.ant-popover').getByRole('button', { name: '完 成' }).click();
    }
    await until(async () => (await page.getByTestId('next-household').innerText()).trim() !== next, '轮到下一户');
    await shot(page, '143-choosing-allocated');
    await page.context().close();
  });

  it('hands the keys over with the signed receipt uploaded in the 交房 dialog', async () => {
    const page = await b.loggedIn('officer');
    await page.goto(`/choosing/${roundId}`);
    const entries = page.getByTestId('round-entries');
    const row = entries.locator('tbody tr').filter({ has: page.getByText('已分配') }).first();
    await row.getByRole('button', { name: /^交\s?房$/ }).first().click();
    const dialog = page.getByRole('dialog', { name: /^交房 — / });
    await settledDialog(dialog);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await dialog.locator('input[type=file]').setInputFiles({ name: '交房签收单.pdf', mimeType: 'application/pdf', buffer: pdf });
    await dialog.getByText('交房签收单.pdf').waitFor();
    await b.screenshot(page, '144-choosing-deliver-dialog');
    await dialog.getByRole('button', { name: '确认交房' }).click();
    await page.getByText(/已交房$/).first().waitFor();
    await entries.getByText('已交房').first().waitFor();
    await shot(page, '145-choosing-delivered');
    // The case page's 安置房源 card shows it with its receipt.
    const caseLink = entries.locator('tbody tr').filter({ has: page.getByText('已交房') }).first().getByRole('link').first();
    await caseLink.click();
    const card = page.getByTestId('case-allocations');
    await card.getByText('已交房').waitFor();
    await shot(page, '146-case-allocations');
    const [resettled] = await b.t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_file c JOIN unit_allocation x ON x."caseId" = c.id AND x.status = 'delivered' WHERE c."resettlementStatus" = 'resettled'`,
    );
    expect(resettled!.n).toBeGreaterThan(0);
    await page.context().close();
  });
});
