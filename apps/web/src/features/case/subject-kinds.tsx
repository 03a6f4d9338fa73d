import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { api, call } from '../../api/client';
import type { AnySubject, EnterpriseView, FacilityView, HouseholdPersonalData, HouseholdView, LegacyBaseView, ReferenceLists, SubjectType } from '../../api/views';
import { formatArea, formatCount, formatDate } from '../../lib/format';
import { labelOf } from '../../lib/reference';

type Items = NonNullable<DescriptionsProps['items']>;

/** What the facts of a household need beyond the record: the unmasked values, if shown, and the 显示/隐藏 control. */
export interface PersonalSlot {
  revealed: HouseholdPersonalData | null;
  control: ReactNode;
}

/** How the case page shows one kind of 征收对象. */
export interface SubjectKindConfig {
  kind: SubjectType;
  /** The list's route (`/households`); the page itself is `${listPath}/:id`. */
  listPath: string;
  load(id: string): Promise<AnySubject>;
  /** The page title, e.g. `GJ17-0001 张建国`. */
  title(subject: AnySubject, ref: ReferenceLists): string;
  facts(subject: AnySubject, ref: ReferenceLists, personal: PersonalSlot): Items;
}

const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '—' : String(value);

/** Project, parcel and remarks, which every kind has. */
const location = (s: AnySubject): Items => [
  { key: 'projectCode', label: '项目编号', children: text(s.projectCode) },
  { key: 'parcelCode', label: '地块编号', children: text(s.parcelCode) },
];
const remarks = (s: AnySubject): Items => [{ key: 'remarks', label: '备注', span: 'filled', children: text(s.remarks) }];

/** 低保、残疾、独生子女 as the household records them (a calculation's fixed amounts may depend on them). */
function householdFlags(h: HouseholdView): string {
  const flags = [h.lowIncome && '低保户', h.disabled && '有残疾人', h.onlyChild && '独生子女户'].filter(Boolean);
  return flags.length ? flags.join('、') : '无';
}

const household: SubjectKindConfig = {
  kind: 'household',
  listPath: '/households',
  load: (id) => call<HouseholdView>(api.GET('/api/households/{id}', { params: { path: { id } } })),
  title: (s) => `${s.code} ${(s as HouseholdView).headName}`,
  facts: (subject, ref, { revealed, control }) => {
    const h = subject as HouseholdView;
    return [
      { key: 'code', label: '户编号', children: h.code },
      ...location(h),
      { key: 'village', label: '村', children: text(h.village) },
      { key: 'group', label: '组', children: text(h.group) },
      { key: 'headName', label: '户主姓名', children: h.headName },
      {
        key: 'headIdNumber',
        label: '户主身份证号',
        children: (
          <span className="xj-case-pii">
            <span data-testid="head-id-number">{revealed ? revealed.headIdNumber : h.headIdNumber}</span>
            {control}
          </span>
        ),
      },
      { key: 'phone', label: '联系电话', children: <span data-testid="phone">{text(revealed ? revealed.phone : h.phone)}</span> },
      { key: 'registeredPersons', label: '户籍人数', children: `${formatCount(h.registeredPersons)} 人` },
      // Per-person items and the swap entitlement count the recognised members, not the registered ones.
      { key: 'recognisedPersons', label: '认定人口', children: `${formatCount((h.members ?? []).filter((m) => m.recognitionBasis).length)} 人` },
      { key: 'flags', label: '家庭情况', children: householdFlags(h) },
      { key: 'homesteadArea', label: '宅基地面积', children: formatArea(h.homesteadArea) },
      { key: 'licensedArea', label: '合法建筑面积', children: formatArea(h.licensedArea) },
      { key: 'unlicensedArea', label: '无证建筑面积', children: formatArea(h.unlicensedArea) },
      { key: 'certifiedArea', label: '证载面积', children: formatArea(h.certifiedArea) },
      { key: 'surveyedArea', label: '测绘面积', children: formatArea(h.surveyedArea) },
      { key: 'recognisedArea', label: '认定面积', children: formatArea(h.recognisedArea) },
      { key: 'structure', label: '房屋结构', children: labelOf(ref.houseStructures, h.structure) },
      { key: 'yearBuilt', label: '建造年份', children: h.yearBuilt ? `${h.yearBuilt} 年` : '—' },
      { key: 'surveyedOn', label: '摸底日期', children: formatDate(h.surveyedOn) },
      // 一人多户: the officer's reason for recording this head on several households.
      ...(h.duplicateHeadReason
        ? [{ key: 'duplicateHeadReason', label: '重复户主原因', span: 'filled' as const, children: <span data-testid="duplicate-head-reason">{h.duplicateHeadReason}</span> }]
        : []),
      ...remarks(h),
    ];
  },
};

const enterprise: SubjectKindConfig = {
  kind: 'enterprise',
  listPath: '/enterprises',
  load: (id) => call<EnterpriseView>(api.GET('/api/enterprises/{id}', { params: { path: { id } } })),
  title: (s) => `${s.code} ${(s as EnterpriseView).name}`,
  facts: (subject) => {
    const e = subject as EnterpriseView;
    return [
      { key: 'code', label: '企业编号', children: e.code },
      ...location(e),
      { key: 'name', label: '企业名称', children: e.name },
      { key: 'creditCode', label: '统一社会信用代码', children: text(e.creditCode) },
      { key: 'legalRepresentative', label: '法定代表人', children: text(e.legalRepresentative) },
      { key: 'landArea', label: '占地面积', children: formatArea(e.landArea) },
      { key: 'buildingArea', label: '建筑面积', children: formatArea(e.buildingArea) },
      { key: 'employees', label: '从业人数', children: e.employees === null ? '—' : `${formatCount(e.employees)} 人` },
      { key: 'businessType', label: '经营类型', children: text(e.businessType) },
      ...remarks(e),
    ];
  },
};

const facility: SubjectKindConfig = {
  kind: 'facility',
  listPath: '/facilities',
  load: (id) => call<FacilityView>(api.GET('/api/facilities/{id}', { params: { path: { id } } })),
  title: (s, ref) => `${s.code} ${labelOf(ref.facilityKinds, (s as FacilityView).kind)}`,
  facts: (subject, ref) => {
    const f = subject as FacilityView;
    return [
      { key: 'code', label: '设施编号', children: f.code },
      ...location(f),
      { key: 'kind', label: '设施类别', children: labelOf(ref.facilityKinds, f.kind) },
      { key: 'ownerUnit', label: '产权单位', children: text(f.ownerUnit) },
      { key: 'quantity', label: '数量', children: f.quantity === null ? '—' : `${f.quantity}${f.unit ? ` ${f.unit}` : ''}` },
      { key: 'description', label: '设施说明', span: 'filled', children: text(f.description) },
      ...remarks(f),
    ];
  },
};

const legacyBase: SubjectKindConfig = {
  kind: 'legacy_base',
  listPath: '/legacy-bases',
  load: (id) => call<LegacyBaseView>(api.GET('/api/legacy-bases/{id}', { params: { path: { id } } })),
  title: (s) => `${s.code} ${(s as LegacyBaseView).name}`,
  facts: (subject) => {
    const b = subject as LegacyBaseView;
    return [
      { key: 'code', label: '遗留基地编号', children: b.code },
      ...location(b),
      { key: 'name', label: '基地名称', children: b.name },
      { key: 'originalProject', label: '原项目', children: text(b.originalProject) },
      { key: 'area', label: '面积', children: formatArea(b.area) },
      {
        key: 'householdsRemaining',
        label: '剩余户数',
        children: b.householdsRemaining === null ? '—' : `${formatCount(b.householdsRemaining)} 户`,
      },
      ...remarks(b),
    ];
  },
};

export const SUBJECT_KINDS: Record<SubjectType, SubjectKindConfig> = { household, enterprise, facility, legacy_base: legacyBase };
