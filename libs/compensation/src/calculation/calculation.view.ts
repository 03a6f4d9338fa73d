import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiCalendarDate, ApiInstant, toShanghaiIso } from '@app/platform';
import { formatYuan, yuanText } from '../domain/money.js';
import type { CalculationState } from './calculation.service.js';

export class LineInputView {
  @ApiProperty({ example: '合法面积' })
  label!: string;

  @ApiProperty({ example: '120.50 m²' })
  value!: string;
}

/** One line of a calculation: its inputs, the rule in words and the amount (元, to the fen). */
export class CalculationLineView {
  @ApiProperty({ example: 'JA-CZ' })
  code!: string;

  @ApiProperty({ example: '建安重置价' })
  name!: string;

  @ApiProperty({ example: 'per_area' })
  rule!: string;

  @ApiProperty()
  applicable!: boolean;

  @ApiProperty({ type: String, nullable: true, description: '不适用的原因' })
  reason!: string | null;

  @ApiProperty({ type: [LineInputView] })
  inputs!: LineInputView[];

  @ApiProperty({ description: '计算规则（文字）', example: '120.50 m² × 1,850.00 元/m² × 0.85' })
  words!: string;

  @ApiProperty({ type: String, nullable: true, description: '上下限说明' })
  note!: string | null;

  @ApiProperty({ description: '金额（元，两位小数）', example: '189486.88' })
  amount!: string;

  @ApiProperty({ description: '金额（千分位）', example: '189,486.88' })
  amountText!: string;
}

/** An amount agreed for a facility or legacy base, as supplied with the calculation. */
export class AgreedAmountView {
  @ApiProperty({ description: '补偿项目编码', example: 'SS-BC' })
  code!: string;

  @ApiProperty({ description: '商定金额（元，两位小数）', example: '85000.00' })
  amount!: string;

  @ApiPropertyOptional({ description: '说明', example: '经产权单位协商确定' })
  remark?: string;
}

/** A stored calculation snapshot. */
export class CalculationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'uuid' })
  schemeVersionId!: string;

  @ApiProperty({ description: '测算时读取的事实（面积、结构、认定人口、标志、测算日期、商定金额）', type: 'object', additionalProperties: true })
  facts!: Record<string, unknown>;

  @ApiCalendarDate({ description: '测算日期（签约奖励按此日期判断）' })
  asOf!: string;

  @ApiProperty({ type: [AgreedAmountView], description: '市政设施、遗留基地测算时提供的商定金额（其他对象为空）' })
  agreed!: AgreedAmountView[];

  @ApiProperty({ type: [CalculationLineView] })
  lines!: CalculationLineView[];

  @ApiProperty({ description: '合计（元，两位小数）', example: '452310.25' })
  total!: string;

  @ApiProperty({ example: '452,310.25' })
  totalText!: string;

  @ApiProperty({ description: '测算后摸底信息已变更（过期的测算不能签约）' })
  stale!: boolean;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;
}

export function calculationView({ record, stale }: CalculationState): CalculationView {
  return {
    id: record.id,
    caseId: record.caseId,
    schemeVersionId: record.schemeVersionId,
    facts: record.facts as unknown as Record<string, unknown>,
    asOf: record.facts.asOf,
    agreed: Object.entries(record.facts.agreed ?? {}).map(([code, a]) => (a.remark ? { code, amount: a.amount, remark: a.remark } : { code, amount: a.amount })),
    lines: record.lines.map((l) => ({
      code: l.code,
      name: l.name,
      rule: l.rule,
      applicable: l.applicable,
      reason: l.reason,
      inputs: l.inputs,
      words: l.words,
      note: l.note,
      amount: yuanText(BigInt(l.amountFen)),
      amountText: formatYuan(BigInt(l.amountFen)),
    })),
    total: yuanText(record.totalFen),
    totalText: formatYuan(record.totalFen),
    stale,
    createdBy: record.createdBy,
    createdAt: toShanghaiIso(record.createdAt),
  };
}
