import { ApiProperty } from '@nestjs/swagger';
import { ApiCalendarDate, todayInShanghai } from '@app/platform';
import { stageSteps } from '../domain/base-stage.js';
import { BASE_STAGE_LABELS, BASE_STAGES, type BaseStage } from '../domain/resettlement-labels.js';
import type { StatusCounts } from '../domain/unit-rules.js';
import type { ResettlementBuilding } from './base.entity.js';
import type { BaseDetail, BaseSummary } from './base.service.js';

export class UnitCountsView {
  @ApiProperty({ type: 'integer', description: '可选' })
  available!: number;

  @ApiProperty({ type: 'integer', description: '已预留' })
  reserved!: number;

  @ApiProperty({ type: 'integer', description: '已分配' })
  allocated!: number;

  @ApiProperty({ type: 'integer', description: '已交房' })
  delivered!: number;

  @ApiProperty({ type: 'integer', description: '冻结' })
  frozen!: number;

  @ApiProperty({ type: 'integer', description: '房源总数' })
  total!: number;
}

export class StageStepView {
  @ApiProperty({ enum: BASE_STAGES, enumName: 'BaseStage' })
  stage!: BaseStage;

  @ApiProperty({ example: '在建' })
  label!: string;

  @ApiCalendarDate({ nullable: true, description: '计划完成日期' })
  planned!: string | null;

  @ApiCalendarDate({ nullable: true, description: '实际完成日期' })
  actual!: string | null;

  @ApiProperty({ enum: ['done', 'current', 'waiting'], description: '已完成 / 当前阶段 / 未开始' })
  state!: 'done' | 'current' | 'waiting';

  @ApiProperty({ description: '计划完成日期已过而尚未完成' })
  late!: boolean;
}

export class BaseView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ example: 'EL' })
  code!: string;

  @ApiProperty({ example: '二联小高层基地' })
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  address!: string | null;

  @ApiProperty({ enum: BASE_STAGES, enumName: 'BaseStage' })
  stage!: BaseStage;

  @ApiProperty({ example: '在建' })
  stageLabel!: string;

  @ApiProperty({ type: [StageStepView], description: '各阶段（规划→前期手续→在建→竣工→交付中）的计划和实际完成日期' })
  steps!: StageStepView[];

  @ApiCalendarDate({ nullable: true, description: '计划交付日期' })
  plannedDeliveryOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ type: 'integer', description: '楼栋数' })
  buildings!: number;

  @ApiProperty({ type: UnitCountsView, description: '各状态的房源套数' })
  units!: UnitCountsView;
}

export class BuildingView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ format: 'uuid' })
  baseId!: string;

  @ApiProperty({ example: '12号楼' })
  code!: string;

  @ApiProperty({ type: 'integer', description: '层数' })
  floors!: number;

  @ApiCalendarDate({ nullable: true, description: '期房的计划交付日期' })
  plannedDeliveryOn!: string | null;

  @ApiProperty({ type: UnitCountsView })
  units!: UnitCountsView;
}

export class BaseDetailView extends BaseView {
  @ApiProperty({ type: [BuildingView] })
  buildingList!: BuildingView[];
}

export const countsView = (counts: StatusCounts): UnitCountsView => ({ ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) });

export function baseView({ base, buildings, units }: BaseSummary, today = todayInShanghai()): BaseView {
  return {
    id: base.id,
    version: base.version,
    code: base.code,
    name: base.name,
    address: base.address,
    stage: base.stage,
    stageLabel: BASE_STAGE_LABELS[base.stage],
    steps: stageSteps(base.stage, base.stageDates, today),
    plannedDeliveryOn: base.plannedDeliveryOn,
    remarks: base.remarks,
    buildings,
    units: countsView(units),
  };
}

export function buildingView(building: ResettlementBuilding, units: StatusCounts): BuildingView {
  return {
    id: building.id,
    version: building.version,
    baseId: building.baseId,
    code: building.code,
    floors: building.floors,
    plannedDeliveryOn: building.plannedDeliveryOn,
    units: countsView(units),
  };
}

export function baseDetailView(detail: BaseDetail): BaseDetailView {
  return { ...baseView(detail), buildingList: detail.buildingList.map((b) => buildingView(b.building, b.units)) };
}
