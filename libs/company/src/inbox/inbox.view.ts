import { ApiProperty } from '@nestjs/swagger';
import { ApiCalendarDate } from '@app/platform';
import { inboxOverdue, type InboxEntry } from '../domain/inbox.js';

export class InboxEntryView {
  @ApiProperty({ example: 'confirmation_batch', description: '待办类别' })
  kind!: string;

  @ApiProperty({ example: '待确认批次' })
  kindLabel!: string;

  @ApiProperty({ format: 'uuid', description: '等待处理的记录' })
  refId!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ description: '事项' })
  title!: string;

  @ApiProperty({ description: '需要公司做什么' })
  detail!: string;

  @ApiCalendarDate({ description: '自哪天起等待' })
  since!: string;

  @ApiCalendarDate({ nullable: true, description: '期限' })
  dueOn!: string | null;

  @ApiProperty({ description: '是否已过期限' })
  overdue!: boolean;

  @ApiProperty({ example: '/confirmations/…', description: '办理页面（网页路径）' })
  link!: string;
}

export class InboxKindCount {
  @ApiProperty()
  kind!: string;

  @ApiProperty()
  kindLabel!: string;

  @ApiProperty({ type: 'integer' })
  count!: number;
}

export class InboxPage {
  @ApiProperty({ type: [InboxEntryView] })
  items!: InboxEntryView[];

  @ApiProperty({ type: 'integer', description: '待办总数（菜单上的数字）' })
  total!: number;

  @ApiProperty({ type: 'integer', description: '其中已过期限的' })
  overdue!: number;

  @ApiProperty({ type: [InboxKindCount] })
  byKind!: InboxKindCount[];
}

export function inboxEntryView(entry: InboxEntry, projectCode: string, today: string): InboxEntryView {
  return {
    kind: entry.kind,
    kindLabel: entry.kindLabel,
    refId: entry.refId,
    projectCode,
    title: entry.title,
    detail: entry.detail,
    since: entry.since,
    dueOn: entry.dueOn,
    overdue: inboxOverdue(entry, today),
    link: entry.link,
  };
}
