import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseFile } from '@app/cases';
import { Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import { CalculationRecord } from '../calculation/calculation.entity.js';
import type { SwapDifference } from '../domain/swap-difference.js';
import { fenColumn } from '../shared/fen-column.js';

export const AGREEMENT_METHODS = ['monetary', 'swap'] as const;
export type AgreementMethod = (typeof AGREEMENT_METHODS)[number];
export const AGREEMENT_METHOD_LABELS: Record<AgreementMethod, string> = { monetary: '货币补偿', swap: '产权调换' };

export const AGREEMENT_STATUSES = ['draft', 'signed', 'voided'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = { draft: '草稿', signed: '已签约', voided: '已作废' };

export const TRANSITION_METHODS = ['monetary', 'turnover_flat'] as const;
export type TransitionMethod = (typeof TRANSITION_METHODS)[number];
export const TRANSITION_METHOD_LABELS: Record<TransitionMethod, string> = { monetary: '货币过渡', turnover_flat: '周转房过渡' };

/** A swap's 差价 as stored: the domain's result with its fen as decimal text. */
export type StoredSwap = Omit<SwapDifference, 'lines' | 'housingValueFen' | 'compensationFen' | 'differenceFen'> & {
  lines: Array<Omit<SwapDifference['lines'][number], 'amountFen'> & { amountFen: string }>;
  housingValueFen: string;
  compensationFen: string;
  differenceFen: string;
};

/**
 * 补偿协议. Drafted from a calculation, signed (the case moves to `signed`, a 签约顺序号 is issued per
 * project and method), or voided. One live (not voided) agreement per case. The database holds the money
 * invariants: the paid total never exceeds the agreed amount, and only a signed agreement has money paid.
 */
@Entity('agreement')
@Index('uq_agreement_live_case', ['caseId'], { unique: true, where: `status <> 'voided'` })
@Index('uq_agreement_sequence', ['projectId', 'method', 'sequenceNo'], { unique: true, where: `"sequenceNo" IS NOT NULL` })
@Index('idx_agreement_project_status', ['projectId', 'status'])
@Check('ck_agreement_paid_within_agreed', `"paidFen" >= 0 AND "paidFen" <= "agreedFen"`)
@Check('ck_agreement_paid_only_signed', `status = 'signed' OR "paidFen" = 0`)
@Check('ck_agreement_amounts', `"agreedFen" >= 0 AND "compensationFen" >= 0`)
export class AgreementRecord extends VersionedEntity {
  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caseId' })
  caseFile?: CaseFile;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  @Column({ type: 'uuid' })
  calculationId: string;

  @ManyToOne(() => CalculationRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'calculationId' })
  calculation?: CalculationRecord;

  @Column({ type: 'varchar', length: 20 })
  method: AgreementMethod;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: AgreementStatus;

  /** The calculation's total (补偿总额). */
  @Column({ type: 'bigint', transformer: fenColumn })
  compensationFen: bigint;

  /** What is to be paid to the household: the compensation, or for a swap the 差价 payable to it (0 when it pays). */
  @Column({ type: 'bigint', transformer: fenColumn })
  agreedFen: bigint;

  /** Payments less reversals, kept in the same transaction as each entry, under the agreement's row lock. */
  @Column({ type: 'bigint', transformer: fenColumn, default: 0 })
  paidFen: bigint;

  /** 付款期限. */
  @Column({ type: 'date', nullable: true })
  paymentDeadline: string | null;

  /** 搬家费 and 临时安置费 as the calculation states them (lines of those names). */
  @Column({ type: 'bigint', transformer: fenColumn, default: 0 })
  movingFeeFen: bigint;

  @Column({ type: 'bigint', transformer: fenColumn, default: 0 })
  temporaryResettlementFeeFen: bigint;

  /** 过渡方式 and 过渡期限 (months). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  transitionMethod: TransitionMethod | null;

  @Column({ type: 'int', nullable: true })
  transitionMonths: number | null;

  /** 产权调换: the housing's location (安置房地点), its area and the entitled area (m²). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  swapLocation: string | null;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true })
  swapArea: string | null;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true })
  entitlementArea: string | null;

  @Column({ type: 'jsonb', nullable: true })
  swap: StoredSwap | null;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  /** 签约日期, and the signing's instant, operator and 签约顺序号 (per project and method). */
  @Column({ type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  signedBy: string | null;

  @Column({ type: 'int', nullable: true })
  sequenceNo: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  voidedBy: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  voidReason: string | null;
}
