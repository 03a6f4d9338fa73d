import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import type { ActionItemStatus, CommunicationKind, Side } from '../domain/communication-rules.js';

/**
 * 沟通: a meeting or notice between the town and 西虹桥公司 about one project — when, who of each side,
 * the subject and the minutes — with the action items it produced. Either side records it; both see it.
 */
@Entity('communication')
@Index('idx_communication_project_held', ['projectId', 'heldOn'])
export class CommunicationRecord extends VersionedEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  @Column({ type: 'varchar', length: 20 })
  kind: CommunicationKind;

  /** 日期 of the meeting or notice. */
  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  /** 镇方参加人员. */
  @Column({ type: 'varchar', length: 500 })
  townParticipants: string;

  /** 公司方参加人员. */
  @Column({ type: 'varchar', length: 500 })
  companyParticipants: string;

  /** 纪要 / 通知内容. */
  @Column({ type: 'text' })
  minutes: string;

  /** The side that recorded it. */
  @Column({ type: 'varchar', length: 20 })
  recordedBySide: Side;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @OneToMany(() => ActionItemRecord, (item) => item.communication)
  actionItems?: ActionItemRecord[];
}

/** 落实事项: what one side owes after a communication, by when; open until that side marks it done. */
@Entity('action_item')
@Index('idx_action_item_communication', ['communicationId'])
@Index('idx_action_item_project_open', ['projectId', 'dueOn'], { where: `status = 'open'` })
export class ActionItemRecord extends VersionedEntity {
  @Column({ type: 'uuid' })
  communicationId: string;

  @ManyToOne(() => CommunicationRecord, (c) => c.actionItems, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communicationId' })
  communication?: CommunicationRecord;

  /** The communication's project, kept on the item for the overdue lists. */
  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 500 })
  content: string;

  @Column({ type: 'varchar', length: 20 })
  ownerSide: Side;

  /** 责任人. */
  @Column({ type: 'varchar', length: 50 })
  owner: string;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status: ActionItemStatus;

  @Column({ type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  doneBy: string | null;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;
}
