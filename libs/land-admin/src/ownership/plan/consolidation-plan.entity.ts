import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '@app/platform';
import type { LandUse, OwnerKind } from '../domain/ownership-rules.js';
import type { PlanStatus } from '../domain/plan-rules.js';
import { LandOwnership } from '../ownership.entity.js';

/** 归并方案: a proposal to bring ownership records under one target owner and use; draft → approved (admin) → done. */
@Entity('consolidation_plan')
export class ConsolidationPlan extends VersionedEntity {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  targetOwnerKind: OwnerKind;

  @Column({ type: 'varchar', length: 100 })
  targetOwnerName: string;

  @Column({ type: 'varchar', length: 20 })
  targetUse: LandUse;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status: PlanStatus;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  approvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  doneBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}

/** One ownership record in a plan. A record is in at most one plan that is not done (checked by the service). */
@Entity('consolidation_plan_item')
@Index('uq_consolidation_plan_item', ['planId', 'ownershipId'], { unique: true })
@Index('idx_consolidation_plan_item_ownership', ['ownershipId'])
export class ConsolidationPlanItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ConsolidationPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: ConsolidationPlan;

  @Column({ type: 'uuid' })
  ownershipId: string;

  @ManyToOne(() => LandOwnership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownershipId' })
  ownership?: LandOwnership;

  /** The owner and use the record had when the plan was done (the 归并前 facts, kept for the ledger). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  formerOwnerKind: OwnerKind | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  formerOwnerName: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  formerUse: LandUse | null;
}
