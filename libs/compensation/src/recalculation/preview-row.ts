import { calculate, type CalculationLine } from '../domain/calculate.js';
import { diffCalculations, type LineChange } from '../domain/diff-calculations.js';
import type { SubjectFacts } from '../domain/subject-facts.js';
import type { ValidatedScheme } from '../domain/validate-scheme.js';
import type { StoredLine } from '../calculation/calculation.entity.js';
import { storedLines } from '../calculation/calculation.service.js';
import type { OwnFacts } from '../calculation/subject-facts.reader.js';
import type { RecalculationCase } from './recalculation-run.entity.js';

/** A line change as stored: fen as decimal text (JSON has no bigint). */
export type StoredLineChange = Omit<LineChange, 'oldAmountFen' | 'newAmountFen' | 'differenceFen'> & {
  oldAmountFen: string | null;
  newAmountFen: string | null;
  differenceFen: string;
};

// Fields written out rather than spread: V8's fast path, for every line of every previewed case.
const fromStored = (lines: StoredLine[]): CalculationLine[] =>
  lines.map((l) => ({
    code: l.code,
    name: l.name,
    rule: l.rule,
    applicable: l.applicable,
    reason: l.reason,
    inputs: l.inputs,
    words: l.words,
    exact: l.exact,
    bound: l.bound,
    note: l.note,
    amountFen: BigInt(l.amountFen),
  }));
const fenText = (fen: bigint | null): string | null => (fen === null ? null : fen.toString());

/**
 * One case of a recalculation preview: the subject's facts as they are now, with the old snapshot's
 * date and agreed amounts (so the difference is the scheme's, not the calendar's), calculated under
 * `scheme` and compared with the old snapshot. A case the scheme cannot calculate keeps its problem.
 */
export function previewRow(
  scheme: ValidatedScheme,
  old: { caseId: string; calculationId: string; facts: SubjectFacts; lines: StoredLine[]; totalFen: string | bigint },
  own: OwnFacts,
): Omit<RecalculationCase, 'id' | 'run' | 'runId'> {
  const { asOf, signedOn, agreed } = old.facts;
  const facts: SubjectFacts = { ...own, asOf, ...(signedOn ? { signedOn } : {}), ...(agreed ? { agreed } : {}) };
  const oldTotalFen = BigInt(old.totalFen);
  const base = { caseId: old.caseId, basedOnCalculationId: old.calculationId, facts: facts as unknown as Record<string, unknown>, oldTotalFen };
  const result = calculate(scheme, facts);
  if (!result.ok) {
    return { ...base, lines: null, newTotalFen: null, differenceFen: null, changes: [], problem: result.problems.map((p) => p.message).join('；') };
  }
  const diff = diffCalculations({ lines: fromStored(old.lines), totalFen: oldTotalFen }, result.calculation);
  const changes: StoredLineChange[] = diff.changes.map((c) => ({
    code: c.code,
    name: c.name,
    change: c.change,
    oldAmountFen: fenText(c.oldAmountFen),
    newAmountFen: fenText(c.newAmountFen),
    differenceFen: c.differenceFen.toString(),
    oldWords: c.oldWords,
    newWords: c.newWords,
  }));
  return { ...base, lines: storedLines(result.calculation), newTotalFen: diff.newTotalFen, differenceFen: diff.differenceFen, changes, problem: null };
}
