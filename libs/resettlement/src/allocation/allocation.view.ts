import { ApiProperty } from '@nestjs/swagger';
import { ApiInstant, toShanghaiIso } from '@app/platform';
import {
  BASE_STAGE_LABELS,
  BASE_STAGES,
  type BaseStage,
  ALLOCATION_PURPOSE_LABELS,
  ALLOCATION_PURPOSES,
  ALLOCATION_STATUS_LABELS,
  ALLOCATION_STATUSES,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  UNIT_STATUS_LABELS,
  UNIT_STATUSES,
  type AllocationPurpose,
  type AllocationStatus,
  type UnitKind,
  type UnitStatus,
} from '../domain/resettlement-labels.js';
import type { AllocationRow, UnitRow } from './allocation.repository.js';

/** A unit as choosing shows it. */
export class ChoosingUnitView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  baseId!: string;

  @ApiProperty({ example: '徐泾北城安置基地' })
  baseName!: string;

  @ApiProperty({ example: '3号楼' })
  buildingCode!: string;

  @ApiProperty({ example: '1502' })
  unitNo!: string;

  @ApiProperty({ type: 'integer' })
  floor!: number;

  @ApiProperty({ example: '两室一厅' })
  layout!: string;

  @ApiProperty({ description: '建筑面积（m²）', example: '80.00' })
  area!: string;

  @ApiProperty({ description: '安置价（元/m²）', example: '6000.00' })
  resettlementPrice!: string;

  @ApiProperty({ description: '市场价（元/m²）', example: '30000.00' })
  marketPrice!: string;

  @ApiProperty({ enum: UNIT_KINDS, enumName: 'UnitKind' })
  kind!: UnitKind;

  @ApiProperty({ example: '现房' })
  kindLabel!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  plannedDeliveryOn!: string | null;

  @ApiProperty()
  turnover!: boolean;

  @ApiProperty({ enum: UNIT_STATUSES, enumName: 'UnitStatus' })
  status!: UnitStatus;

  @ApiProperty({ example: '可选' })
  statusLabel!: string;

  @ApiProperty({ description: '`徐泾北城安置基地 3号楼 1502室`' })
  label!: string;
}

export function choosingUnitView(u: UnitRow): ChoosingUnitView {
  return {
    id: u.id,
    baseId: u.baseId,
    baseName: u.baseName,
    buildingCode: u.buildingCode,
    unitNo: u.unitNo,
    floor: u.floor,
    layout: u.layout,
    area: u.area,
    resettlementPrice: u.resettlementPrice,
    marketPrice: u.marketPrice,
    kind: u.kind,
    kindLabel: UNIT_KIND_LABELS[u.kind],
    plannedDeliveryOn: u.plannedDeliveryOn,
    turnover: u.turnover,
    status: u.status,
    statusLabel: UNIT_STATUS_LABELS[u.status],
    label: `${u.baseName} ${u.buildingCode} ${u.unitNo}室`,
  };
}

/** A household's holding of a unit (分配). */
export class AllocationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: ChoosingUnitView })
  unit!: ChoosingUnitView;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'uuid' })
  projectId!: string;

  @ApiProperty({ format: 'uuid' })
  agreementId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  roundId!: string | null;

  @ApiProperty({ enum: ALLOCATION_PURPOSES, enumName: 'AllocationPurpose' })
  purpose!: AllocationPurpose;

  @ApiProperty({ example: '安置房' })
  purposeLabel!: string;

  @ApiProperty({ enum: ALLOCATION_STATUSES, enumName: 'AllocationStatus' })
  status!: AllocationStatus;

  @ApiProperty({ example: '已分配' })
  statusLabel!: string;

  @ApiProperty()
  allocatedBy!: string;

  @ApiInstant()
  allocatedAt!: string;

  @ApiInstant({ nullable: true, description: '预留时间（先预留、后分配的房源）' })
  reservedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reservedBy!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '预留原因' })
  reserveReason!: string | null;

  @ApiInstant({ nullable: true })
  releasedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  releasedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  releaseReason!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  deliveredOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  deliveredBy!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '交房签收单（附件）' })
  receiptAttachmentId!: string | null;
}

export function allocationView(a: AllocationRow): AllocationView {
  return {
    id: a.id,
    version: a.version,
    unit: choosingUnitView(a.unitRow),
    caseId: a.caseId,
    projectId: a.projectId,
    agreementId: a.agreementId,
    roundId: a.roundId,
    purpose: a.purpose,
    purposeLabel: ALLOCATION_PURPOSE_LABELS[a.purpose],
    status: a.status,
    statusLabel: ALLOCATION_STATUS_LABELS[a.status],
    allocatedBy: a.allocatedBy,
    allocatedAt: toShanghaiIso(a.allocatedAt),
    reservedAt: toShanghaiIso(a.reservedAt),
    reservedBy: a.reservedBy,
    reserveReason: a.reserveReason,
    releasedAt: toShanghaiIso(a.releasedAt),
    releasedBy: a.releasedBy,
    releaseReason: a.releaseReason,
    deliveredOn: a.deliveredOn,
    deliveredBy: a.deliveredBy,
    receiptAttachmentId: a.receiptAttachmentId,
  };
}

/** A base as the 选房 screen offers it: its stage and how many units are open to choose. */
export class ChoosingBaseView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'BC' })
  code!: string;

  @ApiProperty({ example: '徐泾北城安置基地' })
  name!: string;

  @ApiProperty({ enum: BASE_STAGES, enumName: 'BaseStage' })
  stage!: BaseStage;

  @ApiProperty({ example: '竣工' })
  stageLabel!: string;

  @ApiProperty({ type: 'integer', description: '房源总数' })
  units!: number;

  @ApiProperty({ type: 'integer', description: '可选房源数（不含周转房）' })
  available!: number;
}

export function choosingBaseView(b: {
  id: string;
  code: string;
  name: string;
  stage: string;
  units: number;
  available: number;
}): ChoosingBaseView {
  const stage = b.stage as BaseStage;
  return { ...b, stage, stageLabel: BASE_STAGE_LABELS[stage] ?? b.stage };
}
