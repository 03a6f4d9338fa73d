import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/platform';
import type { TargetMeasure, TargetUnit } from '../domain/target-measures.js';
import { Milestone } from '../milestone/milestone.entity.js';

/**
 * An annual target (年度目标 / 实事工程): a name, what it measures, the value to reach and, optionally, the projects
 * and resettlement bases it is limited to. A built-in measure's actual value is recounted from the records on every
 * read; a manual one is the sum of its progress entries.
 */
@Entity('annual_target')
@Index('idx_annual_target_year', ['year', 'position'])
export class AnnualTarget extends VersionedEntity {
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  measure: TargetMeasure;

  /** The value to reach, in `unit`. */
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  targetValue: string;

  @Column({ type: 'varchar', length: 4 })
  unit: TargetUnit;

  /** Limited to these projects (empty: all). */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  projectIds: string[];

  /** Limited to households resettled on these bases (empty: all). */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  baseIds: string[];

  /** A `milestone` target's time node: the target is done (1 项) when the node is, within the year. */
  @Column({ type: 'uuid', nullable: true })
  milestoneId: string | null;

  @ManyToOne(() => Milestone, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'milestoneId' })
  milestone?: Milestone;

  /** Order in the year's list. */
  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;
}

/** A manual target's progress (进展): a value reached on a date, with a note and optional evidence. Never changed once written. */
@Entity('target_progress_entry')
@Index('idx_target_progress_entry_target', ['targetId', 'enteredOn'])
export class TargetProgressEntry extends VersionedEntity {
  @Column({ type: 'uuid' })
  targetId: string;

  @ManyToOne(() => AnnualTarget, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'targetId' })
  target?: AnnualTarget;

  /** The day the progress was made (a calendar date in Asia/Shanghai). */
  @Column({ type: 'date' })
  enteredOn: string;

  /** Progress added on that day, in the target's unit. */
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  value: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The evidence file (an attachment), if one was uploaded. */
  @Column({ type: 'uuid', nullable: true })
  evidenceAttachmentId: string | null;

  @Column({ type: 'varchar', length: 50 })
  recordedBy: string;
}
