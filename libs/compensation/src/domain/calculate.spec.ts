import { calculate, lineYuan, type Calculation, type CalculationResult } from './calculate.js';
import { exampleScheme } from './example-scheme.js';
import type { SchemeItem, SchemeVersion } from './scheme.js';
import type { SubjectFacts } from './subject-facts.js';
import { validateScheme, type ValidatedScheme } from './validate-scheme.js';

function validated(version: SchemeVersion): ValidatedScheme {
  const result = validateScheme(version);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.scheme;
}
function ok(result: CalculationResult): Calculation {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.calculation;
}
const line = (calculation: Calculation, code: string) => calculation.lines.find((l) => l.code === code)!;

const household = (facts: Partial<SubjectFacts> = {}): SubjectFacts => ({
  kind: 'household',
  areas: { licensed: '120.50', homestead: '150.00' },
  structure: 'reinforced_concrete',
  yearBuilt: 1998,
  recognisedPersons: 4,
  flags: ['low_income'],
  signedOn: '2013-05-01',
  asOf: '2013-05-01',
  ...facts,
});
const scheme = validated(exampleScheme());

describe('calculate: a household under the example scheme', () => {
  const calculation = ok(calculate(scheme, household()));

  it('lists the household items in version order, leaving out other subjects’ items', () => {
    expect(calculation.lines.map((l) => l.code)).toEqual([
      'JA-CZ',
      'TD-JJ',
      'JG-BT',
      'WZ-CZ',
      'BJ-F',
      'SB-QY',
      'RK-BT',
      'LS-AZ',
      'QY-JL',
      'WWJ-JL',
      'DB-BZ',
      'CJ-BZ',
      'DSZN-JL',
    ]);
  });

  it('writes each rule in words with its inputs and amount', () => {
    const rows = calculation.lines.filter((l) => l.applicable).map((l) => [l.code, l.words, lineYuan(l)]);
    expect(rows).toEqual([
      ['JA-CZ', '120.50 m² × 1,850.00 元/m² × 0.85', '189486.25'],
      ['TD-JJ', '150.00 m² × 800.00 元/m²', '120000.00'],
      ['JG-BT', '30% × (建安重置价 189,486.25 + 土地使用权基价 120,000.00)', '92845.88'],
      ['BJ-F', '120.50 m² × 8.00 元/m²', '1000.00'],
      ['SB-QY', '每户定额 3,000.00 元', '3000.00'],
      ['RK-BT', '4 人 × 5,000.00 元/人', '20000.00'],
      ['LS-AZ', '4 人 × 800.00 元/人·月 × 24 个月', '76800.00'],
      ['QY-JL', '签约日期 2013-05-01 不晚于 2013-06-30：定额 30,000.00 元', '30000.00'],
      ['WWJ-JL', '无无证面积：定额 10,000.00 元', '10000.00'],
      ['DB-BZ', '属低保：定额 5,000.00 元', '5000.00'],
    ]);
    expect(line(calculation, 'JA-CZ').inputs).toEqual([
      { label: '合法面积', value: '120.50 m²' },
      { label: '单价', value: '1,850.00 元/m²' },
      { label: '成新（钢混，1998 年建成，计至 2013 年 15 年）', value: '0.85' },
    ]);
    expect(line(calculation, 'JG-BT')).toMatchObject({ exact: '92845.875', amountFen: 9284588n, bound: null });
  });

  it('keeps failed conditions as lines that do not apply, with the reason and 0 fen', () => {
    expect(calculation.lines.filter((l) => !l.applicable).map((l) => [l.code, l.reason, l.amountFen, l.words])).toEqual([
      ['WZ-CZ', '无无证面积', 0n, ''],
      ['CJ-BZ', '不属残疾', 0n, ''],
      ['DSZN-JL', '不属独生子女', 0n, ''],
    ]);
  });

  it('holds a line to its minimum before rounding and says so', () => {
    expect(line(calculation, 'BJ-F')).toMatchObject({
      exact: '964',
      bound: 'min',
      note: '低于下限，按下限 1,000.00 元计',
      amountFen: 100000n,
    });
  });

  it('totals the lines in fen', () => {
    expect(calculation.totalFen).toBe(54813213n);
    expect(calculation.totalFen).toBe(calculation.lines.reduce((sum, l) => sum + l.amountFen, 0n));
  });
});

describe('calculate: rule by rule', () => {
  it('holds a line to its maximum, and unlicensed area forfeits 无违建奖励', () => {
    const c = ok(calculate(scheme, household({ areas: { licensed: '120.50', homestead: '150', unlicensed: '200' } })));
    expect(line(c, 'WZ-CZ')).toMatchObject({
      words: '200.00 m² × 300.00 元/m²',
      exact: '60000',
      bound: 'max',
      note: '高于上限，按上限 50,000.00 元计',
      amountFen: 5000000n,
    });
    expect(line(c, 'WWJ-JL')).toMatchObject({ applicable: false, reason: '有无证面积 200.00 m²' });
  });

  it('picks the first signing window the date falls in, the boundary day included', () => {
    const reward = (signedOn: string) => line(ok(calculate(scheme, household({ signedOn }))), 'QY-JL');
    expect(reward('2013-06-30').amountFen).toBe(3000000n);
    expect(reward('2013-07-01')).toMatchObject({ amountFen: 2000000n, words: '签约日期 2013-07-01 不晚于 2013-08-31：定额 20,000.00 元' });
    expect(reward('2013-10-31').amountFen).toBe(1000000n);
    expect(reward('2013-11-01')).toMatchObject({ applicable: false, amountFen: 0n, reason: '签约日期 2013-11-01 晚于最后期限 2013-10-31' });
  });

  it('judges an unsigned subject as if signed on the as-of date', () => {
    const c = ok(calculate(scheme, household({ signedOn: null, asOf: '2013-09-15' })));
    expect(line(c, 'QY-JL').words).toBe('测算日期（按当日签约计） 2013-09-15 不晚于 2013-10-31：定额 10,000.00 元');
  });

  it('does not apply percentages when none of their items applies', () => {
    const c = ok(calculate(scheme, household({ areas: {} })));
    expect(['JA-CZ', 'TD-JJ', 'JG-BT', 'BJ-F'].map((code) => line(c, code).reason)).toEqual([
      '无合法面积',
      '无宅基地面积',
      '所引用的项目均不适用',
      '无合法面积',
    ]);
  });

  it('treats zero persons as not applicable', () => {
    const c = ok(calculate(scheme, household({ recognisedPersons: 0 })));
    expect(line(c, 'LS-AZ')).toMatchObject({ applicable: false, reason: '认定人口为 0', inputs: [{ label: '认定人口', value: '0 人' }] });
  });

  it('calculates an enterprise: structure factor, months × monthly figure', () => {
    const c = ok(
      calculate(scheme, {
        kind: 'enterprise',
        areas: { licensed: '500' },
        structure: 'reinforced_concrete',
        months: 6,
        monthlyFigure: '35000.00',
        asOf: '2013-09-15',
      }),
    );
    expect(c.lines.map((l) => [l.code, l.words, l.amountFen])).toEqual([
      ['QY-JL', '测算日期（按当日签约计） 2013-09-15 不晚于 2013-10-31：定额 10,000.00 元', 1000000n],
      ['QY-FW', '500.00 m² × 1,500.00 元/m² × 1.10', 82500000n],
      ['TC-SS', '6 个月 × 35,000.00 元/月', 21000000n],
    ]);
    expect(c.totalFen).toBe(104500000n);
  });

  it('calculates facilities and legacy bases from their agreed amounts', () => {
    const c = ok(
      calculate(scheme, { kind: 'facility', asOf: '2013-09-15', agreed: { 'SS-BC': { amount: '120000', remark: '杆线迁移' } } }),
    );
    expect(c.lines).toEqual([
      expect.objectContaining({
        code: 'SS-BC',
        words: '商定金额 120,000.00 元（杆线迁移）',
        amountFen: 12000000n,
        inputs: [
          { label: '商定金额', value: '120,000.00 元' },
          { label: '备注', value: '杆线迁移' },
        ],
      }),
    ]);
    expect(ok(calculate(scheme, { kind: 'legacy_base', asOf: '2013-09-15', agreed: { 'SS-BC': { amount: '5.5' } } })).lines[0].words).toBe(
      '商定金额 5.50 元',
    );
  });

  it('multiplies several factor tables in turn: structure, then age alone', () => {
    const v = validated({
      items: [
        {
          code: 'A',
          name: '房屋',
          appliesTo: ['household'],
          rule: {
            kind: 'per_area',
            area: 'certified',
            unitPrice: '1850.00',
            factors: [
              { by: 'structure', name: '结构系数', factors: { brick_wood: '0.90' } },
              {
                by: 'age',
                name: '成新',
                ageCountedToYear: 2013,
                bands: [
                  { fromAge: 0, toAge: 10, factor: '0.95' },
                  { fromAge: 11, factor: '0.85' },
                ],
              },
            ],
          },
        },
      ],
    });
    const c = ok(calculate(v, household({ areas: { certified: '100' }, structure: 'brick_wood', yearBuilt: 2003 })));
    expect(c.lines[0]).toMatchObject({ words: '100.00 m² × 1,850.00 元/m² × 0.90 × 0.95', exact: '158175', amountFen: 15817500n });
    expect(c.lines[0].inputs.slice(2)).toEqual([
      { label: '结构系数（砖木）', value: '0.90' },
      { label: '成新（2003 年建成，计至 2013 年 10 年）', value: '0.95' },
    ]);
    expect(ok(calculate(v, household({ areas: { certified: '100' }, structure: 'brick_wood', yearBuilt: 2002 }))).lines[0].words).toBe(
      '100.00 m² × 1,850.00 元/m² × 0.90 × 0.85',
    );
  });

  it('rounds half-up at exactly half a fen, once per line', () => {
    const tiny = (area: string) =>
      ok(
        calculate(
          validated({
            items: [{ code: 'A', name: '测试', appliesTo: ['household'], rule: { kind: 'per_area', area: 'licensed', unitPrice: '0.01' } }],
          }),
          household({ areas: { licensed: area } }),
        ),
      );
    expect(tiny('0.5').totalFen).toBe(1n);
    expect(tiny('0.4999').totalFen).toBe(0n);
    expect(tiny('1.5').totalFen).toBe(2n);
    expect(tiny('120.505').lines[0]).toMatchObject({ words: '120.505 m² × 0.01 元/m²', exact: '1.20505', amountFen: 121n });
  });

  it('evaluates percentages of percentages in dependency order whatever the version order', () => {
    const items: SchemeItem[] = [
      { code: 'C', name: '丙', appliesTo: ['household'], rule: { kind: 'percentage', percent: '10', of: ['B'] } },
      { code: 'B', name: '乙', appliesTo: ['household'], rule: { kind: 'percentage', percent: '12.5', of: ['A'] } },
      { code: 'A', name: '甲', appliesTo: ['household'], rule: { kind: 'per_household', amount: '1000.01' } },
    ];
    const c = ok(calculate(validated({ items }), household()));
    expect(c.lines.map((l) => [l.code, l.words, l.amountFen])).toEqual([
      ['C', '10% × 乙 125.00', 1250n],
      ['B', '12.5% × 甲 1,000.01', 12500n],
      ['A', '每户定额 1,000.01 元', 100001n],
    ]);
  });
});
