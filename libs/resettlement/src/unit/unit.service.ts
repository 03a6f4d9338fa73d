import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { noteChange, TransactionalConnection, type Page } from '@app/platform';
import { BaseRepository } from '../base/base.repository.js';
import { BUILDING_NOT_FOUND } from '../base/base.service.js';
import type { ResettlementBase, ResettlementBuilding } from '../base/base.entity.js';
import { freezeProblem, statusCounts, unfreezeProblem, unitGrid, type StatusCounts, type UnitGrid } from '../domain/unit-rules.js';
import type { FreezeUnitDto, UnfreezeUnitDto, UnitListQueryDto } from './dto/unit.dto.js';
import { UnitRepository, type UnitRow } from './unit.repository.js';

export const UNIT_NOT_FOUND = '房源不存在';
const STALE_MESSAGE = '该房源已被他人修改，请刷新后重试';

export interface BuildingGrid {
  base: ResettlementBase;
  building: ResettlementBuilding;
  grid: UnitGrid<UnitRow>;
  counts: StatusCounts;
}

/** 房源: the paged list, a building's unit grid, freezing and unfreezing. Holdings themselves are the allocation's. */
@Injectable()
export class UnitService {
  constructor(
    private readonly units: UnitRepository,
    private readonly bases: BaseRepository,
    private readonly connection: TransactionalConnection,
  ) {}

  async list(query: UnitListQueryDto, skip: number, take: number): Promise<Page<UnitRow>> {
    let baseId: string | undefined;
    if (query.base) {
      const base = await this.bases.findByCode(query.base.toUpperCase());
      if (!base) return { items: [], total: 0 };
      baseId = base.id;
    }
    return this.units.page({ baseId, buildingId: query.building, status: query.status, layout: query.layout, turnover: query.turnover }, skip, take);
  }

  /** A building's 房源图: floors top first × its units, with the counts by status. */
  async grid(buildingId: string): Promise<BuildingGrid> {
    const building = await this.bases.findBuilding(buildingId);
    if (!building) throw new NotFoundException(BUILDING_NOT_FOUND);
    const rows = await this.units.ofBuilding(buildingId);
    return { base: building.base!, building, grid: unitGrid(rows), counts: statusCounts(rows.map((r) => ({ status: r.status, units: 1 }))) };
  }

  async get(id: string): Promise<UnitRow> {
    const row = await this.units.row(id);
    if (!row) throw new NotFoundException(UNIT_NOT_FOUND);
    return row;
  }

  /** Freezes an available unit with its reason (it can then not be chosen). */
  async freeze(id: string, dto: FreezeUnitDto): Promise<UnitRow> {
    await this.change(id, dto.version, freezeProblem, { status: 'frozen', frozenReason: dto.reason });
    return this.get(id);
  }

  /** Makes a frozen unit available again. */
  async unfreeze(id: string, dto: UnfreezeUnitDto): Promise<UnitRow> {
    await this.change(id, dto.version, unfreezeProblem, { status: 'available', frozenReason: null });
    return this.get(id);
  }

  private async change(id: string, version: number, problemOf: typeof freezeProblem, after: { status: 'frozen' | 'available'; frozenReason: string | null }): Promise<void> {
    await this.connection.transaction(async () => {
      const unit = await this.units.findForUpdate(id);
      if (!unit) throw new NotFoundException(UNIT_NOT_FOUND);
      if (unit.version !== version) throw new ConflictException(STALE_MESSAGE);
      const problem = problemOf(unit.status);
      if (problem) throw new UnprocessableEntityException(problem);
      if (!(await this.units.setStatus(id, version, after))) throw new ConflictException(STALE_MESSAGE);
      noteChange({ entityType: 'resettlement_unit', entityId: id, before: { status: unit.status, frozenReason: unit.frozenReason }, after });
    });
  }
}
