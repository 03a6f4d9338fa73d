import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsAreaValue, PageQueryDto, Trim } from '@app/platform';
import {
  LAND_USE_LABELS,
  LAND_USES,
  OWNER_KIND_LABELS,
  OWNER_KINDS,
  SURVEY_STATUS_LABELS,
  SURVEY_STATUSES,
  type LandUse,
  type OwnerKind,
  type SurveyStatus,
} from '../domain/ownership-rules.js';

const choices = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => `${k}（${labels[k]}）`).join('、');
export const OWNER_MESSAGE = `所有权人类型只能是 ${choices(OWNER_KINDS, OWNER_KIND_LABELS)} 之一`;
export const USE_MESSAGE = `土地用途只能是 ${choices(LAND_USES, LAND_USE_LABELS)} 之一`;
const STATUS_MESSAGE = `调查状态只能是 ${choices(SURVEY_STATUSES, SURVEY_STATUS_LABELS)} 之一`;
/** 登记编号: letters, digits and hyphens, as every code of the system. */
export const OWNERSHIP_CODE = /^[A-Z0-9][A-Z0-9-]{1,29}$/;
const CODE_MESSAGE = '登记编号只能包含大写字母、数字和连字符，2 至 30 位';

export class ListOwnershipDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '所在村', example: '二联村' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50, { message: '村最多 50 个字' })
  village?: string;

  @ApiPropertyOptional({ description: '所有权人类型', enum: OWNER_KINDS, enumName: 'OwnerKind' })
  @IsOptional()
  @IsIn(OWNER_KINDS, { message: OWNER_MESSAGE })
  owner?: OwnerKind;

  @ApiPropertyOptional({ description: '调查状态', enum: SURVEY_STATUSES, enumName: 'SurveyStatus' })
  @IsOptional()
  @IsIn(SURVEY_STATUSES, { message: STATUS_MESSAGE })
  status?: SurveyStatus;

  @ApiPropertyOptional({ description: '土地用途', enum: LAND_USES, enumName: 'LandUse' })
  @IsOptional()
  @IsIn(LAND_USES, { message: USE_MESSAGE })
  use?: LandUse;

  @ApiPropertyOptional({ description: '关键字：登记编号、所有权人或证书编号的一部分' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50, { message: '关键字最多 50 个字符' })
  q?: string;
}

class OwnershipFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: '坐落（不在项目地块上的土地须填写）', example: '二联村北横港以南' })
  @IsOptional()
  @Trim()
  @IsString({ message: '坐落必须是文字' })
  @MaxLength(100, { message: '坐落最多 100 个字' })
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '所有权证书编号（已确权的必填）', example: '沪集有(2013)青字第001号' })
  @IsOptional()
  @Trim()
  @IsString({ message: '证书编号必须是文字' })
  @MaxLength(50, { message: '证书编号最多 50 个字' })
  certificateNo?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '备注' })
  @IsOptional()
  @Trim()
  @IsString({ message: '备注必须是文字' })
  @MaxLength(2000, { message: '备注最多 2000 个字' })
  remarks?: string | null;
}

export class CreateOwnershipDto extends OwnershipFieldsDto {
  @ApiProperty({ description: '登记编号（唯一，再次导入时按它更新）', example: 'EL-JT-001' })
  @Trim()
  @IsString({ message: '请填写登记编号' })
  @Matches(OWNERSHIP_CODE, { message: CODE_MESSAGE })
  code: string;

  @ApiPropertyOptional({ description: '所在村（填了地块时取地块的村）', example: '二联村' })
  @IsOptional()
  @Trim()
  @IsString({ message: '村必须是文字' })
  @IsNotEmpty({ message: '请填写所在村' })
  @MaxLength(50, { message: '村最多 50 个字' })
  village?: string;

  @ApiPropertyOptional({ description: '项目编号（土地在项目地块上时填写，与地块编号一起）', example: 'GJ17' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20, { message: '项目编号最多 20 个字符' })
  projectCode?: string;

  @ApiPropertyOptional({ description: '地块编号', example: 'GJ17-01' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(30, { message: '地块编号最多 30 个字符' })
  parcelCode?: string;

  @ApiProperty({ enum: OWNER_KINDS, enumName: 'OwnerKind', description: '所有权人类型：town 镇集体、village 村集体、group 村民小组' })
  @IsIn(OWNER_KINDS, { message: OWNER_MESSAGE })
  ownerKind: OwnerKind;

  @ApiProperty({ description: '所有权人名称', example: '二联村农民集体' })
  @Trim()
  @IsString({ message: '请填写所有权人' })
  @IsNotEmpty({ message: '请填写所有权人' })
  @MaxLength(100, { message: '所有权人最多 100 个字' })
  ownerName: string;

  @ApiProperty({ description: '面积（平方米，最多两位小数）', example: '12500.50' })
  @IsAreaValue('面积')
  area: string;

  @ApiProperty({ enum: LAND_USES, enumName: 'LandUse', description: '土地用途' })
  @IsIn(LAND_USES, { message: USE_MESSAGE })
  landUse: LandUse;
}

export class UpdateOwnershipDto extends OwnershipFieldsDto {
  @ApiProperty({ description: '版本号（乐观锁，填写读取时的 version）', example: 1 })
  @IsInt({ message: '请提供版本号' })
  @Min(1)
  version: number;

  @ApiPropertyOptional({ enum: OWNER_KINDS, enumName: 'OwnerKind' })
  @IsOptional()
  @IsIn(OWNER_KINDS, { message: OWNER_MESSAGE })
  ownerKind?: OwnerKind;

  @ApiPropertyOptional({ description: '所有权人名称' })
  @IsOptional()
  @Trim()
  @IsString({ message: '所有权人必须是文字' })
  @IsNotEmpty({ message: '请填写所有权人' })
  @MaxLength(100, { message: '所有权人最多 100 个字' })
  ownerName?: string;

  @ApiPropertyOptional({ description: '面积（平方米，最多两位小数）' })
  @IsOptional()
  @IsAreaValue('面积')
  area?: string;

  @ApiPropertyOptional({ enum: LAND_USES, enumName: 'LandUse' })
  @IsOptional()
  @IsIn(LAND_USES, { message: USE_MESSAGE })
  landUse?: LandUse;
}

export class ChangeSurveyStatusDto {
  @ApiProperty({ enum: SURVEY_STATUSES, enumName: 'SurveyStatus', description: '新的调查状态（只能向前：未调查 → 调查中 → 已确权）' })
  @IsIn(SURVEY_STATUSES, { message: STATUS_MESSAGE })
  status: SurveyStatus;

  @ApiPropertyOptional({ description: '所有权证书编号（确权时填写，或已在记录上）' })
  @IsOptional()
  @Trim()
  @IsString({ message: '证书编号必须是文字' })
  @MaxLength(50, { message: '证书编号最多 50 个字' })
  certificateNo?: string;

  @ApiProperty({ description: '版本号（乐观锁）', example: 1 })
  @IsInt({ message: '请提供版本号' })
  @Min(1)
  version: number;
}

export class VersionDto {
  @ApiProperty({ description: '版本号（乐观锁，填写读取时的 version）', example: 1 })
  @IsInt({ message: '请提供版本号' })
  @Min(1)
  version: number;
}
