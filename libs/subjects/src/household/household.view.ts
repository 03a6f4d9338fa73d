import { maskIdNumber, maskPhone } from '@app/platform';
import { areaView, subjectBaseView } from '../shared/subject.view.js';
import type { HouseholdMember } from './household-member.entity.js';
import type { HouseholdRecord } from './household.service.js';

/** A member as the API returns it: the ID number masked. */
export function householdMemberView(m: HouseholdMember) {
  return { id: m.id, name: m.name, idNumber: maskIdNumber(m.idNumber), relation: m.relation };
}

/** A household as the API returns it (in lists too), 身份证号 and phone masked. */
export function householdView(h: HouseholdRecord, members?: HouseholdMember[]) {
  return {
    ...subjectBaseView(h),
    village: h.village,
    group: h.group,
    headName: h.headName,
    headIdNumber: maskIdNumber(h.headIdNumber),
    duplicateHeadReason: h.duplicateHeadReason,
    phone: maskPhone(h.phone),
    registeredPersons: h.registeredPersons,
    homesteadArea: areaView(h.homesteadArea),
    licensedArea: areaView(h.licensedArea),
    unlicensedArea: areaView(h.unlicensedArea),
    structure: h.structure,
    yearBuilt: h.yearBuilt,
    surveyedOn: h.surveyedOn,
    ...(members ? { members: members.map(householdMemberView) } : {}),
  };
}

/** The answer of an audited unmask: the household's personal data in full, nothing else. */
export function householdPersonalDataView(h: HouseholdRecord, members: HouseholdMember[]) {
  return {
    id: h.id,
    code: h.code,
    headName: h.headName,
    headIdNumber: h.headIdNumber,
    phone: h.phone,
    members: members.map((m) => ({ id: m.id, name: m.name, idNumber: m.idNumber, relation: m.relation })),
  };
}
