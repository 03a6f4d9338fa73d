import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiCalendarDate, formatArea, maskIdNumber, maskPhone } from '@app/platform';
import { HOUSE_STRUCTURES, MEMBER_RELATIONS, RECOGNITION_BASES, type HouseStructure, type MemberRelation, type RecognitionBasis } from '../domain/subject-values.js';
import { areaView, SubjectPageOf, SubjectView, withSubjectBase } from '../shared/subject.view.js';
import type { HouseholdMember } from './household-member.entity.js';
import type { HouseholdRecord } from './household.service.js';

/** A family member as the API returns it: the ID number masked. */
export class HouseholdMemberView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true, description: '身份证号（已脱敏）', example: '310229********123X' })
  idNumber!: string | null;

  @ApiProperty({ enum: MEMBER_RELATIONS, enumName: 'MemberRelation' })
  relation!: MemberRelation;

  @ApiProperty({ enum: RECOGNITION_BASES, enumName: 'RecognitionBasis', nullable: true, description: '认定依据；有依据的成员计入认定人口' })
  recognitionBasis!: RecognitionBasis | null;

  @ApiProperty({ type: String, nullable: true, description: '认定证明材料' })
  recognitionEvidence!: string | null;
}

/** A household as the API returns it (in lists too), 身份证号 and phone masked. */
export class HouseholdView extends SubjectView {
  @ApiProperty()
  village!: string;

  @ApiProperty({ type: String, nullable: true })
  group!: string | null;

  @ApiProperty()
  headName!: string;

  @ApiProperty({ description: '户主身份证号（已脱敏）', example: '310229********123X' })
  headIdNumber!: string;

  @ApiProperty({ type: String, nullable: true, description: '一人多户：该户主同时是本项目其他户户主的原因（未填写为 null）' })
  duplicateHeadReason!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '联系电话（已脱敏）', example: '139****5678' })
  phone!: string | null;

  @ApiProperty({ type: 'integer' })
  registeredPersons!: number;

  @ApiProperty({ type: String, nullable: true, description: '平方米，两位小数', example: '150.00' })
  homesteadArea!: string | null;

  @ApiProperty({ type: String, description: '平方米，两位小数', example: '120.50' })
  licensedArea!: string;

  @ApiProperty({ type: String, nullable: true, description: '平方米，两位小数' })
  unlicensedArea!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '证载面积（平方米，两位小数）' })
  certifiedArea!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '测绘面积（平方米，两位小数）' })
  surveyedArea!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '认定面积（平方米，两位小数）' })
  recognisedArea!: string | null;

  @ApiProperty({ description: '低保户' })
  lowIncome!: boolean;

  @ApiProperty({ description: '家中有残疾人' })
  disabled!: boolean;

  @ApiProperty({ description: '独生子女户' })
  onlyChild!: boolean;

  @ApiProperty({ enum: HOUSE_STRUCTURES, enumName: 'HouseStructure', nullable: true })
  structure!: HouseStructure | null;

  @ApiProperty({ type: 'integer', nullable: true })
  yearBuilt!: number | null;

  @ApiCalendarDate({ nullable: true, description: '摸底日期' })
  surveyedOn!: string | null;

  @ApiPropertyOptional({ type: [HouseholdMemberView], description: '家庭成员（详情中）' })
  members?: HouseholdMemberView[];
}

export class HouseholdPage extends SubjectPageOf(HouseholdView) {}

/** The answer of an audited unmask: the household's personal data in full, nothing else. */
export class HouseholdPersonalDataView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  headName!: string;

  @ApiProperty({ description: '户主身份证号（完整）' })
  headIdNumber!: string;

  @ApiProperty({ type: String, nullable: true, description: '联系电话（完整）' })
  phone!: string | null;

  @ApiProperty({ type: [HouseholdMemberView], description: '家庭成员，身份证号完整' })
  members!: HouseholdMemberView[];
}

/** A member as the API returns it: the ID number masked. */
export function householdMemberView(m: HouseholdMember): HouseholdMemberView {
  return {
    id: m.id,
    name: m.name,
    idNumber: maskIdNumber(m.idNumber),
    relation: m.relation,
    recognitionBasis: m.recognitionBasis,
    recognitionEvidence: m.recognitionEvidence,
  };
}

/** A household as the API returns it (in lists too), 身份证号 and phone masked. */
export function householdView(h: HouseholdRecord, members?: HouseholdMember[]): HouseholdView {
  const view: HouseholdView = withSubjectBase(h, {
    village: h.village,
    group: h.group,
    headName: h.headName,
    headIdNumber: maskIdNumber(h.headIdNumber),
    duplicateHeadReason: h.duplicateHeadReason,
    phone: maskPhone(h.phone),
    registeredPersons: h.registeredPersons,
    homesteadArea: areaView(h.homesteadArea),
    licensedArea: formatArea(h.licensedArea),
    unlicensedArea: areaView(h.unlicensedArea),
    certifiedArea: areaView(h.certifiedArea),
    surveyedArea: areaView(h.surveyedArea),
    recognisedArea: areaView(h.recognisedArea),
    lowIncome: h.lowIncome,
    disabled: h.disabled,
    onlyChild: h.onlyChild,
    structure: h.structure,
    yearBuilt: h.yearBuilt,
    surveyedOn: h.surveyedOn,
  });
  if (members) view.members = members.map(householdMemberView);
  return view;
}

/** The answer of an audited unmask: the household's personal data in full, nothing else. */
export function householdPersonalDataView(h: HouseholdRecord, members: HouseholdMember[]): HouseholdPersonalDataView {
  return {
    id: h.id,
    code: h.code,
    headName: h.headName,
    headIdNumber: h.headIdNumber,
    phone: h.phone,
    members: members.map((m) => ({ ...householdMemberView(m), idNumber: m.idNumber })),
  };
}
