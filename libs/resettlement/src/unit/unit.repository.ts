import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { joinSubjectLabel } from '@app/subjects';
import { HOLDING_STATUSES, type AllocationPurpose, type UnitKind, type UnitStatus } from '../domain/resettlement-labels.js';
import { ResettlementUnit } from './unit.entity.js';

/** A unit as the inventory reads it: with its base and building, and the household holding it (if one does). */
export interface UnitRow {
  id: string;
  version: number;
  baseId: string;
  baseCode: string;
  baseName: string;
  buildingId: string;
  buildingCode: string;
  unitNo: string;
  floor: number;
  layout: string;
  area: string;
  resettlementPrice: string;
  marketPrice: string;
  kind: UnitKind;
  plannedDeliveryOn: string | null;
  turnover: boolean;
  status: UnitStatus;
  frozenReason: string | null;
  /** The holding allocation's case, project, purpose and the subject's code and party (户主); null when not held. */
  holderCaseId: string | null;
  holderProjectId: string | null;
  holderPurpose: AllocationPurpose | null;
  holderCode: string | null;
  holderName: string | null;
}

export interface UnitFilters {
  baseId?: string;
  buildingId?: string;
  status?: UnitStatus;
  layout?: string;
  turnover?: boolean;
}

/** A unit to insert or update, keyed by (building, 室号). */
export type UnitWrite = Pick<
  ResettlementUnit,
  'baseId' | 'buildingId' | 'unitNo' | 'floor' | 'layout' | 'area' | 'resettlementPrice' | 'marketPrice' | 'kind' | 'plannedDeliveryOn' | 'turnover'
>;

/** The units' columns, their base's and building's codes, and the holder read through the subjects' label view. */
const UNIT_SELECT = `
  SELECT u.id, u.version, u."baseId", b.code AS "baseCode", b.name AS "baseName", u."buildingId", g.code AS "buildingCode",
         u."unitNo", u.floor, u.layout, u.area::text AS area, u."resettlementPrice"::text AS "resettlementPrice",
         u."marketPrice"::text AS "marketPrice", u.kind, u."plannedDeliveryOn", u.turnover, u.status, u."frozenReason",
         a."caseId" AS "holderCaseId", a."projectId" AS "holderProjectId", a.purpose AS "holderPurpose",
         s.code AS "holderCode", s.party AS "holderName"
    FROM resettlement_unit u
    JOIN resettlement_base b ON b.id = u."baseId"
    JOIN resettlement_building g ON g.id = u."buildingId"
    LEFT JOIN unit_allocation a ON a."unitId" = u.id AND a.status = ANY($1)
    LEFT JOIN (case_file c ${joinSubjectLabel('s', 'c')}) ON c.id = a."caseId"`;

/** The list's filters as a WHERE clause over parameters numbered from `first` on. */
function where(filters: UnitFilters, first: number): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    clauses.push(clause.replace('?', `$${first + params.length - 1}`));
  };
  if (filters.baseId) add('u."baseId" = ?', filters.baseId);
  if (filters.buildingId) add('u."buildingId" = ?', filters.buildingId);
  if (filters.status) add('u.status = ?', filters.status);
  if (filters.layout) add('u.layout = ?', filters.layout);
  if (filters.turnover !== undefined) add('u.turnover = ?', filters.turnover);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Database access for units (allocations, cases and subjects are only read). */
@Injectable()
export class UnitRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get units() {
    return this.connection.getRepository(ResettlementUnit);
  }

  /** A page of units in base, building, floor and 室号 order, and how many match. */
  async page(filters: UnitFilters, skip: number, take: number): Promise<{ items: UnitRow[]; total: number }> {
    const { sql, params } = where(filters, 2);
    const counted = where(filters, 1);
    const n = params.length + 2;
    const [items, [{ total }]] = await Promise.all([
      this.connection.manager.query<UnitRow[]>(
        `${UNIT_SELECT} ${sql} ORDER BY b.code, length(g.code), g.code, u.floor, length(u."unitNo"), u."unitNo" LIMIT $${n} OFFSET $${n + 1}`,
        [HOLDING_STATUSES, ...params, take, skip],
      ),
      this.connection.manager.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM resettlement_unit u ${counted.sql}`, counted.params),
    ]);
    return { items, total };
  }

  /** Every unit of a building with its holder (the 房源图). */
  ofBuilding(buildingId: string): Promise<UnitRow[]> {
    return this.connection.manager.query(`${UNIT_SELECT} WHERE u."buildingId" = $2 ORDER BY u.floor DESC, u."unitNo"`, [HOLDING_STATUSES, buildingId]);
  }

  async row(id: string): Promise<UnitRow | null> {
    const rows = await this.connection.manager.query<UnitRow[]>(`${UNIT_SELECT} WHERE u.id = $2`, [HOLDING_STATUSES, id]);
    return rows[0] ?? null;
  }

  /** The unit locked for a change of its status (the allocation locks it alike). */
  findForUpdate(id: string): Promise<ResettlementUnit | null> {
    return this.units.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Sets status and frozen reason of a unit still at `version`; false when someone changed it first. */
  async setStatus(id: string, version: number, changes: Pick<ResettlementUnit, 'status' | 'frozenReason'>): Promise<boolean> {
    const result = await this.units
      .createQueryBuilder()
      .update(ResettlementUnit)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  /** Units as given (the demo seed): one multi-row INSERT per thousand. */
  async insertLoaded(rows: ReadonlyArray<UnitWrite & { id: string; status: UnitStatus; frozenReason: string | null }>): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) await this.units.insert(rows.slice(i, i + 1000).map((r) => ({ ...r })));
  }

  /** The stored units of these buildings, for an import to compare its rows with. */
  ofBuildings(buildingIds: readonly string[]): Promise<ResettlementUnit[]> {
    if (!buildingIds.length) return Promise.resolve([]);
    return this.units.createQueryBuilder('u').where('u."buildingId" = ANY(:ids)', { ids: buildingIds }).setLock('pessimistic_write').getMany();
  }

  /**
   * Inserts or updates units on (building, 室号) in one statement; a unit held meanwhile keeps its area and
   * prices (the WHERE of the update), and is then left out of the answer.
   */
  async upsert(rows: readonly UnitWrite[]): Promise<Array<{ inserted: boolean }>> {
    if (!rows.length) return [];
    const columns = ['baseId', 'buildingId', 'unitNo', 'floor', 'layout', 'area', 'resettlementPrice', 'marketPrice', 'kind', 'plannedDeliveryOn', 'turnover'] as const;
    const params: unknown[] = [];
    const values = rows.map((r) => `(${columns.map((c) => {
      params.push(r[c]);
      return `$${params.length}`;
    }).join(', ')})`);
    const casts = ['uuid', 'uuid', 'varchar', 'int', 'varchar', 'numeric', 'numeric', 'numeric', 'varchar', 'date', 'boolean'];
    const list = columns.map((c) => `"${c}"`).join(', ');
    const typed = columns.map((c, i) => `v."${c}"::${casts[i]}`).join(', ');
    return this.connection.manager.query(
      `INSERT INTO resettlement_unit (${list}, version)
       SELECT ${typed}, 1 FROM (VALUES ${values.join(', ')}) AS v(${list})
       ON CONFLICT ("buildingId", "unitNo") DO UPDATE SET
         floor = EXCLUDED.floor, layout = EXCLUDED.layout, area = EXCLUDED.area, "resettlementPrice" = EXCLUDED."resettlementPrice",
         "marketPrice" = EXCLUDED."marketPrice", kind = EXCLUDED.kind, "plannedDeliveryOn" = EXCLUDED."plannedDeliveryOn",
         turnover = EXCLUDED.turnover, version = resettlement_unit.version + 1, "updatedAt" = now()
       WHERE resettlement_unit.status NOT IN ('reserved', 'allocated', 'delivered')
          OR (resettlement_unit.area = EXCLUDED.area AND resettlement_unit."resettlementPrice" = EXCLUDED."resettlementPrice"
              AND resettlement_unit."marketPrice" = EXCLUDED."marketPrice")
       RETURNING (xmax = 0) AS inserted`,
      params,
    );
  }
}
