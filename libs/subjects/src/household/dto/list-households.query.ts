import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SubjectListQuery, sortKeys } from '../../shared/subject.dto.js';

export const HOUSEHOLD_SORTS = sortKeys(['code', 'headName', 'surveyedOn', 'updatedAt'] as const);

export class ListHouseholdsQuery extends SubjectListQuery {
  @ApiPropertyOptional({ description: '所在村', example: '二联村' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  village?: string;

  @ApiPropertyOptional({ description: '排序（字段名，前加 - 为倒序）', enum: HOUSEHOLD_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(HOUSEHOLD_SORTS, { message: `排序只能是 ${HOUSEHOLD_SORTS.join('、')} 之一` })
  sort?: (typeof HOUSEHOLD_SORTS)[number];
}
