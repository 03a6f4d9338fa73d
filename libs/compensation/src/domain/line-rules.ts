import { Dec, isCalendarDate } from '@app/platform';
import { HOUSE_STRUCTURE_LABELS } from '@app/subjects';
import { roundToFen, formatDecimal, formatYuan } from './money.js';
import { AREA_KIND_LABELS, HOUSEHOLD_FLAG_LABELS, type AgeBand, type FactorTable, type SchemeRule } from './scheme.js';
import type { LineInput, SubjectFacts } from './subject-facts.js';

/** What a rule makes of the facts: an exact amount in yuan, not applicable with a reason, or facts it lacks. */
export type RuleOutcome =
  | { kind: 'amount'; exact: Dec; words: string; inputs: LineInput[] }
  | { kind: 'not_applicable'; reason: string; inputs: LineInput[] }
  | { kind: 'problem'; message: string };

const AREA_TEXT = /^\d+(\.\d+)?$/;
const AMOUNT_TEXT = /^\d+(\.\d{1,2})?$/;
/** Yuan as written in a formula: `1,850.00`. */
const money = (yuan: string | Dec): string => (typeof yuan === 'string' ? schemeMoney(yuan) : formatYuan(roundToFen(yuan)));
/** A scheme's amounts are few and repeat for every subject: each written once (bounded, so odd input cannot grow it). */
const moneyWords = new Map<string, string>();
function schemeMoney(yuan: string): string {
  let words = moneyWords.get(yuan);
  if (words === undefined) {
    words = formatYuan(roundToFen(new Dec(yuan)));
    if (moneyWords.size >= 1024) moneyWords.clear();
    moneyWords.set(yuan, words);
  }
  return words;
}
/** A factor as the scheme writes it (`0.80` stays `0.80`). */
const plain = (value: string): string => value.trim();
const fixed = (amount: string, words: string, inputs: LineInput[]): RuleOutcome => ({
  kind: 'amount',
  exact: new Dec(amount),
  words,
  inputs,
});

function bandFor(bands: AgeBand[], age: number): AgeBand | undefined {
  return bands.find((b) => age >= b.fromAge && (b.toAge === undefined || age <= b.toAge));
}

/** One factor from its table for the subject's structure and age, or what is missing to find it. */
function lookUpFactor(table: FactorTable, facts: SubjectFacts): { factor: string; input: LineInput } | { problem: string } {
  const structure = facts.structure ?? null;
  const structureLabel = structure ? HOUSE_STRUCTURE_LABELS[structure] : null;
  if (table.by === 'structure') {
    if (!structure) return { problem: `${table.name}：缺少房屋结构` };
    const factor = table.factors[structure];
    if (factor === undefined) return { problem: `${table.name}表没有“${structureLabel}”结构的系数` };
    return { factor, input: { label: `${table.name}（${structureLabel}）`, value: plain(factor) } };
  }
  if (!Number.isInteger(facts.yearBuilt)) return { problem: `${table.name}：缺少建成年份` };
  const age = table.ageCountedToYear - (facts.yearBuilt as number);
  if (age < 0) return { problem: `${table.name}：建成年份 ${facts.yearBuilt} 晚于年限计算年份 ${table.ageCountedToYear}` };
  let bands = table.by === 'age' ? table.bands : undefined;
  if (table.by === 'structure_age') {
    if (!structure) return { problem: `${table.name}：缺少房屋结构` };
    bands = table.bands[structure];
    if (!bands) return { problem: `${table.name}表没有“${structureLabel}”结构的年限档` };
  }
  const band = bandFor(bands ?? [], age);
  if (!band) return { problem: `${table.name}：建成 ${age} 年，超出${table.name}表的年限档` };
  const what = table.by === 'structure_age' ? `${structureLabel}，` : '';
  return {
    factor: band.factor,
    input: {
      label: `${table.name}（${what}${facts.yearBuilt} 年建成，计至 ${table.ageCountedToYear} 年 ${age} 年）`,
      value: plain(band.factor),
    },
  };
}

function perArea(rule: Extract<SchemeRule, { kind: 'per_area' }>, facts: SubjectFacts): RuleOutcome {
  const label = AREA_KIND_LABELS[rule.area];
  const text = facts.areas?.[rule.area]?.trim();
  if (text !== undefined && !AREA_TEXT.test(text)) return { kind: 'problem', message: `${label}不是有效的面积：${text}` };
  if (text === undefined || new Dec(text).isZero()) return { kind: 'not_applicable', reason: `无${label}`, inputs: [] };
  const area = new Dec(text);
  const areaWords = formatDecimal(area);
  const priceWords = money(rule.unitPrice);
  const inputs: LineInput[] = [
    { label, value: `${areaWords} m²` },
    { label: '单价', value: `${priceWords} 元/m²` },
  ];
  let exact = area.times(rule.unitPrice);
  let words = `${areaWords} m² × ${priceWords} 元/m²`;
  for (const table of rule.factors ?? []) {
    const found = lookUpFactor(table, facts);
    if ('problem' in found) return { kind: 'problem', message: found.problem };
    exact = exact.times(found.factor);
    words += ` × ${plain(found.factor)}`;
    inputs.push(found.input);
  }
  return { kind: 'amount', exact, words, inputs };
}

function persons(facts: SubjectFacts): number | { problem: string } {
  const count = facts.recognisedPersons;
  if (!Number.isInteger(count) || (count as number) < 0) return { problem: '缺少认定人口' };
  return count as number;
}

function signedBy(rule: Extract<SchemeRule, { kind: 'fixed_if' }>['condition'] & { kind: 'signed_by' }, facts: SubjectFacts): RuleOutcome {
  const signed = facts.signedOn ?? null;
  const date = signed ?? facts.asOf;
  if (!isCalendarDate(date)) return { kind: 'problem', message: `${signed ? '签约日期' : '测算日期'}无效：${String(date)}` };
  const what = signed ? '签约日期' : '测算日期（按当日签约计）';
  const inputs = [{ label: what, value: date }];
  const window = rule.windows.find((w) => date <= w.until);
  if (!window)
    return { kind: 'not_applicable', reason: `${what} ${date} 晚于最后期限 ${rule.windows[rule.windows.length - 1].until}`, inputs };
  return fixed(window.amount, `${what} ${date} 不晚于 ${window.until}：定额 ${money(window.amount)} 元`, inputs);
}

/** Evaluates every rule but `percentage`, which needs the other lines (see `calculate`). */
export function evaluateRule(rule: Exclude<SchemeRule, { kind: 'percentage' }>, facts: SubjectFacts, itemCode: string): RuleOutcome {
  switch (rule.kind) {
    case 'per_area':
      return perArea(rule, facts);
    case 'per_household':
      return fixed(rule.amount, `每户定额 ${money(rule.amount)} 元`, []);
    case 'per_person':
    case 'per_person_month': {
      const count = persons(facts);
      if (typeof count !== 'number') return { kind: 'problem', message: count.problem };
      const inputs = [{ label: '认定人口', value: `${count} 人` }];
      if (count === 0) return { kind: 'not_applicable', reason: '认定人口为 0', inputs };
      if (rule.kind === 'per_person')
        return { kind: 'amount', exact: new Dec(rule.amount).times(count), words: `${count} 人 × ${money(rule.amount)} 元/人`, inputs };
      return {
        kind: 'amount',
        exact: new Dec(rule.amount).times(count).times(rule.months),
        words: `${count} 人 × ${money(rule.amount)} 元/人·月 × ${rule.months} 个月`,
        inputs,
      };
    }
    case 'fixed_if': {
      const condition = rule.condition;
      if (condition.kind === 'signed_by') return signedBy(condition, facts);
      if (condition.kind === 'household_flag') {
        const flag = HOUSEHOLD_FLAG_LABELS[condition.flag];
        const inputs = [{ label: '家庭情况', value: (facts.flags ?? []).map((f) => HOUSEHOLD_FLAG_LABELS[f]).join('、') || '无' }];
        if (!(facts.flags ?? []).includes(condition.flag)) return { kind: 'not_applicable', reason: `不属${flag}`, inputs };
        return fixed(condition.amount, `属${flag}：定额 ${money(condition.amount)} 元`, inputs);
      }
      const text = facts.areas?.unlicensed?.trim() ?? '0';
      if (!AREA_TEXT.test(text)) return { kind: 'problem', message: `无证面积不是有效的面积：${text}` };
      const inputs = [{ label: '无证面积', value: `${formatDecimal(new Dec(text))} m²` }];
      if (!new Dec(text).isZero()) return { kind: 'not_applicable', reason: `有无证面积 ${formatDecimal(new Dec(text))} m²`, inputs };
      return fixed(condition.amount, `无无证面积：定额 ${money(condition.amount)} 元`, inputs);
    }
    case 'months_x_monthly': {
      const { months, monthlyFigure } = facts;
      if (!Number.isInteger(months) || (months as number) < 0) return { kind: 'problem', message: '缺少停产停业月数' };
      if (!monthlyFigure || !AMOUNT_TEXT.test(monthlyFigure.trim()))
        return { kind: 'problem', message: `缺少或无效的月度金额：${monthlyFigure ?? ''}` };
      const inputs = [
        { label: '停产停业月数', value: `${months} 个月` },
        { label: '月度金额', value: `${money(monthlyFigure.trim())} 元/月` },
      ];
      if (months === 0) return { kind: 'not_applicable', reason: '停产停业月数为 0', inputs };
      return {
        kind: 'amount',
        exact: new Dec(monthlyFigure.trim()).times(months as number),
        words: `${months} 个月 × ${money(monthlyFigure.trim())} 元/月`,
        inputs,
      };
    }
    case 'fixed_agreed': {
      const agreed = facts.agreed?.[itemCode];
      if (!agreed) return { kind: 'problem', message: '缺少商定金额' };
      if (!AMOUNT_TEXT.test(agreed.amount?.trim() ?? '')) return { kind: 'problem', message: `商定金额无效：${String(agreed.amount)}` };
      const remark = agreed.remark?.trim();
      return fixed(agreed.amount.trim(), `商定金额 ${money(agreed.amount.trim())} 元${remark ? `（${remark}）` : ''}`, [
        { label: '商定金额', value: `${money(agreed.amount.trim())} 元` },
        ...(remark ? [{ label: '备注', value: remark }] : []),
      ]);
    }
  }
}
