import { Enterprise } from './enterprise/enterprise.entity.js';
import { MunicipalFacility } from './facility/facility.entity.js';
import { HouseholdMember } from './household/household-member.entity.js';
import { Household } from './household/household.entity.js';
import { LegacyBase } from './legacy-base/legacy-base.entity.js';

export * from './domain/subject-values.js';
export type { CheckResult } from './domain/check-result.js';
export { joinSubjectLabel, SUBJECT_LABEL_VIEW, subjectLabelOfCaseSql, subjectsAtCaseStatusSql } from './shared/subject-label.js';
export { decodePickerCursor, encodePickerCursor, pickerPage, PickerPageOf, PickerQuery, type PickerCursor } from './shared/picker.js';
export { checkIdNumber, idNumberCheckDigit, looksLikeIdNumber, normalizeIdNumber } from './domain/id-number.js';
export { checkCreditCode, creditCodeCheckChar, looksLikeCreditCode, normalizeCreditCode } from './domain/credit-code.js';
export { checkPhone } from './domain/phone.js';
export * from './domain/survey-facts.js';
export * from './domain/duplicate-head.js';
export { projectHeadsLockKey } from './household/duplicate-heads/head-lock-keys.js';
export type { HouseholdCalculationFacts } from './household/household-bulk.repository.js';
export type { EnterpriseCalculationFacts } from './enterprise/enterprise-bulk.repository.js';
export { Enterprise } from './enterprise/enterprise.entity.js';
export { MunicipalFacility } from './facility/facility.entity.js';
export { Household } from './household/household.entity.js';
export { HouseholdMember } from './household/household-member.entity.js';
export {
  householdSearchHashes,
  idNumberHash,
  personalNumberField,
  personalNumberSearch,
  phoneHash,
  type PersonalNumberSearch,
} from './household/household-search-hashes.js';
export { LegacyBase } from './legacy-base/legacy-base.entity.js';
export { HouseholdService, type HouseholdRecord } from './household/household.service.js';
export { EnterpriseService, type EnterpriseRecord } from './enterprise/enterprise.service.js';
export { FacilityService, type FacilityRecord } from './facility/facility.service.js';
export { LegacyBaseService, type LegacyBaseRecord } from './legacy-base/legacy-base.service.js';
export { householdMemberView, householdPersonalDataView, householdView } from './household/household.view.js';
export { enterpriseView } from './enterprise/enterprise.view.js';
export { facilityView } from './facility/facility.view.js';
export { legacyBaseView } from './legacy-base/legacy-base.view.js';
export { CreateHouseholdDto } from './household/dto/create-household.dto.js';
export { HouseholdMemberDto } from './household/dto/household-member.dto.js';
export { CreateEnterpriseDto } from './enterprise/dto/create-enterprise.dto.js';
export { CreateFacilityDto } from './facility/dto/create-facility.dto.js';
export { CreateLegacyBaseDto } from './legacy-base/dto/create-legacy-base.dto.js';

/** Entities owned by the subjects library. */
export const subjectEntities = [Household, HouseholdMember, Enterprise, MunicipalFacility, LegacyBase];
export { SubjectsModule } from './subjects.module.js';
export { HouseholdBulkRepository, type HouseholdUpsert, type StoredHouseholdFacts } from './household/household-bulk.repository.js';
export { EnterpriseBulkRepository, type EnterpriseUpsert, type StoredEnterpriseFacts } from './enterprise/enterprise-bulk.repository.js';
export type { SubjectUpsertResult } from './shared/subject-bulk.js';
