import { Column, Entity, Index } from 'typeorm';
import { SubjectBase } from '../shared/subject-base.entity.js';

/** 遗留基地: land taken earlier and never fully cleared. */
@Entity('legacy_base')
@Index('uq_legacy_base_project_code', ['projectId', 'code'], { unique: true })
@Index('idx_legacy_base_parcel_case_status', ['parcelId', 'caseStatus', 'code', 'id'])
@Index('idx_legacy_base_project_case_status', ['projectId', 'caseStatus', 'code', 'id'])
export class LegacyBase extends SubjectBase {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 原项目. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  originalProject: string | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  area: string | null;

  /** 剩余户数. */
  @Column({ type: 'int', default: 0 })
  householdsRemaining: number;
}
