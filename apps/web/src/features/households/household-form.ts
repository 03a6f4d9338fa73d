import type { Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import type {
  CreateHouseholdBody,
  HouseholdMemberBody,
  HouseholdView,
  HouseStructure,
  MemberRelation,
  RecognitionBasis,
} from '../../api/views';
import { date, integer, text, toDayjs, type FormBody } from '../subjects/form-values';
import type { SubjectFormConfig } from '../subjects/SubjectForm';

export interface MemberValues {
  name?: string;
  idNumber?: string | null;
  relation?: MemberRelation;
  /** 认定依据: a member with one counts towards the 认定人口 its per-person items are paid on. */
  recognitionBasis?: RecognitionBasis | null;
  recognitionEvidence?: string | null;
}

export interface HouseholdValues {
  projectCode?: string;
  parcelCode?: string;
  code?: string;
  village?: string;
  group?: string | null;
  headName?: string;
  headIdNumber?: string;
  /** 一人多户: filled in after the api warned that the head already heads another household. */
  duplicateHeadReason?: string | null;
  phone?: string | null;
  registeredPersons?: number | null;
  homesteadArea?: string | null;
  licensedArea?: string;
  unlicensedArea?: string | null;
  certifiedArea?: string | null;
  surveyedArea?: string | null;
  recognisedArea?: string | null;
  lowIncome?: boolean;
  disabled?: boolean;
  onlyChild?: boolean;
  structure?: HouseStructure | null;
  yearBuilt?: number | null;
  surveyedOn?: Dayjs | null;
  /** Absent while the members are shown masked (editing them needs the full numbers). */
  members?: MemberValues[];
  remarks?: string | null;
}

/** Members as the api takes them. */
export function memberBody(members: MemberValues[]): FormBody<HouseholdMemberBody>[] {
  return members.map((m) => ({
    name: text(m.name),
    idNumber: text(m.idNumber),
    relation: m.relation ?? null,
    recognitionBasis: m.recognitionBasis ?? null,
    recognitionEvidence: text(m.recognitionEvidence),
  }));
}

/**
 * A household's form ⇄ the api. 身份证号 and phone come masked and go back only when the user
 * typed a new value (an edit sends only changed fields); members travel only once unmasked.
 */
export const householdForm: SubjectFormConfig<HouseholdView, HouseholdValues, CreateHouseholdBody> = {
  path: 'households',
  title: '民房',
  contactFieldLabels: '联系电话和备注',
  load: (id) => call<HouseholdView>(api.GET('/api/households/{id}', { params: { path: { id } } })),
  toValues: (h) => ({
    projectCode: h.projectCode ?? undefined,
    parcelCode: h.parcelCode ?? undefined,
    code: h.code,
    village: h.village,
    group: h.group,
    headName: h.headName,
    headIdNumber: h.headIdNumber,
    duplicateHeadReason: h.duplicateHeadReason,
    phone: h.phone,
    registeredPersons: h.registeredPersons,
    homesteadArea: h.homesteadArea,
    licensedArea: h.licensedArea,
    unlicensedArea: h.unlicensedArea,
    certifiedArea: h.certifiedArea,
    surveyedArea: h.surveyedArea,
    recognisedArea: h.recognisedArea,
    lowIncome: h.lowIncome,
    disabled: h.disabled,
    onlyChild: h.onlyChild,
    structure: h.structure,
    yearBuilt: h.yearBuilt,
    surveyedOn: toDayjs(h.surveyedOn),
    // With no members there is nothing masked to unlock: the list is editable straight away.
    ...(h.members && h.members.length === 0 ? { members: [] } : {}),
    remarks: h.remarks,
  }),
  toBody: (v) => ({
    projectCode: v.projectCode ?? undefined,
    parcelCode: v.parcelCode ?? undefined,
    code: text(v.code),
    village: text(v.village),
    group: text(v.group),
    headName: text(v.headName),
    headIdNumber: text(v.headIdNumber),
    duplicateHeadReason: text(v.duplicateHeadReason),
    phone: text(v.phone),
    registeredPersons: integer(v.registeredPersons),
    homesteadArea: text(v.homesteadArea),
    licensedArea: text(v.licensedArea),
    unlicensedArea: text(v.unlicensedArea),
    certifiedArea: text(v.certifiedArea),
    surveyedArea: text(v.surveyedArea),
    recognisedArea: text(v.recognisedArea),
    lowIncome: !!v.lowIncome,
    disabled: !!v.disabled,
    onlyChild: !!v.onlyChild,
    structure: v.structure ?? null,
    yearBuilt: integer(v.yearBuilt),
    surveyedOn: date(v.surveyedOn),
    members: v.members === undefined ? undefined : memberBody(v.members),
    remarks: text(v.remarks),
  }),
  create: (body) => call<HouseholdView>(api.POST('/api/households', { body })),
  update: (id, body) => call<HouseholdView>(api.PATCH('/api/households/{id}', { params: { path: { id } }, body })),
};
