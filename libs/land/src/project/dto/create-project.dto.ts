import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Trim } from '@app/platform';
import { PROJECT_STATUSES, type ProjectStatus } from '../../domain/land-status.js';

export class CreateProjectDto {
  @ApiProperty({ description: '项目编号（大写字母、数字和连字符，如 GJ17）', example: 'GJ17' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,19}$/, { message: '项目编号只能包含大写字母、数字和连字符，2 至 20 位' })
  code: string;

  @ApiProperty({ description: '项目名称', example: '轨交17号线' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ description: '所属区域', example: '两线一圈' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  zone?: string;

  @ApiPropertyOptional({ description: '收储单位（默认西虹桥公司）', example: '西虹桥公司' })
  @Trim()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  acquirer?: string;

  @ApiPropertyOptional({ description: '项目状态', enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @ApiPropertyOptional({ description: '计划开始日期', example: '2013-03-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '计划开始日期必须是 YYYY-MM-DD 格式的日期' })
  plannedStartOn?: string;

  @ApiPropertyOptional({ description: '计划完成日期', example: '2013-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '计划完成日期必须是 YYYY-MM-DD 格式的日期' })
  plannedEndOn?: string;

  @ApiPropertyOptional({ description: '备注' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  remarks?: string;
}
