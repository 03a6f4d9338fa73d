import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { Parcel, Project } from '@app/land';
import { VersionedEntity } from '@app/platform';

/** Columns every kind of 征收对象 shares: where it is, its code, and an optimistic-lock version. */
export abstract class SubjectBase extends VersionedEntity {
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

  /** Unique within the project, e.g. `GJ17-0001`. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;
}
