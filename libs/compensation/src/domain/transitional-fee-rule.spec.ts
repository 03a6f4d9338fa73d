import { describeTransitionalFeeRule, validateTransitionalFeeRule, type TransitionalFeeRule } from './transitional-fee-rule.js';

const good: TransitionalFeeRule = { basis: 'per_person', monthlyAmount: '800.00', overdue: { everyMonths: 6, percent: '50', capPercent: '100' }, afterDeliveryMonths: 3 };

describe('validateTransitionalFeeRule', () => {
  it('accepts a per-person rule with overdue steps and one with none', () => {
    expect(validateTransitionalFeeRule(good)).toEqual([]);
    expect(validateTransitionalFeeRule({ ...good, basis: 'per_household', overdue: null, afterDeliveryMonths: 0 })).toEqual([]);
  });

  it('names every problem in Chinese', () => {
    const problems = validateTransitionalFeeRule({ basis: 'per_room', monthlyAmount: '-5', overdue: { everyMonths: 0, percent: '0', capPercent: 'x' }, afterDeliveryMonths: 30, extra: 1 });
    expect(problems.map((p) => p.field).sort()).toEqual(['afterDeliveryMonths', 'basis', 'extra', 'monthlyAmount', 'overdue.capPercent', 'overdue.everyMonths', 'overdue.percent']);
    expect(problems.every((p) => /[\u4e00-\u9fa5]/.test(p.message))).toBe(true);
  });

  it('refuses a zero amount, a cap below one step, a missing overdue and a non-object', () => {
    expect(validateTransitionalFeeRule({ ...good, monthlyAmount: '0.00' })).toEqual([{ field: 'monthlyAmount', message: '过渡费月标准必须大于 0' }]);
    expect(validateTransitionalFeeRule({ ...good, overdue: { everyMonths: 6, percent: '50', capPercent: '20' } })[0].field).toBe('overdue.capPercent');
    const { overdue: _dropped, ...withoutOverdue } = good;
    expect(validateTransitionalFeeRule(withoutOverdue)[0].field).toBe('overdue');
    expect(validateTransitionalFeeRule([])[0].message).toBe('过渡费规则必须是对象');
    expect(validateTransitionalFeeRule({ ...good, monthlyAmount: 800 })[0].field).toBe('monthlyAmount');
  });

  it('describes a rule in one line', () => {
    expect(describeTransitionalFeeRule(good)).toBe('800.00 元/人/月，逾期每 6 个月增发 50%（上限 100%），交房后续发 3 个月');
    expect(describeTransitionalFeeRule({ ...good, basis: 'per_household', overdue: null })).toBe('800.00 元/户/月，逾期不增发，交房后续发 3 个月');
  });
});
