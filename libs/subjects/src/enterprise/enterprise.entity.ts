import { Column, Entity, Index } from 'typeorm';
import { SubjectBase } from '../shared/subject-base.entity.js';

/** 企业. */
@Entity('enterprise')
@Index('uq_enterprise_project_code', ['projectId', 'code'], { unique: true })
@Index('idx_enterprise_parcel_case_status', ['parcelId', 'caseStatus', 'code', 'id'])
@Index('idx_enterprise_project_case_status', ['projectId', 'caseStatus', 'code', 'id'])
export class Enterprise extends SubjectBase {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 统一社会信用代码 (GB 32100-2015). */
  @Column({ type: 'varchar', length: 18 })
  creditCode: string;

  @Column({ type: 'varchar', length: 50 })
  legalRepresentative: string;

  /** 占地面积 m². */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  landArea: string | null;

  /** 建筑面积 m². */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  buildingArea: string | null;

  @Column({ type: 'int', nullable: true })
  employees: number | null;

  /** 经营类型, e.g. 制造业. */
  /** 停产停业月数 (compensated as months × the monthly figure). */
  @Column({ type: 'int', nullable: true })
  suspensionMonths: number | null;

  /** 停产停业损失的月度金额, 元/月. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  monthlyLoss: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  businessType: string | null;
}
