import { Enterprise } from './enterprise/enterprise.entity.js';
import { MunicipalFacility } from './facility/facility.entity.js';
import { HouseholdMember } from './household/household-member.entity.js';
import { Household } from './household/household.entity.js';
import { LegacyBase } from './legacy-base/legacy-base.entity.js';

export * from './domain/subject-values.js';
export { Enterprise } from './enterprise/enterprise.entity.js';
export { MunicipalFacility } from './facility/facility.entity.js';
export { Household } from './household/household.entity.js';
export { HouseholdMember } from './household/household-member.entity.js';
export { LegacyBase } from './legacy-base/legacy-base.entity.js';

/** Entities owned by the subjects library. */
export const subjectEntities = [Household, HouseholdMember, Enterprise, MunicipalFacility, LegacyBase];
export { SubjectsModule } from './subjects.module.js';
