import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Parcel, Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import type { ViolationKind, ViolationStatus } from './domain/violation-rules.js';

/** The subject a violation is charged to, when the register knows it. */
export type ResponsibleSubjectType = 'household' | 'enterprise';

/**
 * 违法行为 in the 综合整治 register: an illegal land use, an illegal building or a dumping of construction waste, where
 * it is (a project's parcel and/or an address, always a village), how large, when it was found, who is responsible
 * and how far it has been rectified.
 */
@Entity('rectification_violation')
@Index('idx_rectification_violation_village', ['village', 'discoveredAt'])
@Index('idx_rectification_violation_parcel', ['parcelId', 'status'])
@Index('idx_rectification_violation_subject', ['responsibleSubjectId'])
@Check('chk_rectification_violation_kind', `kind IN ('illegal_land', 'illegal_building', 'waste_dumping')`)
@Check('chk_rectification_violation_status', `status IN ('found', 'notice_issued', 'rectifying', 'rectified', 'demolished')`)
@Check('chk_rectification_violation_closed', `("closedOn" IS NULL) = (status NOT IN ('rectified', 'demolished'))`)
@Check(
  'chk_rectification_violation_measure',
  `(kind = 'waste_dumping' AND volume > 0 AND area IS NULL) OR (kind <> 'waste_dumping' AND area > 0 AND volume IS NULL)`,
)
export class Violation extends VersionedEntity {
  /** The register's running number (shown as `ZZ-0001`). */
  @Column({ type: 'int', unique: true })
  @Generated('increment')
  serialNo: number;

  @Column({ type: 'varchar', length: 20 })
  kind: ViolationKind;

  @Column({ type: 'varchar', length: 50 })
  village: string;

  /** The project of its parcel (null for land in no project). */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  @Column({ type: 'uuid', nullable: true })
  parcelId: string | null;

  @ManyToOne(() => Parcel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parcelId' })
  parcel?: Parcel;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  /** m² (违法用地, 违法建筑). */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  area: string | null;

  /** m³ (渣土乱倒). */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  volume: string | null;

  /** When it was found; its Shanghai day decides stock (存量) or new (新增) for a year. */
  @Column({ type: 'timestamptz' })
  discoveredAt: Date;

  @Column({ type: 'varchar', length: 20, nullable: true })
  responsibleSubjectType: ResponsibleSubjectType | null;

  /** The household or enterprise responsible, when known. */
  @Column({ type: 'uuid', nullable: true })
  responsibleSubjectId: string | null;

  /** The responsible person or unit in words, when no subject is known. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  responsibleText: string | null;

  @Column({ type: 'varchar', length: 20, default: 'found' })
  status: ViolationStatus;

  /** 整改期限, set when the notice is issued. */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  /** The day it was rectified or demolished (消除). */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;
}

/** One step of a violation's status (or its registration, from null): the day, who, and a note. Never changed. */
@Entity('rectification_step')
@Index('idx_rectification_step_violation', ['violationId', 'createdAt'])
export class ViolationStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  violationId: string;

  @ManyToOne(() => Violation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'violationId' })
  violation?: Violation;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: ViolationStatus | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus: ViolationStatus;

  /** The day it happened (Shanghai calendar date). */
  @Column({ type: 'date' })
  stepOn: string;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 50 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
