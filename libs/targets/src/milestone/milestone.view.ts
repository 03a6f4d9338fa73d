import { ApiProperty } from '@nestjs/swagger';
import { ApiCalendarDate, ApiInstant, toShanghaiIso } from '@app/platform';
import { milestoneDue, daysOverdue, type MilestoneDue } from '../domain/milestone-due.js';
import { MILESTONE_STATUS_LABELS, MILESTONE_STATUSES, type MilestoneStatus } from '../domain/milestone-status.js';
import type { Milestone } from './milestone.entity.js';

export class MilestoneOwnerView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'LXYQ' })
  code!: string;

  @ApiProperty({ example: '西虹桥两线一圈' })
  name!: string;
}

export class MilestoneDependencyView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: MILESTONE_STATUSES, enumName: 'MilestoneStatus' })
  status!: MilestoneStatus;
}

export class MilestoneView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: MilestoneOwnerView, nullable: true, description: '所属项目（与基地二选一）' })
  project!: MilestoneOwnerView | null;

  @ApiProperty({ type: MilestoneOwnerView, nullable: true, description: '所属安置基地（与项目二选一）' })
  base!: MilestoneOwnerView | null;

  @ApiProperty({ example: '两线一圈地块腾地完成' })
  name!: string;

  @ApiCalendarDate({ description: '计划完成日期' })
  plannedOn!: string;

  @ApiProperty({ example: '动迁办' })
  responsibleUnit!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '责任人账号' })
  responsibleUserId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '责任人（姓名，或账号的显示名）' })
  responsibleName!: string | null;

  @ApiProperty({ enum: MILESTONE_STATUSES, enumName: 'MilestoneStatus' })
  status!: MilestoneStatus;

  @ApiProperty({ example: '进行中' })
  statusLabel!: string;

  @ApiCalendarDate({ nullable: true, description: '实际完成日期' })
  actualOn!: string | null;

  @ApiProperty({ type: MilestoneDependencyView, nullable: true, description: '前置节点' })
  dependsOn!: MilestoneDependencyView | null;

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ enum: ['overdue', 'soon'], nullable: true, description: '今天（上海）看：已逾期 / 14 天内到期 / 无' })
  due!: MilestoneDue;

  @ApiProperty({ type: 'integer', description: '逾期天数（未逾期为 0）' })
  daysOverdue!: number;

  @ApiInstant()
  updatedAt!: string;
}

export class MilestoneOverdueSummaryView {
  @ApiCalendarDate({ description: '今天（上海）' })
  today!: string;

  @ApiProperty({ type: 'integer', description: '已逾期节点数' })
  overdueCount!: number;

  @ApiProperty({ type: 'integer', description: '14 天内到期节点数' })
  soonCount!: number;

  @ApiProperty({ type: [MilestoneView], description: '已逾期节点（逾期最久的在前）' })
  overdue!: MilestoneView[];

  @ApiProperty({ type: [MilestoneView], description: '14 天内到期节点（最近的在前）' })
  soon!: MilestoneView[];
}

export function milestoneView(m: Milestone, today: string): MilestoneView {
  return {
    id: m.id,
    version: m.version,
    project: m.project ? { id: m.project.id, code: m.project.code, name: m.project.name } : null,
    base: m.base ? { id: m.base.id, code: m.base.code, name: m.base.name } : null,
    name: m.name,
    plannedOn: m.plannedOn,
    responsibleUnit: m.responsibleUnit,
    responsibleUserId: m.responsibleUserId,
    responsibleName: m.responsibleName ?? m.responsibleUser?.displayName ?? null,
    status: m.status,
    statusLabel: MILESTONE_STATUS_LABELS[m.status],
    actualOn: m.actualOn,
    dependsOn: m.dependsOn ? { id: m.dependsOn.id, name: m.dependsOn.name, status: m.dependsOn.status } : null,
    remarks: m.remarks,
    due: milestoneDue(m, today),
    daysOverdue: daysOverdue(m, today),
    updatedAt: toShanghaiIso(m.updatedAt),
  };
}
