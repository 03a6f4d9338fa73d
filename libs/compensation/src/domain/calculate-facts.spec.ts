import { calculate, type Calculation, type CalculationResult } from './calculate.js';
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
const problems = (result: CalculationResult): string[] => (result.ok ? [] : result.problems.map((p) => p.message));

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

describe('calculate: missing or wrong facts', () => {
  it.each<[string, Partial<SubjectFacts>, string[]]>([
    ['no structure', { structure: null }, ['第1项 建安重置价（JA-CZ）：成新：缺少房屋结构']],
    ['no year built', { yearBuilt: null }, ['第1项 建安重置价（JA-CZ）：成新：缺少建成年份']],
    ['built after the counting year', { yearBuilt: 2014 }, ['第1项 建安重置价（JA-CZ）：成新：建成年份 2014 晚于年限计算年份 2013']],
    [
      'a bad area',
      { areas: { licensed: '12,5', homestead: '150' } },
      ['第1项 建安重置价（JA-CZ）：合法面积不是有效的面积：12,5', '第5项 搬家费（BJ-F）：合法面积不是有效的面积：12,5'],
    ],
    [
      'a bad unlicensed area',
      { areas: { licensed: '1', unlicensed: '-2' } },
      ['第4项 无证建筑残值（WZ-CZ）：无证面积不是有效的面积：-2', '第10项 无违建奖励（WWJ-JL）：无证面积不是有效的面积：-2'],
    ],
    ['no persons', { recognisedPersons: null }, ['第7项 人口安置补贴（RK-BT）：缺少认定人口', '第8项 临时安置费（LS-AZ）：缺少认定人口']],
    ['a bad signing date', { signedOn: '2013-13-01' }, ['第9项 签约奖励（QY-JL）：签约日期无效：2013-13-01']],
    ['a bad as-of date', { signedOn: null, asOf: '' }, ['测算日期无效：', '第9项 签约奖励（QY-JL）：测算日期无效：']],
  ])('refuses %s', (_, facts, messages) => {
    expect(problems(calculate(scheme, household(facts)))).toEqual(messages);
  });

  it('reports problems in version order, even when a percentage is evaluated later', () => {
    const items: SchemeItem[] = [
      { code: 'Q', name: '比例', appliesTo: ['household'], rule: { kind: 'percentage', percent: '10', of: ['R'] } },
      { code: 'P', name: '人均', appliesTo: ['household'], rule: { kind: 'per_person', amount: '1' } },
      { code: 'R', name: '面积', appliesTo: ['household'], rule: { kind: 'per_area', area: 'licensed', unitPrice: '1' } },
    ];
    expect(problems(calculate(validated({ items }), household({ recognisedPersons: null, areas: { licensed: 'x' } })))).toEqual([
      '第2项 人均（P）：缺少认定人口',
      '第3项 面积（R）：合法面积不是有效的面积：x',
    ]);
  });

  it('refuses ages beyond the table and structures missing from it', () => {
    const items: SchemeItem[] = [
      {
        code: 'A',
        name: '房屋',
        appliesTo: ['household'],
        rule: {
          kind: 'per_area',
          area: 'licensed',
          unitPrice: '1',
          factors: [
            { by: 'structure_age', name: '成新', ageCountedToYear: 2013, bands: { simple: [{ fromAge: 0, toAge: 20, factor: '0.5' }] } },
          ],
        },
      },
      {
        code: 'B',
        name: '结构',
        appliesTo: ['household'],
        rule: {
          kind: 'per_area',
          area: 'licensed',
          unitPrice: '1',
          factors: [{ by: 'structure', name: '结构系数', factors: { simple: '0.5' } }],
        },
      },
    ];
    const v = validated({ items });
    expect(problems(calculate(v, household({ structure: 'simple', yearBuilt: 1980 })))).toEqual([
      '第1项 房屋（A）：成新：建成 33 年，超出成新表的年限档',
    ]);
    expect(problems(calculate(v, household({ structure: 'brick_wood' })))).toEqual([
      '第1项 房屋（A）：成新表没有“砖木”结构的年限档',
      '第2项 结构（B）：结构系数表没有“砖木”结构的系数',
    ]);
  });

  it('refuses enterprise and agreed items without their figures', () => {
    expect(problems(calculate(scheme, { kind: 'enterprise', areas: {}, asOf: '2013-09-15', monthlyFigure: '1' }))).toEqual([
      '第15项 停产停业损失（TC-SS）：缺少停产停业月数',
    ]);
    expect(problems(calculate(scheme, { kind: 'enterprise', areas: {}, asOf: '2013-09-15', months: 3, monthlyFigure: '1.001' }))).toEqual([
      '第15项 停产停业损失（TC-SS）：缺少或无效的月度金额：1.001',
    ]);
    expect(
      ok(calculate(scheme, { kind: 'enterprise', areas: {}, asOf: '2013-09-15', months: 0, monthlyFigure: '1' })).lines[2],
    ).toMatchObject({ reason: '停产停业月数为 0' });
    expect(problems(calculate(scheme, { kind: 'facility', asOf: '2013-09-15' }))).toEqual(['第16项 设施迁建补偿（SS-BC）：缺少商定金额']);
    expect(problems(calculate(scheme, { kind: 'facility', asOf: '2013-09-15', agreed: { 'SS-BC': { amount: '-1' } } }))).toEqual([
      '第16项 设施迁建补偿（SS-BC）：商定金额无效：-1',
    ]);
  });
});
