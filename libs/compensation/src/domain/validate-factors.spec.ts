import type { AgeBand, FactorTable, SchemeItem } from './scheme.js';
import { validateScheme } from './validate-scheme.js';

const withTable = (table: FactorTable): string[] => {
  const item: SchemeItem = {
    code: 'JA',
    name: '建安重置价',
    appliesTo: ['household'],
    rule: { kind: 'per_area', area: 'licensed', unitPrice: '1850', factors: [table] },
  };
  const result = validateScheme({ items: [item] });
  return result.ok ? [] : result.problems.map((p) => p.message.replace('第1项 建安重置价（JA）：', ''));
};
const age = (...bands: AgeBand[]): string[] => withTable({ by: 'age', name: '成新', ageCountedToYear: 2013, bands });

describe('factor tables', () => {
  it('accepts contiguous age bands from 0, in any order, the last open', () => {
    expect(
      age({ fromAge: 11, toAge: 20, factor: '0.85' }, { fromAge: 0, toAge: 10, factor: '0.95' }, { fromAge: 21, factor: '0.7' }),
    ).toEqual([]);
    expect(age({ fromAge: 0, toAge: 10, factor: '0.95' })).toEqual([]);
  });

  it('refuses overlapping bands', () => {
    expect(age({ fromAge: 0, toAge: 10, factor: '0.95' }, { fromAge: 10, toAge: 20, factor: '0.85' })).toEqual([
      '成新表年限档 10–20 年与 0–10 年重叠',
    ]);
    expect(age({ fromAge: 0, factor: '0.95' }, { fromAge: 11, toAge: 20, factor: '0.85' })).toEqual([
      '成新表年限档 11–20 年与 0 年以上重叠',
    ]);
  });

  it('refuses gaps, including one before the first band', () => {
    expect(age({ fromAge: 0, toAge: 10, factor: '0.95' }, { fromAge: 16, toAge: 20, factor: '0.85' })).toEqual([
      '成新表年限档 0–10 年与 16–20 年之间缺少 11–15 年',
    ]);
    expect(age({ fromAge: 3, toAge: 10, factor: '0.95' })).toEqual(['成新表缺少 0–2 年的年限档']);
    expect(age({ fromAge: 1, factor: '0.95' })).toEqual(['成新表缺少 0 年的年限档']);
  });

  it('refuses empty, inverted and fractional bands, and negative or malformed factors', () => {
    expect(age()).toEqual(['成新表没有任何年限档']);
    expect(age({ fromAge: 0, toAge: -1, factor: '1' })).toEqual(['成新表年限档 0–-1 年无效']);
    expect(age({ fromAge: 0.5, factor: '1' })).toEqual(['成新表年限档 0.5– 年无效']);
    expect(age({ fromAge: 0, factor: '-0.1' })).toEqual(['成新表0 年以上系数不能为负数：-0.1']);
    expect(age({ fromAge: 0, factor: 'x' })).toEqual(['成新表0 年以上系数不是有效的数字：x']);
  });

  it('refuses a counting year that is not a plausible year', () => {
    expect(withTable({ by: 'age', name: '成新', ageCountedToYear: 13, bands: [{ fromAge: 0, factor: '1' }] })).toEqual([
      '成新表的年限计算年份无效：13',
    ]);
  });

  it('checks structure tables: known structures, sound factors', () => {
    expect(withTable({ by: 'structure', name: '结构系数', factors: { brick_wood: '0.9', simple: '0.6' } })).toEqual([]);
    expect(withTable({ by: 'structure', name: '结构系数', factors: {} })).toEqual(['结构系数表没有任何房屋结构']);
    expect(withTable({ by: 'structure', name: '结构系数', factors: { mud: '1' } as never })).toEqual(['结构系数表有未知的房屋结构：mud']);
    expect(withTable({ by: 'structure', name: '结构系数', factors: { simple: '-1' } })).toEqual(['结构系数表简易系数不能为负数：-1']);
  });

  it('checks each structure’s age bands in a structure-and-age table', () => {
    expect(
      withTable({
        by: 'structure_age',
        name: '成新',
        ageCountedToYear: 2013,
        bands: {
          brick_concrete: [
            { fromAge: 0, toAge: 10, factor: '0.9' },
            { fromAge: 12, factor: '0.8' },
          ],
          simple: [{ fromAge: 0, factor: '0.5' }],
        },
      }),
    ).toEqual(['成新表（砖混）年限档 0–10 年与 12 年以上之间缺少 11 年']);
    expect(withTable({ by: 'structure_age', name: '成新', ageCountedToYear: 2013, bands: { steel: [] } as never })).toEqual([
      '成新表有未知的房屋结构：steel',
    ]);
    expect(withTable({ by: 'weight' } as never)).toEqual(['未知的系数表类型：weight']);
  });
});
