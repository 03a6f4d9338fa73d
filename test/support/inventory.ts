import type { Http, TestApp } from './test-app.js';

let bases = 0;

/** A new 安置基地 payload with a fresh code (`T` + number): 在建, with its earlier stages finished. */
export function makeBase(overrides: Record<string, unknown> = {}) {
  const n = ++bases;
  return {
    code: `T${process.pid % 1000}${n}`,
    name: `测试安置基地${n}`,
    address: '徐泾镇测试路 1 号',
    stage: 'construction',
    stageDates: {
      planning: { planned: '2021-06-30', actual: '2021-05-20' },
      preliminary: { planned: '2022-12-31', actual: '2023-02-10' },
      construction: { planned: '2027-06-30', actual: null },
    },
    plannedDeliveryOn: '2027-12-31',
    ...overrides,
  };
}

/** A base with one building (created by `admin` through the API): their ids and versions. */
export async function baseWithBuilding(admin: Http, overrides: Record<string, unknown> = {}, floors = 3): Promise<{ baseId: string; code: string; buildingId: string; version: number }> {
  const base = (await admin.post('/api/resettlement/bases').send(makeBase(overrides)).expect(201)).body as { id: string; code: string };
  const detail = (await admin.post(`/api/resettlement/bases/${base.id}/buildings`).send({ code: '1号楼', floors }).expect(201)).body as { version: number; buildingList: Array<{ id: string }> };
  return { baseId: base.id, code: base.code, buildingId: detail.buildingList[0]!.id, version: detail.version };
}

/**
 * Units of a building written straight into the table (the inventory's rows as an import would leave them):
 * `floors` × `perFloor`, 室号 `<floor>0<n>`, a 40/80/120 m² layout by column.
 */
export async function insertUnits(t: TestApp, where: { baseId: string; buildingId: string }, floors: number, perFloor: number): Promise<Array<{ id: string; unitNo: string }>> {
  return t.query(
    `INSERT INTO resettlement_unit ("baseId", "buildingId", "unitNo", floor, layout, area, "resettlementPrice", "marketPrice", kind, "plannedDeliveryOn", turnover, version)
     SELECT $1, $2, f || '0' || n, f, (ARRAY['一室户','两室一厅','三室两厅'])[1 + (n - 1) % 3], (40 * (1 + (n - 1) % 3))::numeric, 3200, 32000, 'built', NULL, n = 1, 1
       FROM generate_series(1, $3::int) f, generate_series(1, $4::int) n
     RETURNING id, "unitNo"`,
    [where.baseId, where.buildingId, floors, perFloor],
  );
}

/**
 * A household's holding of `unitId` as the allocation writes it (its row and the unit's status): the state a
 * 选房 leaves behind, for the inventory's views of held units.
 */
export async function holdUnit(t: TestApp, unitId: string, caseId: string, status: 'reserved' | 'allocated' | 'delivered' = 'allocated'): Promise<void> {
  await t.query(
    `INSERT INTO unit_allocation ("unitId", "baseId", "caseId", "projectId", "agreementId", purpose, status, "allocatedBy", "allocatedAt", version)
     SELECT u.id, u."baseId", c.id, c."projectId", gen_random_uuid(), 'resettlement', $3, 'admin', now(), 1
       FROM resettlement_unit u, case_file c WHERE u.id = $1 AND c.id = $2`,
    [unitId, caseId, status],
  );
  await t.query(`UPDATE resettlement_unit SET status = $2, version = version + 1 WHERE id = $1`, [unitId, status]);
}
