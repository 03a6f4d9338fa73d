import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '@app/platform';
import type { LandOwnership, ParcelStatus } from '../domain/land-status.js';
import { Project } from '../project/project.entity.js';

/** 地块: a piece of land in a project. */
@Entity('parcel')
@Index('uq_parcel_project_code', ['projectId', 'code'], { unique: true })
export class Parcel extends VersionedEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Project;

  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 50 })
  village: string;

  @Column({ type: 'varchar', length: 20 })
  landOwnership: LandOwnership;

  /** m², 2 decimals. */
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  area: string;

  @Column({ type: 'varchar', length: 20, default: 'surveying' })
  status: ParcelStatus;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;
}
