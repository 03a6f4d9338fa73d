import { ApiProperty } from '@nestjs/swagger';
import { ApiCalendarDate, ApiInstant, toShanghaiIso } from '@app/platform';
import { toChineseCapital } from '../domain/amount-in-words.js';
import { formatYuan, yuanText } from '../domain/money.js';
import {
  AGREEMENT_METHOD_LABELS,
  AGREEMENT_METHODS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  TRANSITION_METHOD_LABELS,
  TRANSITION_METHODS,
  type AgreementMethod,
  type AgreementRecord,
  type AgreementStatus,
  type TransitionMethod,
} from './agreement.entity.js';

export class SwapLineView {
  @ApiProperty({ example: '应安置面积内' })
  label!: string;

  @ApiProperty({ example: '120' })
  area!: string;

  @ApiProperty({ example: '3000.00' })
  price!: string;

  @ApiProperty({ example: '120.00 m² × 3,000.00 元/m²' })
  words!: string;

  @ApiProperty({ example: '360000.00' })
  amount!: string;
}

/** 产权调换的差价: the housing valued line by line against the compensation. */
export class SwapDifferenceView {
  @ApiProperty({ description: '应安置面积（认定人口 × 人均安置面积）' })
  entitlementArea!: string;

  @ApiProperty({ description: '安置房面积' })
  housingArea!: string;

  @ApiProperty({ description: '超出应安置面积' })
  beyondArea!: string;

  @ApiProperty({ type: [SwapLineView] })
  lines!: SwapLineView[];

  @ApiProperty({ description: '安置房价值（元）' })
  housingValue!: string;

  @ApiProperty({ description: '补偿金额（元）' })
  compensation!: string;

  @ApiProperty({ description: '差价（元）：正数应付被征收户，负数由被征收户补交' })
  difference!: string;

  @ApiProperty({ enum: ['to_household', 'by_household', 'none'], enumName: 'SwapDirection' })
  direction!: 'to_household' | 'by_household' | 'none';

  @ApiProperty({ example: '应付被征收户差价 12,345.67 元' })
  summary!: string;
}

/** A compensation agreement; amounts are 元 to the fen as decimal text. */
export class AgreementView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'uuid' })
  calculationId!: string;

  @ApiProperty({ enum: AGREEMENT_METHODS, enumName: 'AgreementMethod' })
  method!: AgreementMethod;

  @ApiProperty({ example: '货币补偿' })
  methodLabel!: string;

  @ApiProperty({ enum: AGREEMENT_STATUSES, enumName: 'AgreementStatus' })
  status!: AgreementStatus;

  @ApiProperty({ example: '已签约' })
  statusLabel!: string;

  @ApiProperty({ description: '补偿总额（元）', example: '452310.25' })
  compensation!: string;

  @ApiProperty({ description: '应付被征收户金额（元）', example: '452310.25' })
  agreed!: string;

  @ApiProperty({ description: '已付（元，支付减冲正）', example: '0.00' })
  paid!: string;

  @ApiProperty({ description: '未付余额（元）', example: '452310.25' })
  balance!: string;

  @ApiCalendarDate({ nullable: true, description: '付款期限' })
  paymentDeadline!: string | null;

  @ApiProperty({ description: '搬家费（元）' })
  movingFee!: string;

  @ApiProperty({ description: '临时安置费（元）' })
  temporaryResettlementFee!: string;

  @ApiProperty({ enum: TRANSITION_METHODS, enumName: 'TransitionMethod', nullable: true })
  transitionMethod!: TransitionMethod | null;

  @ApiProperty({ type: String, nullable: true, example: '货币过渡' })
  transitionMethodLabel!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '过渡期限（月）' })
  transitionMonths!: number | null;

  @ApiProperty({ type: String, nullable: true, description: '安置房地点' })
  swapLocation!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '安置房面积（平方米）' })
  swapArea!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '应安置面积（平方米）' })
  entitlementArea!: string | null;

  @ApiProperty({ type: SwapDifferenceView, nullable: true })
  swap!: SwapDifferenceView | null;

  @ApiCalendarDate({ nullable: true, description: '签约日期' })
  signedOn!: string | null;

  @ApiInstant({ nullable: true })
  signedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  signedBy!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '签约顺序号（项目内按补偿方式编号）' })
  sequenceNo!: number | null;

  @ApiInstant({ nullable: true })
  voidedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  voidedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  voidReason!: string | null;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

const time = (d: Date | null) => (d ? toShanghaiIso(d) : null);

export function agreementView(a: AgreementRecord): AgreementView {
  return {
    id: a.id,
    caseId: a.caseId,
    calculationId: a.calculationId,
    method: a.method,
    methodLabel: AGREEMENT_METHOD_LABELS[a.method],
    status: a.status,
    statusLabel: AGREEMENT_STATUS_LABELS[a.status],
    compensation: yuanText(a.compensationFen),
    agreed: yuanText(a.agreedFen),
    paid: yuanText(a.paidFen),
    balance: yuanText(a.agreedFen - a.paidFen),
    paymentDeadline: a.paymentDeadline,
    movingFee: yuanText(a.movingFeeFen),
    temporaryResettlementFee: yuanText(a.temporaryResettlementFeeFen),
    transitionMethod: a.transitionMethod,
    transitionMethodLabel: a.transitionMethod ? TRANSITION_METHOD_LABELS[a.transitionMethod] : null,
    transitionMonths: a.transitionMonths,
    swapLocation: a.swapLocation,
    swapArea: a.swapArea,
    entitlementArea: a.entitlementArea,
    swap: a.swap
      ? {
          entitlementArea: a.swap.entitlementArea,
          housingArea: a.swap.housingArea,
          beyondArea: a.swap.beyondArea,
          lines: a.swap.lines.map((l) => ({ label: l.label, area: l.area, price: l.price, words: l.words, amount: yuanText(BigInt(l.amountFen)) })),
          housingValue: yuanText(BigInt(a.swap.housingValueFen)),
          compensation: yuanText(BigInt(a.swap.compensationFen)),
          difference: yuanText(BigInt(a.swap.differenceFen)),
          direction: a.swap.direction,
          summary: a.swap.summary,
        }
      : null,
    signedOn: a.signedOn,
    signedAt: time(a.signedAt),
    signedBy: a.signedBy,
    sequenceNo: a.sequenceNo,
    voidedAt: time(a.voidedAt),
    voidedBy: a.voidedBy,
    voidReason: a.voidReason,
    createdBy: a.createdBy,
    createdAt: toShanghaiIso(a.createdAt),
    version: a.version,
  };
}

/** An amount as the printed agreement shows it: in figures and in Chinese capitals. */
export class PrintAmountView {
  @ApiProperty({ example: '建安重置价' })
  label!: string;

  @ApiProperty({ type: String, nullable: true, example: '120.50 m² × 1,850.00 元/m² × 0.80' })
  words!: string | null;

  @ApiProperty({ example: '178,340.00' })
  figures!: string;

  @ApiProperty({ example: '壹拾柒万捌仟叁佰肆拾元整' })
  capitals!: string;
}

/** What the printed agreement (HTML print view) needs: parties, terms, itemised amounts in figures and 大写. */
export class AgreementPrintView {
  @ApiProperty({ type: AgreementView })
  agreement!: AgreementView;

  @ApiProperty({ description: '征收项目', example: '轨交17号线' })
  projectName!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ description: '征收部门（甲方）', example: '徐泾镇人民政府' })
  acquirer!: string;

  @ApiProperty({ description: '被征收人（乙方）', example: '张建国' })
  party!: string;

  @ApiProperty({ description: '被征收对象编号', example: 'GJ17-0001' })
  subjectCode!: string;

  @ApiProperty({ type: [PrintAmountView], description: '补偿明细（适用的各项）' })
  lines!: PrintAmountView[];

  @ApiProperty({ type: PrintAmountView, description: '补偿总额' })
  total!: PrintAmountView;

  @ApiProperty({ type: PrintAmountView, description: '应付金额（产权调换为差价）' })
  payable!: PrintAmountView;
}

export const printAmount = (label: string, fen: bigint, words: string | null = null): PrintAmountView => ({
  label,
  words,
  figures: formatYuan(fen),
  capitals: toChineseCapital(fen),
});
