import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseFile } from '@app/cases';
import { Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import { ResettlementUnit } from '../unit/unit.entity.js';
import type { AllocationPurpose, AllocationStatus } from '../domain/resettlement-labels.js';

/**
 * A household's holding of a unit: its resettlement flat chosen in a 选房 round, or a 周转房. The partial
 * unique index is the rule that a unit is held by at most one household at a time: of concurrent requests
 * for one unit exactly one inserts its row. Released holdings stay as history (release and re-allocation
 * are audited); delivery (交房) records the date, who handed the keys over and the signed receipt.
 */
@Entity('unit_allocation')
@Index('uq_unit_allocation_holding', ['unitId'], { unique: true, where: `status IN ('reserved', 'allocated', 'delivered')` })
@Index('idx_unit_allocation_case', ['caseId', 'status'])
@Index('idx_unit_allocation_project', ['projectId', 'status'])
export class UnitAllocation extends VersionedEntity {
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => ResettlementUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: ResettlementUnit;

  @Column({ type: 'uuid' })
  baseId: string;

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

  /** The signed agreement the household chose under. */
  @Column({ type: 'uuid' })
  agreementId: string;

  /** The 选房 round it was chosen in (null for a 周转房 or an allocation outside a round). */
  @Column({ type: 'uuid', nullable: true })
  roundId: string | null;

  @Column({ type: 'varchar', length: 20 })
  purpose: AllocationPurpose;

  @Column({ type: 'varchar', length: 20 })
  status: AllocationStatus;

  @Column({ type: 'varchar', length: 50 })
  allocatedBy: string;

  @Column({ type: 'timestamptz' })
  allocatedAt: Date;

  /**
   * 预留: the unit set aside for this household before it chooses (e.g. a ground-floor flat for a household with a
   * disabled member), when, by whom and why. A reservation becomes the allocation when the household takes the unit.
   */
  @Column({ type: 'timestamptz', nullable: true })
  reservedAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  reservedBy: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reserveReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  releasedBy: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  releaseReason: string | null;

  /** 交房: the date the keys were handed over, by whom, and the household's signed receipt. */
  @Column({ type: 'date', nullable: true })
  deliveredOn: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  deliveredBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  receiptAttachmentId: string | null;
}
