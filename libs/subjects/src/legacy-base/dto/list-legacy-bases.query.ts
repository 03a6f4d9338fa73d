import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SubjectListQuery, sortKeys } from '../../shared/subject.dto.js';

export const LEGACY_BASE_SORTS = sortKeys(['code', 'name', 'updatedAt'] as const);

export class ListLegacyBasesQuery extends SubjectListQuery {
  @ApiPropertyOptional({ description: '排序（字段名，前加 - 为倒序）', enum: LEGACY_BASE_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(LEGACY_BASE_SORTS, { message: `排序只能是 ${LEGACY_BASE_SORTS.join('、')} 之一` })
  sort?: (typeof LEGACY_BASE_SORTS)[number];
}
