import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseFile } from '@app/cases';
import { Parcel, Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import type { HandoverStatus } from '../domain/handover-rules.js';

/**
 * 移交单: the town hands a parcel over to 西虹桥公司 — when, how much land, who of each side — and the company
 * accepts it (the parcel and its settled cases are then handed over) or returns it with a reason.
 */
@Entity('handover')
@Index('idx_handover_project', ['projectId', 'handedOverOn'])
@Index('idx_handover_parcel', ['parcelId'])
// One record at a time waits for the company per parcel.
@Index('uq_handover_parcel_submitted', ['parcelId'], { unique: true, where: `status = 'submitted'` })
export class HandoverRecord extends VersionedEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  @Column({ type: 'uuid' })
  parcelId: string;

  @ManyToOne(() => Parcel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parcelId' })
  parcel?: Parcel;

  /** 移交日期. */
  @Column({ type: 'date' })
  handedOverOn: string;

  /** 移交面积, m² with 2 decimals. */
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  area: string;

  /** 镇方移交人员. */
  @Column({ type: 'varchar', length: 500 })
  townPeople: string;

  /** 公司方接收人员. */
  @Column({ type: 'varchar', length: 500 })
  companyPeople: string;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  @Column({ type: 'varchar', length: 20, default: 'submitted' })
  status: HandoverStatus;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  /** Who accepted or returned it, when, and why it was returned. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  answeredBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  returnReason: string | null;
}

/** A case an admin excluded from its parcel's handover (e.g. a household that cannot be settled), with the reason. */
@Entity('handover_exclusion')
@Index('uq_handover_exclusion_case', ['caseId'], { unique: true })
export class HandoverExclusion extends VersionedEntity {
  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caseId' })
  caseFile?: CaseFile;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  parcelId: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;
}
