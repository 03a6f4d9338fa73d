import type { ReferenceLists } from '../../api/views';
import { formatArea } from '../../lib/format';
import { labelOf } from '../../lib/reference';

/** The audit actions a case's history holds, in Chinese. */
const ACTION_LABELS: Record<string, string> = {
  'case.transition': '变更案件状态',
  'household.create': '登记户',
  'household.update': '修改户信息',
  'enterprise.create': '登记企业',
  'enterprise.update': '修改企业信息',
  'facility.create': '登记市政设施',
  'facility.update': '修改市政设施信息',
  'legacy_base.create': '登记遗留基地',
  'legacy_base.update': '修改遗留基地信息',
  'pii.unmask': '查看完整身份证号和电话',
  'import.create': 'Excel 导入',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** What a change is about (`changes[].entityType`). */
const ENTITY_LABELS: Record<string, string> = {
  case: '案件',
  household: '户',
  enterprise: '企业',
  facility: '市政设施',
  legacy_base: '遗留基地',
};

export function entityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? entityType;
}

/** The recorded fields, by the names the api writes into `before`/`after`. */
const FIELD_LABELS: Record<string, string> = {
  status: '案件状态',
  reason: '原因',
  code: '编号',
  projectCode: '项目编号',
  parcelCode: '地块编号',
  remarks: '备注',
  village: '村',
  group: '组',
  headName: '户主姓名',
  headIdNumber: '户主身份证号',
  phone: '联系电话',
  registeredPersons: '户籍人数',
  homesteadArea: '宅基地面积',
  licensedArea: '合法建筑面积',
  unlicensedArea: '无证建筑面积',
  structure: '房屋结构',
  yearBuilt: '建造年份',
  surveyedOn: '摸底日期',
  members: '家庭成员',
  name: '名称',
  creditCode: '统一社会信用代码',
  legalRepresentative: '法定代表人',
  landArea: '占地面积',
  buildingArea: '建筑面积',
  employees: '从业人数',
  businessType: '经营类型',
  kind: '设施类别',
  ownerUnit: '产权单位',
  description: '设施说明',
  quantity: '数量',
  unit: '计量单位',
  originalProject: '原项目',
  area: '面积',
  householdsRemaining: '剩余户数',
};

export function fieldLabel(field: string, action?: string): string {
  // An unmask records why the numbers were shown: 事由, the term its dialog uses.
  if (field === 'reason' && action === 'pii.unmask') return '查看事由';
  return FIELD_LABELS[field] ?? field;
}

const AREA_FIELDS = new Set(['homesteadArea', 'licensedArea', 'unlicensedArea', 'landArea', 'buildingArea', 'area']);

/** A recorded value as the page shows it: code lists by their Chinese term, areas with ㎡, members by name. */
export function formatAuditValue(field: string, value: unknown, ref: ReferenceLists): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status' && typeof value === 'string') return labelOf(ref.caseStatuses, value);
  if (field === 'structure' && typeof value === 'string') return labelOf(ref.houseStructures, value);
  if (field === 'kind' && typeof value === 'string') return labelOf(ref.facilityKinds, value);
  if (AREA_FIELDS.has(field) && (typeof value === 'string' || typeof value === 'number')) return formatArea(value);
  if (field === 'members' && Array.isArray(value)) {
    if (value.length === 0) return '无';
    return value
      .map(
        (m: { name?: unknown; relation?: unknown }) =>
          `${String(m?.name ?? '')}（${labelOf(ref.memberRelations, typeof m?.relation === 'string' ? m.relation : '')}）`,
      )
      .join('、');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
