import { randomUUID } from 'node:crypto';
import { TransactionalConnection } from '@app/platform';
import { choosingOrder, orderHash } from '@app/resettlement';
import { buildDemoData, DemoAllocationSeeder } from '@app/seed';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The demo's 选房 seeder on the demo's inventory (or, without one, on units like it written here straight to the tables): delivered flats of exactly the agreed area for the resettled households, 期房 on 二联 for some
 * transitional ones, one published GJ17 round in the verifiable order, and no agreement's money changed.
 */
describe('demo allocations on the units present (e2e)', () => {
  let t: TestApp;

  const insertUnits = async (base: { code: string; name: string; stage: string; kind: string }, perLayout: number) => {
    const baseId = randomUUID();
    const buildingId = randomUUID();
    await t.query(`INSERT INTO resettlement_base (id, code, name, stage, version) VALUES ($1, $2, $3, $4, 1)`, [
      baseId,
      base.code,
      base.name,
      base.stage,
    ]);
    await t.query(`INSERT INTO resettlement_building (id, "baseId", code, floors, version) VALUES ($1, $2, '1号楼', 30, 1)`, [
      buildingId,
      baseId,
    ]);
    await t.query(
      `INSERT INTO resettlement_unit ("baseId", "buildingId", "unitNo", floor, layout, area, "resettlementPrice", "marketPrice", kind, status, version)
       SELECT $1, $2, (l.n * 10000 + g)::text, 1 + g % 30, l.layout, l.area, 3200.00, 30000.00, $3, 'available', 1
         FROM generate_series(1, $4::int) g
        CROSS JOIN (VALUES (1, '一室户', 40.00), (2, '两室一厅', 80.00), (3, '三室两厅', 120.00)) AS l(n, layout, area)`,
      [baseId, buildingId, base.kind, perLayout],
    );
  };

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
    const [{ n: units }] = await t.query<{ n: number }>('SELECT count(*)::int AS n FROM resettlement_unit');
    if (units > 0) return; // the demo's inventory seeder loaded flats and the allocation seeder ran on them at boot
    // No inventory in the demo yet: load one like it, then run the allocation seeder on the seeded demo as the seed would.
    await insertUnits({ code: 'XTBC', name: '徐泾北城安置基地', stage: 'completed', kind: 'built' }, 400);
    await insertUnits({ code: 'XTEL', name: '二联小高层基地', stage: 'construction', kind: 'off_plan' }, 200);
    await t.app.get(TransactionalConnection).transaction(() => t.app.get(DemoAllocationSeeder).seed(buildDemoData()));
  }, 600_000);
  afterAll(() => t.close());

  it('gives every resettled swap household delivered flats of exactly its agreed area, after it moved out, in 2013', async () => {
    const rows = await t.query<{
      caseId: string;
      swapArea: string;
      held: string;
      delivered: number;
      n: number;
      last: string;
      vacated: string;
      location: string | null;
    }>(
      `SELECT c.id AS "caseId", a."swapArea"::text AS "swapArea", COALESCE(sum(u.area), 0)::numeric(10,2)::text AS held,
              count(*) FILTER (WHERE x.status = 'delivered')::int AS delivered, count(x.id)::int AS n,
              to_char(max(x."deliveredOn"), 'YYYY-MM-DD') AS last, a."swapLocation" AS location,
              (SELECT to_char(max(tr."createdAt" AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') FROM case_transition tr WHERE tr."caseId" = c.id AND tr."toStatus" = 'vacated') AS vacated
         FROM case_file c JOIN agreement a ON a."caseId" = c.id AND a.status = 'signed'
         LEFT JOIN unit_allocation x ON x."caseId" = c.id AND x.status <> 'released'
         LEFT JOIN resettlement_unit u ON u.id = x."unitId"
        WHERE c."resettlementStatus" = 'resettled' AND a.method = 'swap'
        GROUP BY c.id, a."swapArea", a."swapLocation"`,
    );
    expect(rows.length).toBeGreaterThan(10);
    const served = rows.filter((r) => r.n > 0);
    expect(served.length).toBeGreaterThan(rows.length * 0.9);
    for (const r of served) {
      expect({ caseId: r.caseId, held: r.held, delivered: r.delivered }).toEqual({
        caseId: r.caseId,
        held: Number(r.swapArea).toFixed(2),
        delivered: r.n,
      });
      expect(r.last > r.vacated && r.last <= '2013-12-27').toBe(true);
      expect(r.location).toMatch(/^\S+ \S+ \S+室(；\S+ \S+ \S+室)?$/);
    }
  });

  it('holds 期房 on 二联 for some transitional households, not delivered; every unit status follows its allocation', async () => {
    const [erlian] = await t.query<{ n: number; delivered: number; transitional: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE x.status = 'delivered')::int AS delivered,
              count(*) FILTER (WHERE c."resettlementStatus" = 'transitional')::int AS transitional
         FROM unit_allocation x JOIN resettlement_base b ON b.id = x."baseId" JOIN case_file c ON c.id = x."caseId" WHERE b.name LIKE '%二联%'`,
    );
    expect(erlian!.n).toBeGreaterThan(0);
    expect(erlian).toMatchObject({ delivered: 0, transitional: erlian!.n });
    const [mismatch] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM resettlement_unit u
         LEFT JOIN unit_allocation x ON x."unitId" = u.id AND x.status <> 'released'
        WHERE u.status <> 'frozen' AND u.status <> COALESCE(x.status, 'available')`,
    );
    expect(mismatch!.n).toBe(0);
  });

  it('publishes one GJ17 round in the xj-order-v1 order of its remaining transitional households, a few having chosen', async () => {
    const rounds = await t.query<{ id: string; seed: string; algorithm: string; orderHash: string; code: string }>(
      `SELECT r.id, r.seed, r.algorithm, r."orderHash", p.code FROM choosing_round r JOIN project p ON p.id = r."projectIds"[1]`,
    );
    expect(rounds).toHaveLength(1);
    const round = rounds[0]!;
    expect(round.code).toBe('GJ17');
    const entries = await t.query<{ position: number; caseRef: string; sequenceNo: number; done: boolean; status: string }>(
      `SELECT e.position, e."caseRef", e."sequenceNo", e."doneAt" IS NOT NULL AS done, c."resettlementStatus" AS status
         FROM choosing_entry e JOIN case_file c ON c.id = e."caseId" WHERE e."roundId" = $1 ORDER BY e.position`,
      [round.id],
    );
    expect(entries.length).toBeGreaterThan(3);
    expect(entries.every((e) => e.status === 'transitional')).toBe(true);
    const recomputed = choosingOrder(round.seed, entries).map((e) => e.item.caseRef);
    expect(entries.map((e) => e.caseRef)).toEqual(recomputed);
    expect(orderHash(round.algorithm, round.seed, entries)).toBe(round.orderHash);
    expect(entries.map((e) => e.done)).toEqual(entries.map((_, i) => i < 3));
    // Position 5 had low-floor flats of its area reserved (预留): the units are 已预留, the agreement names none of them.
    const reserved = await t.query<{
      position: number;
      reasons: string[];
      statuses: string[];
      floor: number;
      area: string;
      swapArea: string;
      location: string | null;
    }>(
      `SELECT e.position, array_agg(DISTINCT x."reserveReason") AS reasons, array_agg(DISTINCT u.status) AS statuses, max(u.floor)::int AS floor,
              sum(u.area)::text AS area, a."swapArea"::text AS "swapArea", a."swapLocation" AS location
         FROM unit_allocation x JOIN resettlement_unit u ON u.id = x."unitId" JOIN agreement a ON a.id = x."agreementId"
         JOIN choosing_entry e ON e."caseId" = x."caseId" AND e."roundId" = $1
        WHERE x.status = 'reserved'
        GROUP BY e.position, a."swapArea", a."swapLocation"`,
      [round.id],
    );
    expect(reserved).toEqual([
      {
        position: 5,
        reasons: ['家中有残疾人，需低楼层房源'],
        statuses: ['reserved'],
        floor: expect.any(Number),
        area: reserved[0]?.swapArea,
        swapArea: expect.any(String),
        location: expect.not.stringContaining('室'),
      },
    ]);
    expect(reserved[0]!.floor).toBeLessThanOrEqual(3);
  });

  it("changes no agreement's money: every swap 差价 still prices the agreed area at the scheme price", async () => {
    const [changed] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM agreement a WHERE a.method = 'swap' AND a.status = 'signed'
          AND a."agreedFen" <> GREATEST((a.swap->>'differenceFen')::bigint, 0)`,
    );
    expect(changed!.n).toBe(0);
  });
});
