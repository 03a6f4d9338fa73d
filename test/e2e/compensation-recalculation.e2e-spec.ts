import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { exampleScheme } from '@app/compensation';
import { householdAt, projectWithScheme, signedAgreement, TEST_SWAP_PRICING } from '../support/money.js';
import { createTestApp, type Http, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

/** The example scheme with 设备迁移费 3,000 → 4,000 元/户 and 人口安置补贴 5,000 → 6,000 元/人. */
function dearerItems() {
  return exampleScheme().items.map((item) => {
    if (item.code === 'SB-QY') return { ...item, rule: { kind: 'per_household', amount: '4000.00' } };
    if (item.code === 'RK-BT') return { ...item, rule: { kind: 'per_person', amount: '6000.00' } };
    return item;
  });
}

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('recalculation preview and apply (e2e)', () => {
  let t: TestApp;
  let dataDir: string;
  let admin: Http;
  let p: { code: string; parcel: string; schemeId: string };
  let unsigned: Array<{ caseId: string; householdId: string; version: number; total: string }>;
  let signed: { caseId: string; agreed: string };
  let newVersionId: string;

  async function publishDearer(): Promise<string> {
    const draft = await admin.post(`/api/projects/${p.code}/schemes`).send({ name: '调价方案', effectiveOn: '2013-03-01', items: dearerItems(), swapPricing: TEST_SWAP_PRICING }).expect(201);
    await admin.post(`/api/schemes/${draft.body.id}/publish`).expect(200);
    return draft.body.id as string;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'xj-recalc-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    admin = t.http();
    p = await projectWithScheme(admin);
    unsigned = [];
    for (const status of ['confirmed', 'surveyed'] as const) {
      const h = await householdAt(admin, p, status);
      const calc = await admin.post(`/api/cases/${h.caseId}/calculations`).send({ asOf: '2013-06-01' }).expect(201);
      unsigned.push({ caseId: h.caseId, householdId: h.id, version: h.version, total: calc.body.total });
    }
    // A case without a calculation is not part of the preview.
    await householdAt(admin, p, 'surveyed');
    const s = await signedAgreement(admin, p);
    signed = { caseId: s.caseId, agreed: s.agreed };
    newVersionId = await publishDearer();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a version that is not the published one (422) and an unknown one (404)', async () => {
    const res = await admin.post(`/api/schemes/${p.schemeId}/recalculations`).expect(422);
    expect(res.body.message).toBe('只能对项目现行发布的补偿方案版本进行重新测算');
    await admin.post('/api/schemes/00000000-0000-4000-8000-000000000000/recalculations').expect(404);
  });

  it('previews every unsigned case with a calculation: old, new, difference and the changed lines; the signed case is absent; apply stores new snapshots', async () => {
    const created = await admin.post(`/api/schemes/${newVersionId}/recalculations`).expect(202);
    expect(created.body.status).toBe('queued');
    const run = await finishedBatch(admin, `/api/recalculations/${created.body.id}`, 45_000);
    expect(run).toMatchObject({ status: 'succeeded', total: 2, processed: 2, cases: 2, changed: 2, problems: 0, difference: '8000.00' });
    const oldSum = unsigned.reduce((s, u) => s + BigInt(u.total.replace('.', '')), 0n);
    expect(run.oldTotal.replace('.', '')).toBe(oldSum.toString());

    const page = await admin.get(`/api/recalculations/${created.body.id}/cases?page=1`).expect(200);
    expect(page.body.total).toBe(2);
    const byCase = new Map((page.body.items as Array<Record<string, any>>).map((row) => [row.caseId, row]));
    expect(byCase.has(signed.caseId)).toBe(false);
    for (const u of unsigned) {
      const row = byCase.get(u.caseId)!;
      const [subject] = await t.query<{ code: string; headName: string }>('SELECT code, "headName" FROM household WHERE id = $1', [u.householdId]);
      expect(row).toMatchObject({ subjectType: 'household', subjectCode: subject!.code, party: subject!.headName });
      expect(row.oldTotal).toBe(u.total);
      expect(row.difference).toBe('4000.00');
      expect(BigInt(row.newTotal.replace('.', '')) - BigInt(u.total.replace('.', ''))).toBe(400000n);
      expect(row.problem).toBeNull();
      expect(row.changes).toEqual([
        expect.objectContaining({ code: 'SB-QY', change: 'changed', oldAmount: '3000.00', newAmount: '4000.00', difference: '1000.00' }),
        expect.objectContaining({ code: 'RK-BT', change: 'changed', oldAmount: '15000.00', newAmount: '18000.00', difference: '3000.00' }),
      ]);
    }

    // The preview as an export (重新测算差异表): a row per case, the changed lines in words, a 合计 row exact to the fen.
    const exported = await admin.post('/api/exports').send({ kind: 'recalculation-diff', filters: { recalculation: created.body.id } }).expect(202);
    expect((await finishedBatch(admin, `/api/exports/${exported.body.id}`, 45_000)).status).toBe('succeeded');
    const file = await admin.get(`/api/exports/${exported.body.id}/file`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('重新测算差异表');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual(['项目编号', '征收对象编号', '被征收人', '原合计（元）', '新合计（元）', '差额（元）']);
    expect([sheet.getCell('F2').value, sheet.getCell('F3').value]).toEqual([4000, 4000]);
    expect(sheet.getCell('G2').value).toBe('设备迁移费 3,000.00→4,000.00（+1,000.00）；人口安置补贴 15,000.00→18,000.00（+3,000.00）');
    expect(sheet.getCell('A4').value).toBe('合计');
    expect(sheet.getCell('D4').value).toBe(Number(oldSum) / 100);
    expect(sheet.getCell('F4').value).toBe(8000);
    await admin.post('/api/exports').send({ kind: 'recalculation-diff' }).expect(422);

    const applied = await admin.post(`/api/recalculations/${created.body.id}/apply`).expect(200);
    expect(applied.body).toMatchObject({ applied: 2, skippedSigned: 0, skippedChanged: 0, skippedProblems: 0 });
    expect(applied.body.run.appliedCount).toBe(2);
    for (const u of unsigned) {
      const latest = await admin.get(`/api/cases/${u.caseId}/calculations/latest`).expect(200);
      expect(latest.body).toMatchObject({ schemeVersionId: newVersionId, total: byCase.get(u.caseId)!.newTotal, stale: false });
      expect((await admin.get(`/api/cases/${u.caseId}/calculations`).expect(200)).body).toHaveLength(2);
    }
    const signedCalcs = (await admin.get(`/api/cases/${signed.caseId}/calculations`).expect(200)).body as Array<{ schemeVersionId: string; total: string }>;
    expect(signedCalcs).toHaveLength(1);
    expect(signedCalcs[0]).toMatchObject({ schemeVersionId: p.schemeId, total: signed.agreed });

    const again = await admin.post(`/api/recalculations/${created.body.id}/apply`).expect(409);
    expect(again.body.message).toBe('该重新测算已应用，不能重复应用');
  });

  it('apply skips a case signed or changed since the preview, and says how many', async () => {
    const created = await admin.post(`/api/schemes/${newVersionId}/recalculations`).expect(202);
    await finishedBatch(admin, `/api/recalculations/${created.body.id}`, 45_000);
    // After the preview the confirmed case is signed (on its applied snapshot) and a fact of the other one changes.
    const [first, second] = unsigned as [(typeof unsigned)[0], (typeof unsigned)[0]];
    const draft = await admin.post(`/api/cases/${first.caseId}/agreements`).send({ method: 'monetary' }).expect(201);
    await admin.post(`/api/agreements/${draft.body.id}/sign`).send({ signedOn: '2013-06-01' }).expect(200);
    await admin.patch(`/api/households/${second.householdId}`).send({ version: second.version, lowIncome: true }).expect(200);
    const applied = await admin.post(`/api/recalculations/${created.body.id}/apply`).expect(200);
    expect(applied.body).toMatchObject({ applied: 0, skippedSigned: 1, skippedChanged: 1, skippedProblems: 0 });
    expect((await admin.get(`/api/cases/${first.caseId}/calculations`).expect(200)).body).toHaveLength(2);
    expect(applied.body.message).toBe('已为 0 个案件保存新测算；跳过 2 个（预览后已签约 1 个，信息已变更 1 个，无法测算 0 个）');
  });

  it("lists a version's runs newest first, with their totals; an old version has none of them", async () => {
    const created = await admin.post(`/api/schemes/${newVersionId}/recalculations`).expect(202);
    await finishedBatch(admin, `/api/recalculations/${created.body.id}`, 45_000);
    const list = await admin.get(`/api/schemes/${newVersionId}/recalculations`).expect(200);
    const runs = list.body as Array<Record<string, any>>;
    const [stored] = await t.query<{ n: string }>('SELECT count(*) AS n FROM recalculation_run WHERE "schemeVersionId" = $1', [newVersionId]);
    expect(runs).toHaveLength(Number(stored!.n));
    expect(runs.length).toBeGreaterThanOrEqual(3);
    const [sums] = await t.query<{ n: string; diff: string }>(
      'SELECT count(*) AS n, (coalesce(sum("differenceFen"), 0) / 100.0)::numeric(14,2)::text AS diff FROM recalculation_case WHERE "runId" = $1',
      [created.body.id],
    );
    expect(runs[0]).toMatchObject({ id: created.body.id, schemeVersionId: newVersionId, status: 'succeeded', statusLabel: '已完成', cases: Number(sums!.n), difference: sums!.diff });
    const times = runs.map((r) => r.createdAt as string);
    expect([...times].sort().reverse()).toEqual(times);
    // The applied run of the first test keeps its figures.
    expect(runs.some((r) => r.appliedCount === 2)).toBe(true);
    expect((await admin.get(`/api/schemes/${p.schemeId}/recalculations`).expect(200)).body).toEqual([]);
    await admin.get('/api/schemes/00000000-0000-4000-8000-000000000000/recalculations').expect(404);
  });

  it('only the admin asks for a recalculation; an officer of another project gets 404', async () => {
    const created = await admin.post(`/api/schemes/${newVersionId}/recalculations`).expect(202);
    const officer = await t.loginAs({ username: 'recalc-officer', roles: ['officer'] });
    await officer.get(`/api/schemes/${newVersionId}/recalculations`).expect(404);
    await officer.post(`/api/schemes/${newVersionId}/recalculations`).expect(403);
    await officer.get(`/api/recalculations/${created.body.id}`).expect(404);
    await officer.post(`/api/recalculations/${created.body.id}/apply`).expect(403);
    await officer.post('/api/exports').send({ kind: 'recalculation-diff', filters: { recalculation: created.body.id } }).expect(404);
  });

  it('a preview whose every attempt fails ends failed with a Chinese message, after the last attempt, and cannot be applied', async () => {
    // The database refuses every preview row, as a full disk would (three attempts, 2 s and 4 s back-off).
    await t.query(`CREATE FUNCTION rc_refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
    await t.query('CREATE TRIGGER rc_refuse_row BEFORE INSERT ON recalculation_case FOR EACH ROW EXECUTE FUNCTION rc_refuse_row()');
    try {
      const created = await admin.post(`/api/schemes/${newVersionId}/recalculations`).expect(202);
      const run = await finishedBatch(admin, `/api/recalculations/${created.body.id}`, 60_000);
      expect(run).toMatchObject({ status: 'failed', cases: 0 });
      expect(run.message).toMatch(/^重新测算失败：多次重试后仍出错/);
      expect(run.finishedAt).toBeTruthy();
      const [job] = await t.query<{ status: string; attempts: number; maxAttempts: number }>(
        `SELECT status, attempts, "maxAttempts" FROM job_record WHERE name = 'RecalculationJob' AND payload->>'runId' = $1`,
        [created.body.id],
      );
      expect(job).toMatchObject({ status: 'failed' });
      expect(job!.attempts).toBe(job!.maxAttempts);
      const apply = await admin.post(`/api/recalculations/${created.body.id}/apply`).expect(409);
      expect(apply.body.message).toBe('重新测算失败，不能应用，请重新发起');
    } finally {
      await t.query('DROP TRIGGER rc_refuse_row ON recalculation_case');
      await t.query('DROP FUNCTION rc_refuse_row()');
    }
  }, 90_000);
});
