import { Column, Entity, Index } from 'typeorm';
import type { FacilityKind } from '../domain/subject-values.js';
import { SubjectBase } from '../shared/subject-base.entity.js';

/** 市政设施: power lines, pipes, roads… on the land. */
@Entity('municipal_facility')
@Index('uq_facility_project_code', ['projectId', 'code'], { unique: true })
@Index('idx_facility_parcel_case_status', ['parcelId', 'caseStatus', 'code', 'id'])
@Index('idx_facility_project_case_status', ['projectId', 'caseStatus', 'code', 'id'])
export class MunicipalFacility extends SubjectBase {
  @Column({ type: 'varchar', length: 30 })
  kind: FacilityKind;

  /** 产权单位. */
  @Column({ type: 'varchar', length: 100 })
  ownerUnit: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  quantity: string;

  /** 计量单位, e.g. 米, 根, 座. */
  @Column({ type: 'varchar', length: 10 })
  unit: string;
}
