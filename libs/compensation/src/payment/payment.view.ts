import { ApiProperty } from '@nestjs/swagger';
import { SUBJECT_TYPES, type SubjectType } from '@app/cases';
import { ApiCalendarDate, ApiInstant, PageOf, toShanghaiIso } from '@app/platform';
import { AgreementView } from '../agreement/agreement.view.js';
import { CalculationView } from '../calculation/calculation.view.js';
import { yuanText } from '../domain/money.js';
import type { SubjectLabel } from '../shared/subject-labels.js';
import { PAYMENT_KIND_LABELS, PAYMENT_KINDS, PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type PaymentKind, type PaymentMethod, type PaymentRecord } from './payment.entity.js';

/** A payment or a reversing entry; the amount is positive 元 either way (`kind` says which). */
export class PaymentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  agreementId!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ enum: SUBJECT_TYPES, description: '征收对象类别' })
  subjectType!: SubjectType;

  @ApiProperty({ description: '征收对象编号', example: 'GJ17-H0001' })
  subjectCode!: string;

  @ApiProperty({ description: '被征收人（户主、企业名称、产权单位或基地名称）', example: '张建国' })
  party!: string;

  @ApiProperty({ enum: PAYMENT_KINDS, enumName: 'PaymentKind' })
  kind!: PaymentKind;

  @ApiProperty({ example: '支付' })
  kindLabel!: string;

  @ApiProperty({ description: '金额（元）', example: '100000.00' })
  amount!: string;

  @ApiCalendarDate({ description: '支付（冲正）日期' })
  paidOn!: string;

  @ApiProperty({ enum: PAYMENT_METHODS, enumName: 'PaymentMethod' })
  method!: PaymentMethod;

  @ApiProperty({ example: '银行转账' })
  methodLabel!: string;

  @ApiProperty({ type: String, nullable: true })
  bankReference!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '冲正的支付' })
  reversesId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '冲正原因' })
  reason!: string | null;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;
}

export class PaymentPage extends PageOf(PaymentView) {}

export function paymentView(p: PaymentRecord, projectCode: string, subject: SubjectLabel | null): PaymentView {
  return {
    id: p.id,
    agreementId: p.agreementId,
    caseId: p.caseId,
    projectCode,
    subjectType: subject?.subjectType ?? 'household',
    subjectCode: subject?.subjectCode ?? '',
    party: subject?.party ?? '',
    kind: p.kind,
    kindLabel: PAYMENT_KIND_LABELS[p.kind],
    amount: yuanText(p.amountFen),
    paidOn: p.paidOn,
    method: p.method,
    methodLabel: PAYMENT_METHOD_LABELS[p.method],
    bankReference: p.bankReference,
    reversesId: p.reversesId,
    reason: p.reason,
    createdBy: p.createdBy,
    createdAt: toShanghaiIso(p.createdAt),
  };
}

export class BalanceView {
  @ApiProperty({ description: '应付（元）' })
  agreed!: string;

  @ApiProperty({ description: '已付（元）' })
  paid!: string;

  @ApiProperty({ description: '未付（元）' })
  balance!: string;
}

/** A case's money at a glance: its latest calculation, its live agreement, the payments and the balance. */
export class CaseMoneyView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: CalculationView, nullable: true })
  calculation!: CalculationView | null;

  @ApiProperty({ type: AgreementView, nullable: true })
  agreement!: AgreementView | null;

  @ApiProperty({ type: [PaymentView] })
  payments!: PaymentView[];

  @ApiProperty({ type: BalanceView, nullable: true, description: '无有效协议时为 null' })
  balance!: BalanceView | null;
}
