import { ApiProperty } from '@nestjs/swagger';
import { ApiCalendarDate, ApiInstant, fenToYuan, PageOf, toShanghaiIso } from '@app/platform';
import { PickerPageOf } from '@app/subjects';
import { LINE_STATUS_LABELS, LINE_STATUSES, STATEMENT_STATUS_LABELS, STATEMENT_STATUSES, type LineStatus, type StatementStatus } from '../domain/settlement-rules.js';
import type { SettlementLine, SettlementReceipt, SettlementStatement } from './settlement.entity.js';

const yuan = (fen: bigint): string => fenToYuan(fen);
const yuanOrNull = (fen: bigint | null): string | null => (fen === null ? null : fenToYuan(fen));

/** Who a line's case is with (from the subjects' label view). */
export interface CaseLabel {
  subjectType: string;
  subjectCode: string;
  party: string;
}

export class StatementSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ example: 'JS-GJ17-001', description: '结算单号' })
  number!: string;

  @ApiProperty({ enum: STATEMENT_STATUSES, enumName: 'StatementStatus' })
  status!: StatementStatus;

  @ApiProperty({ example: '待确认' })
  statusLabel!: string;

  @ApiCalendarDate({ description: '出具日期' })
  issuedOn!: string;

  @ApiProperty({ type: String, nullable: true, description: '管理费率（%）', example: '2.5000' })
  managementFeeRate!: string | null;

  @ApiProperty({ description: '结算单合计（元，不含已移出的行）', example: '1020000.00' })
  total!: string;

  @ApiProperty({ description: '已到账（元）', example: '500000.00' })
  received!: string;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant({ nullable: true, description: '全部确认的时间' })
  confirmedAt!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiInstant()
  createdAt!: string;
}

export class StatementPage extends PageOf(StatementSummaryView) {}

export class SettlementLineView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  statementId!: string;

  @ApiProperty({ type: 'integer', description: '行号' })
  position!: number;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'uuid' })
  agreementId!: string;

  @ApiProperty({ description: '征收对象类别', example: 'household' })
  subjectType!: string;

  @ApiProperty({ description: '征收对象编号', example: 'GJ17-H0001' })
  subjectCode!: string;

  @ApiProperty({ description: '被征收人', example: '张建国' })
  party!: string;

  @ApiProperty({ description: '协议金额（元）', example: '1000000.00' })
  agreed!: string;

  @ApiProperty({ description: '出具时已支付给被征收人（元）', example: '1000000.00' })
  paid!: string;

  @ApiProperty({ description: '管理费（元）', example: '20000.00' })
  fee!: string;

  @ApiProperty({ description: '行合计（元）= 协议金额 + 管理费', example: '1020000.00' })
  total!: string;

  @ApiProperty({ description: '已分配的到账（元，按行序分配给已确认的行）', example: '1020000.00' })
  allocated!: string;

  @ApiProperty({ enum: LINE_STATUSES, enumName: 'SettlementLineStatus' })
  status!: LineStatus;

  @ApiProperty({ example: '待确认' })
  statusLabel!: string;

  @ApiProperty({ type: String, nullable: true, description: '异议原因' })
  disputeReason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  answeredBy!: string | null;

  @ApiInstant({ nullable: true })
  answeredAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  droppedBy!: string | null;

  @ApiInstant({ nullable: true })
  droppedAt!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

export class SettlementReceiptView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  statementId!: string;

  @ApiProperty({ description: '到账金额（元）', example: '500000.00' })
  amount!: string;

  @ApiCalendarDate({ description: '到账日期' })
  receivedOn!: string;

  @ApiProperty({ description: '银行流水号' })
  bankReference!: string;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;
}

export class StatementView extends StatementSummaryView {
  @ApiProperty({ description: '未到账（元）' })
  outstanding!: string;

  @ApiProperty({ description: '已到账未分配（元）' })
  unallocated!: string;

  @ApiProperty({ type: [SettlementLineView] })
  lines!: SettlementLineView[];

  @ApiProperty({ type: [SettlementReceiptView] })
  receipts!: SettlementReceiptView[];
}

export class SettlementCandidateView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'uuid' })
  agreementId!: string;

  @ApiProperty({ example: 'household' })
  subjectType!: string;

  @ApiProperty({ example: 'GJ17-H0001' })
  subjectCode!: string;

  @ApiProperty({ example: '张建国' })
  party!: string;

  @ApiProperty({ description: '协议金额（元）' })
  agreed!: string;

  @ApiProperty({ description: '已支付（元）' })
  paid!: string;
}

/** A page of the settlement picker (by subject code; `next` reads on). */
export class SettlementCandidatePage extends PickerPageOf(SettlementCandidateView) {}

export class SettlementFiguresView {
  @ApiProperty({ format: 'uuid', description: '项目 id（审计报告附件的所属记录）' })
  projectId!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ type: String, nullable: true, description: '预算（元）' })
  budget!: string | null;

  @ApiProperty({ description: '送审（元）：各结算单合计之和' })
  submitted!: string;

  @ApiProperty({ type: String, nullable: true, description: '审定（元）' })
  audited!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '送审 − 预算（元）' })
  submittedLessBudget!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '审定 − 送审（元）' })
  auditedLessSubmitted!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '审定 − 预算（元）' })
  auditedLessBudget!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '审计报告文号' })
  auditReportRef!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '审计报告附件（最近上传的一份；附件所属类别 audit_report，所属记录为项目 id）' })
  auditReportAttachmentId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '管理费率（%）' })
  managementFeeRate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  updatedBy!: string | null;

  @ApiInstant({ nullable: true })
  updatedAt!: string | null;
}

export function statementSummaryView(s: SettlementStatement, projectCode: string, receivedFen: bigint): StatementSummaryView {
  return {
    id: s.id,
    projectCode,
    number: s.number,
    status: s.status,
    statusLabel: STATEMENT_STATUS_LABELS[s.status],
    issuedOn: s.issuedOn,
    managementFeeRate: s.managementFeeRate,
    total: yuan(s.totalFen),
    received: yuan(receivedFen),
    createdBy: s.createdBy,
    confirmedAt: s.confirmedAt ? toShanghaiIso(s.confirmedAt) : null,
    version: s.version,
    createdAt: toShanghaiIso(s.createdAt),
  };
}

export function lineView(l: SettlementLine, label: CaseLabel | undefined, allocatedFen: bigint): SettlementLineView {
  return {
    id: l.id,
    statementId: l.statementId,
    position: l.position,
    caseId: l.caseId,
    agreementId: l.agreementId,
    subjectType: label?.subjectType ?? '',
    subjectCode: label?.subjectCode ?? '',
    party: label?.party ?? '',
    agreed: yuan(l.agreedFen),
    paid: yuan(l.paidFen),
    fee: yuan(l.feeFen),
    total: yuan(l.totalFen),
    allocated: yuan(allocatedFen),
    status: l.status,
    statusLabel: LINE_STATUS_LABELS[l.status],
    disputeReason: l.disputeReason,
    answeredBy: l.answeredBy,
    answeredAt: l.answeredAt ? toShanghaiIso(l.answeredAt) : null,
    droppedBy: l.droppedBy,
    droppedAt: l.droppedAt ? toShanghaiIso(l.droppedAt) : null,
    version: l.version,
  };
}

export function receiptView(r: SettlementReceipt): SettlementReceiptView {
  return {
    id: r.id,
    statementId: r.statementId,
    amount: yuan(r.amountFen),
    receivedOn: r.receivedOn,
    bankReference: r.bankReference,
    createdBy: r.createdBy,
    createdAt: toShanghaiIso(r.createdAt),
  };
}

export { yuan, yuanOrNull };
