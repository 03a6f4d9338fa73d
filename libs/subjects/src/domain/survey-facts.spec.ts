import { missingEnterpriseFacts, missingFacilityFacts, missingHouseholdFacts, missingLegacyBaseFacts } from './survey-facts.js';

describe('missing survey facts', () => {
  const household = {
    headName: '张建国',
    headIdNumber: '11010519491231002X',
    registeredPersons: 3,
    licensedArea: '120.50',
    structure: 'brick_concrete',
    surveyedOn: '2013-03-01',
    memberCount: 3,
  };

  it('finds nothing missing in a complete household survey', () => {
    expect(missingHouseholdFacts(household)).toEqual([]);
  });

  it('lists a household’s missing facts in Chinese, in form order', () => {
    expect(
      missingHouseholdFacts({ ...household, headName: ' ', headIdNumber: '110105194912310021', registeredPersons: 0, licensedArea: null, structure: null, surveyedOn: null, memberCount: 0 }),
    ).toEqual(['户主姓名', '户主身份证号', '户籍人数', '合法建筑面积', '房屋结构', '摸底日期', '家庭成员']);
  });

  it('accepts a licensed area of zero (a household with only unlicensed buildings)', () => {
    expect(missingHouseholdFacts({ ...household, licensedArea: '0.00' })).toEqual([]);
  });

  it('checks enterprises, facilities and legacy bases', () => {
    expect(missingEnterpriseFacts({ name: '某厂', creditCode: '91350100M000100Y43', legalRepresentative: '李四', landArea: '100.00', buildingArea: '80.00' })).toEqual([]);
    expect(missingEnterpriseFacts({ name: '某厂', creditCode: '91350100M000100Y43', legalRepresentative: '', landArea: null, buildingArea: null })).toEqual([
      '法定代表人',
      '占地面积',
      '建筑面积',
    ]);
    expect(missingFacilityFacts({ kind: 'power', ownerUnit: '市北供电', quantity: '12.00', unit: '根' })).toEqual([]);
    expect(missingFacilityFacts({ kind: 'power', ownerUnit: '市北供电', quantity: '0.00', unit: '根' })).toEqual(['数量']);
    expect(missingLegacyBaseFacts({ name: '老基地', originalProject: '318国道拓宽', area: '500.00' })).toEqual([]);
    expect(missingLegacyBaseFacts({ name: '老基地', originalProject: null, area: null })).toEqual(['原项目', '面积']);
  });
});
