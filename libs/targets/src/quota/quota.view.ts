import { ApiProperty } from '@nestjs/swagger';
import { FORECAST_WEIGHTS, type PipelineGroup } from '../domain/forecast.js';
import type { Quota } from './quota.service.js';

export class QuotaMonthView {
  @ApiProperty({ example: '2013-03' })
  month!: string;

  @ApiProperty({ type: 'integer', description: '当月解决户数' })
  solved!: number;

  @ApiProperty({ type: 'integer', description: '年内累计解决户数' })
  cumulative!: number;
}

export class QuotaProjectView {
  @ApiProperty({ example: 'GJ17' })
  code!: string;

  @ApiProperty({ example: '轨交17号线' })
  name!: string;

  @ApiProperty({ type: 'integer' })
  solved!: number;
}

export class QuotaBaseView {
  @ApiProperty({ type: String, nullable: true, description: '基地编号；null 为货币安置（无交付房源）', example: 'BC' })
  code!: string | null;

  @ApiProperty({ example: '徐泾北城安置基地' })
  name!: string;

  @ApiProperty({ type: 'integer' })
  solved!: number;
}

export class ForecastBasisView {
  @ApiProperty({ enum: Object.keys(FORECAST_WEIGHTS), description: '依据分组' })
  group!: PipelineGroup;

  @ApiProperty({ example: '已分配房源、年内到交付日期（或已到期未交房）' })
  label!: string;

  @ApiProperty({ type: 'integer', description: '该组尚未解决的户数' })
  households!: number;

  @ApiProperty({ type: 'integer', description: '计入低预测的户数' })
  low!: number;

  @ApiProperty({ type: 'integer', description: '计入预期预测的户数' })
  expected!: number;

  @ApiProperty({ type: 'integer', description: '计入高预测的户数' })
  high!: number;
}

export class QuotaForecastView {
  @ApiProperty({ type: 'integer', description: '年末预计解决（低）' })
  low!: number;

  @ApiProperty({ type: 'integer', description: '年末预计解决（预期）' })
  expected!: number;

  @ApiProperty({ type: 'integer', description: '年末预计解决（高）' })
  high!: number;

  @ApiProperty({ type: 'integer', description: '数据日期之后本年剩余天数' })
  daysLeft!: number;

  @ApiProperty({ type: [ForecastBasisView], description: '预测依据（按在途业务分组）' })
  basis!: ForecastBasisView[];
}

export class QuotaView {
  @ApiProperty({ type: 'integer', example: 2013 })
  year!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: '年度目标户数（住房解决口径的目标；未设目标为 null）', example: 536 })
  target!: number | null;

  @ApiProperty({ type: 'integer', description: '年内已解决住房的户数（resettledOn 在该年，Asia/Shanghai）' })
  solved!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: '尚差户数（不小于 0）' })
  remaining!: number | null;

  @ApiProperty({ type: [QuotaMonthView], description: '逐月（至数据日期所在月）' })
  byMonth!: QuotaMonthView[];

  @ApiProperty({ type: [QuotaProjectView] })
  byProject!: QuotaProjectView[];

  @ApiProperty({ type: [QuotaBaseView], description: '按交付房源所在基地（一户多基地各计一次）' })
  byBase!: QuotaBaseView[];

  @ApiProperty({ type: QuotaForecastView })
  forecast!: QuotaForecastView;

  @ApiProperty({ format: 'date', description: '数据日期：今天，或记录止于更早时最后一次腾地/解决的日期', example: '2013-12-27' })
  asOf!: string;

  @ApiProperty({ description: '统计时间（+08:00）', example: '2013-12-27T09:00:00.000+08:00' })
  computedAt!: string;
}

export function quotaView(q: Quota): QuotaView {
  return {
    year: q.year,
    target: q.target,
    solved: q.solved,
    remaining: q.remaining,
    byMonth: q.byMonth,
    byProject: q.byProject.map((p) => ({ code: p.code, name: p.name, solved: p.solved })),
    byBase: q.byBase.map((b) => ({ code: b.code, name: b.name ?? '货币补偿（无交付房源）', solved: b.solved })),
    forecast: { low: q.forecast.low, expected: q.forecast.expected, high: q.forecast.high, daysLeft: q.forecast.daysLeft, basis: q.forecast.basis },
    asOf: q.asOf,
    computedAt: q.computedAt,
  };
}
