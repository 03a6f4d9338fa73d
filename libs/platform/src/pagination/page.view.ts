import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from './page-query.dto.js';

/**
 * The answer class of a paged list of `item`s, for `@ApiOkResponse`; extend it to name it
 * (`class HouseholdPage extends PageOf(HouseholdView) {}`), the name is the OpenAPI schema's.
 */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  class PageView implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ type: 'integer', description: '符合条件的总条数' })
    total!: number;
  }
  return PageView;
}
