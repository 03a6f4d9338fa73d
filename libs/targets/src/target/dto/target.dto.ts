import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDateText, Trim } from '@app/platform';
import { TARGET_MEASURE_LABELS, TARGET_MEASURES, TARGET_UNITS, type TargetMeasure, type TargetUnit } from '../../domain/target-measures.js';

/** A non-negative quantity with at most two decimals (households, persons, m²). */
const QUANTITY = /^\d{1,12}(\.\d{1,2})?$/;
const MEASURE_MESSAGE = `计量口径只能是 ${TARGET_MEASURES.map((m) => `${m}（${TARGET_MEASURE_LABELS[m]}）`).join('、')} 之一`;
const UNIT_MESSAGE = `计量单位只能是 ${TARGET_UNITS.join('、')} 之一`;

export class TargetYearQueryDto {
  @ApiPropertyOptional({ type: 'integer', description: '年度（默认今年）', example: 2013 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年度必须是整数' })
  @Min(2000, { message: '年度不能早于 2000 年' })
  @Max(2100, { message: '年度不能晚于 2100 年' })
  year?: number;
}

class TargetFieldsDto {
  @ApiPropertyOptional({ type: [String], description: '限定项目（项目编号；不填为全部项目）', example: ['GJ17'] })
  @IsOptional()
  @IsArray({ message: '限定项目必须是项目编号列表' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  projectCodes?: string[];

  @ApiPropertyOptional({ type: [String], description: '限定安置基地（基地编号；仅住房解决、过渡户清退）', example: ['BC'] })
  @IsOptional()
  @IsArray({ message: '限定安置基地必须是基地编号列表' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  baseCodes?: string[];

  @ApiPropertyOptional({ type: 'integer', description: '排列顺序（小的在前）', example: 1 })
  @IsOptional()
  @IsInt({ message: '排列顺序必须是整数' })
  @Min(0)
  @Max(9999)
  position?: number;
}

export class CreateTargetDto extends TargetFieldsDto {
  @ApiProperty({ type: 'integer', example: 2013 })
  @IsInt({ message: '年度必须是整数' })
  @Min(2000, { message: '年度不能早于 2000 年' })
  @Max(2100, { message: '年度不能晚于 2100 年' })
  year: number;

  @ApiProperty({ description: '目标名称', example: '解决536户动迁户居民住房问题' })
  @Trim()
  @IsString({ message: '请填写目标名称' })
  @MinLength(2, { message: '目标名称至少 2 个字' })
  @MaxLength(200, { message: '目标名称不能超过 200 个字' })
  name: string;

  @ApiProperty({ enum: TARGET_MEASURES, enumName: 'TargetMeasure', description: '计量口径' })
  @IsIn(TARGET_MEASURES, { message: MEASURE_MESSAGE })
  measure: TargetMeasure;

  @ApiProperty({ description: '目标值（最多两位小数）', example: '536' })
  @Matches(QUANTITY, { message: '目标值必须是不小于 0 的数，最多两位小数' })
  targetValue: string;

  @ApiProperty({ enum: TARGET_UNITS, enumName: 'TargetUnit', description: '计量单位' })
  @IsIn(TARGET_UNITS, { message: UNIT_MESSAGE })
  unit: TargetUnit;

  @ApiPropertyOptional({ format: 'uuid', description: '时间节点（计量口径为 milestone 时必填：该节点完成即目标完成）' })
  @IsOptional()
  @IsUUID('all', { message: '时间节点编号格式不正确' })
  milestoneId?: string;
}

export class UpdateTargetDto extends TargetFieldsDto {
  @ApiProperty({ description: '版本号（乐观锁，填写读取时的 version）', example: 1 })
  @IsInt({ message: '请提供版本号' })
  @Min(1)
  version: number;

  @ApiPropertyOptional({ description: '目标名称' })
  @IsOptional()
  @Trim()
  @IsString({ message: '目标名称必须是文字' })
  @MinLength(2, { message: '目标名称至少 2 个字' })
  @MaxLength(200, { message: '目标名称不能超过 200 个字' })
  name?: string;

  @ApiPropertyOptional({ description: '目标值（最多两位小数）', example: '536' })
  @IsOptional()
  @Matches(QUANTITY, { message: '目标值必须是不小于 0 的数，最多两位小数' })
  targetValue?: string;

  @ApiPropertyOptional({ enum: TARGET_UNITS, enumName: 'TargetUnit', description: '计量单位' })
  @IsOptional()
  @IsIn(TARGET_UNITS, { message: UNIT_MESSAGE })
  unit?: TargetUnit;
}

export class CreateProgressEntryDto {
  @ApiProperty({ format: 'date', description: '进展日期（目标年度内，不晚于今天）', example: '2013-06-30' })
  @IsCalendarDateText('进展日期')
  enteredOn: string;

  @ApiProperty({ description: '本次完成量（目标的计量单位，最多两位小数，大于 0）', example: '120' })
  @Matches(QUANTITY, { message: '完成量必须是大于 0 的数，最多两位小数' })
  value: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '说明', example: '第二期职业技能培训结业' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500, { message: '说明不能超过 500 个字' })
  note?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: '佐证材料（已上传附件的 id）' })
  @IsOptional()
  @IsUUID('all', { message: '佐证材料必须是附件编号' })
  evidenceAttachmentId?: string | null;
}
