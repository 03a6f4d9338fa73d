import { ConflictException, Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { TransactionalConnection } from '@app/platform';
import { ALLOCATION_MESSAGES } from '../domain/allocation-rules.js';
import { HOLDING_STATUSES, type AllocationPurpose, type AllocationStatus, type UnitStatus } from '../domain/resettlement-labels.js';
import type { UnitRow as InventoryUnitRow } from '../unit/unit.repository.js';
import { UnitAllocation } from './allocation.entity.js';

/** A unit as allocation reads it (the inventory's tables, read with this area's own queries): the inventory's row without its holder. */
export type UnitRow = Omit<
  InventoryUnitRow,
  'version' | 'holderCaseId' | 'holderProjectId' | 'holderPurpose' | 'holderCode' | 'holderName'
>;

/** An allocation with its unit. */
export interface AllocationRow extends UnitAllocation {
  unitRow: UnitRow;
}

const UNIT_COLUMNS = `u.id, u."baseId", b.code AS "baseCode", b.name AS "baseName", u."buildingId", g.code AS "buildingCode", u."unitNo", u.floor, u.layout,
  u.area::text AS area, u."resettlementPrice"::text AS "resettlementPrice", u."marketPrice"::text AS "marketPrice", u.kind,
  to_char(u."plannedDeliveryOn", 'YYYY-MM-DD') AS "plannedDeliveryOn", u.turnover, u.status, u."frozenReason"`;
const UNIT_FROM = `resettlement_unit u JOIN resettlement_base b ON b.id = u."baseId" JOIN resettlement_building g ON g.id = u."buildingId"`;

const isHoldingViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError &&
  (error as { code?: string }).code === '23505' &&
  String((error as { constraint?: string }).constraint ?? (error as Error).message).includes('uq_unit_allocation_holding');

/**
 * Database access for allocations (分配) and the units they hold. The unit's row lock and the partial unique
 * index `uq_unit_allocation_holding` make a unit held by at most one household, whatever the timing.
 */
@Injectable()
export class AllocationRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get allocations() {
    return this.connection.getRepository(UnitAllocation);
  }

  private async units(where: string, params: unknown[], suffix = ''): Promise<UnitRow[]> {
    const rows = await this.connection.manager.query<UnitRow[]>(
      `SELECT ${UNIT_COLUMNS} FROM ${UNIT_FROM} WHERE ${where} ${suffix}`,
      params,
    );
    return rows.map((r) => ({ ...r, floor: Number(r.floor) }));
  }

  async unit(id: string): Promise<UnitRow | null> {
    return (await this.units('u.id = $1', [id]))[0] ?? null;
  }

  /** The unit, its row locked until the transaction ends: concurrent allocations of it wait here one by one. */
  async lockUnit(id: string): Promise<UnitRow | null> {
    return (await this.units('u.id = $1', [id], 'FOR UPDATE OF u'))[0] ?? null;
  }

  async setUnitStatus(id: string, status: UnitStatus): Promise<void> {
    await this.connection.manager.query(
      `UPDATE resettlement_unit SET status = $2, version = version + 1, "updatedAt" = clock_timestamp() WHERE id = $1`,
      [id, status],
    );
  }

  /**
   * A base's units open to choose (available, not kept as 周转房 unless `turnover`), filtered by building and layout;
   * with `forCase`, also the units reserved (预留) for that household.
   */
  available(baseId: string, filter: { building?: string; layout?: string; turnover?: boolean; forCase?: string }): Promise<UnitRow[]> {
    const params: unknown[] = [baseId, filter.turnover ?? false];
    let where = `u."baseId" = $1 AND u.turnover = $2 AND (u.status = 'available'`;
    if (filter.forCase)
      where += ` OR (u.status = 'reserved' AND EXISTS (SELECT 1 FROM unit_allocation r WHERE r."unitId" = u.id AND r.status = 'reserved' AND r."caseId" = $${params.push(filter.forCase)}))`;
    where += ')';
    if (filter.building) where += ` AND g.code = $${params.push(filter.building)}`;
    if (filter.layout) where += ` AND u.layout = $${params.push(filter.layout)}`;
    return this.units(where, params, `ORDER BY g.code, u.floor, u."unitNo"`);
  }

  /** Inserts a holding; the unique index's refusal (another household holds the unit) is the Chinese 409. */
  async insert(
    row: Omit<UnitAllocation, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'unit' | 'caseFile' | 'project'>,
  ): Promise<UnitAllocation> {
    try {
      return await this.allocations.save(this.allocations.create(row));
    } catch (error) {
      if (isHoldingViolation(error)) throw new ConflictException(ALLOCATION_MESSAGES.taken);
      throw error;
    }
  }

  findById(id: string): Promise<UnitAllocation | null> {
    return this.allocations.findOneBy({ id });
  }

  lockById(id: string): Promise<UnitAllocation | null> {
    return this.allocations.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Changes a locked allocation if it is still at `version`; false when someone changed it first. */
  async update(id: string, version: number, changes: Partial<UnitAllocation>): Promise<boolean> {
    const result = await this.allocations
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async withUnits(list: UnitAllocation[]): Promise<AllocationRow[]> {
    if (!list.length) return [];
    const units = new Map((await this.units('u.id = ANY($1::uuid[])', [list.map((a) => a.unitId)])).map((u) => [u.id, u]));
    return list.map((a) => Object.assign(a, { unitRow: units.get(a.unitId)! }));
  }

  /**
   * A case's holdings of a purpose (not released: reserved, allocated or delivered, or only the `statuses` given),
   * with their units, oldest first.
   */
  async heldOfCase(
    caseId: string,
    purpose: AllocationPurpose,
    statuses: readonly AllocationStatus[] = HOLDING_STATUSES,
  ): Promise<AllocationRow[]> {
    const list = await this.allocations
      .createQueryBuilder('a')
      .where('a."caseId" = :caseId AND a.purpose = :purpose AND a.status IN (:...statuses)', { caseId, purpose, statuses })
      .orderBy('a."allocatedAt"')
      .getMany();
    return this.withUnits(list);
  }

  /** The reservation (预留) holding a unit, if any, its row locked until the transaction ends. */
  lockReservationOf(unitId: string): Promise<UnitAllocation | null> {
    return this.allocations.findOne({ where: { unitId, status: 'reserved' }, lock: { mode: 'pessimistic_write' } });
  }

  /** Every allocation of a case (released ones as history), newest first. */
  async ofCase(caseId: string): Promise<AllocationRow[]> {
    return this.withUnits(await this.allocations.find({ where: { caseId }, order: { allocatedAt: 'DESC' } }));
  }

  /** The holdings made in a round (not released), with their units. */
  async heldInRound(roundId: string): Promise<AllocationRow[]> {
    const list = await this.allocations
      .createQueryBuilder('a')
      .where('a."roundId" = :roundId AND a.status <> :released', { roundId, released: 'released' })
      .orderBy('a."allocatedAt"')
      .getMany();
    return this.withUnits(list);
  }

  async withUnit(allocation: UnitAllocation): Promise<AllocationRow> {
    return (await this.withUnits([allocation]))[0]!;
  }

  async projectOf(id: string): Promise<string | null> {
    return (await this.findById(id))?.projectId ?? null;
  }

  /** Every base with its counts of units open to choose and of all its units (the 选房 screen's choice of base). */
  async bases(): Promise<Array<{ id: string; code: string; name: string; stage: string; units: number; available: number }>> {
    const rows = await this.connection.manager.query<
      Array<{ id: string; code: string; name: string; stage: string; units: string; available: string }>
    >(
      `SELECT b.id, b.code, b.name, b.stage, count(u.id) AS units, count(u.id) FILTER (WHERE u.status = 'available' AND NOT u.turnover) AS available
         FROM resettlement_base b LEFT JOIN resettlement_unit u ON u."baseId" = b.id
        GROUP BY b.id ORDER BY b.code`,
    );
    return rows.map((r) => ({ ...r, units: Number(r.units), available: Number(r.available) }));
  }
}
