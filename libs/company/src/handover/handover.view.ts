import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUS_LABELS, CASE_STATUSES, type CaseStatus } from '@app/cases';
import { PARCEL_STATUS_LABELS, PARCEL_STATUSES, type Parcel, type ParcelStatus } from '@app/land';
import { ApiCalendarDate, ApiInstant, PageOf, toShanghaiIso } from '@app/platform';
import { HANDOVER_STATUS_LABELS, HANDOVER_STATUSES, type HandoverBlocker, type HandoverStatus, type ParcelCase } from '../domain/handover-rules.js';
import { AttachmentView } from '../attachment/attachment.view.js';
import type { HandoverRecord } from './handover.entity.js';
import type { Readiness } from './handover.service.js';

export class HandoverCaseView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: '民房 GJ17-0012 张建国', description: '征收对象' })
  subject!: string;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  status!: CaseStatus;

  @ApiProperty({ example: '已结算' })
  statusLabel!: string;

  @ApiProperty({ type: String, nullable: true, description: '管理员排除在移交之外的原因' })
  excludedReason!: string | null;
}

export class HandoverBlockerView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: '民房 GJ17-0012 张建国' })
  subject!: string;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  status!: CaseStatus;

  @ApiProperty({ example: '已腾地' })
  statusLabel!: string;

  @ApiProperty({ example: '民房 GJ17-0012 张建国：案件已腾地，尚未结算' })
  message!: string;
}

export class HandoverHoldView {
  @ApiProperty({ example: 'rectification', description: '记录类型（rectification：综合整治违法行为）' })
  kind!: string;

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '违法建筑 ZZ-0003（整改中）' })
  label!: string;

  @ApiProperty({ example: '违法建筑 ZZ-0003 整改中，尚未整改完毕' })
  message!: string;
}

export class HandoverReadinessView {
  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ example: 'GJ17-01' })
  parcelCode!: string;

  @ApiProperty({ description: '地块面积（平方米）', example: '12500.50' })
  parcelArea!: string;

  @ApiProperty({ enum: PARCEL_STATUSES, enumName: 'ParcelStatus' })
  parcelStatus!: ParcelStatus;

  @ApiProperty({ example: '已腾地' })
  parcelStatusLabel!: string;

  @ApiProperty({ description: '可以移交：没有阻碍的案件，且地块尚未移交' })
  ready!: boolean;

  @ApiProperty({ type: [HandoverBlockerView], description: '阻碍移交的案件（未结算且未被排除）' })
  blockers!: HandoverBlockerView[];

  @ApiProperty({ type: [HandoverHoldView], description: '地块上未结案的违法行为（综合整治），有则不能移交' })
  holds!: HandoverHoldView[];

  @ApiProperty({ type: [HandoverCaseView] })
  cases!: HandoverCaseView[];

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '等待公司接收的移交单' })
  submittedHandoverId!: string | null;
}

export class HandoverView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ example: 'GJ17-01' })
  parcelCode!: string;

  @ApiProperty({ example: '二联村' })
  village!: string;

  @ApiProperty({ description: '地块面积（平方米）', example: '12500.50' })
  parcelArea!: string;

  @ApiCalendarDate()
  handedOverOn!: string;

  @ApiProperty({ description: '移交面积（平方米）', example: '12500.50' })
  area!: string;

  @ApiProperty()
  townPeople!: string;

  @ApiProperty()
  companyPeople!: string;

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ enum: HANDOVER_STATUSES, enumName: 'HandoverStatus' })
  status!: HandoverStatus;

  @ApiProperty({ example: '待公司接收' })
  statusLabel!: string;

  @ApiProperty({ type: String, nullable: true })
  answeredBy!: string | null;

  @ApiInstant({ nullable: true })
  answeredAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  returnReason!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;

  @ApiProperty({ type: [HandoverCaseView], description: '地块上的案件（仅详情中给出，列表中为空）' })
  cases!: HandoverCaseView[];

  @ApiProperty({ type: [AttachmentView] })
  attachments!: AttachmentView[];
}

export class HandoverPage extends PageOf(HandoverView) {}

export class ParcelStateCountView {
  @ApiProperty({ enum: PARCEL_STATUSES, enumName: 'ParcelStatus' })
  status!: ParcelStatus;

  @ApiProperty({ example: '已移交' })
  label!: string;

  @ApiProperty({ type: 'integer' })
  count!: number;
}

export class ParcelHandoverView {
  @ApiProperty({ example: 'GJ17-01' })
  code!: string;

  @ApiProperty({ example: '二联村' })
  village!: string;

  @ApiProperty({ example: '12500.50' })
  area!: string;

  @ApiProperty({ enum: PARCEL_STATUSES, enumName: 'ParcelStatus' })
  status!: ParcelStatus;

  @ApiProperty({ example: '已腾地' })
  statusLabel!: string;

  @ApiProperty({ type: 'integer', description: '阻碍移交的案件数' })
  blockers!: number;

  @ApiProperty({ type: 'integer', description: '地块上未结案的违法行为数（综合整治），有则不能移交' })
  holds!: number;

  @ApiProperty({ description: '可以移交' })
  ready!: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '等待公司接收的移交单' })
  submittedHandoverId!: string | null;
}

export class HandoverSummaryView {
  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ description: '项目地块总面积（平方米）', example: '52000.00' })
  totalArea!: string;

  @ApiProperty({ description: '已移交面积（平方米）', example: '12500.50' })
  handedOverArea!: string;

  @ApiProperty({ description: '已移交面积占比（%，一位小数）', example: 24.0 })
  percent!: number;

  @ApiProperty({ type: [ParcelStateCountView] })
  parcelsByStatus!: ParcelStateCountView[];

  @ApiProperty({ type: [ParcelHandoverView] })
  parcels!: ParcelHandoverView[];
}

export class HandoverExclusionView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;
}

const caseView = (c: ParcelCase): HandoverCaseView => ({ caseId: c.caseId, subject: c.subject, status: c.status, statusLabel: CASE_STATUS_LABELS[c.status], excludedReason: c.excludedReason });
const blockerView = (b: HandoverBlocker): HandoverBlockerView => ({ caseId: b.caseId, subject: b.subject, status: b.status, statusLabel: b.statusLabel, message: b.message });

export function readinessView(r: Readiness): HandoverReadinessView {
  return {
    projectCode: r.project.code,
    parcelCode: r.parcel.code,
    parcelArea: r.parcel.area,
    parcelStatus: r.parcel.status,
    parcelStatusLabel: PARCEL_STATUS_LABELS[r.parcel.status],
    ready: r.blockers.length === 0 && r.holds.length === 0 && r.parcel.status !== 'handed_over',
    blockers: r.blockers.map(blockerView),
    holds: r.holds.map((h) => ({ kind: h.kind, id: h.id, label: h.label, message: h.message })),
    cases: r.cases.map(caseView),
    submittedHandoverId: r.submittedId,
  };
}

export function handoverView(h: HandoverRecord, cases: readonly ParcelCase[], attachments: AttachmentView[]): HandoverView {
  return {
    id: h.id,
    projectCode: h.project?.code ?? '',
    parcelCode: h.parcel?.code ?? '',
    village: h.parcel?.village ?? '',
    parcelArea: h.parcel?.area ?? '',
    handedOverOn: h.handedOverOn,
    area: h.area,
    townPeople: h.townPeople,
    companyPeople: h.companyPeople,
    remarks: h.remarks,
    status: h.status,
    statusLabel: HANDOVER_STATUS_LABELS[h.status],
    answeredBy: h.answeredBy,
    answeredAt: h.answeredAt ? toShanghaiIso(h.answeredAt) : null,
    returnReason: h.returnReason,
    version: h.version,
    createdBy: h.createdBy,
    createdAt: toShanghaiIso(h.createdAt),
    cases: cases.map(caseView),
    attachments,
  };
}

export function summaryView(s: {
  project: { code: string };
  totalArea: string;
  handedOverArea: string;
  percent: number;
  parcelsByStatus: Record<string, number>;
  parcels: Array<{ parcel: Parcel; blockers: number; holds: number; submittedId: string | null }>;
}): HandoverSummaryView {
  return {
    projectCode: s.project.code,
    totalArea: s.totalArea,
    handedOverArea: s.handedOverArea,
    percent: s.percent,
    parcelsByStatus: PARCEL_STATUSES.map((status) => ({ status, label: PARCEL_STATUS_LABELS[status], count: s.parcelsByStatus[status] ?? 0 })),
    parcels: s.parcels.map(({ parcel, blockers, holds, submittedId }) => ({
      code: parcel.code,
      village: parcel.village,
      area: parcel.area,
      status: parcel.status,
      statusLabel: PARCEL_STATUS_LABELS[parcel.status],
      blockers,
      holds,
      ready: blockers === 0 && holds === 0 && parcel.status !== 'handed_over',
      submittedHandoverId: submittedId,
    })),
  };
}
