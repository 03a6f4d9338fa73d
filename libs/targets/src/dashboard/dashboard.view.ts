import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STATUSES,
  RESETTLEMENT_STATUSES,
  SUBJECT_TYPES,
  type CaseStatus,
  type ResettlementStatus,
  type SubjectType,
} from '@app/cases';
import { ApiInstant } from '@app/platform';
import type { SubjectList } from '../domain/dashboard-figures.js';

const SUBJECT_LIST_NAMES: SubjectList[] = ['households', 'enterprises', 'facilities', 'legacy-bases'];

/** The cases behind a figure: the web list to open and its filters (the list route's own query parameters). */
export class CaseDrillView {
  @ApiProperty({ enum: SUBJECT_LIST_NAMES, description: '列表（/api/<list> 与网页 /<list>）' })
  list!: SubjectList;

  @ApiProperty({ description: '项目编号', example: 'GJ17' })
  project!: string;

  @ApiPropertyOptional({ description: '地块编号' })
  parcel?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES, enumName: 'CaseStatus', description: '案件状态（恰为该状态）' })
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: CASE_STATUSES, enumName: 'CaseStatus', description: '案件进度（该状态及以后）' })
  reached?: CaseStatus;

  @ApiPropertyOptional({ enum: RESETTLEMENT_STATUSES, enumName: 'ResettlementStatus', description: '过渡安置状态' })
  resettlement?: ResettlementStatus;
}

export class CountView {
  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ type: CaseDrillView })
  drill!: CaseDrillView;
}

export class StatusCountView extends CountView {
  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  status!: CaseStatus;

  @ApiProperty({ example: '已签约' })
  label!: string;
}

export class SubjectKindCountsView {
  @ApiProperty({ enum: SUBJECT_TYPES, enumName: 'SubjectType' })
  kind!: SubjectType;

  @ApiProperty({ example: '民房' })
  label!: string;

  @ApiProperty({ type: CountView })
  total!: CountView;

  @ApiProperty({ type: [StatusCountView], description: '各案件状态（按生命周期顺序）' })
  byStatus!: StatusCountView[];
}

export class RateView {
  @ApiProperty({ type: 'integer', description: '分子（户）' })
  count!: number;

  @ApiProperty({ type: 'integer', description: '分母（户）' })
  of!: number;

  @ApiProperty({ type: 'number', nullable: true, description: '比率 0–1，保留 4 位小数；分母为 0 时为空' })
  rate!: number | null;

  @ApiProperty({ type: CaseDrillView, description: '分子的案件' })
  drill!: CaseDrillView;
}

export class MoneyProgressView {
  @ApiProperty({ type: 'integer', description: '已签约协议数' })
  agreements!: number;

  @ApiProperty({ description: '协议应付给被征收人（元）', example: '1234567.89' })
  agreed!: string;

  @ApiProperty({ description: '已付给被征收人（元，支付减冲正）' })
  paid!: string;

  @ApiProperty({ type: 'number', nullable: true, description: '已付 / 应付' })
  paidRate!: number | null;

  @ApiProperty({ type: String, nullable: true, description: '与公司结算（元，已确认的结算行合计）；按地块时为空（结算按项目）' })
  settled!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '公司到账（元）；按地块时为空' })
  received!: string | null;

  @ApiProperty({ type: 'number', nullable: true, description: '到账 / 结算' })
  receivedRate!: number | null;

  @ApiProperty({ type: CaseDrillView, description: '已签约的民房' })
  drill!: CaseDrillView;
}

export class AreaProgressView {
  @ApiProperty({ type: 'integer' })
  parcels!: number;

  @ApiProperty({ type: 'integer' })
  handedOverParcels!: number;

  @ApiProperty({ description: '地块面积合计（m²）', example: '12000.00' })
  totalArea!: string;

  @ApiProperty({ description: '已移交地块面积（m²）' })
  handedOverArea!: string;

  @ApiProperty({ type: 'number', nullable: true, description: '已移交面积 / 总面积' })
  rate!: number | null;

  @ApiProperty({ type: CaseDrillView, description: '已移交的案件' })
  drill!: CaseDrillView;
}

export class FunnelStepView extends CountView {
  @ApiProperty({ enum: CASE_STATUSES, enumName: 'CaseStatus' })
  status!: CaseStatus;

  @ApiProperty({ example: '已签约' })
  label!: string;
}

/** The figures of a project or of a parcel. */
export class ProgressFiguresView {
  @ApiProperty({ type: [SubjectKindCountsView], description: '征收对象按类别和案件状态' })
  subjects!: SubjectKindCountsView[];

  @ApiProperty({
    type: [FunnelStepView],
    description: '民房进度漏斗：已摸底 → 已确认 → 已签约 → 已腾地 → 已结算 → 已移交（到达该步及以后的户数）',
  })
  funnel!: FunnelStepView[];

  @ApiProperty({ type: RateView, description: '签约率（民房）' })
  signing!: RateView;

  @ApiProperty({ type: RateView, description: '腾地率（民房）' })
  vacating!: RateView;

  @ApiProperty({ type: MoneyProgressView })
  money!: MoneyProgressView;

  @ApiProperty({ type: AreaProgressView })
  area!: AreaProgressView;

  @ApiProperty({ type: CountView, description: '过渡户存量（已腾地、尚未交房）' })
  transitional!: CountView;
}

export class ProjectProgressView extends ProgressFiguresView {
  @ApiProperty({ example: 'GJ17' })
  code!: string;

  @ApiProperty({ example: '轨交17号线' })
  name!: string;
}

/** A parcel's figures; its `subjects` list only the kinds and statuses that have cases (zeros left out). */
export class ParcelProgressView extends ProgressFiguresView {
  @ApiProperty({ example: 'GJ17-01' })
  code!: string;

  @ApiProperty({ example: '二联村' })
  village!: string;

  @ApiProperty({ example: 'clearing' })
  status!: string;

  @ApiProperty({ example: '腾地中' })
  statusLabel!: string;
}

export class DashboardOverviewView {
  @ApiInstant({ description: '数据时点' })
  asOf!: string;

  @ApiProperty({ type: [ProjectProgressView], description: '可见的项目（公司联络员只见本公司项目）' })
  projects!: ProjectProgressView[];
}

export class ProjectDashboardView {
  @ApiInstant({ description: '数据时点' })
  asOf!: string;

  @ApiProperty({ type: ProjectProgressView })
  project!: ProjectProgressView;

  @ApiProperty({ type: [ParcelProgressView] })
  parcels!: ParcelProgressView[];
}
