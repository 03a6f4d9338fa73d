import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseFile } from '@app/cases';
import { Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import type { FeeBatchStatus } from '../domain/resettlement-labels.js';
import { fenColumn } from '@app/compensation';

/**
 * One month's 过渡费 (临时安置费) accrued for a transitional household on the monetary transition. The unique
 * (case, month) index makes the monthly job idempotent: running it twice for a month accrues once.
 * `basis` keeps how the amount was reached (rate, persons, days, step) for the household's statement.
 */
@Entity('transitional_fee_accrual')
@Index('uq_transitional_fee_month', ['caseId', 'month'], { unique: true })
@Index('idx_transitional_fee_project_month', ['projectId', 'month'])
@Index('idx_transitional_fee_batch', ['batchId'])
/** A case's months summed from the index alone (migration `TransitionalStockOrder`): (caseId) INCLUDE (amountFen, paymentId). */
@Index('idx_transitional_fee_case_sums', { synchronize: false })
@Check('ck_transitional_fee_amount', `"amountFen" >= 0`)
export class TransitionalFeeAccrual {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caseId' })
  caseFile?: CaseFile;

  @Column({ type: 'uuid' })
  projectId: string;

  /** The month accrued, as its first day. */
  @Column({ type: 'date' })
  month: string;

  /** Days of the month in transition, of the month's days (pro rata). */
  @Column({ type: 'int' })
  days: number;

  @Column({ type: 'int' })
  daysInMonth: number;

  /** The rise after the transition period, in percent (0 within it). */
  @Column({ type: 'numeric', precision: 6, scale: 2, default: 0 })
  stepPercent: string;

  @Column({ type: 'bigint', transformer: fenColumn })
  amountFen: bigint;

  @Column({ type: 'jsonb' })
  basis: Record<string, unknown>;

  /** The payment batch it was put in, and the payment that paid it. */
  @Column({ type: 'uuid', nullable: true })
  batchId: string | null;

  @Column({ type: 'uuid', nullable: true })
  paymentId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  accruedAt: Date;
}

/** 过渡费支付批次: finance's batch of a project's unpaid accruals up to a month, paid through the money payments. */
@Entity('transitional_fee_batch')
@Index('uq_transitional_fee_batch_number', ['number'], { unique: true })
@Index('idx_transitional_fee_batch_project', ['projectId', 'createdAt'])
export class TransitionalFeeBatch extends VersionedEntity {
  /** e.g. `GDF-GJ17-2026-11`. */
  @Column({ type: 'varchar', length: 60 })
  number: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  /** Accruals of months up to and including this one (first day). */
  @Column({ type: 'date' })
  throughMonth: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: FeeBatchStatus;

  @Column({ type: 'int' })
  households: number;

  @Column({ type: 'bigint', transformer: fenColumn })
  totalFen: bigint;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @Column({ type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  paidBy: string | null;
}
