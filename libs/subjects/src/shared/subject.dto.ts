import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { CASE_STATUSES, RESETTLEMENT_STATUSES, type CaseStatus, type ResettlementStatus } from '@app/cases';
import { PageQueryDto } from '@app/platform';
import { TextField } from './subject-fields.js';

/** Where a new subject lies, and the remarks every kind has. */
export class SubjectLocationDto {
  @ApiProperty({ description: '项目编号', example: 'GJ17' })
  @TextField(20)
  projectCode: string;

  @ApiProperty({ description: '地块编号', example: 'GJ17-01' })
  @TextField(30)
  parcelCode: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '备注' })
  @TextField(2000, { optional: true })
  remarks?: string | null;
}

/** The optimistic lock every PATCH carries. */
export class VersionDto {
  @ApiProperty({ description: '版本号（乐观锁，填写读取时的 version）', example: 1 })
  @IsInt()
  @Min(1)
  version: number;
}

/** `sort` values for the given fields: `field` ascending, `-field` descending. */
export function sortKeys<F extends string>(fields: readonly F[]): Array<F | `-${F}`> {
  return fields.flatMap((f) => [f, `-${f}` as const]);
}

/** Filters every subject list takes. */
export class SubjectListQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  project?: string;

  @ApiPropertyOptional({ description: '地块编号', example: 'GJ17-01' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  parcel?: string;

  @ApiPropertyOptional({ description: '关键字（编号前缀、名称的一部分或完整证件号）' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ description: '案件状态', enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ description: '案件进度：该状态及以后（如 signed = 已签约、已腾地、已结算、已移交）', enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  reached?: CaseStatus;

  @ApiPropertyOptional({ description: '过渡安置状态（如 transitional = 过渡户）', enum: RESETTLEMENT_STATUSES })
  @IsOptional()
  @IsIn(RESETTLEMENT_STATUSES)
  resettlement?: ResettlementStatus;

  @ApiPropertyOptional({ description: '从上一页答复的 next 之后接着读（按键翻页，深页也快；给出时忽略 page）' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: '翻页位置（after）无效，请从第一页重新查看' })
  after?: string;
}
