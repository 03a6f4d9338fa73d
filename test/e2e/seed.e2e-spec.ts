import { decryptField, loadConfig, searchHash, TransactionalConnection } from '@app/platform';
import { CASE_TRANSITIONS, caseServiceOn } from '@app/cases';
import { MoneyInvariantsRepository } from '@app/compensation';
import { buildDemoData, demoInventoryPlan, demoSettlementPlan, DemoAllocationSeeder, DemoConfirmationSeeder, DemoHandoverSeeder, DemoMoneySeeder, DemoResettlementInventorySeeder, DemoSettlementSeeder, SeedRepository, SeedService, type DemoData } from '@app/seed';
import { accrueThrough } from '@app/resettlement';
import { DEMO_TARGETS, DEMO_TRANSITIONAL_FEE, DemoMilestonesSeeder, DemoOwnershipSeeder, DemoRectificationSeeder, DemoTargetsSeeder, DemoTransitionalSeeder, demoTransitionalPlan } from '@app/seed';
import { createTestApp, type TestApp } from '../support/test-app.js';

function validIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}

const TABLES = [
  'project',
  'parcel',
  'household',
  'household_member',
  'enterprise',
  'municipal_facility',
  'legacy_base',
  'case_file',
  'case_transition',
  'confirmation_batch',
  'confirmation_line',
  'land_ownership',
  'consolidation_plan',
];

async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const sql = TABLES.map((table) => `SELECT '${table}' AS name, count(*)::int AS n FROM ${table}`).join(' UNION ALL ');
  const rows = await t.query<{ name: string; n: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

const devConfig = () => loadConfig({ NODE_ENV: 'development', SEED_DEMO: 'true', LOG_LEVEL: 'silent' });

describe('demo seed (e2e)', () => {
  describe('on an empty development database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ SEED_DEMO: 'true' });
    });
    afterAll(() => t.close());

    it('lists the four 2013 projects', async () => {
      const res = await t.http().get('/api/projects').expect(200);
      expect(res.body.total).toBe(4);
      expect(res.body.items.map((p: { code: string }) => p.code).sort()).toEqual(['G318', 'GJ17', 'LXYQ', 'SYQH']);
      expect(res.body.items.find((p: { code: string }) => p.code === 'LXYQ')).toMatchObject({
        name: '西虹桥两线一圈',
        zone: '两线一圈',
        acquirer: '西虹桥公司',
        status: 'in_progress',
      });
    });

    it('lists the parcels of 轨交17号线', async () => {
      const res = await t.http().get('/api/projects/GJ17/parcels').expect(200);
      expect(res.body.items.map((p: { code: string }) => p.code)).toEqual(['GJ17-01', 'GJ17-02', 'GJ17-03', 'GJ17-04']);
      expect(res.body.items[0]).toMatchObject({ village: '二联村', status: 'handed_over' });
    });

    it('hands over no parcel without an accepted 移交单: every handed-over case’s parcel has one; a ready parcel’s waits for the company', async () => {
      const missing = await t.query(
        `SELECT DISTINCT p.code FROM case_file c JOIN parcel p ON p.id = c."parcelId"
          WHERE c.status = 'handed_over' AND NOT EXISTS (SELECT 1 FROM handover h WHERE h."parcelId" = p.id AND h.status = 'accepted')`,
      );
      expect(missing).toEqual([]);
      expect(await t.query(`SELECT p.code, p.status FROM parcel p JOIN handover h ON h."parcelId" = p.id WHERE h.status = 'accepted'`)).toEqual([{ code: 'GJ17-01', status: 'handed_over' }]);
      const waiting = await t.http().get('/api/projects/GJ17/handovers').expect(200);
      expect(waiting.body.items.map((h: { parcelCode: string; status: string }) => [h.parcelCode, h.status]).sort()).toEqual([
        ['GJ17-01', 'accepted'],
        ['GJ17-04', 'submitted'],
      ]);
      const ready = await t.http().get('/api/projects/GJ17/parcels/GJ17-04/handover-readiness').expect(200);
      expect(ready.body).toMatchObject({ ready: true, blockers: [], submittedHandoverId: expect.any(String) });
    });

    it('stores a few hundred households in every project, each with a valid head ID', async () => {
      const perProject = await t.query<{ code: string; n: number }>(
        `SELECT p.code, count(h.id)::int AS n FROM project p LEFT JOIN household h ON h."projectId" = p.id GROUP BY p.code`,
      );
      expect(perProject).toHaveLength(4);
      for (const row of perProject) expect(row.n).toBeGreaterThanOrEqual(200);
      // Stored encrypted, with search hashes beside them (the seed's bulk insert path).
      const heads = await t.query<{ headIdNumberEncrypted: string; headIdNumberHash: string }>(`SELECT "headIdNumberEncrypted", "headIdNumberHash" FROM household`);
      expect(heads.every((h) => h.headIdNumberEncrypted.startsWith('v1:'))).toBe(true);
      expect(heads.every((h) => validIdNumber(decryptField(h.headIdNumberEncrypted)))).toBe(true);
      expect(heads.every((h) => h.headIdNumberHash === searchHash(decryptField(h.headIdNumberEncrypted)))).toBe(true);
      const [{ n: headless }] = await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM household h
          WHERE NOT EXISTS (SELECT 1 FROM household_member m WHERE m."householdId" = h.id AND m.relation = 'head' AND m."idNumberHash" = h."headIdNumberHash")`,
      );
      expect(headless).toBe(0);
    });

    it('gives every subject exactly one case on its own parcel', async () => {
      const [{ n: orphans }] = await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM case_file c WHERE NOT EXISTS (
           SELECT 1 FROM household s WHERE c."subjectType" = 'household' AND s.id = c."subjectId" AND s."parcelId" = c."parcelId"
           UNION ALL SELECT 1 FROM enterprise s WHERE c."subjectType" = 'enterprise' AND s.id = c."subjectId" AND s."parcelId" = c."parcelId"
           UNION ALL SELECT 1 FROM municipal_facility s WHERE c."subjectType" = 'facility' AND s.id = c."subjectId" AND s."parcelId" = c."parcelId"
           UNION ALL SELECT 1 FROM legacy_base s WHERE c."subjectType" = 'legacy_base' AND s.id = c."subjectId" AND s."parcelId" = c."parcelId")`,
      );
      expect(orphans).toBe(0);
      // Each subject row carries its case's status (the lists' status filter reads it there).
      const [{ n: stale }] = await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM case_file c WHERE NOT EXISTS (
           SELECT 1 FROM household s WHERE c."subjectType" = 'household' AND s.id = c."subjectId" AND s."caseStatus" = c.status
           UNION ALL SELECT 1 FROM enterprise s WHERE c."subjectType" = 'enterprise' AND s.id = c."subjectId" AND s."caseStatus" = c.status
           UNION ALL SELECT 1 FROM municipal_facility s WHERE c."subjectType" = 'facility' AND s.id = c."subjectId" AND s."caseStatus" = c.status
           UNION ALL SELECT 1 FROM legacy_base s WHERE c."subjectType" = 'legacy_base' AND s.id = c."subjectId" AND s."caseStatus" = c.status)`,
      );
      expect(stale).toBe(0);
      const counts = await tableCounts(t);
      expect(counts.case_file).toBe(counts.household + counts.enterprise + counts.municipal_facility + counts.legacy_base);
      expect(counts.enterprise).toBeGreaterThanOrEqual(20);
      expect(counts.legacy_base).toBeGreaterThanOrEqual(1);
    });

    it('seeds the 2013 plan’s targets; the 536 quota counts the demo’s solved households from their tracks', async () => {
      const targets = await t.query<{ name: string; measure: string; targetValue: string; unit: string }>(
        `SELECT name, measure, "targetValue"::text AS "targetValue", unit FROM annual_target WHERE year = 2013 ORDER BY position`,
      );
      expect(targets).toEqual(DEMO_TARGETS.map((d) => ({ name: d.name, measure: d.measure, targetValue: `${d.targetValue}.00`, unit: d.unit })));
      const entries = await t.query<{ note: string }>('SELECT note FROM target_progress_entry');
      expect(entries.length).toBe(DEMO_TARGETS.reduce((n, d) => n + d.entries.length, 0));
      expect(entries.every((e) => e.note.endsWith('（演示数据）'))).toBe(true);
      const [recount] = await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM resettlement_track r JOIN case_file c ON c.id = r."caseId"
          WHERE c."subjectType" = 'household' AND r.track = 'resettled' AND r."resettledOn" >= '2013-01-01' AND r."resettledOn" < '2014-01-01'`,
      );
      expect(recount!.n).toBeGreaterThan(0);
      const quota = (await t.http().get('/api/dashboard/quota?year=2013').expect(200)).body as { target: number; solved: number; byMonth: Array<{ cumulative: number }> };
      expect(quota).toMatchObject({ target: 536, solved: recount!.n });
      expect(quota.byMonth.at(-1)!.cumulative).toBe(recount!.n);
    });

    it('spreads the cases over the lifecycle, with a dated history for each', async () => {
      const statuses = await t.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM case_file GROUP BY status`);
      expect(statuses.length).toBeGreaterThanOrEqual(5);
      const [{ n: mismatched }] = await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM case_file c
          WHERE c.status <> (SELECT t."toStatus" FROM case_transition t WHERE t."caseId" = c.id ORDER BY t."createdAt" DESC LIMIT 1)`,
      );
      expect(mismatched).toBe(0);
      const reversals = await t.query<{ reason: string }>(`SELECT reason FROM case_transition WHERE kind IN ('reversal', 'system')`);
      expect(reversals.length).toBeGreaterThanOrEqual(2);
      expect(reversals.every((r) => r.reason)).toBe(true);
      const [{ transitional }] = await t.query<{ transitional: number }>(
        `SELECT count(*)::int AS transitional FROM case_file WHERE "resettlementStatus" = 'transitional'`,
      );
      expect(transitional).toBeGreaterThan(0);
    });

    it('puts the money behind the lifecycle: a published demo scheme per project, a signed agreement behind every signed case, settled ones paid in full', async () => {
      const schemes = await t.query<{ name: string; status: string }>(`SELECT name, status FROM scheme_version`);
      expect(schemes).toHaveLength(4);
      expect(schemes.every((s) => s.status === 'published' && s.name.includes('演示数据'))).toBe(true);
      const [{ signed, agreements }] = await t.query<{ signed: number; agreements: number }>(
        `SELECT (SELECT count(*)::int FROM case_file WHERE status IN ('signed', 'vacated', 'settled', 'handed_over')) AS signed,
                (SELECT count(*)::int FROM agreement WHERE status = 'signed') AS agreements`,
      );
      expect(signed).toBeGreaterThan(50);
      expect(agreements).toBe(signed);
      const [{ unpaid }] = await t.query<{ unpaid: number }>(
        `SELECT count(*)::int AS unpaid FROM agreement a JOIN case_file c ON c.id = a."caseId"
          WHERE c.status IN ('settled', 'handed_over') AND a."paidFen" <> a."agreedFen"`,
      );
      expect(unpaid).toBe(0);
      const [{ swaps }] = await t.query<{ swaps: number }>(`SELECT count(*)::int AS swaps FROM agreement WHERE method = 'swap'`);
      expect(swaps).toBeGreaterThan(0);
      expect(await t.app.get(MoneyInvariantsRepository).violations()).toEqual([]);
      // And through the API: a settled case's money, its balance zero.
      const [row] = await t.query<{ id: string }>(`SELECT id FROM case_file WHERE status = 'settled' AND "subjectType" = 'household' LIMIT 1`);
      const money = await t.http().get(`/api/cases/${row!.id}/money`).expect(200);
      expect(money.body).toMatchObject({ calculation: { stale: false }, agreement: { status: 'signed' }, balance: { balance: '0.00' } });
    });

    it('backs every case at 已确认 or beyond with exactly one effective confirmed line of a closed batch, and leaves batches for the company', async () => {
      const wrong = await t.query<{ id: string; n: number }>(
        `SELECT c.id, count(l.id)::int AS n FROM case_file c
           LEFT JOIN confirmation_line l ON l."caseId" = c.id AND l.answer = 'confirmed' AND l."voidedAt" IS NULL
           LEFT JOIN confirmation_batch b ON b.id = l."batchId" AND b.state = 'closed'
          WHERE c.status IN ('confirmed', 'signed', 'vacated', 'settled', 'handed_over')
          GROUP BY c.id HAVING count(b.id) <> 1 OR count(l.id) <> 1`,
      );
      expect(wrong).toEqual([]);
      const effectiveElsewhere = await t.query(
        `SELECT l.id FROM confirmation_line l JOIN case_file c ON c.id = l."caseId" WHERE l.answer = 'confirmed' AND l."voidedAt" IS NULL AND c.status IN ('surveying', 'surveyed')`,
      );
      expect(effectiveElsewhere).toEqual([]);
      const company = t.as(await t.login('company', 'Demo@2013'));
      const pending = await company.get('/api/confirmation-batches').expect(200);
      expect(pending.body.total).toBeGreaterThanOrEqual(2);
      const batch = await company.get(`/api/confirmation-batches/${pending.body.items[0].id}`).expect(200);
      const rejected = (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM confirmation_line WHERE answer = 'rejected'`))[0]!.n;
      expect(rejected).toBeGreaterThanOrEqual(1);
      // An open demo line is confirmed as it stands: its snapshot is what the service reads now.
      const open = batch.body.items.find((l: { state: string }) => l.state === 'pending');
      await company.post(`/api/confirmation-lines/${open.id}/confirm`).send({ version: open.version }).expect(200);
    });

    it('settles through 结算单: every settled case on a confirmed line covered by receipts; the reconciliation balances except the seeded discrepancies', async () => {
      const [{ missing }] = await t.query<{ missing: number }>(
        `SELECT count(*)::int AS missing FROM case_file c
          WHERE c.status IN ('settled', 'handed_over')
            AND NOT EXISTS (SELECT 1 FROM settlement_line l JOIN settlement_statement s ON s.id = l."statementId"
                             WHERE l."caseId" = c.id AND l.status = 'confirmed' AND s.status = 'confirmed')`,
      );
      expect(missing).toBe(0);
      const [{ waiting }] = await t.query<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM settlement_line WHERE status = 'disputed'`);
      expect(waiting).toBeGreaterThan(0);
      const plan = demoSettlementPlan(buildDemoData());
      const projects = await t.query<{ code: string }>(`SELECT code FROM project ORDER BY code`);
      const numbers = new Map((await t.query<{ id: string; number: string }>(`SELECT id, number FROM settlement_statement`)).map((r) => [r.number, r.id]));
      for (const { code } of projects) {
        const r = (await t.http().get(`/api/projects/${code}/reconciliation`).expect(200)).body as {
          discrepancies: Array<{ kind: string; caseId: string | null; statementNumber: string | null }>;
        };
        const found = r.discrepancies.map((d) => `${d.kind}:${d.caseId ?? d.statementNumber}`).sort();
        const seeded = plan.discrepancies
          .filter((d) => (d.statement ? d.statement.projectCode === code : r.discrepancies.some((x) => x.caseId === d.caseId) || d.caseId === null))
          .map((d) => `${d.kind}:${d.caseId ?? `JS-${d.statement!.projectCode}-${String(d.statement!.seq).padStart(3, '0')}`}`)
          .sort();
        expect({ code, found }).toEqual({ code, found: seeded });
      }
      expect(plan.discrepancies.filter((d) => d.statement).every((d) => numbers.has(`JS-${d.statement!.projectCode}-${String(d.statement!.seq).padStart(3, '0')}`))).toBe(true);
      const [withFigures] = await t.query<{ code: string }>(`SELECT p.code FROM project p JOIN project_settlement_figures f ON f."projectId" = p.id LIMIT 1`);
      const figures = (await t.http().get(`/api/projects/${withFigures!.code}/settlement-figures`).expect(200)).body;
      expect(figures.budget).not.toBeNull();
      expect(figures.audited).not.toBeNull();
    });

    it('shows the 安置基地 at their stages with their flats, 现房 on the completed bases and 期房 on 二联', async () => {
      const bases = (await t.http().get('/api/resettlement/bases').expect(200)).body as Array<{ code: string; name: string; stageLabel: string; units: Record<string, number> }>;
      expect(bases.map((b) => `${b.code} ${b.name} ${b.stageLabel}`)).toEqual(['BC 徐泾北城安置基地 交付中', 'EL 二联小高层基地 在建', 'JL 金联动迁基地 前期手续', 'MZ 明珠家园拓展区 规划', 'XH 西虹桥安置一期 交付中']);
      const plan = demoInventoryPlan();
      const byBase = await t.query<{ code: string; units: number; frozen: number }>(
        `SELECT b.code, count(u.id)::int AS units, count(u.id) FILTER (WHERE u.status = 'frozen')::int AS frozen FROM resettlement_base b LEFT JOIN resettlement_unit u ON u."baseId" = b.id GROUP BY b.code ORDER BY b.code`,
      );
      for (const row of byBase) {
        const base = bases.find((b) => b.code === row.code)!;
        expect(base.units.total).toBe(row.units);
        expect(base.units.frozen).toBe(row.frozen);
        expect(row.units).toBe(plan.units.filter((u) => u.baseId === plan.bases.find((b) => b.code === row.code)!.id).length);
      }
      expect(byBase.find((b) => b.code === 'BC')!.units).toBeGreaterThan(300);
      const el = (await t.http().get('/api/resettlement/units?base=EL&pageSize=1').expect(200)).body;
      expect(el.items[0]).toMatchObject({ kindLabel: '期房', plannedDeliveryOn: '2014-12-31', resettlementPrice: '3200.00' });
    });

    it('derives every household’s track from its records, mirrors it on the case, and accrues the 过渡费 of the months it waited', async () => {
      const [{ mismatched }] = await t.query<{ mismatched: number }>(
        `SELECT count(*)::int AS mismatched FROM case_file c LEFT JOIN resettlement_track t ON t."caseId" = c.id
          WHERE c."resettlementStatus" <> COALESCE(t.track, 'none')`,
      );
      expect(mismatched).toBe(0);
      const byTrack = await t.query<{ method: string; track: string; n: number }>(`SELECT method, track, count(*)::int AS n FROM resettlement_track GROUP BY 1, 2`);
      const n = (method: string, track: string) => byTrack.find((r) => r.method === method && r.track === track)?.n ?? 0;
      expect(n('swap', 'transitional')).toBeGreaterThan(50);
      expect(n('monetary', 'resettled')).toBeGreaterThan(20);
      // swap households at vacated or beyond are on the track; resettled ones have every resettlement allocation delivered
      const [{ off }] = await t.query<{ off: number }>(
        `SELECT count(*)::int AS off FROM resettlement_track t JOIN case_file c ON c.id = t."caseId"
          WHERE t.method = 'swap' AND (c.status IN ('vacated', 'settled', 'handed_over')) <> (t.track <> 'none')`,
      );
      expect(off).toBe(0);
      const [{ undelivered }] = await t.query<{ undelivered: number }>(
        `SELECT count(*)::int AS undelivered FROM resettlement_track t
          WHERE t.method = 'swap' AND t.track = 'resettled'
            AND (NOT EXISTS (SELECT 1 FROM unit_allocation a WHERE a."caseId" = t."caseId" AND a.purpose = 'resettlement' AND a.status = 'delivered')
                 OR EXISTS (SELECT 1 FROM unit_allocation a WHERE a."caseId" = t."caseId" AND a.purpose = 'resettlement' AND a.status IN ('reserved', 'allocated')))`,
      );
      expect(undelivered).toBe(0);
      // the months accrued are the months each household waited, to the fen
      const plan = demoTransitionalPlan();
      const tracks = await t.query<{ caseId: string; since: string; transitionMonths: number; persons: number; deliveredOn: string | null; months: number; total: string }>(
        `SELECT t."caseId", t."transitionalSince"::text AS since, t."transitionMonths", t.persons, t."deliveredOn"::text AS "deliveredOn",
                (SELECT count(*)::int FROM transitional_fee_accrual f WHERE f."caseId" = t."caseId") AS months,
                (SELECT COALESCE(sum(f."amountFen"), 0)::text FROM transitional_fee_accrual f WHERE f."caseId" = t."caseId") AS total
           FROM resettlement_track t WHERE t.method = 'swap' AND t."transitionMethod" = 'monetary' AND t.track <> 'none'`,
      );
      expect(tracks.length).toBeGreaterThan(50);
      for (const r of tracks) {
        const expected = accrueThrough(DEMO_TRANSITIONAL_FEE, { vacatedOn: r.since, transitionMonths: r.transitionMonths, persons: r.persons, deliveredOn: r.deliveredOn }, plan.accrueThrough);
        expect({ caseId: r.caseId, months: r.months, total: r.total }).toEqual({
          caseId: r.caseId,
          months: expected.length,
          total: expected.reduce((sum, m) => sum + m.amountFen, 0n).toString(),
        });
      }
      const [{ elsewhere }] = await t.query<{ elsewhere: number }>(
        `SELECT count(*)::int AS elsewhere FROM transitional_fee_accrual f JOIN resettlement_track t ON t."caseId" = f."caseId" WHERE t.method <> 'swap' OR t."transitionMethod" <> 'monetary'`,
      );
      expect(elsewhere).toBe(0);
      // one older period batched and paid through the payments, outside the compensation money
      const batches = await t.query<{ status: string; households: number; total: string; throughMonth: string }>(
        `SELECT status, households, "totalFen"::text AS total, "throughMonth"::text AS "throughMonth" FROM transitional_fee_batch`,
      );
      expect(batches).toEqual([{ status: 'paid', households: expect.any(Number), total: expect.any(String), throughMonth: plan.batch.throughMonth }]);
      const [{ payments, paid }] = await t.query<{ payments: number; paid: string }>(
        `SELECT count(*)::int AS payments, COALESCE(sum("amountFen"), 0)::text AS paid FROM payment WHERE purpose = 'transitional_fee'`,
      );
      expect({ payments, paid }).toEqual({ payments: batches[0]!.households, paid: batches[0]!.total });
      expect(await t.app.get(MoneyInvariantsRepository).violations()).toEqual([]);
    });

    it('seeds the 2013 advancement plan: project and base nodes, done ones dated from the records, the rest overdue by today', async () => {
      const nodes = (await t.http().get('/api/milestones').expect(200)).body as Array<{ name: string; status: string; actualOn: string | null; due: string | null; project: { code: string } | null; base: { code: string } | null; responsibleUnit: string }>;
      expect(new Set(nodes.filter((m) => m.project).map((m) => m.project!.code))).toEqual(new Set(['GJ17', 'SYQH', 'LXYQ', 'G318']));
      expect(nodes.map((m) => m.name)).toEqual(expect.arrayContaining(['成立推进领导小组，拟定“两线一圈”推进方案', '二联小高层基地开工建设', '金联动迁基地前期手续办理', '明珠家园拓展区规划方案编制报批']));
      expect(new Set(nodes.map((m) => m.responsibleUnit))).toEqual(new Set(['动迁办', '西虹桥公司', '规划所']));
      const done = nodes.filter((m) => m.status === 'done');
      expect(done.length).toBeGreaterThan(3);
      expect(done.every((m) => m.actualOn && m.due === null)).toBe(true);
      // 二联's start is read from the base: its preliminary procedures' actual completion
      expect(nodes.find((m) => m.name === '二联小高层基地开工建设')).toMatchObject({ status: 'done', actualOn: '2012-04-15' });
      expect(nodes.find((m) => m.name === '金联动迁基地前期手续办理')).toMatchObject({ status: 'in_progress', due: 'overdue' });
      // a parcel handed over: its node is done on its accepted 移交单's date
      const [handover] = await t.query<{ on: string }>(`SELECT to_char(h."handedOverOn", 'YYYY-MM-DD') AS on FROM handover h JOIN parcel p ON p.id = h."parcelId" WHERE p.code = 'GJ17-01' AND h.status = 'accepted'`);
      expect(nodes.find((m) => m.name === 'GJ17-01 地块移交西虹桥公司')).toMatchObject({ status: 'done', actualOn: handover!.on });
      const summary = (await t.http().get('/api/milestones/overdue').expect(200)).body;
      expect(summary.overdueCount).toBe(nodes.filter((m) => m.due === 'overdue').length);
      expect(summary.overdueCount).toBeGreaterThan(3);
    });

    it('seeds the 集体土地所有权 register of the demo villages (each collective parcel’s area divided exactly) and a draft 归并方案', async () => {
      const register = (await t.http().get('/api/land/ownership?pageSize=200').expect(200)).body;
      expect(new Set(register.items.map((r: { village: string }) => r.village))).toEqual(new Set(['二联村', '金联村', '光联村', '民主村', '前明村', '蟠龙村']));
      const parcels = await t.query<{ code: string; area: string; owned: string }>(
        `SELECT p.code, p.area::text AS area, sum(o.area)::text AS owned FROM parcel p JOIN land_ownership o ON o."parcelId" = p.id GROUP BY p.id ORDER BY p.code`,
      );
      expect(parcels.length).toBeGreaterThan(5);
      for (const p of parcels) expect(p.owned).toBe(p.area);
      expect(register.totals.byOwner.map((l: { key: string }) => l.key)).toEqual(['town', 'village', 'group']);
      const plans = (await t.http().get('/api/land/consolidation-plans').expect(200)).body;
      expect(plans).toHaveLength(1);
      expect(plans[0]).toMatchObject({ status: 'draft', targetOwnerKindLabel: '镇集体', createdBy: 'officer', before: { count: 2 } });
      expect(plans[0].items.every((i: { ownership: { village: string } }) => i.ownership.village === '二联村')).toBe(true);
    });

    it('shows a seeded case with its history through the API', async () => {
      const [row] = await t.query<{ id: string }>(`SELECT id FROM case_file WHERE status = 'settled' LIMIT 1`);
      const res = await t.http().get(`/api/cases/${row.id}`).expect(200);
      expect(JSON.stringify(res.body)).toContain('settled');
    });

    it('creates the five demo accounts of the README, password Demo@2013, no forced change, with their projects', async () => {
      const accounts: Record<string, { roles: string[]; projects: string[] }> = {};
      for (const username of ['admin', 'officer', 'finance', 'leader', 'company']) {
        const res = await t.anon().post('/api/auth/login').send({ username, password: 'Demo@2013' }).expect(200);
        expect(res.body.user.mustChangePassword).toBe(false);
        accounts[username] = { roles: res.body.user.roles, projects: res.body.user.projects };
        // The first request after login is not refused for a pending password change.
        await t.as(res.body.accessToken).get('/api/projects').expect(200);
      }
      expect(accounts).toEqual({
        admin: { roles: ['admin'], projects: [] },
        officer: { roles: ['officer'], projects: ['GJ17', 'LXYQ'] },
        finance: { roles: ['finance'], projects: [] },
        leader: { roles: ['leader'], projects: [] },
        company: { roles: ['company'], projects: ['GJ17', 'SYQH'] },
      });
      const [hash] = await t.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM app_user WHERE username = 'officer'`);
      expect(hash!.passwordHash).toMatch(/^\$argon2id\$/);
    });

    it('changes nothing when asked to seed again', async () => {
      const before = await tableCounts(t);
      await expect(t.app.get(SeedService).seedIfEmpty()).resolves.toEqual({ seeded: false, reason: 'not_empty' });
      expect(await tableCounts(t)).toEqual(before);
    });
  });

  describe('in production', () => {
    let t: TestApp;
    /** A seeder wired by hand on the app's connection, with the money seeder (a signed demo case always gets its agreement). */
    const seederWith = (config: ReturnType<typeof devConfig>, make: { repository?: (c: TransactionalConnection) => SeedRepository; transitions?: typeof CASE_TRANSITIONS } = {}) => {
      const connection = t.app.get(TransactionalConnection);
      const repository = make.repository?.(connection) ?? new SeedRepository(connection);
      return new SeedService(repository, caseServiceOn(connection, make.transitions), connection, config, t.app.get(DemoMoneySeeder), t.app.get(DemoConfirmationSeeder), t.app.get(DemoSettlementSeeder), t.app.get(DemoHandoverSeeder), t.app.get(DemoResettlementInventorySeeder), t.app.get(DemoAllocationSeeder), t.app.get(DemoTransitionalSeeder), t.app.get(DemoTargetsSeeder), t.app.get(DemoMilestonesSeeder), t.app.get(DemoRectificationSeeder), t.app.get(DemoOwnershipSeeder));
    };
    beforeAll(async () => {
      t = await createTestApp({ NODE_ENV: 'production', SEED_DEMO: 'true' });
    });
    afterAll(() => t.close());

    it('seeds nothing at boot, nor when asked', async () => {
      expect((await tableCounts(t)).project).toBe(0);
      // No default accounts: the only one is the test's own admin, and the demo names do not log in.
      expect(await t.query('SELECT username FROM app_user')).toEqual([{ username: 'test-admin' }]);
      for (const username of ['admin', 'officer']) await t.anon().post('/api/auth/login').send({ username, password: 'Demo@2013' }).expect(401);
      await expect(t.app.get(SeedService).seedIfEmpty()).resolves.toEqual({ seeded: false, reason: 'production' });
      expect(Object.values(await tableCounts(t)).every((n) => n === 0)).toBe(true);
    });

    it('seeds nothing when SEED_DEMO is off', async () => {
      const seeder = seederWith(loadConfig({ NODE_ENV: 'development', SEED_DEMO: 'false' }));
      await expect(seeder.seedIfEmpty()).resolves.toEqual({ seeded: false, reason: 'disabled' });
      expect((await tableCounts(t)).project).toBe(0);
    });

    it('leaves nothing behind when seeding fails halfway', async () => {
      class FailingRepository extends SeedRepository {
        override async insertAll(data: DemoData): Promise<void> {
          await super.insertAll({ ...data, cases: [], transitions: [] });
          throw new Error('模拟中途失败');
        }
      }
      const seeder = seederWith(devConfig(), { repository: (c) => new FailingRepository(c) });
      await expect(seeder.seedIfEmpty()).rejects.toThrow('模拟中途失败');
      expect(Object.values(await tableCounts(t)).every((n) => n === 0)).toBe(true);
    });

    it('writes every case through the lifecycle table: a table the demo histories break stops the seed, leaving nothing', async () => {
      // Settling only through a statement (a record the demo histories do not name) breaks them.
      const settleByStatement = CASE_TRANSITIONS.map((r) =>
        r.from === 'vacated' && r.to === 'settled' ? { ...r, causedBy: { record: 'statement', label: '结算单' } } : r,
      );
      const seeder = seederWith(devConfig(), { transitions: settleByStatement });
      await expect(seeder.seedIfEmpty()).rejects.toThrow('“完成结算”须通过结算单办理');
      expect(Object.values(await tableCounts(t)).every((n) => n === 0)).toBe(true);
    });

    it('lets only one of two concurrent starters seed (the empty database, outside production)', async () => {
      const outcomes = await Promise.all([
        seederWith(devConfig()).seedIfEmpty(),
        seederWith(devConfig()).seedIfEmpty(),
      ]);
      expect(outcomes.filter((o) => o.seeded)).toHaveLength(1);
      expect(outcomes.filter((o) => !o.seeded)).toEqual([{ seeded: false, reason: 'not_empty' }]);
      const counts = await tableCounts(t);
      expect(counts.project).toBe(4);
      const seeded = outcomes.find((o) => o.seeded);
      if (seeded?.seeded) expect(seeded.counts.households).toBe(counts.household);
      // The money came with it: every signed case has its signed agreement, and the invariants hold.
      const [unsigned] = await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM case_file c
          WHERE c.status IN ('signed', 'vacated', 'settled', 'handed_over')
            AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a."caseId" = c.id AND a.status = 'signed')`,
      );
      expect(unsigned!.n).toBe(0);
      expect((await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM agreement`))[0]!.n).toBeGreaterThan(0);
      expect(await t.app.get(MoneyInvariantsRepository).violations()).toEqual([]);
    });
  });
});
