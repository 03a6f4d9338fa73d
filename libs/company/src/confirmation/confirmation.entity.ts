import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type ValueTransformer } from 'typeorm';
import { CaseFile } from '@app/cases';
import { Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import type { ConfirmationAnswer, ConfirmationBatchState, ConfirmationSnapshot } from '../domain/confirmation-rules.js';

/** A `bigint` column of fen (PostgreSQL hands int8 over as text). */
const fen: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/**
 * 确认批次: surveyed cases the town submits to 西虹桥公司 for confirmation, numbered per project, with a
 * hash over its lines. Open until every line has the company's answer, then closed.
 */
@Entity('confirmation_batch')
@Index('uq_confirmation_batch_project_number', ['projectId', 'number'], { unique: true })
export class ConfirmationBatchRecord extends VersionedEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  /** 第 N 批 of the project. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  state: ConfirmationBatchState;

  /** 说明 the town gives with the batch. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** sha256 over the lines' case ids and content hashes. */
  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'varchar', length: 50 })
  submittedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @OneToMany(() => ConfirmationLineRecord, (line) => line.batch)
  lines?: ConfirmationLineRecord[];
}

/**
 * One case of a batch: the snapshot of what the town showed (frozen, with its content hash), the
 * company's answer, and — when a later change of facts voided the confirmation — when and why.
 * A case is in at most one unanswered line at a time.
 */
@Entity('confirmation_line')
@Index('idx_confirmation_line_batch', ['batchId', 'position'])
@Index('idx_confirmation_line_case', ['caseId', 'createdAt'])
@Index('uq_confirmation_line_case_open', ['caseId'], { unique: true, where: `answer IS NULL` })
export class ConfirmationLineRecord extends VersionedEntity {
  @Column({ type: 'uuid' })
  batchId: string;

  @ManyToOne(() => ConfirmationBatchRecord, (b) => b.lines, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batchId' })
  batch?: ConfirmationBatchRecord;

  /** Order in the batch (from 1). */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caseId' })
  caseFile?: CaseFile;

  /** The batch's project, kept on the line for scope checks. */
  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'jsonb' })
  snapshot: ConfirmationSnapshot;

  /** sha256 of the snapshot's canonical JSON. */
  @Column({ type: 'char', length: 64 })
  contentHash: string;

  /** The town's figure: the total of the calculation shown, when there was one. */
  @Column({ type: 'bigint', nullable: true, transformer: fen })
  townFigureFen: bigint | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  answer: ConfirmationAnswer | null;

  /** 退回原因. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** The figure the company believes right, when it rejected with one. */
  @Column({ type: 'bigint', nullable: true, transformer: fen })
  companyFigureFen: bigint | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  answeredBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** Set when a change of the confirmed facts voided the confirmation. */
  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  voidReason: string | null;
}
