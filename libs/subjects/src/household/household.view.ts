import { areaView, subjectBaseView } from '../shared/subject.view.js';
import type { HouseholdMember } from './household-member.entity.js';
import type { HouseholdRecord } from './household.service.js';

export function householdMemberView(m: HouseholdMember) {
  return { id: m.id, name: m.name, idNumber: m.idNumber, relation: m.relation };
}

/** A household as the API returns it; lists leave out the members. */
export function householdView(h: HouseholdRecord, members?: HouseholdMember[]) {
  return {
    ...subjectBaseView(h),
    village: h.village,
    group: h.group,
    headName: h.headName,
    headIdNumber: h.headIdNumber,
    phone: h.phone,
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
