import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CASE_STATUS_LABELS, CASE_STATUSES, RESETTLEMENT_STATUS_LABELS, RESETTLEMENT_STATUSES, SUBJECT_TYPE_LABELS, SUBJECT_TYPES } from '@app/cases';
import { EXPORT_KIND_LABELS, EXPORT_KINDS, IMPORT_KIND_LABELS, IMPORT_KINDS } from '@app/excel';
import { LAND_OWNERSHIP_LABELS, LAND_OWNERSHIPS, PARCEL_STATUS_LABELS, PARCEL_STATUSES, PROJECT_STATUS_LABELS, PROJECT_STATUSES } from '@app/land';
import { Allow, READERS, ROLE_LABELS, ROLES } from '@app/platform';
import { FACILITY_KIND_LABELS, FACILITY_KINDS, HOUSE_STRUCTURE_LABELS, HOUSE_STRUCTURES, MEMBER_RELATION_LABELS, MEMBER_RELATIONS } from '@app/subjects';

/** An ordered code list with its Chinese labels. */
export interface ReferenceOption {
  value: string;
  label: string;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>): ReferenceOption[] =>
  values.map((value) => ({ value, label: labels[value] }));

/** Every code list the system uses, in order, with the one Chinese term for each value (DOMAIN.md). */
export function referenceLists() {
  return {
    caseStatuses: options(CASE_STATUSES, CASE_STATUS_LABELS),
    resettlementStatuses: options(RESETTLEMENT_STATUSES, RESETTLEMENT_STATUS_LABELS),
    subjectTypes: options(SUBJECT_TYPES, SUBJECT_TYPE_LABELS),
    roles: options(ROLES, ROLE_LABELS),
    projectStatuses: options(PROJECT_STATUSES, PROJECT_STATUS_LABELS),
    landOwnerships: options(LAND_OWNERSHIPS, LAND_OWNERSHIP_LABELS),
    parcelStatuses: options(PARCEL_STATUSES, PARCEL_STATUS_LABELS),
    houseStructures: options(HOUSE_STRUCTURES, HOUSE_STRUCTURE_LABELS),
    memberRelations: options(MEMBER_RELATIONS, MEMBER_RELATION_LABELS),
    facilityKinds: options(FACILITY_KINDS, FACILITY_KIND_LABELS),
    importKinds: options(IMPORT_KINDS, IMPORT_KIND_LABELS),
    exportKinds: options(EXPORT_KINDS, EXPORT_KIND_LABELS),
  };
}

/** Code lists for the web app's filters, forms and labels, so its terms come from one place. */
@ApiTags('参考数据')
@Controller('reference')
export class ReferenceController {
  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '代码表（案件状态、房屋结构、角色等的取值和中文名称，按顺序）' })
  lists() {
    return referenceLists();
  }
}
