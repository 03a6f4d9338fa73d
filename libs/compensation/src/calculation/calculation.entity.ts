import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseFile } from '@app/cases';
import type { CalculationLine } from '../domain/calculate.js';
import type { SubjectFacts } from '../domain/subject-facts.js';
import { fenColumn } from '../shared/fen-column.js';
import { SchemeVersionRecord } from '../scheme/scheme-version.entity.js';

/** A stored line: as the domain computes it, its fen as decimal text (JSON has no bigint). */
export type StoredLine = Omit<CalculationLine, 'amountFen'> & { amountFen: string };

/**
 * A calculation snapshot (补偿测算): the scheme version used, the facts as read, every line and the
 * total. Never changed once written (a trigger refuses UPDATE); a recalculation is a new row.
 */
@Entity('calculation')
@Index('idx_calculation_case', ['caseId', 'createdAt'])
export class CalculationRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caseId' })
  caseFile?: CaseFile;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  schemeVersionId: string;

  @ManyToOne(() => SchemeVersionRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'schemeVersionId' })
  schemeVersion?: SchemeVersionRecord;

  /** The subject's facts as read (and the agreed amounts supplied), the calculation's whole input. */
  @Column({ type: 'jsonb' })
  facts: SubjectFacts;

  @Column({ type: 'jsonb' })
  lines: StoredLine[];

  @Column({ type: 'bigint', transformer: fenColumn })
  totalFen: bigint;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
