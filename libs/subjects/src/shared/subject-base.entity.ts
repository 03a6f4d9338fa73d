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

  /**
   * Unique within the project, e.g. `GJ17-0001`. Compared byte by byte (collation "C"): the same order on every
   * machine, and a code prefix is a range of the (projectId, code) index.
   */
  @Column({ type: 'varchar', length: 40, collation: 'C' })
  code: string;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  /**
   * The status of the subject's case (null without one), kept by triggers on `case_file` in the same statement as
   * every change of a case (migration `SubjectCaseStatus`): a list filtered by status walks the (projectId, caseStatus,
   * code, id) index instead of looking up each row's case. Never written by the app, never read into answers (the
   * case itself is joined for those).
   */
  @Column({ type: 'varchar', length: 20, nullable: true, insert: false, update: false, select: false })
  caseStatus?: string | null;
}
