import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CASE_STATUS_LABELS, CASE_STATUSES, type CaseStatus, RESETTLEMENT_STATUS_LABELS, RESETTLEMENT_STATUSES, SUBJECT_TYPE_LABELS, SUBJECT_TYPES, SURVEY_LOCKED_STATUSES } from '@app/cases';
import {
  AGREEMENT_METHOD_LABELS,
  AGREEMENT_METHODS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  AREA_KIND_LABELS,
  AREA_KINDS,
  HOUSEHOLD_FLAG_LABELS,
  HOUSEHOLD_FLAGS,
  PAYMENT_KIND_LABELS,
  PAYMENT_KINDS,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  SCHEME_STATUS_LABELS,
  SCHEME_STATUSES,
  TRANSITION_METHOD_LABELS,
  TRANSITION_METHODS,
} from '@app/compensation';
import { EXPORT_KIND_LABELS, EXPORT_KINDS, IMPORT_KIND_LABELS, IMPORT_KINDS } from '@app/excel';
import { LAND_OWNERSHIP_LABELS, LAND_OWNERSHIPS, PARCEL_STATUS_LABELS, PARCEL_STATUSES, PROJECT_STATUS_LABELS, PROJECT_STATUSES } from '@app/land';
import { Allow, READERS, ROLE_LABELS, ROLES } from '@app/platform';
import {
  FACILITY_KIND_LABELS,
  FACILITY_KINDS,
  HOUSE_STRUCTURE_LABELS,
  HOUSE_STRUCTURES,
  MEMBER_RELATION_LABELS,
  MEMBER_RELATIONS,
  RECOGNITION_BASES,
  RECOGNITION_BASIS_LABELS,
} from '@app/subjects';

/** One value of a code list with its Chinese label. */
export class ReferenceOption {
  @ApiProperty({ example: 'surveying' })
  value!: string;

  @ApiProperty({ example: '摸底中' })
  label!: string;
}

/** Every code list, in order. */
export class ReferenceLists {
  @ApiProperty({ type: [ReferenceOption] })
  caseStatuses!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  resettlementStatuses!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  subjectTypes!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  roles!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  projectStatuses!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  landOwnerships!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  parcelStatuses!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  houseStructures!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  memberRelations!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  facilityKinds!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  importKinds!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  exportKinds!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption], description: '认定依据' })
  recognitionBases!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption], description: '补偿方案中的面积种类' })
  areaKinds!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption], description: '户的标志（低保、残疾、独生子女）' })
  householdFlags!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  schemeStatuses!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  agreementMethods!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  agreementStatuses!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  transitionMethods!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  paymentKinds!: ReferenceOption[];

  @ApiProperty({ type: [ReferenceOption] })
  paymentMethods!: ReferenceOption[];

  @ApiProperty({
    enum: CASE_STATUSES,
    enumName: 'CaseStatus',
    isArray: true,
    description: '摸底事实已锁定（只能改联系方式和备注）的案件状态，来自案件生命周期表',
  })
  surveyLockedStatuses!: CaseStatus[];
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>): ReferenceOption[] =>
  values.map((value) => ({ value, label: labels[value] }));

/** Every code list the system uses, in order, with the one Chinese term for each value (DOMAIN.md). */
export function referenceLists(): ReferenceLists {
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
    recognitionBases: options(RECOGNITION_BASES, RECOGNITION_BASIS_LABELS),
    areaKinds: options(AREA_KINDS, AREA_KIND_LABELS),
    householdFlags: options(HOUSEHOLD_FLAGS, HOUSEHOLD_FLAG_LABELS),
    schemeStatuses: options(SCHEME_STATUSES, SCHEME_STATUS_LABELS),
    agreementMethods: options(AGREEMENT_METHODS, AGREEMENT_METHOD_LABELS),
    agreementStatuses: options(AGREEMENT_STATUSES, AGREEMENT_STATUS_LABELS),
    transitionMethods: options(TRANSITION_METHODS, TRANSITION_METHOD_LABELS),
    paymentKinds: options(PAYMENT_KINDS, PAYMENT_KIND_LABELS),
    paymentMethods: options(PAYMENT_METHODS, PAYMENT_METHOD_LABELS),
    surveyLockedStatuses: [...SURVEY_LOCKED_STATUSES],
  };
}

/** Code lists for the web app's filters, forms and labels, so its terms come from one place. */
@ApiTags('参考数据')
@Controller('reference')
export class ReferenceController {
  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: '代码表（案件状态、房屋结构、角色等的取值和中文名称，按顺序）' })
  @ApiOkResponse({ type: ReferenceLists })
  lists() {
    return referenceLists();
  }
}
