import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '@app/platform';
import { PROJECT_STATUSES } from '../../domain/land-status.js';

export class ListProjectsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: '项目编号或名称（模糊匹配）' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ description: '项目状态', enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: string;
}
