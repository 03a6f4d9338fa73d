import { ApiProperty } from '@nestjs/swagger';
import { ApiCalendarDate, ApiInstant, todayInShanghai, toShanghaiIso } from '@app/platform';
import {
  classifyViolation,
  isOverdue,
  VIOLATION_KIND_LABELS,
  VIOLATION_KINDS,
  VIOLATION_ORIGIN_LABELS,
  VIOLATION_STATUS_LABELS,
  VIOLATION_STATUSES,
  VIOLATION_TRANSITIONS,
  type ViolationKind,
  type ViolationOrigin,
  type ViolationStatus,
} from './domain/violation-rules.js';
import type { ViolationStep } from './violation.entity.js';
import type { ViolationRow } from './violation.repository.js';

/** The register's number of a violation, e.g. `ZZ-0007`. */
export const violationCode = (serialNo: number): string => `ZZ-${String(serialNo).padStart(4, '0')}`;

export class ViolationNextStepView {
  @ApiProperty({ enum: VIOLATION_STATUSES, enumName: 'ViolationStatus' })
  to!: ViolationStatus;

  @ApiProperty({ example: '已下达整改通知' })
  label!: string;
}

export class ViolationStepView {
  @ApiProperty({ enum: VIOLATION_STATUSES, enumName: 'ViolationStatus', nullable: true, description: '登记时为空' })
  fromStatus!: ViolationStatus | null;

  @ApiProperty({ enum: VIOLATION_STATUSES, enumName: 'ViolationStatus' })
  toStatus!: ViolationStatus;

  @ApiProperty({ example: '整改中' })
  toStatusLabel!: string;

  @ApiCalendarDate()
  stepOn!: string;

  @ApiCalendarDate({ nullable: true })
  deadline!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;
}

export class ViolationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'ZZ-0007', description: '台账编号' })
  code!: string;

  @ApiProperty({ enum: VIOLATION_KINDS, enumName: 'ViolationKind' })
  kind!: ViolationKind;

  @ApiProperty({ example: '违法建筑' })
  kindLabel!: string;

  @ApiProperty({ example: '二联村' })
  village!: string;

  @ApiProperty({ type: String, nullable: true, example: 'GJ17' })
  projectCode!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'GJ17-01' })
  parcelCode!: string | null;

  @ApiProperty({ type: String, nullable: true })
  address!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '面积（平方米）', example: '85.50' })
  area!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '方量（立方米）', example: '120.00' })
  volume!: string | null;

  @ApiInstant()
  discoveredAt!: string;

  @ApiCalendarDate()
  discoveredOn!: string;

  @ApiProperty({ type: 'integer', description: '存量 / 新增 所对照的年度', example: 2013 })
  year!: number;

  @ApiProperty({
    enum: ['stock', 'new'],
    enumName: 'ViolationOrigin',
    nullable: true,
    description: '对该年度：存量（年初前发现）或新增；晚于该年度发现为空',
  })
  origin!: ViolationOrigin | null;

  @ApiProperty({ type: String, nullable: true, example: '存量' })
  originLabel!: string | null;

  @ApiProperty({ type: String, nullable: true, enum: ['household', 'enterprise'], description: '责任对象类型' })
  responsibleSubjectType!: 'household' | 'enterprise' | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  responsibleSubjectId!: string | null;

  @ApiProperty({ example: '民房 ELC-0012 张建国', description: '责任人或责任单位' })
  responsible!: string;

  @ApiProperty({ enum: VIOLATION_STATUSES, enumName: 'ViolationStatus' })
  status!: ViolationStatus;

  @ApiProperty({ example: '整改中' })
  statusLabel!: string;

  @ApiCalendarDate({ nullable: true })
  deadline!: string | null;

  @ApiProperty({ description: '逾期：过了整改期限仍未整改完毕' })
  overdue!: boolean;

  @ApiCalendarDate({ nullable: true })
  closedOn!: string | null;

  @ApiProperty({ type: [ViolationNextStepView], description: '可以进行的下一步' })
  nextSteps!: ViolationNextStepView[];

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;

  @ApiProperty({ type: [ViolationStepView], description: '状态步骤（仅详情中给出，列表中为空）' })
  steps!: ViolationStepView[];
}

export class ViolationPageView {
  @ApiProperty({ type: [ViolationView] })
  items!: ViolationView[];

  @ApiProperty({ type: 'integer' })
  total!: number;

  @ApiProperty({ type: 'integer', description: '存量 / 新增 所对照的年度' })
  year!: number;
}

const SUBJECT_KIND_LABELS = { household: '民房', enterprise: '企业' } as const;

function responsibleOf(v: ViolationRow): string {
  if (v.responsibleSubjectType && v.subjectCode)
    return `${SUBJECT_KIND_LABELS[v.responsibleSubjectType]} ${v.subjectCode} ${v.subjectParty ?? ''}`.trim();
  return v.responsibleText ?? '';
}

const stepView = (s: ViolationStep): ViolationStepView => ({
  fromStatus: s.fromStatus,
  toStatus: s.toStatus,
  toStatusLabel: VIOLATION_STATUS_LABELS[s.toStatus],
  stepOn: s.stepOn,
  deadline: s.deadline,
  note: s.note,
  createdBy: s.createdBy,
  createdAt: toShanghaiIso(s.createdAt),
});

/** A violation as the register shows it, stock or new against `year`. */
export function violationView(v: ViolationRow, year: number, steps: ViolationStep[] = [], today = todayInShanghai()): ViolationView {
  const origin = classifyViolation(v.discoveredAt, year);
  return {
    id: v.id,
    code: violationCode(v.serialNo),
    kind: v.kind,
    kindLabel: VIOLATION_KIND_LABELS[v.kind],
    village: v.village,
    projectCode: v.projectCode,
    parcelCode: v.parcelCode,
    address: v.address,
    area: v.area,
    volume: v.volume,
    discoveredAt: toShanghaiIso(v.discoveredAt),
    discoveredOn: todayInShanghai(v.discoveredAt),
    year,
    origin,
    originLabel: origin ? VIOLATION_ORIGIN_LABELS[origin] : null,
    responsibleSubjectType: v.responsibleSubjectType,
    responsibleSubjectId: v.responsibleSubjectId,
    responsible: responsibleOf(v),
    status: v.status,
    statusLabel: VIOLATION_STATUS_LABELS[v.status],
    deadline: v.deadline,
    overdue: isOverdue(v, today),
    closedOn: v.closedOn,
    nextSteps: VIOLATION_TRANSITIONS[v.status].map((to) => ({ to, label: VIOLATION_STATUS_LABELS[to] })),
    remarks: v.remarks,
    version: v.version,
    createdBy: v.createdBy,
    createdAt: toShanghaiIso(v.createdAt),
    steps: steps.map(stepView),
  };
}
