import { Dec, isCalendarDate } from '@app/platform';
import { formatYuan, roundToFen, yuanText, type Fen } from './money.js';
import { evaluateRule, type RuleOutcome } from './line-rules.js';
import { itemLabel, type RuleKind, type SchemeItem, type SubjectKind } from './scheme.js';
import type { LineInput, SubjectFacts } from './subject-facts.js';
import type { ValidatedScheme } from './validate-scheme.js';

/**
 * One line of an itemised calculation. Its amount is worked out exactly in yuan (`exact`), then held
 * to the item's 下限/上限 (`bound`), then rounded half-up to the fen — the one rounding of the line.
 * A line whose condition fails stays in the calculation, not applicable, with its reason and 0 fen.
 */
export interface CalculationLine {
  code: string;
  name: string;
  rule: RuleKind;
  applicable: boolean;
  /** Why the line does not apply (`无无证面积`, `签约日期 … 晚于最后期限 …`), or null. */
  reason: string | null;
  inputs: LineInput[];
  /** The rule in words: `120.50 m² × 1,850.00 元/m² × 0.85`; empty when not applicable. */
  words: string;
  /** Exact yuan before bounds and rounding (`"102426.775"`). */
  exact: string;
  bound: 'min' | 'max' | null;
  /** The bound applied, in words (`低于下限，按下限 1,000.00 元计`), or null. */
  note: string | null;
  amountFen: Fen;
}

/** Lines in the version's order (items for other subject kinds left out) and their total in fen. */
export interface Calculation {
  subjectKind: SubjectKind;
  lines: CalculationLine[];
  totalFen: Fen;
}

export interface CalculationProblem {
  itemCode: string | null;
  message: string;
}

export type CalculationResult = { ok: true; calculation: Calculation } | { ok: false; problems: CalculationProblem[] };

/** Holds an exact amount to the item's bounds (in yuan, before rounding). */
function applyBounds(item: SchemeItem, exact: Dec): Pick<CalculationLine, 'bound' | 'note'> & { bounded: Dec } {
  if (item.min !== undefined && exact.lessThan(item.min)) {
    return { bounded: new Dec(item.min), bound: 'min', note: `低于下限，按下限 ${formatYuan(roundToFen(new Dec(item.min)))} 元计` };
  }
  if (item.max !== undefined && exact.greaterThan(item.max)) {
    return { bounded: new Dec(item.max), bound: 'max', note: `高于上限，按上限 ${formatYuan(roundToFen(new Dec(item.max)))} 元计` };
  }
  return { bounded: exact, bound: null, note: null };
}

/** `percent` % of the referenced lines already calculated for this subject (absent ones are left out). */
function percentageOutcome(item: SchemeItem & { rule: { kind: 'percentage' } }, done: Map<string, CalculationLine>): RuleOutcome {
  const referenced = item.rule.of.map((code) => done.get(code)).filter((line): line is CalculationLine => line !== undefined);
  const inputs = referenced.map((line) => ({ label: line.name, value: `${formatYuan(line.amountFen)} 元` }));
  if (!referenced.some((line) => line.applicable)) return { kind: 'not_applicable', reason: '所引用的项目均不适用', inputs };
  const baseFen = referenced.reduce((sum, line) => sum + line.amountFen, 0n);
  const percentText = item.rule.percent.trim();
  const percent = new Dec(percentText);
  const terms = referenced.map((line) => `${line.name} ${formatYuan(line.amountFen)}`);
  const base = terms.length === 1 ? terms[0] : `(${terms.join(' + ')})`;
  return {
    kind: 'amount',
    exact: percent.times(baseFen.toString()).dividedBy(10_000),
    words: `${percentText}% × ${base}`,
    inputs: [{ label: '百分比', value: `${percentText}%` }, ...inputs],
  };
}

/**
 * The itemised calculation of one subject under a validated scheme version. Items are evaluated in
 * dependency order, so a percentage item reads the rounded amounts of the lines it names whatever
 * their place in the version; lines are returned in version order and `totalFen` is their sum.
 */
export function calculate(scheme: ValidatedScheme, facts: SubjectFacts): CalculationResult {
  const problems: CalculationProblem[] = [];
  if (!facts.signedOn && !isCalendarDate(facts.asOf)) problems.push({ itemCode: null, message: `测算日期无效：${String(facts.asOf)}` });
  const done = new Map<string, CalculationLine>();
  for (const index of scheme.evaluationOrder) {
    const item = scheme.items[index];
    if (!item.appliesTo.includes(facts.kind)) continue;
    const outcome =
      item.rule.kind === 'percentage'
        ? percentageOutcome(item as SchemeItem & { rule: { kind: 'percentage' } }, done)
        : evaluateRule(item.rule, facts, item.code);
    if (outcome.kind === 'problem') {
      problems.push({ itemCode: item.code, message: `${itemLabel(item, index)}：${outcome.message}` });
      continue;
    }
    if (outcome.kind === 'not_applicable') {
      // Literal objects with every field (no spread of a shared part): V8 builds them on its fast path, per line of every case.
      done.set(item.code, {
        code: item.code,
        name: item.name,
        rule: item.rule.kind,
        applicable: false,
        reason: outcome.reason,
        inputs: outcome.inputs,
        words: '',
        exact: '0',
        bound: null,
        note: null,
        amountFen: 0n,
      });
      continue;
    }
    const { bounded, bound, note } = applyBounds(item, outcome.exact);
    done.set(item.code, {
      code: item.code,
      name: item.name,
      rule: item.rule.kind,
      applicable: true,
      reason: null,
      inputs: outcome.inputs,
      words: outcome.words,
      exact: outcome.exact.toFixed(),
      bound,
      note,
      amountFen: roundToFen(bounded),
    });
  }
  // Reported in version order, whatever order the items were evaluated in.
  const position = (code: string | null) => (code === null ? -1 : scheme.items.findIndex((item) => item.code === code));
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => position(a.itemCode) - position(b.itemCode)) };
  const lines = scheme.items.map((item) => done.get(item.code)).filter((line): line is CalculationLine => line !== undefined);
  return { ok: true, calculation: { subjectKind: facts.kind, lines, totalFen: lines.reduce((sum, line) => sum + line.amountFen, 0n) } };
}

/** A line's amount as yuan text (`"190391.38"`); `formatYuan` gives the display form with separators. */
export function lineYuan(line: Pick<CalculationLine, 'amountFen'>): string {
  return yuanText(line.amountFen);
}
