import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CaseFile } from '@app/cases';
import { Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import type { LineStatus, StatementStatus } from '../domain/settlement-rules.js';
import { fenColumn } from '@app/compensation';

/**
 * 结算单: finance's claim on 西虹桥公司 for a set of vacated, signed cases of one project. Once every
 * live line is confirmed it is `confirmed` and a trigger refuses any change to it or its lines.
 */
@Entity('settlement_statement')
@Index('uq_settlement_statement_seq', ['projectId', 'seq'], { unique: true })
@Index('uq_settlement_statement_number', ['number'], { unique: true })
export class SettlementStatement extends VersionedEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  @Column({ type: 'int' })
  seq: number;

  /** JS-<project>-<seq>. */
  @Column({ type: 'varchar', length: 40 })
  number: string;

  @Column({ type: 'varchar', length: 20, default: 'issued' })
  status: StatementStatus;

  @Column({ type: 'date' })
  issuedOn: string;

  /** 管理费率 (%) of the project's terms when issued; null: no fee. */
  @Column({ type: 'numeric', precision: 7, scale: 4, nullable: true })
  managementFeeRate: string | null;

  /** Sum of the live lines' totals. */
  @Column({ type: 'bigint', transformer: fenColumn, default: 0 })
  totalFen: bigint;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @OneToMany(() => SettlementLine, (l) => l.statement)
  lines?: SettlementLine[];
}

/** A line of a statement: one case, its agreed amount, what was paid to it, the fee, the line total; the company's answer. */
@Entity('settlement_line')
@Index('uq_settlement_line_live_case', ['caseId'], { unique: true, where: `status <> 'dropped'` })
@Index('idx_settlement_line_statement', ['statementId', 'position'])
@Index('idx_settlement_line_project', ['projectId'])
@Check('ck_settlement_line_amounts', `"agreedFen" >= 0 AND "paidFen" >= 0 AND "feeFen" >= 0 AND "totalFen" = "agreedFen" + "feeFen"`)
@Check('ck_settlement_line_dispute_reasoned', `status <> 'disputed' OR "disputeReason" IS NOT NULL`)
export class SettlementLine extends VersionedEntity {
  @Column({ type: 'uuid' })
  statementId: string;

  @ManyToOne(() => SettlementStatement, (s) => s.lines, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statementId' })
  statement?: SettlementStatement;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caseId' })
  caseFile?: CaseFile;

  /** The signed agreement the line claims (no FK: the compensation library owns it). */
  @Column({ type: 'uuid' })
  agreementId: string;

  /** Line order (1, 2, …): receipts are allocated in it. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'bigint', transformer: fenColumn })
  agreedFen: bigint;

  /** Paid to the household when issued. */
  @Column({ type: 'bigint', transformer: fenColumn })
  paidFen: bigint;

  @Column({ type: 'bigint', transformer: fenColumn })
  feeFen: bigint;

  @Column({ type: 'bigint', transformer: fenColumn })
  totalFen: bigint;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: LineStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  disputeReason: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  answeredBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  droppedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  droppedAt: Date | null;
}

/** 到账: money received from the company against a statement. Immutable (a trigger refuses UPDATE and DELETE). */
@Entity('settlement_receipt')
@Index('idx_settlement_receipt_statement', ['statementId'])
@Index('idx_settlement_receipt_project', ['projectId'])
@Index('uq_settlement_receipt_idempotency_key', ['idempotencyKey'], { unique: true })
@Check('ck_settlement_receipt_amount_positive', `"amountFen" > 0`)
export class SettlementReceipt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  statementId: string;

  @ManyToOne(() => SettlementStatement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statementId' })
  statement?: SettlementStatement;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'bigint', transformer: fenColumn })
  amountFen: bigint;

  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'varchar', length: 100 })
  bankReference: string;

  @Column({ type: 'varchar', length: 100 })
  idempotencyKey: string;

  /** SHA-256 of the request's content: the same key with other content is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash: string;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A project's money with the company as finance reports it: 预算 and 审定 entered, 送审 derived from the
 * statements; and the project's settlement terms (管理费率, %).
 */
@Entity('project_settlement_figures')
export class ProjectSettlementFigures {
  @PrimaryColumn({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  @Column({ type: 'bigint', transformer: fenColumn, nullable: true })
  budgetFen: bigint | null;

  @Column({ type: 'bigint', transformer: fenColumn, nullable: true })
  auditedFen: bigint | null;

  /** 审计报告文号. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  auditReportRef: string | null;

  /** The audit report's attachment (attachments are another library's; no FK). */
  @Column({ type: 'uuid', nullable: true })
  auditReportAttachmentId: string | null;

  @Column({ type: 'numeric', precision: 7, scale: 4, nullable: true })
  managementFeeRate: string | null;

  @Column({ type: 'varchar', length: 50 })
  updatedBy: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
