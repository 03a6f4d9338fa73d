import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '@app/platform';
import { ENTITY_PARAM } from '../../domain/entity-filter.js';

export const AUDIT_OUTCOMES = ['success', 'failure'] as const;

export class ListAuditQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: '对象（对象类型如 household，或 类型:ID 如 case:…；登录记录的 ID 为用户名）', example: 'household' })
  @IsOptional()
  @IsString()
  @Matches(ENTITY_PARAM, { message: '对象须写成“类型”或“类型:ID”，如 household 或 user:officer' })
  entity?: string;

  @ApiPropertyOptional({ description: '对象类型', example: 'household' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  entityType?: string;

  @ApiPropertyOptional({ description: '对象 ID（登录记录为用户名）' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ description: '操作用户（用户名）', example: 'officer' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  user?: string;

  @ApiPropertyOptional({ description: '操作', example: 'case.transition' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  projectCode?: string;

  @ApiPropertyOptional({ description: '结果', enum: AUDIT_OUTCOMES })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES, { message: '结果只能是 success 或 failure' })
  outcome?: (typeof AUDIT_OUTCOMES)[number];

  @ApiPropertyOptional({ description: '开始日期（含，上海时间）', example: '2013-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '开始日期必须是 YYYY-MM-DD 格式的日期' })
  from?: string;

  @ApiPropertyOptional({ description: '结束日期（含，上海时间）', example: '2013-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '结束日期必须是 YYYY-MM-DD 格式的日期' })
  to?: string;
}
