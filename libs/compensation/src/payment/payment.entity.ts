import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgreementRecord } from '../agreement/agreement.entity.js';
import { fenColumn } from '../shared/fen-column.js';

export const PAYMENT_KINDS = ['payment', 'reversal'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export const PAYMENT_KIND_LABELS: Record<PaymentKind, string> = { payment: '支付', reversal: '冲正' };

/** What a payment pays: the agreement's compensation (counted in its paid total), or 过渡费 accrued to the household. */
export const PAYMENT_PURPOSES = ['compensation', 'transitional_fee'] as const;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];
export const PAYMENT_PURPOSE_LABELS: Record<PaymentPurpose, string> = { compensation: '补偿款', transitional_fee: '过渡费' };

export const PAYMENT_METHODS = ['bank_transfer', 'cheque', 'cash'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = { bank_transfer: '银行转账', cheque: '支票', cash: '现金' };

/**
 * A disbursement (支付) against an agreement, or a reversing entry (冲正) of part or all of one, with
 * its reason. Immutable (a trigger refuses UPDATE and DELETE). A payment carries the client's
 * Idempotency-Key: the unique index makes a repeated request find the first one's row.
 */
@Entity('payment')
@Index('idx_payment_agreement', ['agreementId', 'createdAt'])
@Index('idx_payment_project_paid_on', ['projectId', 'paidOn', 'createdAt', 'id'])
@Index('idx_payment_paid_on', ['paidOn', 'createdAt', 'id'])
@Index('uq_payment_idempotency_key', ['idempotencyKey'], { unique: true })
@Check('ck_payment_amount_positive', `"amountFen" > 0`)
@Check('ck_payment_reversal_reasoned', `kind = 'payment' OR ("reversesId" IS NOT NULL AND reason IS NOT NULL)`)
export class PaymentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreementId' })
  agreement?: AgreementRecord;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PaymentKind;

  @Column({ type: 'varchar', length: 20, default: 'compensation' })
  purpose: PaymentPurpose;

  @Column({ type: 'bigint', transformer: fenColumn })
  amountFen: bigint;

  /** 支付日期 (a reversal: its own date). */
  @Column({ type: 'date' })
  paidOn: string;

  @Column({ type: 'varchar', length: 20 })
  method: PaymentMethod;

  /** 银行流水号 / 票据号. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  bankReference: string | null;

  @Column({ type: 'uuid', nullable: true })
  reversesId: string | null;

  @ManyToOne(() => PaymentRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reversesId' })
  reverses?: PaymentRecord;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the request's content: the same key with other content is refused. */
  @Column({ type: 'char', length: 64, nullable: true })
  requestHash: string | null;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
