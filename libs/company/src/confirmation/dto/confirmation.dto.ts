import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { SUBJECT_TYPES, type SubjectType } from '@app/cases';
import { PageQueryDto, Trim } from '@app/platform';
import { PickerQuery } from '@app/subjects';

export class CreateConfirmationBatchDto {
  @ApiProperty({ type: [String], format: 'uuid', description: '提交确认的案件（须为本项目“已摸底”且不在其他待确认批次中），1–200 个' })
  @IsArray({ message: '必须是案件编号的列表' })
  @ArrayMinSize(1, { message: '至少要有 1 个' })
  @ArrayMaxSize(200, { message: '最多 200 个' })
  @IsUUID('all', { each: true, message: '中有编号格式不正确的案件' })
  caseIds: string[];

  @ApiPropertyOptional({ description: '批次说明', example: '二联村第一批已摸底民房' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class AnswerDto {
  @ApiProperty({ type: 'integer', description: '读取时的版本号（防止覆盖他人的答复）' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1)
  version: number;
}

export class RejectDto extends AnswerDto {
  @ApiProperty({ description: '退回原因（必填）', example: '认定面积与现场复核不符' })
  @Trim()
  @IsString({ message: '请填写退回原因' })
  @MinLength(2, { message: '退回原因至少 2 个字' })
  @MaxLength(500)
  reason: string;

  @ApiPropertyOptional({ description: '公司认为正确的金额（元，最多两位小数）', example: '182000.50' })
  @IsOptional()
  @Matches(/^\d{1,13}(\.\d{1,2})?$/, { message: '公司认定金额必须是不超过两位小数的非负金额（元）' })
  companyFigure?: string;
}

export class ListConfirmationBatchesQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'closed'], description: 'open 待公司确认，closed 已完成；不填为全部' })
  @IsOptional()
  @IsIn(['open', 'closed'], { message: '状态只能是 open 或 closed' })
  state?: 'open' | 'closed';
}

export class ReviewConfirmationBatchesQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  project?: string;

  @ApiPropertyOptional({ enum: ['pending', 'closed', 'all'], description: 'pending 待公司确认（默认），closed 已完成，all 全部' })
  @IsOptional()
  @IsIn(['pending', 'closed', 'all'], { message: '范围只能是 pending、closed 或 all' })
  state?: 'pending' | 'closed' | 'all';
}

export class CandidatesQuery extends PickerQuery {
  @ApiPropertyOptional({ enum: SUBJECT_TYPES, enumName: 'SubjectType', description: '征收对象类型' })
  @IsOptional()
  @IsIn(SUBJECT_TYPES, { message: '征收对象类型不正确' })
  subjectType?: SubjectType;

  @ApiPropertyOptional({ description: '地块编号' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  parcel?: string;
}
