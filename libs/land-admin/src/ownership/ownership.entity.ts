import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Parcel } from '@app/land';
import { VersionedEntity } from '@app/platform';
import type { LandUse, OwnerKind, SurveyStatus } from './domain/ownership-rules.js';

/**
 * 集体土地所有权: one piece of collective land as the ownership survey records it — on a project's parcel, or on land no
 * project holds yet (then only its village places it). `code` (登记编号) identifies it, also for re-imports.
 */
@Entity('land_ownership')
@Index('uq_land_ownership_code', ['code'], { unique: true })
@Index('uq_land_ownership_certificate', ['certificateNo'], { unique: true, where: '"certificateNo" IS NOT NULL' })
@Index('idx_land_ownership_village', ['village'])
@Index('idx_land_ownership_project', ['projectId'])
export class LandOwnership extends VersionedEntity {
  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 50 })
  village: string;

  /** The project of `parcelId` (kept with it, for scoping); null for land in no project. */
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'uuid', nullable: true })
  parcelId: string | null;

  @ManyToOne(() => Parcel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parcelId' })
  parcel?: Parcel;

  /** 坐落: where the land lies (for land without a parcel). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 10 })
  ownerKind: OwnerKind;

  /** 所有权人, e.g. 二联村农民集体, 二联村第三村民小组. */
  @Column({ type: 'varchar', length: 100 })
  ownerName: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  certificateNo: string | null;

  /** m², exact. */
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  area: string;

  @Column({ type: 'varchar', length: 20 })
  landUse: LandUse;

  @Column({ type: 'varchar', length: 20, default: 'unsurveyed' })
  surveyStatus: SurveyStatus;

  @Column({ type: 'text', nullable: true })
  remarks: string | null;
}
