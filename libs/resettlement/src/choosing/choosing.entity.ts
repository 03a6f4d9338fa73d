import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/platform';
import { ResettlementBase } from '../base/base.entity.js';
import type { ChoosingRoundStatus } from '../domain/resettlement-labels.js';

/**
 * 选房轮次: the households of one or more projects choosing flats on a base. Its seed is fixed and published
 * with the round, before any unit is chosen; the order (by 签约顺序号, ties by the seeded shuffle the
 * algorithm names) is computed from the published entries and can be recomputed by anyone.
 */
@Entity('choosing_round')
@Index('uq_choosing_round_number', ['number'], { unique: true })
export class ChoosingRound extends VersionedEntity {
  /** e.g. `XF-2026-003`. */
  @Column({ type: 'varchar', length: 40 })
  number: string;

  @Column({ type: 'uuid' })
  baseId: string;

  @ManyToOne(() => ResettlementBase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'baseId' })
  base?: ResettlementBase;

  /** The projects whose households take part. */
  @Column({ type: 'uuid', array: true })
  projectIds: string[];

  /** The published seed (hex) and the ordering algorithm's name. */
  @Column({ type: 'varchar', length: 128 })
  seed: string;

  @Column({ type: 'varchar', length: 60 })
  algorithm: string;

  /** SHA-256 over the published order's inputs and result. */
  @Column({ type: 'char', length: 64 })
  orderHash: string;

  @Column({ type: 'varchar', length: 20, default: 'published' })
  status: ChoosingRoundStatus;

  @Column({ type: 'timestamptz' })
  publishedAt: Date;

  @Column({ type: 'varchar', length: 50 })
  publishedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** One household's place in a round's published order. */
@Entity('choosing_entry')
@Index('uq_choosing_entry_position', ['roundId', 'position'], { unique: true })
@Index('uq_choosing_entry_case', ['roundId', 'caseId'], { unique: true })
export class ChoosingEntry extends VersionedEntity {
  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ChoosingRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'roundId' })
  round?: ChoosingRound;

  /** 1-based place in the order. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  /** 案件编号 and 签约顺序号 as published (the order's inputs). */
  @Column({ type: 'varchar', length: 60 })
  caseRef: string;

  @Column({ type: 'int' })
  sequenceNo: number;

  /** 可选面积 (the entitlement, m²) as published. */
  @Column({ type: 'numeric', precision: 10, scale: 2 })
  entitlementArea: string;

  /** When the household finished choosing (or passed). */
  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}
