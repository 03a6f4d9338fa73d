import { ApiProperty } from '@nestjs/swagger';
import { SUBJECT_TYPE_LABELS, SUBJECT_TYPES, isCaseStatus, CASE_STATUS_LABELS, type SubjectType } from '@app/cases';
import { ApiInstant, fenToYuan, PageOf, toShanghaiIso } from '@app/platform';
import { PickerPageOf } from '@app/subjects';
import {
  CONFIRMATION_BATCH_STATE_LABELS,
  CONFIRMATION_BATCH_STATES,
  CONFIRMATION_LINE_STATE_LABELS,
  CONFIRMATION_LINE_STATES,
  figureTotals,
  lineDifference,
  lineState,
  yuanOrNull,
  type ConfirmationBatchState,
  type ConfirmationLineState,
} from '../domain/confirmation-rules.js';
import type { CaseLabel, BatchProgress } from './confirmation.repository.js';
import type { ConfirmationBatchRecord, ConfirmationLineRecord } from './confirmation.entity.js';

const money = (description: string, nullable = false) => ApiProperty({ type: String, nullable, description: `${description}（元，两位小数）`, example: '190391.38' });

/** The facts the town showed, in short. */
export class ConfirmationFactsView {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: '各类面积（m²）：certified 产证、surveyed 测绘、recognised 认定、licensed 有证、unlicensed 无证、homestead 宅基地' })
  areas!: Record<string, string>;

  @ApiProperty({ type: 'integer', nullable: true, description: '认定人口' })
  recognisedPersons!: number | null;

  @ApiProperty({ type: String, nullable: true, description: '房屋结构' })
  structure!: string | null;
}

export class ConfirmationCalculationLineView {
  @ApiProperty()
  code!: string;

  @ApiProperty()
  name!: string;

  @money('金额')
  amount!: string;
}

export class ConfirmationLineView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  batchId!: string;

  @ApiProperty({ type: 'integer', description: '批次号（第 N 批）' })
  batchNumber!: number;

  @ApiProperty({ type: 'integer', description: '序号' })
  position!: number;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ enum: SUBJECT_TYPES, enumName: 'SubjectType' })
  subjectType!: SubjectType;

  @ApiProperty({ example: '民房' })
  subjectTypeLabel!: string;

  @ApiProperty({ description: '征收对象编号' })
  subjectCode!: string;

  @ApiProperty({ description: '被征收人（户主、企业名称、产权单位或基地名称）' })
  party!: string;

  @ApiProperty({ type: ConfirmationFactsView, description: '提交时的摸底信息（摘要）' })
  facts!: ConfirmationFactsView;

  @ApiProperty({ type: [ConfirmationCalculationLineView], description: '提交时的测算明细（无测算为空）' })
  calculationLines!: ConfirmationCalculationLineView[];

  @ApiProperty({ description: '内容哈希（提交内容的 SHA-256）' })
  contentHash!: string;

  @money('镇方金额（提交时的测算合计；无测算为空）', true)
  townFigure!: string | null;

  @ApiProperty({ enum: CONFIRMATION_LINE_STATES, enumName: 'ConfirmationLineState' })
  state!: ConfirmationLineState;

  @ApiProperty({ example: '待确认' })
  stateLabel!: string;

  @ApiProperty({ type: String, nullable: true, description: '退回原因' })
  reason!: string | null;

  @money('公司认定金额', true)
  companyFigure!: string | null;

  @money('差额（公司认定金额 − 镇方金额）', true)
  difference!: string | null;

  @ApiProperty({ type: String, nullable: true })
  answeredBy!: string | null;

  @ApiInstant({ nullable: true })
  answeredAt!: string | null;

  @ApiInstant({ nullable: true, description: '确认失效的时间' })
  voidedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '失效原因' })
  voidReason!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

export class ConfirmationLineList {
  @ApiProperty({ type: [ConfirmationLineView], description: '新的在前' })
  items!: ConfirmationLineView[];
}

export class ConfirmationBatchSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'GJ17' })
  projectCode!: string;

  @ApiProperty({ type: 'integer', description: '第 N 批' })
  number!: number;

  @ApiProperty({ enum: CONFIRMATION_BATCH_STATES, enumName: 'ConfirmationBatchState' })
  state!: ConfirmationBatchState;

  @ApiProperty({ example: '待公司确认' })
  stateLabel!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ description: '批次哈希（各行案件与内容哈希的 SHA-256）' })
  contentHash!: string;

  @ApiInstant()
  submittedAt!: string;

  @ApiProperty()
  submittedBy!: string;

  @ApiInstant({ nullable: true })
  closedAt!: string | null;

  @ApiProperty({ type: 'integer' })
  lines!: number;

  @ApiProperty({ type: 'integer', description: '待确认' })
  pending!: number;

  @ApiProperty({ type: 'integer', description: '已确认（未失效）' })
  confirmed!: number;

  @ApiProperty({ type: 'integer', description: '已退回' })
  rejected!: number;

  @ApiProperty({ type: 'integer', description: '已失效' })
  voided!: number;

  @money('镇方金额合计（没有一件附测算时为空）', true)
  townTotal!: string | null;
}

export class ConfirmationBatchPage extends PageOf(ConfirmationBatchSummary) {}

export class ConfirmationTotalsView {
  @money('镇方金额合计')
  town!: string;

  @money('公司认定金额合计（未给出金额的按镇方金额计）')
  company!: string;

  @money('差额合计（公司 − 镇方）')
  difference!: string;
}

export class ConfirmationBatchView extends ConfirmationBatchSummary {
  @ApiProperty({ type: [ConfirmationLineView] })
  items!: ConfirmationLineView[];

  @ApiProperty({ type: ConfirmationTotalsView, description: '差异汇总' })
  totals!: ConfirmationTotalsView;
}

export class ConfirmationCandidateView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: SUBJECT_TYPES, enumName: 'SubjectType' })
  subjectType!: SubjectType;

  @ApiProperty({ example: '民房' })
  subjectTypeLabel!: string;

  @ApiProperty()
  subjectCode!: string;

  @ApiProperty()
  party!: string;

  @ApiProperty({ description: '地块编号' })
  parcelCode!: string;

  @ApiProperty({ example: '已摸底' })
  statusLabel!: string;
}

/** A page of the confirmation picker (by subject code; `next` reads on). */
export class ConfirmationCandidateList extends PickerPageOf(ConfirmationCandidateView) {}

const instant = (d: Date | null): string | null => (d ? toShanghaiIso(d) : null);

export function confirmationLineView(l: ConfirmationLineRecord, projectCode: string, batchNumber: number): ConfirmationLineView {
  const facts = l.snapshot.facts as { areas?: Record<string, string>; recognisedPersons?: number; structure?: string };
  const subjectType = l.snapshot.subjectType as SubjectType;
  return {
    id: l.id,
    batchId: l.batchId,
    batchNumber,
    position: l.position,
    caseId: l.caseId,
    projectCode,
    subjectType,
    subjectTypeLabel: SUBJECT_TYPE_LABELS[subjectType] ?? subjectType,
    subjectCode: l.snapshot.subjectCode,
    party: l.snapshot.party,
    facts: { areas: facts.areas ?? {}, recognisedPersons: facts.recognisedPersons ?? null, structure: facts.structure ?? null },
    calculationLines: (l.snapshot.calculation?.lines ?? []).map((c) => ({ code: c.code, name: c.name, amount: fenToYuan(c.amountFen) })),
    contentHash: l.contentHash,
    townFigure: yuanOrNull(l.townFigureFen),
    state: lineState(l),
    stateLabel: CONFIRMATION_LINE_STATE_LABELS[lineState(l)],
    reason: l.reason,
    companyFigure: yuanOrNull(l.companyFigureFen),
    difference: yuanOrNull(lineDifference({ townFen: l.townFigureFen, companyFen: l.companyFigureFen })),
    answeredBy: l.answeredBy,
    answeredAt: instant(l.answeredAt),
    voidedAt: instant(l.voidedAt),
    voidReason: l.voidReason,
    version: l.version,
  };
}

export function confirmationBatchSummary(b: ConfirmationBatchRecord, projectCode: string, p: BatchProgress | undefined): ConfirmationBatchSummary {
  const progress = p ?? { lines: 0, pending: 0, confirmed: 0, rejected: 0, voided: 0, figures: 0, townTotalFen: 0n };
  return {
    id: b.id,
    projectCode,
    number: b.number,
    state: b.state,
    stateLabel: CONFIRMATION_BATCH_STATE_LABELS[b.state],
    note: b.note,
    contentHash: b.contentHash,
    submittedAt: toShanghaiIso(b.submittedAt),
    submittedBy: b.submittedBy,
    closedAt: instant(b.closedAt),
    lines: progress.lines,
    pending: progress.pending,
    confirmed: progress.confirmed,
    rejected: progress.rejected,
    voided: progress.voided,
    townTotal: progress.figures ? fenToYuan(progress.townTotalFen) : null,
  };
}

export function confirmationBatchView(b: ConfirmationBatchRecord, projectCode: string): ConfirmationBatchView {
  const lines = b.lines ?? [];
  const states = lines.map(lineState);
  const count = (s: ConfirmationLineState) => states.filter((x) => x === s).length;
  const totals = figureTotals(lines.map((l) => ({ townFen: l.townFigureFen, companyFen: l.companyFigureFen })));
  return {
    ...confirmationBatchSummary(b, projectCode, {
      lines: lines.length,
      pending: count('pending'),
      confirmed: count('confirmed'),
      rejected: count('rejected'),
      voided: count('voided'),
      figures: lines.filter((l) => l.townFigureFen !== null).length,
      townTotalFen: totals.townFen,
    }),
    items: lines.map((l) => confirmationLineView(l, projectCode, b.number)),
    totals: { town: fenToYuan(totals.townFen), company: fenToYuan(totals.companyFen), difference: fenToYuan(totals.differenceFen) },
  };
}

export function confirmationCandidateView(c: CaseLabel): ConfirmationCandidateView {
  const subjectType = c.subjectType as SubjectType;
  return {
    caseId: c.caseId,
    subjectType,
    subjectTypeLabel: SUBJECT_TYPE_LABELS[subjectType] ?? subjectType,
    subjectCode: c.code,
    party: c.party,
    parcelCode: c.parcelCode,
    statusLabel: isCaseStatus(c.status) ? CASE_STATUS_LABELS[c.status] : c.status,
  };
}
