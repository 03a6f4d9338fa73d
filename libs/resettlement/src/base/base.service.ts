import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { currentActor, noteChange, todayInShanghai, TransactionalConnection } from '@app/platform';
import { stageChangeProblem, stageDatesProblem } from '../domain/base-stage.js';
import { BASE_STAGES, type BaseStageDates, type StageDates } from '../domain/resettlement-labels.js';
import { statusCounts, type StatusCounts } from '../domain/unit-rules.js';
import type { ResettlementBase, ResettlementBuilding } from './base.entity.js';
import { BaseRepository, type StatusCountRow } from './base.repository.js';
import type { CreateBaseDto, CreateBuildingDto, StageDatesDto, UpdateBaseDto } from './dto/base.dto.js';

export const BASE_NOT_FOUND = '安置基地不存在';
export const BUILDING_NOT_FOUND = '楼栋不存在';
const STALE_MESSAGE = '该安置基地已被他人修改，请刷新后重试';

export interface BaseSummary {
  base: ResettlementBase;
  buildings: number;
  units: StatusCounts;
}

export interface BaseDetail extends BaseSummary {
  buildingList: Array<{ building: ResettlementBuilding; units: StatusCounts }>;
}

/** `given` laid over `stored`: a stage left out keeps its dates, a field left out keeps its value. */
export function mergeStageDates(stored: BaseStageDates, given: StageDatesDto | undefined): BaseStageDates {
  const merged: BaseStageDates = {};
  for (const stage of BASE_STAGES) {
    const before: StageDates = stored[stage] ?? { planned: null, actual: null };
    const change = given?.[stage];
    const after: StageDates = {
      planned: change && change.planned !== undefined ? change.planned : before.planned,
      actual: change && change.actual !== undefined ? change.actual : before.actual,
    };
    if (after.planned !== null || after.actual !== null) merged[stage] = after;
  }
  return merged;
}

const countsOf = (rows: StatusCountRow[], ownerId: string) => statusCounts(rows.filter((r) => r.ownerId === ownerId));

/**
 * 安置基地 and their buildings. Bases are the town's: every logged-in role reads them; admins create them,
 * admins and officers keep their stage and dates (the rules in domain/base-stage).
 */
@Injectable()
export class BaseService {
  constructor(
    private readonly bases: BaseRepository,
    private readonly connection: TransactionalConnection,
  ) {}

  /** Every base with its units by status (one query for the counts). */
  async list(): Promise<BaseSummary[]> {
    const [bases, counts] = await Promise.all([this.bases.listBases(), this.bases.baseCounts()]);
    return bases.map((base) => ({ base, buildings: counts.buildings.get(base.id) ?? 0, units: countsOf(counts.units, base.id) }));
  }

  async get(id: string): Promise<BaseDetail> {
    const base = await this.bases.findById(id);
    if (!base) throw new NotFoundException(BASE_NOT_FOUND);
    const [buildings, counts] = await Promise.all([this.bases.buildingsOf(id), this.bases.buildingCounts(id)]);
    const buildingList = buildings.map((building) => ({ building, units: countsOf(counts, building.id) }));
    const units = statusCounts(counts);
    return { base, buildings: buildings.length, units, buildingList };
  }

  async create(dto: CreateBaseDto): Promise<BaseDetail> {
    const id = await this.connection.transaction(async () => {
      if (await this.bases.findByCode(dto.code)) throw new ConflictException(`基地编号 ${dto.code} 已存在`);
      const stage = dto.stage ?? 'planning';
      const stageDates = mergeStageDates({}, dto.stageDates);
      const problem = stageDatesProblem(stage, stageDates, todayInShanghai());
      if (problem) throw new UnprocessableEntityException(problem);
      const created = await this.bases.insertBase({
        code: dto.code,
        name: dto.name,
        address: dto.address?.trim() || null,
        stage,
        stageDates,
        plannedDeliveryOn: dto.plannedDeliveryOn ?? null,
        remarks: dto.remarks?.trim() || null,
      });
      noteChange({ entityType: 'resettlement_base', entityId: created.id, after: { code: created.code, name: created.name, stage, stageDates, plannedDeliveryOn: created.plannedDeliveryOn } });
      return created.id;
    });
    return this.get(id);
  }

  /** Stage, stage dates, planned delivery and remarks at the version read (409 when stale). */
  async update(id: string, dto: UpdateBaseDto): Promise<BaseDetail> {
    await this.connection.transaction(async () => {
      const base = await this.bases.findForUpdate(id);
      if (!base) throw new NotFoundException(BASE_NOT_FOUND);
      if (base.version !== dto.version) throw new ConflictException(STALE_MESSAGE);
      const stage = dto.stage ?? base.stage;
      const stageDates = mergeStageDates(base.stageDates, dto.stageDates);
      const problem = stageChangeProblem({ from: base.stage, to: stage, dates: stageDates, today: todayInShanghai(), mayMoveBack: currentActor().roles.includes('admin') });
      if (problem) throw new UnprocessableEntityException(problem);
      const changes = {
        stage,
        stageDates,
        plannedDeliveryOn: dto.plannedDeliveryOn !== undefined ? dto.plannedDeliveryOn : base.plannedDeliveryOn,
        remarks: dto.remarks !== undefined ? dto.remarks?.trim() || null : base.remarks,
      };
      if (!(await this.bases.updateBase(id, dto.version, changes))) throw new ConflictException(STALE_MESSAGE);
      const before = { stage: base.stage, stageDates: base.stageDates, plannedDeliveryOn: base.plannedDeliveryOn, remarks: base.remarks };
      noteChange({ entityType: 'resettlement_base', entityId: id, before, after: changes });
    });
    return this.get(id);
  }

  async addBuilding(baseId: string, dto: CreateBuildingDto): Promise<BaseDetail> {
    await this.connection.transaction(async () => {
      const base = await this.bases.findForUpdate(baseId);
      if (!base) throw new NotFoundException(BASE_NOT_FOUND);
      if (await this.bases.findBuildingByCode(baseId, dto.code)) throw new ConflictException(`${base.name}已有楼栋 ${dto.code}`);
      const created = await this.bases.insertBuilding({ baseId, code: dto.code, floors: dto.floors, plannedDeliveryOn: dto.plannedDeliveryOn ?? null });
      noteChange({ entityType: 'resettlement_building', entityId: created.id, after: { base: base.code, code: created.code, floors: created.floors, plannedDeliveryOn: created.plannedDeliveryOn } });
    });
    return this.get(baseId);
  }
}
