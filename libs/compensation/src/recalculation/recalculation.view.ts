import { ApiProperty } from '@nestjs/swagger';
import { SUBJECT_TYPES } from '@app/cases';
import { ApiInstant, PageOf, toShanghaiIso } from '@app/platform';
import { formatYuan, yuanText } from '../domain/money.js';
import type { StoredLineChange } from './preview-row.js';
import { RECALCULATION_STATUS_LABELS, RECALCULATION_STATUSES, type RecalculationCase, type RecalculationRun, type RecalculationStatus } from './recalculation-run.entity.js';
import type { ApplyOutcome } from './recalculation.service.js';
import type { RecalculationSubject, RecalculationTotals } from './recalculation.repository.js';

const yuan = (fen: bigint | string | null): string | null => (fen === null ? null : yuanText(BigInt(fen)));

/** A recalculation preview: its progress and, once finished, its totals. */
export class RecalculationRunView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  schemeVersionId!: string;

  @ApiProperty({ enum: RECALCULATION_STATUSES })
  status!: RecalculationStatus;

  @ApiProperty({ example: '计算中' })
  statusLabel!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: '需重新测算的案件数（统计前为空）' })
  total!: number | null;

  @ApiProperty({ type: 'integer', description: '已处理的案件数' })
  processed!: number;

  @ApiProperty({ type: 'integer', description: '已生成预览的案件数' })
  cases!: number;

  @ApiProperty({ type: 'integer', description: '金额或适用项目有变化的案件数' })
  changed!: number;

  @ApiProperty({ type: 'integer', description: '按新版本无法测算的案件数' })
  problems!: number;

  @ApiProperty({ description: '原合计（元）', example: '452310.25' })
  oldTotal!: string;

  @ApiProperty({ description: '新合计（元）', example: '460310.25' })
  newTotal!: string;

  @ApiProperty({ description: '差额（新 − 原，元）', example: '8000.00' })
  difference!: string;

  @ApiProperty({ example: '8,000.00' })
  differenceText!: string;

  @ApiProperty({ type: String, nullable: true, description: '失败原因' })
  message!: string | null;

  @ApiProperty()
  createdBy!: string;

  @ApiInstant()
  createdAt!: string;

  @ApiInstant({ nullable: true })
  startedAt!: string | null;

  @ApiInstant({ nullable: true })
  finishedAt!: string | null;

  @ApiInstant({ nullable: true })
  appliedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  appliedBy!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '应用时保存的新测算数' })
  appliedCount!: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '应用时跳过的案件数' })
  skippedCount!: number | null;
}

/** One line whose amount or applicability changed. */
export class RecalculationLineChangeView {
  @ApiProperty({ example: 'JA-CZ' })
  code!: string;

  @ApiProperty({ example: '建安重置价' })
  name!: string;

  @ApiProperty({ enum: ['added', 'removed', 'changed'] })
  change!: 'added' | 'removed' | 'changed';

  @ApiProperty({ type: String, nullable: true, description: '原金额（元）' })
  oldAmount!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '新金额（元）' })
  newAmount!: string | null;

  @ApiProperty({ description: '差额（元）' })
  difference!: string;

  @ApiProperty({ type: String, nullable: true, description: '原计算规则（文字）' })
  oldWords!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '新计算规则（文字）' })
  newWords!: string | null;
}

/** One case of the preview. */
export class RecalculationCaseView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: SUBJECT_TYPES, enumName: 'SubjectType', nullable: true, description: '征收对象类别' })
  subjectType!: RecalculationSubject['subjectType'] | null;

  @ApiProperty({ type: String, nullable: true, description: '征收对象编号', example: 'GJ17-0012' })
  subjectCode!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '户主、企业名称、产权单位或基地名称', example: '张三' })
  party!: string | null;

  @ApiProperty({ format: 'uuid', description: '预览所依据的原测算' })
  basedOnCalculationId!: string;

  @ApiProperty({ description: '原合计（元）' })
  oldTotal!: string;

  @ApiProperty({ type: String, nullable: true, description: '新合计（元）；无法测算时为空' })
  newTotal!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '差额（新 − 原，元）' })
  difference!: string | null;

  @ApiProperty({ type: [RecalculationLineChangeView] })
  changes!: RecalculationLineChangeView[];

  @ApiProperty({ type: String, nullable: true, description: '按新版本无法测算的原因' })
  problem!: string | null;
}

export class RecalculationCasePage extends PageOf(RecalculationCaseView) {}

/** What the apply did. */
export class RecalculationApplyView {
  @ApiProperty({ type: RecalculationRunView })
  run!: RecalculationRunView;

  @ApiProperty({ type: 'integer', description: '保存的新测算数' })
  applied!: number;

  @ApiProperty({ type: 'integer', description: '跳过：预览后已签约' })
  skippedSigned!: number;

  @ApiProperty({ type: 'integer', description: '跳过：预览后摸底信息或测算已变更' })
  skippedChanged!: number;

  @ApiProperty({ type: 'integer', description: '跳过：按新版本无法测算' })
  skippedProblems!: number;

  @ApiProperty({ example: '已为 12 个案件保存新测算；跳过 1 个（预览后已签约 1 个，信息已变更 0 个，无法测算 0 个）' })
  message!: string;
}

const EMPTY_TOTALS: RecalculationTotals = { cases: 0, changed: 0, problems: 0, oldTotalFen: 0n, newTotalFen: 0n };

export function recalculationRunView(run: RecalculationRun, totals: RecalculationTotals = EMPTY_TOTALS): RecalculationRunView {
  const difference = totals.newTotalFen - totals.oldTotalFen;
  return {
    id: run.id,
    schemeVersionId: run.schemeVersionId,
    status: run.status,
    statusLabel: RECALCULATION_STATUS_LABELS[run.status],
    total: run.total,
    processed: run.processed,
    cases: totals.cases,
    changed: totals.changed,
    problems: totals.problems,
    oldTotal: yuanText(totals.oldTotalFen),
    newTotal: yuanText(totals.newTotalFen),
    difference: yuanText(difference),
    differenceText: formatYuan(difference),
    message: run.message,
    createdBy: run.createdBy,
    createdAt: toShanghaiIso(run.createdAt),
    startedAt: toShanghaiIso(run.startedAt),
    finishedAt: toShanghaiIso(run.finishedAt),
    appliedAt: toShanghaiIso(run.appliedAt),
    appliedBy: run.appliedBy,
    appliedCount: run.appliedCount,
    skippedCount: run.skippedCount,
  };
}

export function recalculationCaseView(row: RecalculationCase & { subject?: RecalculationSubject }): RecalculationCaseView {
  return {
    caseId: row.caseId,
    subjectType: row.subject?.subjectType ?? null,
    subjectCode: row.subject?.code ?? null,
    party: row.subject?.party ?? null,
    basedOnCalculationId: row.basedOnCalculationId,
    oldTotal: yuanText(row.oldTotalFen),
    newTotal: yuan(row.newTotalFen),
    difference: yuan(row.differenceFen),
    changes: (row.changes as StoredLineChange[]).map((c) => ({
      code: c.code,
      name: c.name,
      change: c.change,
      oldAmount: yuan(c.oldAmountFen),
      newAmount: yuan(c.newAmountFen),
      difference: yuanText(BigInt(c.differenceFen)),
      oldWords: c.oldWords,
      newWords: c.newWords,
    })),
    problem: row.problem,
  };
}

export function recalculationApplyView(outcome: ApplyOutcome): RecalculationApplyView {
  const { signed, changed, problems } = outcome.skipped;
  const skipped = signed + changed + problems;
  return {
    run: recalculationRunView(outcome.run, outcome.totals),
    applied: outcome.applied,
    skippedSigned: signed,
    skippedChanged: changed,
    skippedProblems: problems,
    message: `已为 ${outcome.applied} 个案件保存新测算；跳过 ${skipped} 个（预览后已签约 ${signed} 个，信息已变更 ${changed} 个，无法测算 ${problems} 个）`,
  };
}
