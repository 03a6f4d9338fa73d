import { ApiProperty } from '@nestjs/swagger';
import { toShanghaiIso } from '@app/platform';
import { LAND_USE_LABELS, LAND_USES, OWNER_KIND_LABELS, OWNER_KINDS, type LandUse, type OwnerKind } from '../domain/ownership-rules.js';
import { PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanStatus } from '../domain/plan-rules.js';
import { ownershipView, OwnershipTotalsView, OwnershipView } from '../ownership.view.js';
import type { PlanDetail } from './consolidation-plan.service.js';

export class PlanItemView {
  @ApiProperty({ type: OwnershipView, description: '所有权记录（完成后为归并后的所有权人和用途）' })
  ownership!: OwnershipView;

  @ApiProperty({ enum: OWNER_KINDS, enumName: 'OwnerKind', description: '归并前的所有权人类型' })
  formerOwnerKind!: OwnerKind;

  @ApiProperty({ description: '归并前的所有权人' })
  formerOwnerName!: string;

  @ApiProperty({ enum: LAND_USES, enumName: 'LandUse', description: '归并前的土地用途' })
  formerUse!: LandUse;

  @ApiProperty({ example: '耕地' })
  formerUseLabel!: string;
}

export class PlanView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '二联村集体建设用地归并方案' })
  name!: string;

  @ApiProperty({ enum: OWNER_KINDS, enumName: 'OwnerKind' })
  targetOwnerKind!: OwnerKind;

  @ApiProperty({ example: '镇集体' })
  targetOwnerKindLabel!: string;

  @ApiProperty({ example: '徐泾镇农民集体' })
  targetOwnerName!: string;

  @ApiProperty({ enum: LAND_USES, enumName: 'LandUse' })
  targetUse!: LandUse;

  @ApiProperty({ example: '集体建设用地' })
  targetUseLabel!: string;

  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' })
  status!: PlanStatus;

  @ApiProperty({ example: '草拟' })
  statusLabel!: string;

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ example: 'officer' })
  createdBy!: string;

  @ApiProperty({ description: '拟定时间（+08:00）' })
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true, description: '批准人' })
  approvedBy!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '批准时间（+08:00）' })
  approvedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '完成人' })
  doneBy!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '完成时间（+08:00）' })
  doneAt!: string | null;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ type: OwnershipTotalsView, description: '归并前面积合计（按现所有权人类型、用途）' })
  before!: OwnershipTotalsView;

  @ApiProperty({ type: OwnershipTotalsView, description: '归并后面积合计' })
  after!: OwnershipTotalsView;

  @ApiProperty({ type: [PlanItemView] })
  items!: PlanItemView[];
}

export function planView({ plan, items, before, after }: PlanDetail): PlanView {
  return {
    id: plan.id,
    name: plan.name,
    targetOwnerKind: plan.targetOwnerKind,
    targetOwnerKindLabel: OWNER_KIND_LABELS[plan.targetOwnerKind],
    targetOwnerName: plan.targetOwnerName,
    targetUse: plan.targetUse,
    targetUseLabel: LAND_USE_LABELS[plan.targetUse],
    status: plan.status,
    statusLabel: PLAN_STATUS_LABELS[plan.status],
    remarks: plan.remarks,
    createdBy: plan.createdBy,
    createdAt: toShanghaiIso(plan.createdAt),
    approvedBy: plan.approvedBy,
    approvedAt: plan.approvedAt ? toShanghaiIso(plan.approvedAt) : null,
    doneBy: plan.doneBy,
    doneAt: plan.doneAt ? toShanghaiIso(plan.doneAt) : null,
    version: plan.version,
    before: { ...before, byOwner: before.byOwner.map((l) => ({ ...l })), byUse: before.byUse.map((l) => ({ ...l })) },
    after: { ...after, byOwner: after.byOwner.map((l) => ({ ...l })), byUse: after.byUse.map((l) => ({ ...l })) },
    items: items.map((i) => {
      const o = i.ownership!;
      const formerUse = i.formerUse ?? o.landUse;
      return {
        ownership: ownershipView(o),
        formerOwnerKind: i.formerOwnerKind ?? o.ownerKind,
        formerOwnerName: i.formerOwnerName ?? o.ownerName,
        formerUse,
        formerUseLabel: LAND_USE_LABELS[formerUse],
      };
    }),
  };
}
