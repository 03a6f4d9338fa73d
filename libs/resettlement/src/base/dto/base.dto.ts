import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDateText, Trim } from '@app/platform';
import { BASE_STAGE_LABELS, BASE_STAGES, type BaseStage } from '../../domain/resettlement-labels.js';

const STAGE_MESSAGE = `阶段只能是 ${BASE_STAGES.join('、')}（${BASE_STAGES.map((s) => BASE_STAGE_LABELS[s]).join('、')}）之一`;

/** A stage's planned and actual completion dates; a field left out keeps the stored one, null clears it. */
export class StageDateDto {
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: '计划完成日期' })
  @IsOptional()
  @IsCalendarDateText('计划完成日期')
  planned?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: '实际完成日期（不能晚于今天）' })
  @IsOptional()
  @IsCalendarDateText('实际完成日期')
  actual?: string | null;
}

/** Dates of the stages given (the others keep theirs). */
export class StageDatesDto {
  @ApiPropertyOptional({ type: StageDateDto, description: '规划' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StageDateDto)
  planning?: StageDateDto;

  @ApiPropertyOptional({ type: StageDateDto, description: '前期手续' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StageDateDto)
  preliminary?: StageDateDto;

  @ApiPropertyOptional({ type: StageDateDto, description: '在建' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StageDateDto)
  construction?: StageDateDto;

  @ApiPropertyOptional({ type: StageDateDto, description: '竣工' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StageDateDto)
  completed?: StageDateDto;

  @ApiPropertyOptional({ type: StageDateDto, description: '交付中' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StageDateDto)
  delivering?: StageDateDto;
}

export class CreateBaseDto {
  @ApiProperty({ description: '基地编号（大写字母和数字，2 至 20 位），导入房源时使用', example: 'EL' })
  @Trim()
  @IsString({ message: '请填写基地编号' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,19}$/, { message: '基地编号只能包含大写字母、数字和连字符，2 至 20 位' })
  code: string;

  @ApiProperty({ description: '基地名称', example: '二联小高层基地' })
  @Trim()
  @IsString({ message: '请填写基地名称' })
  @MinLength(2, { message: '请填写基地名称（至少 2 个字）' })
  @MaxLength(100, { message: '基地名称最多 100 个字' })
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '地址', example: '徐泾镇二联村' })
  @IsOptional()
  @Trim()
  @IsString({ message: '地址必须是文字' })
  @MaxLength(200, { message: '地址最多 200 个字' })
  address?: string | null;

  @ApiPropertyOptional({ enum: BASE_STAGES, enumName: 'BaseStage', description: '阶段，默认规划' })
  @IsOptional()
  @IsIn(BASE_STAGES, { message: STAGE_MESSAGE })
  stage?: BaseStage;

  @ApiPropertyOptional({ type: StageDatesDto })
  @IsOptional()
  @IsObject({ message: '阶段日期必须是对象' })
  @ValidateNested()
  @Type(() => StageDatesDto)
  stageDates?: StageDatesDto;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: '计划交付日期' })
  @IsOptional()
  @IsCalendarDateText('计划交付日期')
  plannedDeliveryOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '备注' })
  @IsOptional()
  @Trim()
  @IsString({ message: '备注必须是文字' })
  @MaxLength(2000, { message: '备注最多 2000 个字' })
  remarks?: string | null;
}

/** 阶段和日期的修改: every field optional but the version read. */
export class UpdateBaseDto {
  @ApiProperty({ type: 'integer', description: '读取时的版本号' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号必须是正整数' })
  version: number;

  @ApiPropertyOptional({ enum: BASE_STAGES, enumName: 'BaseStage' })
  @IsOptional()
  @IsIn(BASE_STAGES, { message: STAGE_MESSAGE })
  stage?: BaseStage;

  @ApiPropertyOptional({ type: StageDatesDto, description: '给出的阶段的日期（未给出的阶段不变）' })
  @IsOptional()
  @IsObject({ message: '阶段日期必须是对象' })
  @ValidateNested()
  @Type(() => StageDatesDto)
  stageDates?: StageDatesDto;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: '计划交付日期' })
  @IsOptional()
  @IsCalendarDateText('计划交付日期')
  plannedDeliveryOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '备注' })
  @IsOptional()
  @Trim()
  @IsString({ message: '备注必须是文字' })
  @MaxLength(2000, { message: '备注最多 2000 个字' })
  remarks?: string | null;
}

export class CreateBuildingDto {
  @ApiProperty({ description: '楼号', example: '12号楼' })
  @Trim()
  @IsString({ message: '请填写楼号' })
  @MinLength(1, { message: '请填写楼号' })
  @MaxLength(40, { message: '楼号最多 40 个字' })
  code: string;

  @ApiProperty({ type: 'integer', description: '地上层数', example: 18 })
  @IsInt({ message: '层数必须是整数' })
  @Min(1, { message: '层数至少为 1' })
  @Max(60, { message: '层数最多为 60' })
  floors: number;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: '期房楼栋的计划交付日期；现房不填' })
  @IsOptional()
  @IsCalendarDateText('计划交付日期')
  plannedDeliveryOn?: string | null;
}
