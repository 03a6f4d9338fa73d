import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ApiCalendarDate, canSeeProject, canUnmaskPersonalData, PageOf } from '@app/platform';
import { countsView, UnitCountsView } from '../base/base.view.js';
import {
  ALLOCATION_PURPOSE_LABELS,
  ALLOCATION_PURPOSES,
  BASE_STAGE_LABELS,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  UNIT_STATUS_LABELS,
  UNIT_STATUSES,
  type AllocationPurpose,
  type UnitKind,
  type UnitStatus,
} from '../domain/resettlement-labels.js';
import type { UnitRow } from './unit.repository.js';
import type { BuildingGrid } from './unit.service.js';

/** The household holding a unit: its code always; the 户主's name only for who may see the project's personal data. */
export class UnitHolderView {
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '案件（调用者看得到该项目时）' })
  caseId!: string | null;

  @ApiProperty({ example: 'GJ17-0012', description: '户编号' })
  code!: string;

  @ApiProperty({ type: String, nullable: true, example: '张建国', description: '户主姓名：仅管理员和本项目经办人员可见' })
  name!: string | null;

  @ApiProperty({ enum: ALLOCATION_PURPOSES, enumName: 'AllocationPurpose' })
  purpose!: AllocationPurpose;

  @ApiProperty({ example: '安置房' })
  purposeLabel!: string;
}

export class UnitView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ format: 'uuid' })
  baseId!: string;

  @ApiProperty({ example: 'BC' })
  baseCode!: string;

  @ApiProperty({ example: '徐泾北城安置基地' })
  baseName!: string;

  @ApiProperty({ format: 'uuid' })
  buildingId!: string;

  @ApiProperty({ example: '3号楼' })
  buildingCode!: string;

  @ApiProperty({ example: '1502', description: '室号' })
  unitNo!: string;

  @ApiProperty({ type: 'integer' })
  floor!: number;

  @ApiProperty({ example: '两室一厅' })
  layout!: string;

  @ApiProperty({ example: '80.00', description: '建筑面积（平方米）' })
  area!: string;

  @ApiProperty({ example: '3200.00', description: '安置价（元/平方米）' })
  resettlementPrice!: string;

  @ApiProperty({ example: '32000.00', description: '市场价（元/平方米）' })
  marketPrice!: string;

  @ApiProperty({ enum: UNIT_KINDS, enumName: 'UnitKind' })
  kind!: UnitKind;

  @ApiProperty({ example: '现房' })
  kindLabel!: string;

  @ApiCalendarDate({ nullable: true, description: '期房的计划交付日期' })
  plannedDeliveryOn!: string | null;

  @ApiProperty({ description: '可作周转房' })
  turnover!: boolean;

  @ApiProperty({ enum: UNIT_STATUSES, enumName: 'UnitStatus' })
  status!: UnitStatus;

  @ApiProperty({ example: '可选' })
  statusLabel!: string;

  @ApiProperty({ type: String, nullable: true, description: '冻结原因' })
  frozenReason!: string | null;

  @ApiProperty({ type: UnitHolderView, nullable: true, description: '预留、分配或已交房给的户' })
  holder!: UnitHolderView | null;
}

export class UnitPage extends PageOf(UnitView) {}

@ApiExtraModels(UnitView)
export class GridFloorView {
  @ApiProperty({ type: 'integer' })
  floor!: number;

  @ApiProperty({ type: 'array', items: { allOf: [{ $ref: getSchemaPath(UnitView) }], nullable: true }, description: '按列排列的房源（该层没有该列的房源时为 null）' })
  units!: Array<UnitView | null>;
}

export class BuildingGridView {
  @ApiProperty({ format: 'uuid' })
  buildingId!: string;

  @ApiProperty({ example: '3号楼' })
  buildingCode!: string;

  @ApiProperty({ type: 'integer' })
  floors!: number;

  @ApiCalendarDate({ nullable: true })
  plannedDeliveryOn!: string | null;

  @ApiProperty({ format: 'uuid' })
  baseId!: string;

  @ApiProperty({ example: 'BC' })
  baseCode!: string;

  @ApiProperty({ example: '徐泾北城安置基地' })
  baseName!: string;

  @ApiProperty({ example: '交付中' })
  baseStageLabel!: string;

  @ApiProperty({ type: [String], example: ['01', '02', '03', '04'], description: '列（室号去掉楼层后的部分）' })
  columns!: string[];

  @ApiProperty({ type: [GridFloorView], description: '各层，高层在前' })
  rows!: GridFloorView[];

  @ApiProperty({ type: UnitCountsView })
  counts!: UnitCountsView;
}

export function unitView(row: UnitRow): UnitView {
  const holder: UnitHolderView | null =
    row.holderProjectId && row.holderCode && row.holderPurpose
      ? {
          caseId: canSeeProject(row.holderProjectId) ? row.holderCaseId : null,
          code: row.holderCode,
          name: canUnmaskPersonalData(row.holderProjectId) ? row.holderName : null,
          purpose: row.holderPurpose,
          purposeLabel: ALLOCATION_PURPOSE_LABELS[row.holderPurpose],
        }
      : null;
  return {
    id: row.id,
    version: row.version,
    baseId: row.baseId,
    baseCode: row.baseCode,
    baseName: row.baseName,
    buildingId: row.buildingId,
    buildingCode: row.buildingCode,
    unitNo: row.unitNo,
    floor: row.floor,
    layout: row.layout,
    area: row.area,
    resettlementPrice: row.resettlementPrice,
    marketPrice: row.marketPrice,
    kind: row.kind,
    kindLabel: UNIT_KIND_LABELS[row.kind],
    plannedDeliveryOn: row.plannedDeliveryOn,
    turnover: row.turnover,
    status: row.status,
    statusLabel: UNIT_STATUS_LABELS[row.status],
    frozenReason: row.frozenReason,
    holder,
  };
}

export function buildingGridView({ base, building, grid, counts }: BuildingGrid): BuildingGridView {
  return {
    buildingId: building.id,
    buildingCode: building.code,
    floors: building.floors,
    plannedDeliveryOn: building.plannedDeliveryOn,
    baseId: base.id,
    baseCode: base.code,
    baseName: base.name,
    baseStageLabel: BASE_STAGE_LABELS[base.stage],
    columns: grid.columns,
    rows: grid.floors.map((f) => ({ floor: f.floor, units: f.units.map((u) => (u ? unitView(u) : null)) })),
    counts: countsView(counts),
  };
}
