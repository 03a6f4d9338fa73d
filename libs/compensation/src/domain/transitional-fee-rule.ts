import { Dec } from '@app/platform';
import type { Yuan } from './scheme.js';

/**
 * The scheme's 过渡费 (临时安置费) for transitional households on the monetary transition, as data:
 * a monthly amount per recognised person or per household; after the agreement's transition period it
 * rises by `percent` % for each `everyMonths` months overdue (a started period counts), up to `capPercent` %;
 * and it is paid for `afterDeliveryMonths` months after delivery (moving in).
 */
export interface TransitionalFeeRule {
  basis: 'per_person' | 'per_household';
  monthlyAmount: Yuan;
  overdue: { everyMonths: number; percent: string; capPercent: string } | null;
  afterDeliveryMonths: number;
}

export const TRANSITIONAL_FEE_BASES = ['per_person', 'per_household'] as const;
export const TRANSITIONAL_FEE_BASIS_LABELS: Record<TransitionalFeeRule['basis'], string> = { per_person: '按人每月', per_household: '按户每月' };

/** One problem with a rule: the field (e.g. `overdue.percent`) and a Chinese message. */
export interface TransitionalFeeRuleProblem {
  field: string;
  message: string;
}

const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,4}(\.\d{1,2})?$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * Checks a 过渡费 rule as it arrives (any JSON): every problem at once, in Chinese. A valid rule has a
 * positive monthly amount in yuan (at most 2 decimals), a basis, 0–24 months paid after delivery, and
 * either no overdue rise or a positive step every 1–60 months with a cap at least one step high.
 */
export function validateTransitionalFeeRule(rule: unknown): TransitionalFeeRuleProblem[] {
  if (!isObject(rule)) return [{ field: 'transitionalFee', message: '过渡费规则必须是对象' }];
  const problems: TransitionalFeeRuleProblem[] = [];
  const known = new Set(['basis', 'monthlyAmount', 'overdue', 'afterDeliveryMonths']);
  for (const key of Object.keys(rule)) if (!known.has(key)) problems.push({ field: key, message: `过渡费规则不认识字段“${key}”` });
  if (!TRANSITIONAL_FEE_BASES.includes(rule.basis as never)) problems.push({ field: 'basis', message: '过渡费计发方式必须是按人每月（per_person）或按户每月（per_household）' });
  if (typeof rule.monthlyAmount !== 'string' || !AMOUNT.test(rule.monthlyAmount.trim())) problems.push({ field: 'monthlyAmount', message: '过渡费月标准必须是元金额，最多两位小数' });
  else if (new Dec(rule.monthlyAmount.trim()).lte(0)) problems.push({ field: 'monthlyAmount', message: '过渡费月标准必须大于 0' });
  if (!isInt(rule.afterDeliveryMonths, 0, 24)) problems.push({ field: 'afterDeliveryMonths', message: '交房后续发过渡费的月数必须是 0–24 的整数' });
  const overdue = rule.overdue;
  if (overdue !== null && overdue !== undefined) {
    if (!isObject(overdue)) problems.push({ field: 'overdue', message: '逾期增发规则必须是对象或空' });
    else {
      if (!isInt(overdue.everyMonths, 1, 60)) problems.push({ field: 'overdue.everyMonths', message: '逾期增发周期必须是 1–60 个月的整数' });
      const percentOk = typeof overdue.percent === 'string' && PERCENT.test(overdue.percent) && new Dec(overdue.percent).gt(0);
      const capOk = typeof overdue.capPercent === 'string' && PERCENT.test(overdue.capPercent);
      if (!percentOk) problems.push({ field: 'overdue.percent', message: '逾期每期增发比例必须是大于 0 的百分数（最多两位小数）' });
      if (!capOk) problems.push({ field: 'overdue.capPercent', message: '逾期增发上限必须是百分数（最多两位小数）' });
      if (percentOk && capOk && new Dec(overdue.capPercent as string).lt(new Dec(overdue.percent as string)))
        problems.push({ field: 'overdue.capPercent', message: '逾期增发上限不能低于每期增发比例' });
    }
  } else if (overdue === undefined) problems.push({ field: 'overdue', message: '请填写逾期增发规则（不增发时为空）' });
  return problems;
}

/** The rule in one Chinese line, for screens and statements: `800.00 元/人/月，逾期每 6 个月增发 50%（上限 100%），交房后续发 3 个月`. */
export function describeTransitionalFeeRule(rule: TransitionalFeeRule): string {
  const unit = rule.basis === 'per_person' ? '元/人/月' : '元/户/月';
  const overdue = rule.overdue ? `逾期每 ${rule.overdue.everyMonths} 个月增发 ${rule.overdue.percent}%（上限 ${rule.overdue.capPercent}%）` : '逾期不增发';
  return `${new Dec(rule.monthlyAmount).toFixed(2)} ${unit}，${overdue}，交房后续发 ${rule.afterDeliveryMonths} 个月`;
}
