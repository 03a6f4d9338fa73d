import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SchemeVersionRecord } from '../scheme/scheme-version.entity.js';
import { fenColumn } from '../shared/fen-column.js';

export const RECALCULATION_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type RecalculationStatus = (typeof RECALCULATION_STATUSES)[number];
export const RECALCULATION_STATUS_LABELS: Record<RecalculationStatus, string> = { queued: '排队中', running: '计算中', succeeded: '已完成', failed: '失败' };

/**
 * A recalculation preview (重新测算预览) of a published scheme version: every case of the project not
 * yet signed that has a calculation, recalculated under the version and compared with its latest
 * snapshot. The RecalculationJob fills its rows; applying stores the new snapshots in one transaction.
 */
@Entity('recalculation_run')
@Index('idx_recalculation_run_version', ['schemeVersionId', 'createdAt'])
export class RecalculationRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  schemeVersionId: string;

  @ManyToOne(() => SchemeVersionRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'schemeVersionId' })
  schemeVersion?: SchemeVersionRecord;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status: RecalculationStatus;

  /** Cases to recalculate; null until the job has counted them. */
  @Column({ type: 'int', nullable: true })
  total: number | null;

  @Column({ type: 'int', default: 0 })
  processed: number;

  /** Why it failed, in Chinese. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  appliedBy: string | null;

  /** New snapshots stored by the apply. */
  @Column({ type: 'int', nullable: true })
  appliedCount: number | null;

  /** Rows the apply skipped: signed meanwhile, facts or calculation changed since the preview, or not calculable. */
  @Column({ type: 'int', nullable: true })
  skippedCount: number | null;
}

/** One case of a recalculation preview: its latest snapshot's total, the new total, their difference and the changed lines. */
@Entity('recalculation_case')
@Index('uq_recalculation_case', ['runId', 'caseId'], { unique: true })
export class RecalculationCase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => RecalculationRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'runId' })
  run?: RecalculationRun;

  @Column({ type: 'uuid' })
  caseId: string;

  /** The case's latest snapshot when the preview was made (the old side of the diff). */
  @Column({ type: 'uuid' })
  basedOnCalculationId: string;

  /** The facts the new calculation was made from (the old snapshot's date and agreed amounts, the subject's facts as read). */
  @Column({ type: 'jsonb' })
  facts: Record<string, unknown>;

  /** The new calculation's lines (fen as decimal text); null when it could not be made (`problem`). */
  @Column({ type: 'jsonb', nullable: true })
  lines: unknown[] | null;

  @Column({ type: 'bigint', transformer: fenColumn })
  oldTotalFen: bigint;

  @Column({ type: 'bigint', transformer: fenColumn, nullable: true })
  newTotalFen: bigint | null;

  @Column({ type: 'bigint', transformer: fenColumn, nullable: true })
  differenceFen: bigint | null;

  /** The lines that changed (fen as decimal text). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  changes: unknown[];

  /** Why the case could not be recalculated under the version (missing or wrong facts), in Chinese. */
  @Column({ type: 'text', nullable: true })
  problem: string | null;
}
