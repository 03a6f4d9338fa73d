import { createHash } from 'node:crypto';
import { fenToYuan } from '@app/platform';

/**
 * 确认: the town submits a batch of surveyed cases with the facts and amounts it shows; the company
 * answers each line — confirms it, or rejects it with a reason (and optionally the figure it believes
 * right). What was confirmed is frozen in the line's snapshot and its content hash.
 */
export const CONFIRMATION_ANSWERS = ['confirmed', 'rejected'] as const;
export type ConfirmationAnswer = (typeof CONFIRMATION_ANSWERS)[number];

/** A line as both sides see it: waiting, confirmed, rejected, or confirmed and voided since by a change of facts. */
export const CONFIRMATION_LINE_STATES = ['pending', 'confirmed', 'rejected', 'voided'] as const;
export type ConfirmationLineState = (typeof CONFIRMATION_LINE_STATES)[number];
export const CONFIRMATION_LINE_STATE_LABELS: Record<ConfirmationLineState, string> = { pending: '待确认', confirmed: '已确认', rejected: '已退回', voided: '已失效' };

export const CONFIRMATION_BATCH_STATES = ['open', 'closed'] as const;
export type ConfirmationBatchState = (typeof CONFIRMATION_BATCH_STATES)[number];
export const CONFIRMATION_BATCH_STATE_LABELS: Record<ConfirmationBatchState, string> = { open: '待公司确认', closed: '已完成' };

/** The step the company's confirmation causes, named to the case lifecycle (`CONFIRMATION_CAUSE.record`). */
export const CONFIRMATION_RECORD = 'confirmation';

/** What the town shows of a case when it submits it: its subject, facts and (when it has a current one) its calculation. */
export interface ConfirmationSnapshot {
  subjectType: string;
  subjectCode: string;
  party: string;
  /** The subject's own survey facts as the calculation reads them (areas by kind, structure, recognised persons …). */
  facts: Record<string, unknown>;
  calculation: { id: string; totalFen: string; lines: Array<{ code: string; name: string; amountFen: string }> } | null;
}

/** The snapshot of a case from its subject and what the compensation library answers as current (facts, calculation or null). */
export function confirmationSnapshot(
  subject: { subjectType: string; code: string; party: string },
  current: { facts: Record<string, unknown>; calculation: { id: string; totalFen: bigint; lines: ReadonlyArray<{ code: string; name: string; applicable: boolean; amountFen: string }> } | null },
): ConfirmationSnapshot {
  return {
    subjectType: subject.subjectType,
    subjectCode: subject.code,
    party: subject.party,
    facts: current.facts,
    calculation: current.calculation && {
      id: current.calculation.id,
      totalFen: current.calculation.totalFen.toString(),
      lines: current.calculation.lines.filter((l) => l.applicable).map((l) => ({ code: l.code, name: l.name, amountFen: l.amountFen })),
    },
  };
}

/** Sorted-key JSON, so equal content hashes equal whatever the key order (jsonb keeps none). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The content hash of a line: sha256 of the snapshot's canonical JSON. */
export const snapshotHash = (snapshot: ConfirmationSnapshot): string => sha256(canonicalJson(snapshot));

/** The hash of a batch over its lines (case and content hash), in the order the lines are kept. */
export const batchHash = (lines: ReadonlyArray<{ caseId: string; contentHash: string }>): string =>
  sha256(canonicalJson(lines.map((l) => ({ caseId: l.caseId, contentHash: l.contentHash }))));

export interface LineFacts {
  answer: ConfirmationAnswer | null;
  voidedAt: Date | string | null;
}

export function lineState(line: LineFacts): ConfirmationLineState {
  if (line.voidedAt) return 'voided';
  return line.answer ?? 'pending';
}

/** Why a line cannot be answered now (Chinese), or null. */
export function answerProblem(line: LineFacts): string | null {
  if (line.voidedAt) return '该确认已失效，不能再答复';
  if (line.answer) return `该案件已答复（${CONFIRMATION_LINE_STATE_LABELS[line.answer]}），不能重复答复`;
  return null;
}

/** A batch is closed once every line has an answer. */
export const batchClosed = (lines: readonly LineFacts[]): boolean => lines.length > 0 && lines.every((l) => l.answer !== null);

/** Why cases cannot go into a new batch (Chinese, naming each subject), or null. */
export function submissionProblem(
  cases: ReadonlyArray<{ code: string; status: string; inOpenLine: boolean; otherProject: boolean }>,
  statusLabel: (status: string) => string,
): string | null {
  const problems: string[] = [];
  for (const c of cases) {
    if (c.otherProject) problems.push(`${c.code} 不属于本项目`);
    else if (c.status !== 'surveyed') problems.push(`${c.code} 处于“${statusLabel(c.status)}”状态，只有“已摸底”的案件可以提交确认`);
    else if (c.inOpenLine) problems.push(`${c.code} 已在待确认的批次中`);
  }
  return problems.length ? problems.join('；') : null;
}

/** Per line: the town's figure, the company's (when it rejected with one), and company − town. */
export interface FigureLine {
  townFen: bigint | null;
  companyFen: bigint | null;
}

export function lineDifference(line: FigureLine): bigint | null {
  return line.townFen !== null && line.companyFen !== null ? line.companyFen - line.townFen : null;
}

/** Totals of a batch's differences view: the town's figures, the company's (its own where it gave one, else the town's), and their difference. */
export function figureTotals(lines: readonly FigureLine[]): { townFen: bigint; companyFen: bigint; differenceFen: bigint } {
  let townFen = 0n;
  let companyFen = 0n;
  for (const l of lines) {
    townFen += l.townFen ?? 0n;
    companyFen += l.companyFen ?? l.townFen ?? 0n;
  }
  return { townFen, companyFen, differenceFen: companyFen - townFen };
}

/** Fen as yuan text with 2 decimals, or null. */
export const yuanOrNull = (fen: bigint | null): string | null => (fen === null ? null : fenToYuan(fen));
