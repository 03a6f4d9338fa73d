import { ApiProperty } from '@nestjs/swagger';
import { ApiCalendarDate, ApiInstant, PageOf, toShanghaiIso } from '@app/platform';
import {
  ACTION_ITEM_STATUS_LABELS,
  ACTION_ITEM_STATUSES,
  COMMUNICATION_KIND_LABELS,
  COMMUNICATION_KINDS,
  daysOverdue,
  SIDE_LABELS,
  SIDES,
  type ActionItemStatus,
  type CommunicationKind,
  type Side,
} from '../domain/communication-rules.js';
import type { ActionItemRecord, CommunicationRecord } from './communication.entity.js';

export class ActionItemView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  communicationId!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty()
  content!: string;

  @ApiProperty({ enum: SIDES, enumName: 'Side' })
  ownerSide!: Side;

  @ApiProperty({ example: '西虹桥公司' })
  ownerSideLabel!: string;

  @ApiProperty()
  owner!: string;

  @ApiCalendarDate()
  dueOn!: string;

  @ApiProperty({ enum: ACTION_ITEM_STATUSES, enumName: 'ActionItemStatus' })
  status!: ActionItemStatus;

  @ApiProperty({ example: '未完成' })
  statusLabel!: string;

  @ApiCalendarDate({ nullable: true })
  doneOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  doneBy!: string | null;

  @ApiProperty({ description: '是否逾期（未完成且已过完成期限）' })
  overdue!: boolean;

  @ApiProperty({ type: 'integer', description: '逾期天数（未逾期为 0）' })
  daysOverdue!: number;

  @ApiProperty({ description: '所属沟通的主题' })
  communicationSubject!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;
}

export class ActionItemPage extends PageOf(ActionItemView) {}

export class CommunicationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ enum: COMMUNICATION_KINDS, enumName: 'CommunicationKind' })
  kind!: CommunicationKind;

  @ApiProperty({ example: '会议' })
  kindLabel!: string;

  @ApiCalendarDate()
  heldOn!: string;

  @ApiProperty()
  subject!: string;

  @ApiProperty()
  townParticipants!: string;

  @ApiProperty()
  companyParticipants!: string;

  @ApiProperty()
  minutes!: string;

  @ApiProperty({ enum: SIDES, enumName: 'Side', description: '记录方' })
  recordedBySide!: Side;

  @ApiProperty({ example: '镇动迁办' })
  recordedBySideLabel!: string;

  @ApiProperty({ type: [ActionItemView] })
  actionItems!: ActionItemView[];

  @ApiProperty({ type: 'integer', description: '未完成的事项数' })
  openItems!: number;

  @ApiProperty({ type: 'integer', description: '逾期的事项数' })
  overdueItems!: number;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;
}

export class CommunicationPage extends PageOf(CommunicationView) {}

export function actionItemView(i: ActionItemRecord, projectCode: string, subject: string, today: string): ActionItemView {
  const days = daysOverdue(i, today);
  return {
    id: i.id,
    communicationId: i.communicationId,
    projectCode,
    content: i.content,
    ownerSide: i.ownerSide,
    ownerSideLabel: SIDE_LABELS[i.ownerSide],
    owner: i.owner,
    dueOn: i.dueOn,
    status: i.status,
    statusLabel: ACTION_ITEM_STATUS_LABELS[i.status],
    doneOn: i.doneOn,
    doneBy: i.doneBy,
    overdue: days > 0,
    daysOverdue: days,
    communicationSubject: subject,
    version: i.version,
    createdBy: i.createdBy,
    createdAt: toShanghaiIso(i.createdAt),
  };
}

export function communicationView(c: CommunicationRecord, projectCode: string, today: string): CommunicationView {
  const items = (c.actionItems ?? []).map((i) => actionItemView(i, projectCode, c.subject, today));
  return {
    id: c.id,
    projectCode,
    kind: c.kind,
    kindLabel: COMMUNICATION_KIND_LABELS[c.kind],
    heldOn: c.heldOn,
    subject: c.subject,
    townParticipants: c.townParticipants,
    companyParticipants: c.companyParticipants,
    minutes: c.minutes,
    recordedBySide: c.recordedBySide,
    recordedBySideLabel: SIDE_LABELS[c.recordedBySide],
    actionItems: items,
    openItems: items.filter((i) => i.status === 'open').length,
    overdueItems: items.filter((i) => i.overdue).length,
    createdBy: c.createdBy,
    createdAt: toShanghaiIso(c.createdAt),
  };
}
