import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { fromDay, shanghaiDay, shanghaiInstant, toDay } from './domain/calendar.js';
import { demoAllocationPlan, type DemoSwapHousehold, type DemoUnit } from './domain/demo-allocation.js';
import { DEMO_RESETTLEMENT_PRICE } from './domain/demo-layouts.js';
import type { DemoData } from './domain/demo-types.js';

/**
 * The demo's 选房 and allocations (after the inventory is loaded): the resettled swap households' delivered flats, some
 * transitional ones' 期房 on 二联, and one published round. It reads the units present and does nothing without any. It
 * writes no track (the fee seeder derives every track from the cases, agreements and these allocations) and changes no
 * agreement's money: the flats' areas equal the agreements' and their 安置价 the scheme's; only the promised units are named.
 */
@Injectable()
export class DemoAllocationSeeder {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Call inside the seed's transaction, after the inventory seeder. */
  async seed(data: DemoData): Promise<void> {
    const q = this.connection.manager;
    const units = await q.query<DemoUnit[]>(
      `SELECT u.id, u."baseId", b.name AS "baseName", b.stage AS "baseStage", g.code AS "buildingCode", u."unitNo", u.area::text AS area,
              u."resettlementPrice"::text AS "resettlementPrice", u.kind, u.turnover, u.floor
         FROM resettlement_unit u JOIN resettlement_base b ON b.id = u."baseId" JOIN resettlement_building g ON g.id = u."buildingId"
        WHERE u.status = 'available'`,
    );
    if (!units.length) return;
    // The day each case last moved out (its last step to 已腾空).
    const vacated = new Map<string, Date>();
    for (const t of data.transitions) {
      const seen = vacated.get(t.caseId);
      if (t.toStatus === 'vacated' && (!seen || t.createdAt > seen)) vacated.set(t.caseId, t.createdAt);
    }
    const tracks = new Map(data.cases.map((c) => [c.id, c.resettlementStatus]));
    const rows = await q.query<Array<Omit<DemoSwapHousehold, 'track' | 'vacatedOn'>>>(
      `SELECT a."caseId", a."projectId", p.code AS "projectCode", a.id AS "agreementId", s.code AS "caseRef", a."sequenceNo",
              a."swapArea"::text AS "swapArea", a."entitlementArea"::text AS "entitlementArea", a."signedBy"
         FROM agreement a JOIN project p ON p.id = a."projectId" JOIN case_file c ON c.id = a."caseId"
         JOIN subject_label s ON s."subjectType" = c."subjectType" AND s."subjectId" = c."subjectId"
        WHERE a.method = 'swap' AND a.status = 'signed' AND a."swapArea" IS NOT NULL`,
    );
    const households: DemoSwapHousehold[] = [];
    for (const r of rows) {
      const track = tracks.get(r.caseId);
      const at = vacated.get(r.caseId);
      const vacatedOn = at ? fromDay(shanghaiDay(at)) : undefined;
      if ((track === 'resettled' || track === 'transitional') && vacatedOn)
        households.push({ ...r, sequenceNo: Number(r.sequenceNo), track, vacatedOn });
    }
    const plan = demoAllocationPlan(households, units, DEMO_RESETTLEMENT_PRICE);

    let roundId: string | null = null;
    if (plan.round) {
      const publishedAt = shanghaiInstant(toDay(plan.round.publishedOn), 9 * 60);
      const [round] = await q.query<Array<{ id: string }>>(
        `INSERT INTO choosing_round (number, "baseId", "projectIds", seed, algorithm, "orderHash", status, "publishedAt", "publishedBy", version, "createdAt", "updatedAt")
         VALUES ($1, $2, ARRAY[$3]::uuid[], $4, $5, $6, 'published', $7, 'officer', 1, $7, $7) RETURNING id`,
        [
          `XF-${plan.round.publishedOn.slice(0, 4)}-001`,
          plan.round.baseId,
          plan.round.projectId,
          plan.round.seed,
          plan.round.algorithm,
          plan.round.orderHash,
          publishedAt,
        ],
      );
      roundId = round!.id;
      const doneAt = shanghaiInstant(toDay(plan.round.publishedOn) + 7, 10 * 60);
      for (const e of plan.round.entries) {
        await q.query(
          `INSERT INTO choosing_entry ("roundId", position, "caseId", "projectId", "agreementId", "caseRef", "sequenceNo", "entitlementArea", "doneAt", version, "createdAt", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $10)`,
          [
            roundId,
            e.position,
            e.household.caseId,
            e.household.projectId,
            e.household.agreementId,
            e.household.caseRef,
            e.household.sequenceNo,
            e.household.entitlementArea,
            e.done ? doneAt : null,
            publishedAt,
          ],
        );
      }
    }
    for (const a of plan.allocations) {
      const allocatedAt = shanghaiInstant(toDay(a.allocatedOn), 10 * 60);
      const status = a.reserveReason ? 'reserved' : a.deliveredOn ? 'delivered' : 'allocated';
      await q.query(
        `INSERT INTO unit_allocation ("unitId", "baseId", "caseId", "projectId", "agreementId", "roundId", purpose, status, "allocatedBy", "allocatedAt", "deliveredOn", "deliveredBy",
                                      "reservedAt", "reservedBy", "reserveReason", version, "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, 'resettlement', $7, $8, $9, $10, $11, $12, $13, $14, 1, $9, $9)`,
        [
          a.unitId,
          a.baseId,
          a.caseId,
          a.projectId,
          a.agreementId,
          a.inRound ? roundId : null,
          status,
          a.allocatedBy,
          allocatedAt,
          a.deliveredOn,
          a.deliveredOn ? a.allocatedBy : null,
          a.reserveReason ? allocatedAt : null,
          a.reserveReason ? a.allocatedBy : null,
          a.reserveReason ?? null,
        ],
      );
      await q.query(`UPDATE resettlement_unit SET status = $2, version = version + 1 WHERE id = $1`, [a.unitId, status]);
    }
    for (const l of plan.locations)
      await q.query(`UPDATE agreement SET "swapLocation" = $2 WHERE id = $1`, [l.agreementId, l.location.slice(0, 200)]);
  }
}
