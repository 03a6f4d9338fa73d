import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsString, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import type { SchemeItem } from '../../domain/scheme.js';
import type { SwapPricing } from '../../domain/swap-difference.js';
import type { TransitionalFeeRule } from '../../domain/transitional-fee-rule.js';
import { SCHEME_ITEM_SCHEMA, SWAP_PRICING_SCHEMA, TRANSITIONAL_FEE_SCHEMA } from '../scheme-item.schema.js';

/** A scheme version's content; the items themselves are checked by `validateScheme` (422 naming the item). */
export class CreateSchemeVersionDto {
  @ApiProperty({ description: '版本名称', example: '轨交17号线补偿方案（2013 年版）' })
  @IsString()
  @MinLength(1, { message: '版本名称不能为空' })
  @MaxLength(100)
  name: string;

  @ApiProperty({ description: '生效日期（YYYY-MM-DD）', format: 'date', example: '2013-03-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '生效日期必须是 YYYY-MM-DD' })
  effectiveOn: string;

  @ApiProperty({ description: '补偿项目（按顺序）', type: 'array', items: SCHEME_ITEM_SCHEMA as never })
  @IsArray()
  @ArrayMaxSize(200)
  @IsObject({ each: true, message: '每个补偿项目必须是对象' })
  items: SchemeItem[];

  @ApiPropertyOptional({ ...(SWAP_PRICING_SCHEMA as object) })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsObject({ message: '产权调换价格必须是对象' })
  swapPricing?: SwapPricing | null;

  @ApiPropertyOptional({ ...(TRANSITIONAL_FEE_SCHEMA as object) })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsObject({ message: '过渡费规则必须是对象' })
  transitionalFee?: TransitionalFeeRule | null;
}

/** Changes to a draft, with the version read (optimistic lock). */
export class UpdateSchemeVersionDto extends PartialType(CreateSchemeVersionDto) {
  @ApiProperty({ description: '版本号（乐观锁）', example: 1 })
  @IsInt()
  @Min(1)
  version: number;
}
