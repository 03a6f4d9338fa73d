import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FACILITY_KINDS, type FacilityKind } from '../../domain/subject-values.js';
import { SubjectListQuery, sortKeys } from '../../shared/subject.dto.js';

export const FACILITY_SORTS = sortKeys(['code', 'kind', 'ownerUnit', 'updatedAt'] as const);

export class ListFacilitiesQuery extends SubjectListQuery {
  @ApiPropertyOptional({ description: '设施类别', enum: FACILITY_KINDS })
  @IsOptional()
  @IsIn(FACILITY_KINDS, { message: `设施类别只能是 ${FACILITY_KINDS.join('、')} 之一` })
  kind?: FacilityKind;

  @ApiPropertyOptional({ description: '排序（字段名，前加 - 为倒序）', enum: FACILITY_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(FACILITY_SORTS, { message: `排序只能是 ${FACILITY_SORTS.join('、')} 之一` })
  sort?: (typeof FACILITY_SORTS)[number];
}
