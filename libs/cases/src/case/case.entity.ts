import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Parcel, Project } from '@app/land';
import { VersionedEntity } from '@app/platform';
import type { CaseStatus, ResettlementStatus, SubjectType } from '../domain/case-lifecycle.js';

/** 案件 (一户一档): one per subject. */
@Entity('case_file')
@Index('uq_case_subject', ['subjectType', 'subjectId'], { unique: true })
@Index('idx_case_project_status', ['projectId', 'status'])
// A project's cases in id order (keyset reads such as the recalculation's chunks walk it instead of sorting).
@Index('idx_case_project_id', ['projectId', 'id'])
@Index('idx_case_parcel', ['parcelId'])
export class CaseFile extends VersionedEntity {
  @Column({ type: 'varchar', length: 20 })
  subjectType: SubjectType;

  @Column({ type: 'uuid' })
  subjectId: string;

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

  @Column({ type: 'varchar', length: 20, default: 'surveying' })
  status: CaseStatus;

  @Column({ type: 'varchar', length: 20, default: 'none' })
  resettlementStatus: ResettlementStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;
}
