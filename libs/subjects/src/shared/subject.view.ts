import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus } from '@app/cases';
import { ApiInstant, formatArea, toShanghaiIso } from '@app/platform';
import type { SubjectBase } from './subject-base.entity.js';
import type { SubjectRecord } from './subject.repository.js';

/** The fields every kind of subject shows: identity, location codes, case and version. */
export class SubjectView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: '编号（项目内唯一）', example: 'GJ17-0001' })
  code!: string;

  @ApiProperty({ type: String, nullable: true, description: '项目编号' })
  projectCode!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '地块编号' })
  parcelCode!: string | null;

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  caseId!: string | null;

  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus', nullable: true })
  caseStatus!: CaseStatus | null;

  @ApiProperty({ type: 'integer', description: '乐观锁版本（修改时提交）' })
  version!: number;

  @ApiInstant()
  updatedAt!: string;
}

/** The fields every kind of subject shows: identity, location codes, case and version. */
export function subjectBaseView<T extends SubjectBase>(s: SubjectRecord<T>): SubjectView {
  return {
    id: s.id,
    code: s.code,
    projectCode: s.project?.code ?? null,
    parcelCode: s.parcel?.code ?? null,
    remarks: s.remarks,
    caseId: s.caseFile?.id ?? null,
    caseStatus: s.caseFile?.status ?? null,
    version: s.version,
    updatedAt: toShanghaiIso(s.updatedAt),
  };
}

/** An area (or quantity) as a decimal string with two decimals, or null. */
export function areaView(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : formatArea(value);
}
