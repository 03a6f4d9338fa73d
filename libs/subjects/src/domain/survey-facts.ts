import { checkIdNumber } from './id-number.js';

/**
 * Which required survey facts (摸底信息) of a subject are still missing, by Chinese field name.
 * A case may leave `surveying` only when the list is empty.
 */

const isBlank = (value: string | null | undefined): boolean => !value?.trim();
const isZeroOrNone = (value: string | null | undefined): boolean => value === null || value === undefined || Number(value) === 0;

export interface HouseholdFacts {
  headName: string | null;
  headIdNumber: string | null;
  registeredPersons: number | null;
  licensedArea: string | null;
  structure: string | null;
  surveyedOn: string | null;
  memberCount: number;
}

export function missingHouseholdFacts(h: HouseholdFacts): string[] {
  const missing: string[] = [];
  if (isBlank(h.headName)) missing.push('户主姓名');
  if (!checkIdNumber(h.headIdNumber).ok) missing.push('户主身份证号');
  if (!h.registeredPersons || h.registeredPersons < 1) missing.push('户籍人数');
  if (h.licensedArea === null || h.licensedArea === undefined) missing.push('合法建筑面积');
  if (!h.structure) missing.push('房屋结构');
  if (!h.surveyedOn) missing.push('摸底日期');
  if (h.memberCount < 1) missing.push('家庭成员');
  return missing;
}

export interface EnterpriseFacts {
  name: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  landArea: string | null;
  buildingArea: string | null;
}

export function missingEnterpriseFacts(e: EnterpriseFacts): string[] {
  const missing: string[] = [];
  if (isBlank(e.name)) missing.push('企业名称');
  if (isBlank(e.creditCode)) missing.push('统一社会信用代码');
  if (isBlank(e.legalRepresentative)) missing.push('法定代表人');
  if (e.landArea === null || e.landArea === undefined) missing.push('占地面积');
  if (e.buildingArea === null || e.buildingArea === undefined) missing.push('建筑面积');
  return missing;
}

export interface FacilityFacts {
  kind: string | null;
  ownerUnit: string | null;
  quantity: string | null;
  unit: string | null;
}

export function missingFacilityFacts(f: FacilityFacts): string[] {
  const missing: string[] = [];
  if (!f.kind) missing.push('设施类别');
  if (isBlank(f.ownerUnit)) missing.push('产权单位');
  if (isZeroOrNone(f.quantity)) missing.push('数量');
  if (isBlank(f.unit)) missing.push('计量单位');
  return missing;
}

export interface LegacyBaseFacts {
  name: string | null;
  originalProject: string | null;
  area: string | null;
}

export function missingLegacyBaseFacts(b: LegacyBaseFacts): string[] {
  const missing: string[] = [];
  if (isBlank(b.name)) missing.push('基地名称');
  if (isBlank(b.originalProject)) missing.push('原项目');
  if (isZeroOrNone(b.area)) missing.push('面积');
  return missing;
}
