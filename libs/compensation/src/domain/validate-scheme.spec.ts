import { exampleScheme } from './example-scheme.js';
import type { SchemeItem, SchemeRule, SchemeVersion } from './scheme.js';
import { validateScheme } from './validate-scheme.js';

const item = (code: string, rule: SchemeRule, extra: Partial<SchemeItem> = {}): SchemeItem => ({
  code,
  name: `项目${code}`,
  appliesTo: ['household'],
  rule,
  ...extra,
});
const fixedAmount = (code: string, amount = '100.00'): SchemeItem => item(code, { kind: 'per_household', amount });
const percentOf = (code: string, of: string[], percent = '30'): SchemeItem => item(code, { kind: 'percentage', percent, of });

function messages(version: SchemeVersion): string[] {
  const result = validateScheme(version);
  return result.ok ? [] : result.problems.map((p) => p.message);
}
const one = (...items: SchemeItem[]) => messages({ items });

describe('validateScheme', () => {
  it('accepts the example scheme and orders references first', () => {
    const result = validateScheme(exampleScheme());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const codes = result.scheme.evaluationOrder.map((i) => result.scheme.items[i].code);
    expect(codes.indexOf('JG-BT')).toBeGreaterThan(codes.indexOf('JA-CZ'));
    expect(codes.indexOf('JG-BT')).toBeGreaterThan(codes.indexOf('TD-JJ'));
    expect([...result.scheme.evaluationOrder].sort((a, b) => a - b)).toEqual(result.scheme.items.map((_, i) => i));
  });

  it('orders a percentage before its references when they come later in the version', () => {
    const result = validateScheme({ items: [percentOf('C', ['B']), percentOf('B', ['A']), fixedAmount('A')] });
    expect(result.ok && result.scheme.evaluationOrder).toEqual([2, 1, 0]);
  });

  it('refuses an empty version', () => {
    expect(messages({ items: [] })).toEqual(['方案版本没有任何补偿项目']);
    expect(validateScheme({} as SchemeVersion)).toMatchObject({ ok: false, problems: [{ problem: 'empty_version', itemIndex: null }] });
  });

  it('names the item by position, name and code', () => {
    const result = validateScheme({
      items: [fixedAmount('A'), fixedAmount('B'), item('JG-BT', { kind: 'percentage', percent: '30', of: ['XX'] }, { name: '价格补贴' })],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { itemIndex: 2, itemCode: 'JG-BT', problem: 'unknown_reference', message: '第3项 价格补贴（JG-BT）：引用了不存在的项目 XX' },
      ],
    });
  });

  it('refuses missing codes, names and subject kinds', () => {
    expect(one(item(' ', { kind: 'per_household', amount: '1' }, { name: '' }))).toEqual([
      '第1项 （ ）：缺少项目编号',
      '第1项 （ ）：缺少项目名称',
    ]);
    expect(one(fixedAmount('A'), { ...fixedAmount('B'), appliesTo: [] })).toEqual(['第2项 项目B（B）：没有选择适用的征收对象']);
    expect(one({ ...fixedAmount('A'), appliesTo: ['household', 'shop' as never] })).toEqual(['第1项 项目A（A）：未知的征收对象类型：shop']);
  });

  it('refuses duplicate codes, naming the first', () => {
    expect(one(fixedAmount('A'), fixedAmount('B'), fixedAmount('A'))).toEqual(['第3项 项目A（A）：项目编号 A 与第1项重复']);
  });

  it('refuses unknown rules, areas and flags', () => {
    expect(one(item('A', { kind: 'lump' } as never))).toEqual(['第1项 项目A（A）：未知的计算规则：lump']);
    expect(one(item('A', { kind: 'per_area', area: 'garden' as never, unitPrice: '1.00' }))).toEqual([
      '第1项 项目A（A）：未知的面积类型：garden',
    ]);
    expect(one(item('A', { kind: 'fixed_if', condition: { kind: 'household_flag', flag: 'veteran' as never, amount: '1' } }))).toEqual([
      '第1项 项目A（A）：未知的家庭情况：veteran',
    ]);
    expect(one(item('A', { kind: 'fixed_if', condition: { kind: 'moon' } as never }))).toEqual(['第1项 项目A（A）：未知的定额条件：moon']);
  });

  it('refuses negative, malformed and sub-fen amounts', () => {
    expect(one(item('A', { kind: 'per_area', area: 'licensed', unitPrice: '-5' }))).toEqual(['第1项 项目A（A）：单价不能为负数：-5']);
    expect(one(item('A', { kind: 'per_household', amount: 'abc' }))).toEqual(['第1项 项目A（A）：每户金额不是有效的金额：abc']);
    expect(one(item('A', { kind: 'per_person', amount: '1.005' }))).toEqual(['第1项 项目A（A）：每人金额最多精确到分：1.005']);
    expect(one(item('A', { kind: 'per_person_month', amount: '-1', months: 24 }))).toEqual([
      '第1项 项目A（A）：每人每月金额不能为负数：-1',
    ]);
    expect(one(item('A', { kind: 'fixed_if', condition: { kind: 'no_unlicensed_area', amount: '-10000' } }))).toEqual([
      '第1项 项目A（A）：奖励金额不能为负数：-10000',
    ]);
    expect(one(item('A', { kind: 'fixed_if', condition: { kind: 'household_flag', flag: 'disabled', amount: '-1' } }))).toEqual([
      '第1项 项目A（A）：金额不能为负数：-1',
    ]);
    expect(one({ ...fixedAmount('A'), min: '-1', max: 'x' })).toEqual([
      '第1项 项目A（A）：下限不能为负数：-1',
      '第1项 项目A（A）：上限不是有效的金额：x',
    ]);
  });

  it('refuses amounts, factors and percentages with surrounding spaces (they are read as stored)', () => {
    expect(one(item('A', { kind: 'per_area', area: 'licensed', unitPrice: ' 1850' }))).toEqual([
      '第1项 项目A（A）：单价不是有效的金额： 1850',
    ]);
    expect(one(fixedAmount('A'), percentOf('B', ['A'], '30 '))).toEqual(['第2项 项目B（B）：百分比不是有效的数字：30 ']);
  });

  it('refuses a minimum above the maximum', () => {
    expect(one({ ...fixedAmount('A'), min: '2000.00', max: '1000' })).toEqual(['第1项 项目A（A）：下限 2000.00 元大于上限 1000 元']);
    expect(one({ ...fixedAmount('A'), min: '1000', max: '1000.00' })).toEqual([]);
  });

  it('refuses months outside 1–600', () => {
    for (const months of [0, 1.5, 601]) {
      expect(one(item('A', { kind: 'per_person_month', amount: '800', months }))).toEqual([
        `第1项 项目A（A）：月数必须是 1–600 的整数：${months}`,
      ]);
    }
  });

  it('keeps person, household-flag and enterprise rules to their subjects', () => {
    expect(one(item('A', { kind: 'per_person', amount: '1' }, { appliesTo: ['household', 'enterprise'] }))).toEqual([
      '第1项 项目A（A）：按认定人口计算的项目只适用于民房，不能用于企业',
    ]);
    expect(
      one(
        item(
          'A',
          { kind: 'fixed_if', condition: { kind: 'household_flag', flag: 'low_income', amount: '1' } },
          { appliesTo: ['facility'] },
        ),
      ),
    ).toEqual(['第1项 项目A（A）：按家庭情况计算的项目只适用于民房，不能用于市政设施']);
    expect(one(item('A', { kind: 'months_x_monthly' }, { appliesTo: ['household', 'legacy_base'] }))).toEqual([
      '第1项 项目A（A）：停产停业损失类项目只适用于企业，不能用于民房、遗留基地',
    ]);
  });

  it('refuses percentages outside 0–1000% and empty references', () => {
    expect(one(fixedAmount('A'), percentOf('B', ['A'], '1000.5'))).toEqual(['第2项 项目B（B）：百分比 1000.5% 超出 0%–1000% 的范围']);
    expect(one(fixedAmount('A'), percentOf('B', ['A'], '-1'))).toEqual(['第2项 项目B（B）：百分比 -1% 超出 0%–1000% 的范围']);
    expect(one(fixedAmount('A'), percentOf('B', ['A'], '三十'))).toEqual(['第2项 项目B（B）：百分比不是有效的数字：三十']);
    expect(one(fixedAmount('A'), percentOf('B', ['A'], '0'), percentOf('C', ['A'], '1000'))).toEqual([]);
    expect(one(fixedAmount('A'), percentOf('B', []))).toEqual(['第2项 项目B（B）：百分比项目没有引用任何项目']);
  });

  it('refuses a percentage for subjects none of its items applies to', () => {
    expect(one(fixedAmount('A'), percentOf('B', ['A']), { ...percentOf('C', ['A']), appliesTo: ['household', 'enterprise'] })).toEqual([
      '第3项 项目C（C）：所引用的项目都不适用于企业',
    ]);
    expect(
      one(
        fixedAmount('A'),
        { ...fixedAmount('E'), appliesTo: ['enterprise'] },
        { ...percentOf('C', ['A', 'E']), appliesTo: ['household', 'enterprise'] },
      ),
    ).toEqual([]);
  });

  it('refuses self references and cycles of any length, once per cycle', () => {
    expect(one(percentOf('A', ['A']))).toEqual(['第1项 项目A（A）：不能引用自身']);
    expect(one(percentOf('A', ['B']), percentOf('B', ['A']))).toEqual(['第1项 项目A（A）：百分比项目循环引用 A → B → A']);
    expect(one(fixedAmount('X'), percentOf('A', ['B', 'X']), percentOf('B', ['C']), percentOf('C', ['D']), percentOf('D', ['A']))).toEqual([
      '第2项 项目A（A）：百分比项目循环引用 A → B → C → D → A',
    ]);
    // Two cycles sharing no item are both reported; a diamond is not a cycle.
    expect(one(percentOf('A', ['B']), percentOf('B', ['A']), percentOf('C', ['D']), percentOf('D', ['C']))).toHaveLength(2);
    expect(one(fixedAmount('X'), percentOf('A', ['X']), percentOf('B', ['X']), percentOf('C', ['A', 'B']))).toEqual([]);
  });

  describe('signing windows', () => {
    const windows = (...w: Array<[string, string]>) =>
      item('A', { kind: 'fixed_if', condition: { kind: 'signed_by', windows: w.map(([until, amount]) => ({ until, amount })) } });
    it('accepts windows earliest first with decreasing amounts', () => {
      expect(one(windows(['2013-06-30', '30000'], ['2013-08-31', '20000'], ['2013-09-30', '20000']))).toEqual([]);
    });
    it('refuses an empty list, bad dates, disorder and a later window paying more', () => {
      expect(one(windows())).toEqual(['第1项 项目A（A）：签约期限没有任何时段']);
      expect(one(windows(['2013-02-30', '1']))).toEqual(['第1项 项目A（A）：第1个签约时段的截止日期无效：2013-02-30']);
      expect(one(windows(['2013-08-31', '30000'], ['2013-06-30', '20000']))).toEqual([
        '第1项 项目A（A）：签约时段须按截止日期从早到晚排列：第2个时段 2013-06-30 不晚于第1个时段 2013-08-31',
      ]);
      expect(one(windows(['2013-06-30', '30000'], ['2013-06-30', '20000']))).toHaveLength(1);
      expect(one(windows(['2013-06-30', '20000'], ['2013-08-31', '30000']))).toEqual([
        '第1项 项目A（A）：较晚签约时段的金额不能高于较早时段：第2个时段 30000 元高于第1个时段 20000 元',
      ]);
      expect(one(windows(['2013-06-30', '-1']))).toEqual(['第1项 项目A（A）：第1个签约时段的金额不能为负数：-1']);
    });
  });

  it('reports every problem of a version at once, in item order', () => {
    const result = validateScheme({ items: [percentOf('B', ['Z']), { ...fixedAmount('A'), min: '5', max: '1' }, fixedAmount('A', '-3')] });
    expect(result.ok ? [] : result.problems.map((p) => [p.itemIndex, p.problem])).toEqual([
      [0, 'unknown_reference'],
      [1, 'min_above_max'],
      [2, 'negative_amount'],
      [2, 'duplicate_code'],
    ]);
  });

  it('accepts one item per agreement role and refuses a second one or an unknown role, naming the item', () => {
    expect(one(fixedAmount('A', '1.00'), { ...fixedAmount('B'), role: 'moving_fee' }, { ...fixedAmount('C'), role: 'temporary_resettlement_fee' })).toEqual([]);
    expect(one({ ...fixedAmount('A'), role: 'moving_fee' }, { ...fixedAmount('B'), role: 'moving_fee' })).toEqual([
      '第2项 项目B（B）：已由第1项作为协议中的搬家费，每类只能指定一个项目',
    ]);
    expect(one({ ...fixedAmount('A'), role: 'bonus' as never })).toEqual(['第1项 项目A（A）：协议费用类别 bonus 不存在']);
  });
});
