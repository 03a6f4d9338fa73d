import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseFile } from './case.entity.js';
import type { CaseStatus } from '../domain/case-lifecycle.js';

/** One status change of a case: from/to, when, by whom, why. Never updated. */
@Entity('case_transition')
@Index('idx_case_transition_case', ['caseId', 'createdAt'])
export class CaseTransition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'caseId' })
  caseFile?: CaseFile;

  /** Null for the case's opening entry. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: CaseStatus | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus: CaseStatus;

  /** `open`, `forward`, `reversal` or `system` (e.g. a confirmation voided by a survey change). */
  @Column({ type: 'varchar', length: 20 })
  kind: 'open' | 'forward' | 'reversal' | 'system';

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Username of who made the change (`system` for automatic ones). */
  @Column({ type: 'varchar', length: 50 })
  actor: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
