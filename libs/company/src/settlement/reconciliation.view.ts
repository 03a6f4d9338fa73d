import { ApiProperty } from '@nestjs/swagger';
import { DISCREPANCY_KINDS, type DiscrepancyKind } from '../domain/reconciliation.js';

/* The three-ledger reconciliation as the API answers it. */

export class LedgerTotalsView {
  @ApiProperty({ description: '协议金额合计（元，已签约协议）' })
  agreed!: string;

  @ApiProperty({ description: '已支付合计（元，支付减冲正）' })
  disbursed!: string;

  @ApiProperty({ description: '已到账合计（元）' })
  received!: string;

  @ApiProperty({ description: '已分配到结算行的到账（元）' })
  allocated!: string;

  @ApiProperty({ description: '结算单合计（元）' })
  statementTotal!: string;

  @ApiProperty({ description: '协议 − 支付（元）' })
  agreedLessDisbursed!: string;

  @ApiProperty({ description: '支付 − 到账（元）' })
  disbursedLessReceived!: string;

  @ApiProperty({ type: 'integer', description: '涉及案件数' })
  cases!: number;
}

export class DiscrepancyView {
  @ApiProperty({ enum: DISCREPANCY_KINDS, enumName: 'DiscrepancyKind' })
  kind!: DiscrepancyKind;

  @ApiProperty({ example: '已支付未到账' })
  kindLabel!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  caseId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'GJ17-H0001' })
  subjectCode!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '张建国' })
  party!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  statementId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'JS-GJ17-001' })
  statementNumber!: string | null;

  @ApiProperty({ description: '涉及金额（元）' })
  amount!: string;
}

export class DiscrepancyCountView {
  @ApiProperty({ enum: DISCREPANCY_KINDS, enumName: 'DiscrepancyKind' })
  kind!: DiscrepancyKind;

  @ApiProperty()
  kindLabel!: string;

  @ApiProperty({ type: 'integer' })
  count!: number;
}

export class ReconciliationView {
  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '按结算单对账时的结算单' })
  statementId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  statementNumber!: string | null;

  @ApiProperty({ type: LedgerTotalsView })
  totals!: LedgerTotalsView;

  @ApiProperty({ description: '三账相符且无差异' })
  balanced!: boolean;

  @ApiProperty({ type: [DiscrepancyCountView] })
  counts!: DiscrepancyCountView[];

  @ApiProperty({ type: [DiscrepancyView], description: '差异清单（最多 1000 条；完整清单请导出）' })
  discrepancies!: DiscrepancyView[];
}
