import type { AgeBand, SchemeVersion } from './scheme.js';

const bands = (...rows: Array<[number, number | undefined, string]>): AgeBand[] =>
  rows.map(([fromAge, toAge, factor]) => (toAge === undefined ? { fromAge, factor } : { fromAge, toAge, factor }));

/**
 * A scheme version shaped like a typical rural-homestead scheme, with every rule kind. The figures are
 * invented (the real ones are scheme data an admin enters); tests and demo data start from it.
 */
export function exampleScheme(): SchemeVersion {
  return {
    items: [
      {
        code: 'JA-CZ',
        name: '建安重置价',
        appliesTo: ['household'],
        rule: {
          kind: 'per_area',
          area: 'licensed',
          unitPrice: '1850.00',
          factors: [
            {
              by: 'structure_age',
              name: '成新',
              ageCountedToYear: 2013,
              bands: {
                reinforced_concrete: bands([0, 10, '0.95'], [11, 20, '0.85'], [21, undefined, '0.75']),
                brick_concrete: bands([0, 10, '0.90'], [11, 20, '0.80'], [21, undefined, '0.70']),
                brick_wood: bands([0, 10, '0.85'], [11, 20, '0.75'], [21, undefined, '0.60']),
                simple: bands([0, undefined, '0.50']),
              },
            },
          ],
        },
      },
      {
        code: 'TD-JJ',
        name: '土地使用权基价',
        appliesTo: ['household'],
        rule: { kind: 'per_area', area: 'homestead', unitPrice: '800.00' },
      },
      { code: 'JG-BT', name: '价格补贴', appliesTo: ['household'], rule: { kind: 'percentage', percent: '30', of: ['JA-CZ', 'TD-JJ'] } },
      {
        code: 'WZ-CZ',
        name: '无证建筑残值',
        appliesTo: ['household'],
        max: '50000.00',
        rule: { kind: 'per_area', area: 'unlicensed', unitPrice: '300.00' },
      },
      {
        code: 'BJ-F',
        name: '搬家费',
        appliesTo: ['household'],
        role: 'moving_fee',
        min: '1000.00',
        rule: { kind: 'per_area', area: 'licensed', unitPrice: '8.00' },
      },
      { code: 'SB-QY', name: '设备迁移费', appliesTo: ['household'], rule: { kind: 'per_household', amount: '3000.00' } },
      { code: 'RK-BT', name: '人口安置补贴', appliesTo: ['household'], rule: { kind: 'per_person', amount: '5000.00' } },
      { code: 'LS-AZ', name: '临时安置费', appliesTo: ['household'], role: 'temporary_resettlement_fee', rule: { kind: 'per_person_month', amount: '800.00', months: 24 } },
      {
        code: 'QY-JL',
        name: '签约奖励',
        appliesTo: ['household', 'enterprise'],
        rule: {
          kind: 'fixed_if',
          condition: {
            kind: 'signed_by',
            windows: [
              { until: '2013-06-30', amount: '30000.00' },
              { until: '2013-08-31', amount: '20000.00' },
              { until: '2013-10-31', amount: '10000.00' },
            ],
          },
        },
      },
      {
        code: 'WWJ-JL',
        name: '无违建奖励',
        appliesTo: ['household'],
        rule: { kind: 'fixed_if', condition: { kind: 'no_unlicensed_area', amount: '10000.00' } },
      },
      {
        code: 'DB-BZ',
        name: '低保补助',
        appliesTo: ['household'],
        rule: { kind: 'fixed_if', condition: { kind: 'household_flag', flag: 'low_income', amount: '5000.00' } },
      },
      {
        code: 'CJ-BZ',
        name: '残疾补助',
        appliesTo: ['household'],
        rule: { kind: 'fixed_if', condition: { kind: 'household_flag', flag: 'disabled', amount: '5000.00' } },
      },
      {
        code: 'DSZN-JL',
        name: '独生子女奖励',
        appliesTo: ['household'],
        rule: { kind: 'fixed_if', condition: { kind: 'household_flag', flag: 'only_child', amount: '3000.00' } },
      },
      {
        code: 'QY-FW',
        name: '企业房屋补偿',
        appliesTo: ['enterprise'],
        rule: {
          kind: 'per_area',
          area: 'licensed',
          unitPrice: '1500.00',
          factors: [
            {
              by: 'structure',
              name: '结构系数',
              factors: { reinforced_concrete: '1.10', brick_concrete: '1.00', brick_wood: '0.90', simple: '0.60' },
            },
          ],
        },
      },
      { code: 'TC-SS', name: '停产停业损失', appliesTo: ['enterprise'], rule: { kind: 'months_x_monthly' } },
      { code: 'SS-BC', name: '设施迁建补偿', appliesTo: ['facility', 'legacy_base'], rule: { kind: 'fixed_agreed' } },
    ],
  };
}
