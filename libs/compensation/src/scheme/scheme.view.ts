import { ApiProperty } from '@nestjs/swagger';
import { ApiCalendarDate, ApiInstant, toShanghaiIso } from '@app/platform';
import type { SchemeItem } from '../domain/scheme.js';
import type { SwapPricing } from '../domain/swap-difference.js';
import { describeTransitionalFeeRule, type TransitionalFeeRule } from '../domain/transitional-fee-rule.js';
import { SCHEME_ITEM_SCHEMA, SWAP_PRICING_SCHEMA, TRANSITIONAL_FEE_SCHEMA } from './scheme-item.schema.js';
import { SCHEME_STATUS_LABELS, SCHEME_STATUSES, type SchemeStatus, type SchemeVersionRecord } from './scheme-version.entity.js';

/** A version of a project's compensation scheme. */
export class SchemeVersionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: '项目编号', example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ type: 'integer', description: '版本序号（项目内 1、2、3…）' })
  number!: number;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: SCHEME_STATUSES, enumName: 'SchemeStatus' })
  status!: SchemeStatus;

  @ApiProperty({ example: '已发布' })
  statusLabel!: string;

  @ApiCalendarDate({ description: '生效日期' })
  effectiveOn!: string;

  @ApiProperty({ type: 'array', items: SCHEME_ITEM_SCHEMA as never })
  items!: SchemeItem[];

  @ApiProperty({ ...(SWAP_PRICING_SCHEMA as object) })
  swapPricing!: SwapPricing | null;

  @ApiProperty({ ...(TRANSITIONAL_FEE_SCHEMA as object) })
  transitionalFee!: TransitionalFeeRule | null;

  @ApiProperty({ type: String, nullable: true, description: '过渡费规则说明', example: '800.00 元/人/月，逾期每 6 个月增发 50%（上限 100%），交房后续发 3 个月' })
  transitionalFeeText!: string | null;

  @ApiProperty({ description: '创建人' })
  createdBy!: string;

  @ApiInstant({ nullable: true })
  publishedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  publishedBy!: string | null;

  @ApiProperty({ type: 'integer', description: '乐观锁版本号' })
  version!: number;

  @ApiInstant()
  updatedAt!: string;
}

export function schemeVersionView(v: SchemeVersionRecord, projectCode: string): SchemeVersionView {
  return {
    id: v.id,
    projectCode,
    number: v.number,
    name: v.name,
    status: v.status,
    statusLabel: SCHEME_STATUS_LABELS[v.status],
    effectiveOn: v.effectiveOn,
    items: v.items,
    swapPricing: v.swapPricing,
    transitionalFee: v.transitionalFee,
    transitionalFeeText: v.transitionalFee ? describeTransitionalFeeRule(v.transitionalFee) : null,
    createdBy: v.createdBy,
    publishedAt: v.publishedAt ? toShanghaiIso(v.publishedAt) : null,
    publishedBy: v.publishedBy,
    version: v.version,
    updatedAt: toShanghaiIso(v.updatedAt),
  };
}
