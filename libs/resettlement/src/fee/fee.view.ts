import { ApiProperty } from '@nestjs/swagger';
import { yuanText } from '@app/compensation';
import { ApiCalendarDate, ApiInstant, currentActor, PageOf, todayInShanghai, toShanghaiIso } from '@app/platform';
import { FEE_BATCH_STATUS_LABELS, FEE_BATCH_STATUSES, type FeeBatchStatus } from '../domain/resettlement-labels.js';
import { monthsBetween } from '../domain/transitional-fee.js';
import type { TransitionalFeeAccrual, TransitionalFeeBatch } from './fee.entity.js';
import type { AccrualCounts, BatchLine, StockRow, StockTotals } from './fee.repository.js';
import type { ClearanceYear } from './fee.service.js';

const TRANSITION_LABELS: Record<string, string> = { monetary: '货币过渡（领取过渡费）', turnover_flat: '周转房过渡' };

/** A name as the role may see it: the company's liaison sees the surname only (张**). */
export function nameForRole(name: string): string {
  return currentActor().roles.includes('company') && !currentActor().roles.includes('admin') ? `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}` : name;
}

export class AccrualRunView {
  @ApiCalendarDate({ description: '计提至该月（该月 1 日）' })
  throughMonth!: string;

  @ApiProperty({ type: 'integer', description: '本次新计提的户月数' })
  months!: number;

  @ApiProperty({ type: 'integer', description: '本次涉及户数' })
  households!: number;

  @ApiProperty({ description: '本次计提金额（元）', example: '24000.00' })
  amount!: string;
}

export function accrualRunView(counts: AccrualCounts & { throughMonth: string }): AccrualRunView {
  return { throughMonth: counts.throughMonth, months: counts.months, households: counts.households, amount: yuanText(counts.amountFen) };
}

export class TransitionalHouseholdView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'GJ17-H0012', description: '征收对象编号' })
  subjectCode!: string;

  @ApiProperty({ example: '张建国', description: '户主（公司联络员只见姓氏）' })
  name!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty()
  projectName!: string;

  @ApiCalendarDate({ description: '腾地日期（过渡起始）' })
  vacatedOn!: string;

  @ApiProperty({ type: 'integer', description: '已过渡整月数（至今天）' })
  monthsWaiting!: number;

  @ApiProperty({ type: String, nullable: true, enum: ['monetary', 'turnover_flat'] })
  transitionMethod!: string | null;

  @ApiProperty({ example: '货币过渡（领取过渡费）' })
  transitionMethodLabel!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: '协议过渡期限（月）' })
  transitionMonths!: number | null;

  @ApiProperty({ type: 'integer', description: '认定人口' })
  persons!: number;

  @ApiProperty({ type: String, nullable: true, description: '已分配房源所在基地' })
  bases!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '已分配房源（楼号-室号）' })
  units!: string | null;

  @ApiCalendarDate({ nullable: true, description: '计划交房日期（房源、楼栋或基地的计划交付日期）' })
  plannedDeliveryOn!: string | null;

  @ApiProperty({ type: 'integer', description: '已计提月数' })
  accruedMonths!: number;

  @ApiProperty({ example: '28800.00', description: '已计提过渡费（元）' })
  accrued!: string;

  @ApiProperty({ example: '24000.00', description: '已支付过渡费（元）' })
  paid!: string;

  @ApiProperty({ example: '4800.00', description: '未支付过渡费（元）' })
  unpaid!: string;
}

/** One household of the stock as answered; `today` (Shanghai) is read once per page, not per row. */
export function transitionalHouseholdView(r: StockRow, today: string = todayInShanghai()): TransitionalHouseholdView {
  return {
    caseId: r.caseId,
    subjectCode: r.subjectCode,
    name: nameForRole(r.party),
    projectCode: r.projectCode,
    projectName: r.projectName,
    vacatedOn: r.vacatedOn,
    monthsWaiting: monthsBetween(r.vacatedOn, today),
    transitionMethod: r.transitionMethod,
    transitionMethodLabel: r.transitionMethod ? (TRANSITION_LABELS[r.transitionMethod] ?? r.transitionMethod) : '未定',
    transitionMonths: r.transitionMonths,
    persons: r.persons,
    bases: r.bases,
    units: r.units,
    plannedDeliveryOn: r.plannedDeliveryOn,
    accruedMonths: r.months,
    accrued: yuanText(r.accruedFen),
    paid: yuanText(r.paidFen),
    unpaid: yuanText(r.accruedFen - r.paidFen),
  };
}

export class TransitionalTotalsView {
  @ApiProperty({ type: 'integer' })
  households!: number;

  @ApiProperty({ example: '1288000.00' })
  accrued!: string;

  @ApiProperty({ example: '960000.00' })
  paid!: string;

  @ApiProperty({ example: '328000.00' })
  unpaid!: string;
}

export class TransitionalPage extends PageOf(TransitionalHouseholdView) {
  @ApiProperty({ type: TransitionalTotalsView, description: '符合条件的全部过渡户合计' })
  totals!: TransitionalTotalsView;
}

export function transitionalPage(rows: StockRow[], totals: StockTotals): TransitionalPage {
  const today = todayInShanghai();
  return {
    items: rows.map((r) => transitionalHouseholdView(r, today)),
    total: totals.households,
    totals: { households: totals.households, accrued: yuanText(totals.accruedFen), paid: yuanText(totals.paidFen), unpaid: yuanText(totals.accruedFen - totals.paidFen) },
  };
}

export class ClearanceYearView {
  @ApiProperty({ type: 'integer', example: 2026 })
  year!: number;

  @ApiProperty({ type: 'integer', description: '年初过渡户存量（以后年份为上一年的预计年末数）' })
  startStock!: number;

  @ApiProperty({ type: 'integer', description: '年内新增过渡户（腾地）' })
  entered!: number;

  @ApiProperty({ type: 'integer', description: '年内已交房安置（住房问题解决）' })
  delivered!: number;

  @ApiProperty({ type: 'integer', description: '按计划交付日期预计交房（已分配未交付；今年含计划日期已过者）' })
  projected!: number;

  @ApiProperty({ type: 'integer', description: '预计年末存量 = 年初 + 新增 − 已交房 − 预计交房' })
  endStock!: number;

  @ApiProperty({ description: '年初数为推算（上一年预计年末）' })
  projectedStart!: boolean;
}

export class ClearanceView {
  @ApiProperty({ type: String, nullable: true, example: 'GJ17' })
  projectCode!: string | null;

  @ApiProperty({ type: 'integer', description: '目前过渡户数' })
  currentStock!: number;

  @ApiProperty({ type: 'integer', description: '目前过渡户中尚无计划交付日期（未分配房源或房源无计划日期）的户数' })
  unscheduled!: number;

  @ApiProperty({ type: [ClearanceYearView] })
  years!: ClearanceYearView[];
}

export function clearanceView(projectCode: string | null, years: ClearanceYear[], currentStock: number, unscheduled: number): ClearanceView {
  return { projectCode, currentStock, unscheduled, years };
}

export class FeeMonthView {
  @ApiCalendarDate({ description: '月份（该月 1 日）' })
  month!: string;

  @ApiProperty({ type: 'integer', description: '当月过渡天数' })
  days!: number;

  @ApiProperty({ type: 'integer', description: '当月天数' })
  daysInMonth!: number;

  @ApiProperty({ example: '50.00', description: '逾期增发比例（%）' })
  stepPercent!: string;

  @ApiProperty({ example: '2400.00', description: '金额（元）' })
  amount!: string;

  @ApiProperty({ example: '800.00 元/人/月 × 3 人 × (1 + 50%) × 17/31 天', description: '计算依据' })
  basisText!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  batchId!: string | null;

  @ApiProperty({ description: '已支付' })
  paid!: boolean;
}

export function feeMonthView(a: TransitionalFeeAccrual): FeeMonthView {
  const basis = a.basis as { basis?: string; monthlyAmount?: string; persons?: number };
  const rate = basis.basis === 'per_person' ? `${basis.monthlyAmount} 元/人/月 × ${basis.persons} 人` : `${basis.monthlyAmount} 元/户/月`;
  const step = Number(a.stepPercent) > 0 ? ` × (1 + ${Number(a.stepPercent)}%)` : '';
  return {
    month: a.month,
    days: a.days,
    daysInMonth: a.daysInMonth,
    stepPercent: Number(a.stepPercent).toFixed(2),
    amount: yuanText(a.amountFen),
    basisText: `${rate}${step} × ${a.days}/${a.daysInMonth} 天`,
    batchId: a.batchId,
    paid: a.paymentId !== null,
  };
}

export class FeeBatchView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'GDF-GJ17-2026-11-01' })
  number!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiCalendarDate({ description: '包含截至该月（1 日）' })
  throughMonth!: string;

  @ApiProperty({ enum: FEE_BATCH_STATUSES, enumName: 'FeeBatchStatus' })
  status!: FeeBatchStatus;

  @ApiProperty({ example: '待支付' })
  statusLabel!: string;

  @ApiProperty({ type: 'integer' })
  households!: number;

  @ApiProperty({ example: '48000.00' })
  total!: string;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;

  @ApiCalendarDate({ nullable: true })
  paidOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  paidBy!: string | null;
}

export function feeBatchView(b: TransitionalFeeBatch, projectCode: string): FeeBatchView {
  return {
    id: b.id,
    number: b.number,
    projectCode,
    throughMonth: b.throughMonth,
    status: b.status,
    statusLabel: FEE_BATCH_STATUS_LABELS[b.status],
    households: b.households,
    total: yuanText(b.totalFen),
    createdBy: b.createdBy,
    createdAt: toShanghaiIso(b.createdAt),
    paidOn: b.paidOn,
    paidBy: b.paidBy,
  };
}

export class FeeBatchPage extends PageOf(FeeBatchView) {}

export class FeeBatchLineView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'GJ17-H0012' })
  subjectCode!: string;

  @ApiProperty({ example: '张建国' })
  name!: string;

  @ApiProperty({ type: 'integer' })
  months!: number;

  @ApiCalendarDate()
  firstMonth!: string;

  @ApiCalendarDate()
  lastMonth!: string;

  @ApiProperty({ example: '7200.00' })
  amount!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  paymentId!: string | null;
}

export class FeeBatchDetailView extends FeeBatchView {
  @ApiProperty({ type: [FeeBatchLineView] })
  lines!: FeeBatchLineView[];
}

export function feeBatchDetailView(b: TransitionalFeeBatch, projectCode: string, lines: BatchLine[]): FeeBatchDetailView {
  return {
    ...feeBatchView(b, projectCode),
    lines: lines.map((l) => ({
      caseId: l.caseId,
      subjectCode: l.subjectCode,
      name: nameForRole(l.party),
      months: l.months,
      firstMonth: l.firstMonth,
      lastMonth: l.lastMonth,
      amount: yuanText(l.amountFen),
      paymentId: l.paymentId,
    })),
  };
}
