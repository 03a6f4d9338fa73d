import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import type { UnitStatus } from '../domain/resettlement-labels.js';
import { ResettlementBase, ResettlementBuilding } from './base.entity.js';

/** Units of one owner (a base or a building) in one status. */
export interface StatusCountRow {
  ownerId: string;
  status: UnitStatus;
  units: number;
}

type NewBase = Pick<ResettlementBase, 'code' | 'name' | 'address' | 'stage' | 'stageDates' | 'plannedDeliveryOn' | 'remarks'>;
type NewBuilding = Pick<ResettlementBuilding, 'baseId' | 'code' | 'floors' | 'plannedDeliveryOn'>;

/** Database access for bases and buildings, and the counts of their units by status. */
@Injectable()
export class BaseRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get bases() {
    return this.connection.getRepository(ResettlementBase);
  }

  private get buildings() {
    return this.connection.getRepository(ResettlementBuilding);
  }

  listBases(): Promise<ResettlementBase[]> {
    return this.bases.find({ order: { code: 'ASC' } });
  }

  findById(id: string): Promise<ResettlementBase | null> {
    return this.bases.findOneBy({ id });
  }

  findByCode(code: string): Promise<ResettlementBase | null> {
    return this.bases.findOneBy({ code });
  }

  findByCodes(codes: readonly string[]): Promise<ResettlementBase[]> {
    return codes.length ? this.bases.createQueryBuilder('b').where('b.code = ANY(:codes)', { codes }).getMany() : Promise.resolve([]);
  }

  /** The buildings of these bases (an import resolves its 楼号 against them). */
  buildingsOfBases(baseIds: readonly string[]): Promise<ResettlementBuilding[]> {
    return baseIds.length ? this.buildings.createQueryBuilder('g').where('g."baseId" = ANY(:baseIds)', { baseIds }).getMany() : Promise.resolve([]);
  }

  /**
   * Creates the buildings an import names that do not exist yet, and raises a building's floors to the highest
   * floor a row gives (never lowers them); answers every building's id.
   */
  async ensureBuildings(rows: ReadonlyArray<Pick<ResettlementBuilding, 'baseId' | 'code' | 'floors' | 'plannedDeliveryOn'>>): Promise<Array<{ id: string; baseId: string; code: string }>> {
    if (!rows.length) return [];
    const params: unknown[] = [];
    const values = rows.map((r) => {
      params.push(r.baseId, r.code, r.floors, r.plannedDeliveryOn);
      const n = params.length;
      return `($${n - 3}::uuid, $${n - 2}::varchar, $${n - 1}::int, $${n}::date, 1)`;
    });
    return this.connection.manager.query(
      `INSERT INTO resettlement_building ("baseId", code, floors, "plannedDeliveryOn", version) VALUES ${values.join(', ')}
       ON CONFLICT ("baseId", code) DO UPDATE SET floors = GREATEST(resettlement_building.floors, EXCLUDED.floors),
         version = resettlement_building.version + CASE WHEN EXCLUDED.floors > resettlement_building.floors THEN 1 ELSE 0 END
       RETURNING id, "baseId", code`,
      params,
    );
  }

  findForUpdate(id: string): Promise<ResettlementBase | null> {
    return this.bases.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insertBase(row: NewBase): Promise<ResettlementBase> {
    return this.bases.save(this.bases.create(row));
  }

  /** Changes a base still at `version` (and counts the version on); false when someone changed it first. */
  async updateBase(id: string, version: number, changes: Partial<NewBase>): Promise<boolean> {
    const result = await this.bases
      .createQueryBuilder()
      .update(ResettlementBase)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  /** Bases and buildings as given (the demo seed), in one statement each. */
  async insertLoaded(bases: ReadonlyArray<NewBase & { id: string }>, buildings: ReadonlyArray<NewBuilding & { id: string }>): Promise<void> {
    if (bases.length) await this.bases.insert(bases.map((b) => ({ ...b })));
    for (let i = 0; i < buildings.length; i += 1000) await this.buildings.insert(buildings.slice(i, i + 1000).map((b) => ({ ...b })));
  }

  buildingsOf(baseId: string): Promise<ResettlementBuilding[]> {
    return this.buildings.createQueryBuilder('b').where('b."baseId" = :baseId', { baseId }).orderBy('length(b.code)').addOrderBy('b.code').getMany();
  }

  findBuilding(id: string): Promise<ResettlementBuilding | null> {
    return this.buildings.findOne({ where: { id }, relations: { base: true } });
  }

  findBuildingByCode(baseId: string, code: string): Promise<ResettlementBuilding | null> {
    return this.buildings.findOneBy({ baseId, code });
  }

  insertBuilding(row: NewBuilding): Promise<ResettlementBuilding> {
    return this.buildings.save(this.buildings.create(row));
  }

  /** Every base's units by status and its number of buildings, in one query. */
  async baseCounts(): Promise<{ units: StatusCountRow[]; buildings: Map<string, number> }> {
    const rows: Array<{ ownerId: string; status: UnitStatus | null; units: number; buildings: number }> = await this.connection.manager.query(
      `SELECT b.id AS "ownerId", u.status, count(u.id)::int AS units,
              (SELECT count(*) FROM resettlement_building g WHERE g."baseId" = b.id)::int AS buildings
         FROM resettlement_base b LEFT JOIN resettlement_unit u ON u."baseId" = b.id
        GROUP BY b.id, u.status`,
    );
    return {
      units: rows.filter((r): r is StatusCountRow & { buildings: number } => r.status !== null),
      buildings: new Map(rows.map((r) => [r.ownerId, r.buildings])),
    };
  }

  /** The units of a base's buildings by status, in one query. */
  buildingCounts(baseId: string): Promise<StatusCountRow[]> {
    return this.connection.manager.query(
      `SELECT u."buildingId" AS "ownerId", u.status, count(*)::int AS units
         FROM resettlement_unit u WHERE u."baseId" = $1
        GROUP BY u."buildingId", u.status`,
      [baseId],
    );
  }
}
