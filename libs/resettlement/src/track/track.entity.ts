import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseFile } from '@app/cases';
import { VersionedEntity } from '@app/platform';
import type { ResettlementTrack } from '../domain/resettlement-labels.js';

/**
 * A household's resettlement track (安置进程), one row per case with a signed agreement: `none` until it
 * vacates; a property-swap household is then `transitional` (过渡户) from its vacating date until all its
 * allocated units are delivered, when it is `resettled` on the last delivery's date. A monetary household
 * is `resettled` on the date it is paid in full. `resettledOn` is the date the annual target counts as
 * 住房问题解决. Kept in the transaction of the step that causes each change.
 */
@Entity('resettlement_track')
@Index('uq_resettlement_track_case', ['caseId'], { unique: true })
@Index('idx_resettlement_track_project', ['projectId', 'track'])
@Index('idx_resettlement_track_resettled', ['resettledOn'])
// The transitional stock's order (FeeRepository.stockPage): every project's, and one project's.
@Index('idx_resettlement_track_stock', ['transitionalSince', 'caseId'], { where: `track = 'transitional' AND method = 'swap'` })
@Index('idx_resettlement_track_project_stock', ['projectId', 'transitionalSince', 'caseId'], { where: `track = 'transitional' AND method = 'swap'` })
export class ResettlementTrackRecord extends VersionedEntity {
  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caseId' })
  caseFile?: CaseFile;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  /** The agreement's 补偿方式 (`monetary` or `swap`) and 过渡方式 (`monetary` or `turnover_flat`). */
  @Column({ type: 'varchar', length: 20 })
  method: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  transitionMethod: string | null;

  /** The agreement's 过渡期限 in months (the fee rises after it). */
  @Column({ type: 'int', nullable: true })
  transitionMonths: number | null;

  /** 认定人口 (the fee may be per person). */
  @Column({ type: 'int', default: 0 })
  persons: number;

  @Column({ type: 'varchar', length: 20, default: 'none' })
  track: ResettlementTrack;

  /** 腾地日期: transitional from this date. */
  @Column({ type: 'date', nullable: true })
  transitionalSince: string | null;

  /** The last unit's delivery date (swap). */
  @Column({ type: 'date', nullable: true })
  deliveredOn: string | null;

  /** 住房问题解决 date. */
  @Column({ type: 'date', nullable: true })
  resettledOn: string | null;
}
