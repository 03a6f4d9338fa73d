import { SUBJECT_TYPE_LABELS, SUBJECT_TYPES } from '@app/cases';
import { Dec, isCalendarDate } from '@app/platform';
import { AREA_KINDS, HOUSEHOLD_FLAGS, ITEM_ROLE_LABELS, ITEM_ROLES, itemLabel, type SchemeItem, type SchemeVersion } from './scheme.js';
import { factorTableProblems, type FactorProblem } from './validate-factors.js';

export type SchemeProblemCode =
  | FactorProblem['problem']
  | 'empty_version'
  | 'missing_code'
  | 'missing_name'
  | 'duplicate_code'
  | 'unknown_role'
  | 'duplicate_role'
  | 'no_subject_kind'
  | 'unknown_subject_kind'
  | 'wrong_subject_kind'
  | 'unknown_rule'
  | 'unknown_area'
  | 'unknown_flag'
  | 'invalid_amount'
  | 'negative_amount'
  | 'min_above_max'
  | 'invalid_months'
  | 'percent_out_of_range'
  | 'empty_reference'
  | 'unknown_reference'
  | 'reference_not_applicable'
  | 'self_reference'
  | 'cyclic_reference'
  | 'empty_windows'
  | 'invalid_date'
  | 'windows_unordered'
  | 'windows_amount_increasing';

/** One problem, in Chinese, naming the item (`第3项 价格补贴（JG-BT）：…`); `itemIndex` is 0-based. */
export interface SchemeProblem {
  itemIndex: number | null;
  itemCode: string | null;
  problem: SchemeProblemCode;
  message: string;
}

/** A version that passed `validateScheme`, with the order its items are evaluated in (references first). */
export interface ValidatedScheme {
  readonly items: readonly SchemeItem[];
  readonly evaluationOrder: readonly number[];
  readonly validated: true;
}

export type SchemeValidation = { ok: true; scheme: ValidatedScheme } | { ok: false; problems: SchemeProblem[] };

const YUAN_TEXT = /^\d+(\.\d{1,2})?$/;
const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/** Why `value` is not a non-negative amount at most to the fen, or null. */
function amountProblem(field: string, value: unknown): { problem: SchemeProblemCode; detail: string } | null {
  // Exactly as stored: the calculation reads these texts as they are, so surrounding spaces are refused too.
  const text = typeof value === 'string' ? value : '';
  if (YUAN_TEXT.test(text)) return null;
  if (NUMBER_TEXT.test(text) && text.startsWith('-')) return { problem: 'negative_amount', detail: `${field}不能为负数：${text}` };
  if (NUMBER_TEXT.test(text)) return { problem: 'invalid_amount', detail: `${field}最多精确到分：${text}` };
  return { problem: 'invalid_amount', detail: `${field}不是有效的金额：${String(value)}` };
}

/** Problems of one item's own fields (references between items are checked afterwards). */
function itemProblems(item: SchemeItem, index: number): SchemeProblem[] {
  const label = itemLabel(item, index);
  const problems: SchemeProblem[] = [];
  const add = (problem: SchemeProblemCode, detail: string) =>
    problems.push({ itemIndex: index, itemCode: item.code ?? null, problem, message: `${label}：${detail}` });
  const amount = (field: string, value: unknown) => {
    const found = amountProblem(field, value);
    if (found) add(found.problem, found.detail);
  };

  if (!item.code?.trim()) add('missing_code', '缺少项目编号');
  if (!item.name?.trim()) add('missing_name', '缺少项目名称');
  if (!Array.isArray(item.appliesTo) || item.appliesTo.length === 0) add('no_subject_kind', '没有选择适用的征收对象');
  for (const kind of item.appliesTo ?? []) {
    if (!(SUBJECT_TYPES as readonly string[]).includes(kind)) add('unknown_subject_kind', `未知的征收对象类型：${kind}`);
  }
  if (item.min !== undefined) amount('下限', item.min);
  if (item.max !== undefined) amount('上限', item.max);
  if (item.min !== undefined && item.max !== undefined && !amountProblem('', item.min) && !amountProblem('', item.max)) {
    if (new Dec(item.min).greaterThan(item.max)) add('min_above_max', `下限 ${item.min} 元大于上限 ${item.max} 元`);
  }
  const onlyFor = (kind: 'household' | 'enterprise', what: string) => {
    const others = (item.appliesTo ?? []).filter((k) => k !== kind && (SUBJECT_TYPES as readonly string[]).includes(k));
    if (others.length)
      add(
        'wrong_subject_kind',
        `${what}只适用于${SUBJECT_TYPE_LABELS[kind]}，不能用于${others.map((k) => SUBJECT_TYPE_LABELS[k]).join('、')}`,
      );
  };

  const rule = item.rule;
  switch (rule?.kind) {
    case 'per_area':
      if (!(AREA_KINDS as readonly string[]).includes(rule.area)) add('unknown_area', `未知的面积类型：${String(rule.area)}`);
      amount('单价', rule.unitPrice);
      for (const table of rule.factors ?? []) for (const p of factorTableProblems(table)) add(p.problem, p.message);
      break;
    case 'per_household':
      amount('每户金额', rule.amount);
      break;
    case 'per_person':
      amount('每人金额', rule.amount);
      onlyFor('household', '按认定人口计算的项目');
      break;
    case 'per_person_month':
      amount('每人每月金额', rule.amount);
      if (!Number.isInteger(rule.months) || rule.months < 1 || rule.months > 600)
        add('invalid_months', `月数必须是 1–600 的整数：${String(rule.months)}`);
      onlyFor('household', '按认定人口计算的项目');
      break;
    case 'percentage': {
      const text = typeof rule.percent === 'string' ? rule.percent : '';
      if (!NUMBER_TEXT.test(text)) add('percent_out_of_range', `百分比不是有效的数字：${String(rule.percent)}`);
      else if (new Dec(text).lessThan(0) || new Dec(text).greaterThan(1000))
        add('percent_out_of_range', `百分比 ${text}% 超出 0%–1000% 的范围`);
      if (!Array.isArray(rule.of) || rule.of.length === 0) add('empty_reference', '百分比项目没有引用任何项目');
      break;
    }
    case 'fixed_if': {
      const condition = rule.condition;
      if (condition?.kind === 'signed_by') {
        const windows = Array.isArray(condition.windows) ? condition.windows : [];
        if (windows.length === 0) add('empty_windows', '签约期限没有任何时段');
        windows.forEach((w, i) => {
          if (!isCalendarDate(w.until)) add('invalid_date', `第${i + 1}个签约时段的截止日期无效：${String(w.until)}`);
          amount(`第${i + 1}个签约时段的金额`, w.amount);
        });
        for (let i = 1; i < windows.length; i += 1) {
          const [previous, current] = [windows[i - 1], windows[i]];
          if (isCalendarDate(previous.until) && isCalendarDate(current.until) && current.until <= previous.until) {
            add(
              'windows_unordered',
              `签约时段须按截止日期从早到晚排列：第${i + 1}个时段 ${current.until} 不晚于第${i}个时段 ${previous.until}`,
            );
          } else if (
            !amountProblem('', previous.amount) &&
            !amountProblem('', current.amount) &&
            new Dec(current.amount).greaterThan(previous.amount)
          ) {
            add(
              'windows_amount_increasing',
              `较晚签约时段的金额不能高于较早时段：第${i + 1}个时段 ${current.amount} 元高于第${i}个时段 ${previous.amount} 元`,
            );
          }
        }
      } else if (condition?.kind === 'no_unlicensed_area') {
        amount('奖励金额', condition.amount);
      } else if (condition?.kind === 'household_flag') {
        if (!(HOUSEHOLD_FLAGS as readonly string[]).includes(condition.flag))
          add('unknown_flag', `未知的家庭情况：${String(condition.flag)}`);
        amount('金额', condition.amount);
        onlyFor('household', '按家庭情况计算的项目');
      } else {
        add('unknown_rule', `未知的定额条件：${String((condition as { kind?: unknown } | undefined)?.kind)}`);
      }
      break;
    }
    case 'months_x_monthly':
      onlyFor('enterprise', '停产停业损失类项目');
      break;
    case 'fixed_agreed':
      break;
    default:
      add('unknown_rule', `未知的计算规则：${String((rule as { kind?: unknown } | undefined)?.kind)}`);
  }
  return problems;
}

/** References between percentage items: unknown codes, self references and cycles of any length. */
function referenceProblems(items: SchemeItem[]): { problems: SchemeProblem[]; edges: number[][] } {
  const indexByCode = new Map<string, number>();
  items.forEach((item, i) => {
    if (!indexByCode.has(item.code)) indexByCode.set(item.code, i);
  });
  const problems: SchemeProblem[] = [];
  const edges: number[][] = items.map(() => []);
  items.forEach((item, i) => {
    if (item.rule?.kind !== 'percentage' || !Array.isArray(item.rule.of)) return;
    for (const code of item.rule.of) {
      const target = indexByCode.get(code);
      const base = { itemIndex: i, itemCode: item.code };
      if (target === undefined)
        problems.push({ ...base, problem: 'unknown_reference', message: `${itemLabel(item, i)}：引用了不存在的项目 ${code}` });
      else if (target === i) problems.push({ ...base, problem: 'self_reference', message: `${itemLabel(item, i)}：不能引用自身` });
      else edges[i].push(target);
    }
    // A percentage for a kind of subject none of its items applies to would silently never apply.
    const targets = edges[i].map((t) => items[t]);
    for (const kind of item.appliesTo ?? []) {
      if (targets.length && (SUBJECT_TYPES as readonly string[]).includes(kind) && !targets.some((t) => t.appliesTo?.includes(kind))) {
        problems.push({
          itemIndex: i,
          itemCode: item.code,
          problem: 'reference_not_applicable',
          message: `${itemLabel(item, i)}：所引用的项目都不适用于${SUBJECT_TYPE_LABELS[kind]}`,
        });
      }
    }
  });
  // Depth-first search; a grey node met again closes a cycle, reported once on its first item.
  const state = items.map(() => 'white' as 'white' | 'grey' | 'black');
  const path: number[] = [];
  const visit = (node: number) => {
    state[node] = 'grey';
    path.push(node);
    for (const next of edges[node]) {
      if (state[next] === 'grey') {
        const cycle = path.slice(path.indexOf(next));
        const first = items[cycle[0]];
        const codes = [...cycle, cycle[0]].map((n) => items[n].code).join(' → ');
        problems.push({
          itemIndex: cycle[0],
          itemCode: first.code,
          problem: 'cyclic_reference',
          message: `${itemLabel(first, cycle[0])}：百分比项目循环引用 ${codes}`,
        });
      } else if (state[next] === 'white') visit(next);
    }
    path.pop();
    state[node] = 'black';
  };
  items.forEach((_, i) => state[i] === 'white' && visit(i));
  return { problems, edges };
}

/** Items in an order where every percentage item comes after the items it refers to (stable: version order otherwise). */
function evaluationOrder(edges: number[][]): number[] {
  const order: number[] = [];
  const placed = new Set<number>();
  const place = (node: number) => {
    if (placed.has(node)) return;
    placed.add(node);
    edges[node].forEach(place);
    order.push(node);
  };
  edges.forEach((_, i) => place(i));
  return order;
}

/** Roles are known ones, each held by one item at most (the agreement states one 搬家费 and one 临时安置费). */
function roleProblems(items: readonly SchemeItem[]): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const holder = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.role === undefined || item.role === null) return;
    if (!(ITEM_ROLES as readonly string[]).includes(item.role)) {
      problems.push({ itemIndex: i, itemCode: item.code ?? null, problem: 'unknown_role', message: `${itemLabel(item, i)}：协议费用类别 ${String(item.role)} 不存在` });
      return;
    }
    const first = holder.get(item.role);
    if (first === undefined) holder.set(item.role, i);
    else
      problems.push({
        itemIndex: i,
        itemCode: item.code ?? null,
        problem: 'duplicate_role',
        message: `${itemLabel(item, i)}：已由第${first + 1}项作为协议中的${ITEM_ROLE_LABELS[item.role]}，每类只能指定一个项目`,
      });
  });
  return problems;
}

/** Checks a scheme version; every problem is reported, each in Chinese naming its item. */
export function validateScheme(version: SchemeVersion): SchemeValidation {
  const items = Array.isArray(version?.items) ? version.items : [];
  if (items.length === 0)
    return { ok: false, problems: [{ itemIndex: null, itemCode: null, problem: 'empty_version', message: '方案版本没有任何补偿项目' }] };
  const problems = items.flatMap((item, i) => itemProblems(item, i));
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    if (!item.code?.trim()) return;
    const first = firstIndex.get(item.code);
    if (first === undefined) firstIndex.set(item.code, i);
    else
      problems.push({
        itemIndex: i,
        itemCode: item.code,
        problem: 'duplicate_code',
        message: `${itemLabel(item, i)}：项目编号 ${item.code} 与第${first + 1}项重复`,
      });
  });
  problems.push(...roleProblems(items));
  const references = referenceProblems(items);
  problems.push(...references.problems);
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => (a.itemIndex ?? -1) - (b.itemIndex ?? -1)) };
  return { ok: true, scheme: { items, evaluationOrder: evaluationOrder(references.edges), validated: true } };
}
