import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { projectWithScheme, signedAgreement } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Pays a signed monetary agreement in full on `paidOn`: the household's housing is solved that day. */
async function payInFull(admin: Http, h: { agreementId: string; agreed: string }, paidOn: string): Promise<void> {
  await admin
    .post(`/api/agreements/${h.agreementId}/payments`)
    .set('Idempotency-Key', randomUUID())
    .send({ amount: h.agreed, paidOn, method: 'bank_transfer' })
    .expect(201);
}

/** The rows of a sheet as arrays of cell values (merged cells repeat their master's value). */
function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('月度推进情况报告 — the monthly progress report export (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let admin: Http;
  let leader: Http;
  let a: { code: string; parcel: string };

  async function report(
    as: Http,
    month?: string,
  ): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet; fileName: string; filters: Record<string, string> }> {
    const created = await as
      .post('/api/exports')
      .send({ kind: 'monthly-progress-report', ...(month ? { filters: { month } } : {}) })
      .expect(202);
    const done = await finishedBatch(as, `/api/exports/${created.body.id}`, 60_000);
    expect(done.status).toBe('succeeded');
    const res = await as.get(`/api/exports/${created.body.id}/file`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    return { workbook, sheet: workbook.worksheets[0]!, fileName: done.fileName as string, filters: done.filters as Record<string, string> };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-monthly-report-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    admin = t.http();
    a = await projectWithScheme(admin);
    // Housing solved: two in March, one on the year's last day, one on the next year's first day (the data's present).
    const march1 = await signedAgreement(admin, a);
    const march2 = await signedAgreement(admin, a);
    const lastDay = await signedAgreement(admin, a);
    const nextYear = await signedAgreement(admin, a);
    await payInFull(admin, march1, '2013-03-05');
    await payInFull(admin, march2, '2013-03-28');
    await payInFull(admin, lastDay, '2013-12-31');
    await payInFull(admin, nextYear, '2014-01-01');
    leader = await t.loginAs({ username: 'report-leader', roles: ['leader'] });
    await leader
      .post('/api/targets')
      .send({ year: 2013, name: '解决536户动迁户居民住房问题', measure: 'housing_solved', targetValue: '536', unit: '户' })
      .expect(201);
    const training = (
      await leader
        .post('/api/targets')
        .send({ year: 2013, name: '职业技能培训1000人', measure: 'manual', targetValue: '1000', unit: '人' })
        .expect(201)
    ).body as { id: string };
    await leader.post(`/api/targets/${training.id}/entries`).send({ enteredOn: '2013-02-28', value: '120' }).expect(201);
    await leader.post(`/api/targets/${training.id}/entries`).send({ enteredOn: '2013-03-15', value: '80.5' }).expect(201);
    await leader.post(`/api/targets/${training.id}/entries`).send({ enteredOn: '2013-04-01', value: '300' }).expect(201);
    // Time nodes: one still open since 10 March; one planned for 20 March but done only on 5 April (late in March, not after).
    const node = (name: string, plannedOn: string) => ({
      projectCode: a.code,
      name,
      plannedOn,
      responsibleUnit: '动迁办',
      responsibleName: '张科长',
    });
    await leader.post('/api/milestones').send(node('腾地完成', '2013-03-10')).expect(201);
    const late = (await leader.post('/api/milestones').send(node('评估报告公示', '2013-03-20')).expect(201)).body as {
      id: string;
      version: number;
    };
    await leader.post(`/api/milestones/${late.id}/status`).send({ status: 'in_progress', version: late.version }).expect(200);
    await leader
      .post(`/api/milestones/${late.id}/status`)
      .send({ status: 'done', actualOn: '2013-04-05', version: late.version + 1 })
      .expect(200);
  }, 240_000);
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports March 2013: each target this month / cumulative / % / forecast, the time nodes late on 31 March, two charts as pictures', async () => {
    const { workbook, sheet, fileName } = await report(leader, '2013-03');
    expect(fileName).toMatch(/^月度推进情况报告-\d{8}\.xlsx$/);
    expect(sheet.name).toBe('月度报告');
    const all = rows(sheet);
    expect(all[0]![0]).toBe('徐泾镇动迁安置工作月度推进情况报告（2013年3月）');
    expect(String(all[1]![0])).toContain('统计截至 2013-03-31');

    const header = all.findIndex((r) => r[0] === '序号' && r[1] === '目标');
    expect(all[header]).toEqual(['序号', '目标', '计量单位', '目标值', '本月完成', '累计完成', '完成率', '年末预测', '预测依据']);
    const housing = all[header + 1]!;
    expect(housing.slice(0, 7)).toEqual([1, '解决536户动迁户居民住房问题', '户', 536, 2, 2, 0.004]);
    // The data's present is 2014-01-01: the 2013 pipeline is closed, so the year's end is carried from the run rate.
    // 31 March: 90 of 365 days gone, 2 solved → 2 × 365 / 90 = 8.1 → 8
    expect(housing[7]).toBe(8);
    expect(housing[8]).toContain('90 / 365');
    const training = all[header + 2]!;
    // March: 80.5 of it; by 31 March 200.5 (the April entry not yet)
    expect(training.slice(1, 7)).toEqual(['职业技能培训1000人', '人', 1000, 80.5, 200.5, 0.201]);
    let trainingRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(2).value === '职业技能培训1000人') trainingRow = n;
    });
    expect(sheet.getRow(trainingRow).getCell(7).numFmt).toBe('0.0%');

    const nodes = all.findIndex((r) => r[0] === '序号' && r[1] === '时间节点');
    expect(all.some((r) => String(r[0]).startsWith('三、逾期时间节点（2 个，截至 2013-03-31）'))).toBe(true);
    expect(all[nodes + 1]).toEqual([
      1,
      '腾地完成',
      expect.stringMatching(new RegExp(`^${a.code} `)),
      expect.anything(),
      '2013-03-10',
      21,
      '动迁办',
      '张科长',
      '未开始',
    ]);
    expect(all[nodes + 2]!.slice(0, 2)).toEqual([2, '评估报告公示']);
    expect(all[nodes + 2]![5]).toBe(11);
    expect(all[nodes + 2]![8]).toBe('已完成');

    const projects = all.findIndex((r) => r[0] === '序号' && r[1] === '项目');
    expect(all[projects]).toEqual([
      '序号',
      '项目',
      '动迁户（户）',
      '已签约（户）',
      '签约率',
      '腾空率',
      '协议金额（元）',
      '已付补偿（元）',
      '支付率',
    ]);
    expect(all[projects + 1]![1]).toMatch(new RegExp(`^${a.code} `));
    expect(all[projects + 1]![3]).toBe(4);
    let firstProjectRow = 0;
    sheet.eachRow((row, n) => {
      if (!firstProjectRow && String(row.getCell(2).value).startsWith(`${a.code} `) && typeof row.getCell(3).value === 'number')
        firstProjectRow = n;
    });
    expect(sheet.getRow(firstProjectRow).getCell(7).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(firstProjectRow).getCell(7).alignment?.horizontal).toBe('right');

    // The burn-up and the funnel: PNG pictures placed on the sheet.
    const images = sheet.getImages();
    expect(images).toHaveLength(2);
    for (const image of images) {
      const media = workbook.getImage(Number(image.imageId));
      expect(media.extension).toBe('png');
      expect(
        Buffer.from(media.buffer as unknown as ArrayBuffer)
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    expect(String(all[all.length - 1]![0])).toContain('导出人：report-leader');
  });

  it('reports December: the year closed on its last day; the late node done in April is no longer overdue', async () => {
    const { sheet } = await report(leader, '2013-12');
    const all = rows(sheet);
    const header = all.findIndex((r) => r[0] === '序号' && r[1] === '目标');
    expect(all[header + 1]!.slice(3, 8)).toEqual([536, 1, 3, 0.006, 3]);
    expect(all[header + 1]![8]).toBe('年度已结束，按实际完成');
    expect(all[header + 2]!.slice(3, 6)).toEqual([1000, 0, 500.5]);
    const nodes = all.findIndex((r) => r[0] === '序号' && r[1] === '时间节点');
    expect(all[nodes + 1]![1]).toBe('腾地完成');
    expect(String(all[nodes + 2]![0])).toMatch(/^导出人：/);
  });

  it('defaults to the month of the data’s present, and refuses bad input in Chinese, writing nothing', async () => {
    const count = async () =>
      (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM export_batch WHERE kind = 'monthly-progress-report'`))[0]!.n;
    const before = await count();
    const bad = await leader
      .post('/api/exports')
      .send({ kind: 'monthly-progress-report', filters: { month: '2013-13' } })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('报告月份格式应为 YYYY-MM');
    const company = await t.loginAs({ username: 'report-company', roles: ['company'], projects: [a.code] });
    const refused = await company.post('/api/exports').send({ kind: 'monthly-progress-report' }).expect(403);
    expect(refused.body.message).toBe('没有导出月度推进情况报告的权限');
    const finance = await t.loginAs({ username: 'report-finance', roles: ['finance'] });
    await finance.post('/api/exports').send({ kind: 'monthly-progress-report' }).expect(403);
    expect(await count()).toBe(before);

    const { filters, sheet } = await report(leader);
    expect(filters).toEqual({ month: '2014-01' });
    expect(rows(sheet)[0]![0]).toBe('徐泾镇动迁安置工作月度推进情况报告（2014年1月）');
  });

  it('counts only the officer’s projects for an officer', async () => {
    const other = await projectWithScheme(admin);
    const h = await signedAgreement(admin, other);
    await payInFull(admin, h, '2013-03-10');
    const officer = await t.loginAs({ username: 'report-officer', roles: ['officer'], projects: [other.code] });
    const { sheet } = await report(officer, '2013-03');
    const all = rows(sheet);
    const header = all.findIndex((r) => r[0] === '序号' && r[1] === '目标');
    expect(all[header + 1]!.slice(4, 6)).toEqual([1, 1]);
    const projects = all.findIndex((r) => r[0] === '序号' && r[1] === '项目');
    expect(all[projects + 1]![1]).toMatch(new RegExp(`^${other.code} `));
    expect(all[projects + 2]?.[0]).not.toBe(2);
  });
});
