import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@app/identity';
import { Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import { ResettlementBase } from '@app/resettlement';
import type { MilestoneStatus } from '../domain/milestone-status.js';

/**
 * 时间节点: a node of the advancement plan (推进方案) of one project or one resettlement base (exactly one of
 * them), with its planned date, who is responsible, its status and, once done, its actual date.
 */
@Entity('milestone')
@Check('chk_milestone_owner', `("projectId" IS NULL) <> ("baseId" IS NULL)`)
@Check('chk_milestone_done_date', `(status = 'done') = ("actualOn" IS NOT NULL)`)
@Index('idx_milestone_project', ['projectId', 'plannedOn'])
@Index('idx_milestone_base', ['baseId', 'plannedOn'])
@Index('idx_milestone_open', ['plannedOn'], { where: `status <> 'done'` })
export class Milestone extends VersionedEntity {
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  @Column({ type: 'uuid', nullable: true })
  baseId: string | null;

  @ManyToOne(() => ResettlementBase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'baseId' })
  base?: ResettlementBase;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'date' })
  plannedOn: string;

  /** 责任单位, e.g. 动迁办, 西虹桥公司, 规划所. */
  @Column({ type: 'varchar', length: 100 })
  responsibleUnit: string;

  /** 责任人 as a user of the system (notified when the node is overdue), optional. */
  @Column({ type: 'uuid', nullable: true })
  responsibleUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsibleUserId' })
  responsibleUser?: User;

  /** 责任人 as written (a person outside the system, or the user's name). */
  @Column({ type: 'varchar', length: 50, nullable: true })
  responsibleName: string | null;

  @Column({ type: 'varchar', length: 20, default: 'not_started' })
  status: MilestoneStatus;

  @Column({ type: 'date', nullable: true })
  actualOn: string | null;

  /** 前置节点: this node cannot be done before it is. */
  @Column({ type: 'uuid', nullable: true })
  dependsOnId: string | null;

  @ManyToOne(() => Milestone, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dependsOnId' })
  dependsOn?: Milestone;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;
}

/**
 * One day's overdue check (the daily job): the overdue nodes on that Shanghai date and how many notifications
 * went out. UNIQUE per day, so a second run the same day finds the row and writes nothing.
 */
@Entity('milestone_overdue_check')
@Index('uq_milestone_overdue_check_day', ['day'], { unique: true })
export class MilestoneOverdueCheck {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'date' })
  day: string;

  /** The overdue nodes' ids on that day. */
  @Column({ type: 'uuid', array: true, default: '{}' })
  milestoneIds: string[];

  @Column({ type: 'int' })
  overdueCount: number;

  @Column({ type: 'int' })
  notified: number;

  @CreateDateColumn({ type: 'timestamptz' })
  checkedAt: Date;
}
