import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SubjectListQuery, sortKeys } from '../../shared/subject.dto.js';

export const ENTERPRISE_SORTS = sortKeys(['code', 'name', 'updatedAt'] as const);

export class ListEnterprisesQuery extends SubjectListQuery {
  @ApiPropertyOptional({ description: '排序（字段名，前加 - 为倒序）', enum: ENTERPRISE_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(ENTERPRISE_SORTS, { message: `排序只能是 ${ENTERPRISE_SORTS.join('、')} 之一` })
  sort?: (typeof ENTERPRISE_SORTS)[number];
}
