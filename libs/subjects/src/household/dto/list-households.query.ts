import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDateText } from '@app/platform';
import { SubjectListQuery, sortKeys } from '../../shared/subject.dto.js';

export const HOUSEHOLD_SORTS = sortKeys(['code', 'headName', 'surveyedOn', 'updatedAt'] as const);

/** The households list's filters, paging and sort (in a query string or, to search by a personal number, a body). */
export class HouseholdFilters extends SubjectListQuery {
  @ApiPropertyOptional({ description: '所在村', example: '二联村' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  village?: string;

  @ApiPropertyOptional({ format: 'date', description: '住房问题解决日期不早于（YYYY-MM-DD，含当日；年度目标“解决动迁户住房”所计的日期）', example: '2013-01-01' })
  @IsOptional()
  @IsCalendarDateText('住房解决起始日期')
  resettledFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: '住房问题解决日期不晚于（YYYY-MM-DD，含当日）', example: '2013-12-31' })
  @IsOptional()
  @IsCalendarDateText('住房解决截止日期')
  resettledTo?: string;

  @ApiPropertyOptional({ description: '排序（字段名，前加 - 为倒序）', enum: HOUSEHOLD_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(HOUSEHOLD_SORTS, { message: `排序只能是 ${HOUSEHOLD_SORTS.join('、')} 之一` })
  sort?: (typeof HOUSEHOLD_SORTS)[number];
}

/**
 * GET /api/households. `q` may still be a full 身份证号 or phone number (the API's first contract),
 * and the server never logs or audits a query string; but a URL also ends up in browser history and
 * proxies' logs, so clients search by number with POST /api/households/search (the web app does).
 */
export class ListHouseholdsQuery extends HouseholdFilters {
  @ApiPropertyOptional({
    description: '关键字（户编号前缀、户主姓名的一部分或完整身份证号；按完整身份证号、电话号码查找时请优先用 POST /api/households/search，号码不进网址）',
  })
  override q?: string = undefined;
}

/** POST /api/households/search: the same filters in the body, where a full 身份证号 or phone number may be the keyword. */
export class SearchHouseholdsDto extends HouseholdFilters {
  @ApiPropertyOptional({ description: '关键字（户编号前缀、户主姓名的一部分、户主或家庭成员的完整身份证号、完整电话号码）' })
  override q?: string = undefined;
}
