import type { ReferenceLists } from '../api/views';
import { formatArea } from './format';
import { labelOf } from './reference';

/**
 * The audit actions the api records (its `@AuditAction` names), in Chinese. An action not listed
 * here (a newer route, or `<controller>.<handler>` of a route without a name) shows as it is.
 */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.password': '修改密码',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'user.unlock': '解除登录锁定',
  'user.reset_password': '重置密码',
  'project.create': '新建项目',
  'project.update': '修改项目',
  'parcel.create': '新建地块',
  'parcel.update': '修改地块',
  'household.create': '登记户',
  'household.update': '修改户信息',
  'household.search': '按身份证号或电话查找户',
  'enterprise.create': '登记企业',
  'enterprise.update': '修改企业信息',
  'facility.create': '登记市政设施',
  'facility.update': '修改市政设施信息',
  'legacy_base.create': '登记遗留基地',
  'legacy_base.update': '修改遗留基地信息',
  'case.transition': '变更案件状态',
  'pii.unmask': '查看完整身份证号和电话',
  'import.create': 'Excel 导入',
  'import.report': '下载导入错误报告',
  'export.create': 'Excel 导出',
  'export.download': '下载导出文件',
  'report.export': '导出报表',
  'scheme.create': '新建补偿方案',
  'scheme.update': '修改补偿方案',
  'scheme.publish': '发布补偿方案',
  'recalculation.create': '发起重新测算',
  'recalculation.apply': '应用重新测算',
  'calculation.create': '补偿测算',
  'agreement.draft': '起草补偿协议',
  'agreement.sign': '签订补偿协议',
  'agreement.void': '作废补偿协议',
  'payment.record': '登记支付',
  'payment.reverse': '冲销支付',
  'communication.create': '记录沟通',
  'action-item.create': '新增落实事项',
  'action-item.update': '更新落实事项',
  'confirmation-batch.create': '提交确认批次',
  'confirmation-line.confirm': '公司确认',
  'confirmation-line.reject': '公司退回',
  'settlement-statement.issue': '开具结算单',
  'settlement-line.confirm': '确认结算行',
  'settlement-line.dispute': '对结算行提出异议',
  'settlement-line.drop': '移出结算行',
  'settlement-receipt.record': '登记公司到账',
  'settlement-figures.update': '修改预算/审定金额',
  'handover.create': '提交移交单',
  'handover.accept': '接收移交',
  'handover.return': '退回移交单',
  'handover.exclude': '排除出移交',
  'resettlement_base.create': '新增安置基地',
  'resettlement_base.update': '修改安置基地阶段',
  // 选房 and allocation (安置房)
  'choosing-round.publish': '公布选房顺序',
  'choosing-round.close': '结束选房轮次',
  'choosing-entry.finish': '完成选房',
  'allocation.create': '分配房源',
  'allocation.reserve': '预留房源',
  'allocation.release': '释放房源',
  'allocation.deliver': '交房',
  'resettlement_building.create': '新增楼栋',
  'resettlement_unit.freeze': '冻结房源',
  'resettlement_unit.unfreeze': '解冻房源',
  'attachment.create': '上传附件',
  'attachment.download': '下载附件',
  // 过渡户与过渡费 (libs/resettlement)
  'transitional-fee-accrual.run': '计提过渡费',
  'transitional-fee-batch.create': '生成过渡费支付批次',
  'transitional-fee-batch.pay': '支付过渡费批次',
  // 年度目标 (libs/targets)
  'annual_target.create': '新建年度目标',
  'annual_target.update': '修改年度目标',
  'target_progress_entry.create': '录入目标进展',
  // 时间节点与通知 (libs/targets, libs/notifications)
  'milestone.create': '新增时间节点',
  'milestone.update': '修改时间节点',
  'milestone.status': '改变时间节点状态',
  'notification.read': '通知标为已读',
  'notification.read_all': '通知全部已读',
  // 综合整治 (libs/land-admin)
  'rectification.create': '登记违法行为',
  'rectification.step': '变更违法行为状态',
  'rectification.confirm-unlicensed-area': '确认整治台账建议的无证面积',
  // 集体土地所有权与归并方案 (libs/land-admin)
  'land_ownership.create': '登记集体土地所有权',
  'land_ownership.update': '修改集体土地所有权',
  'land_ownership.status': '推进所有权调查状态',
  'land_ownership.delete': '删除集体土地所有权',
  'consolidation_plan.create': '拟定归并方案',
  'consolidation_plan.update': '修改归并方案',
  'consolidation_plan.approve': '批准归并方案',
  'consolidation_plan.complete': '归并方案完成',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** What a row or a change is about (`entityType`). */
export const ENTITY_LABELS: Record<string, string> = {
  user: '用户',
  auth: '登录',
  project: '征收项目',
  parcel: '地块',
  case: '案件',
  household: '户',
  enterprise: '企业',
  facility: '市政设施',
  legacy_base: '遗留基地',
  import: 'Excel 导入',
  export: 'Excel 导出',
  pii: '个人信息',
  scheme_version: '补偿方案',
  recalculation: '重新测算',
  calculation: '补偿测算',
  agreement: '补偿协议',
  payment: '支付',
  communication: '沟通记录',
  'choosing-round': '选房轮次',
  'choosing-entry': '选房顺序',
  'unit-allocation': '房源分配',
  'resettlement-track': '安置进程',
  'action-item': '落实事项',
  'confirmation-batch': '确认批次',
  'confirmation-line': '确认行',
  'settlement-statement': '结算单',
  'settlement-line': '结算行',
  'settlement-receipt': '公司到账',
  'settlement-figures': '项目资金',
  handover: '移交单',
  attachment: '附件',
  // 过渡户与过渡费 (libs/resettlement)
  'transitional-fee-accrual': '过渡费计提',
  'transitional-fee-batch': '过渡费支付批次',
  resettlement_base: '安置基地',
  resettlement_building: '楼栋',
  resettlement_unit: '房源',
  // 年度目标 (libs/targets)
  annual_target: '年度目标',
  target_progress_entry: '目标进展',
  // 时间节点与通知 (libs/targets, libs/notifications)
  milestone: '时间节点',
  notification: '通知',
  // 综合整治 (libs/land-admin)
  rectification_violation: '违法行为',
  // 集体土地所有权与归并方案 (libs/land-admin)
  land_ownership: '集体土地所有权',
  consolidation_plan: '归并方案',
};

export function entityLabel(entityType: string | null): string {
  if (!entityType) return '—';
  return ENTITY_LABELS[entityType] ?? entityType;
}

/** The recorded fields, by the names the api writes into `before`/`after`. */
const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  roles: '角色',
  projects: '负责项目',
  disabled: '已停用',
  locked: '已锁定',
  mustChangePassword: '须改密码',
  password: '密码',
  status: '状态',
  reason: '原因',
  code: '编号',
  name: '名称',
  zone: '所属区域',
  acquirer: '收储单位',
  plannedStartOn: '计划开始日期',
  plannedEndOn: '计划完成日期',
  landOwnership: '土地权属',
  projectCode: '项目编号',
  parcelCode: '地块编号',
  remarks: '备注',
  village: '村',
  group: '组',
  headName: '户主姓名',
  headIdNumber: '户主身份证号',
  duplicateHeadReason: '重复户主原因',
  phone: '联系电话',
  registeredPersons: '户籍人数',
  homesteadArea: '宅基地面积',
  licensedArea: '合法建筑面积',
  unlicensedArea: '无证建筑面积',
  structure: '房屋结构',
  yearBuilt: '建造年份',
  surveyedOn: '摸底日期',
  members: '家庭成员',
  creditCode: '统一社会信用代码',
  legalRepresentative: '法定代表人',
  landArea: '占地面积',
  buildingArea: '建筑面积',
  employees: '从业人数',
  businessType: '经营类型',
  kind: '类别',
  ownerUnit: '产权单位',
  description: '说明',
  quantity: '数量',
  unit: '计量单位',
  originalProject: '原项目',
  area: '面积',
  householdsRemaining: '剩余户数',
  fileName: '文件名',
  rows: '数据行数',
  dryRun: '试运行',
  filters: '筛选条件',
  project: '项目',
  parcel: '地块',
  q: '关键词',
  heldOn: '日期',
  subject: '主题',
  recordedBySide: '记录方',
  communicationId: '沟通记录',
  content: '事项内容',
  ownerSide: '负责方',
  owner: '负责人',
  dueOn: '完成期限',
  doneOn: '完成日期',
  caseId: '案件',
  method: '补偿方式',
  agreed: '协议金额',
  signedOn: '签约日期',
  sequenceNo: '签约顺序号',
  amount: '金额',
  // 选房 and allocation
  seed: '种子',
  algorithm: '排序算法',
  orderHash: '顺序哈希',
  households: '户数',
  base: '安置基地',
  done: '已完成选房',
  position: '选房顺序',
  caseRef: '案件编号',
  unitId: '房源',
  purpose: '用途',
  roundId: '选房轮次',
  deliveredOn: '交房日期',
  swapLocation: '安置房地点',
  swapArea: '安置房面积',
  difference: '差价',
  track: '安置进程',
  transitionalSince: '过渡起始日期',
  resettledOn: '住房问题解决日期',
  auditReportRef: '审计报告文号',
  audited: '审定金额',
  budget: '预算金额',
  bankReference: '银行流水号',
  cases: '案件',
  contentHash: '内容哈希',
  handedOverOn: '移交日期',
  handoverExcluded: '排除出移交',
  managementFeeRate: '管理费率',
  number: '编号',
  ownerId: '所属记录',
  ownerType: '所属类别',
  receivedOn: '到账日期',
  // 过渡户与过渡费 (libs/resettlement)
  throughMonth: '截至月份',
  months: '户月数',
  state: '状态',
  statement: '结算单',
  total: '合计',
  stage: '建设阶段',
  stageDates: '阶段日期',
  plannedDeliveryOn: '计划交付日期',
  frozenReason: '冻结原因',
  floors: '层数',
  planned: '计划完成',
  actual: '实际完成',
  // 年度目标 (libs/targets)
  year: '年度',
  measure: '计量口径',
  targetValue: '目标值',
  projectIds: '限定项目',
  baseIds: '限定安置基地',
  projectCodes: '限定项目',
  baseCodes: '限定安置基地',
  target: '年度目标',
  enteredOn: '进展日期',
  value: '完成量',
  note: '说明',
  evidenceAttachmentId: '佐证材料',
  // 时间节点 (libs/targets)
  plannedOn: '计划完成日期',
  actualOn: '实际完成日期',
  responsibleUnit: '责任单位',
  responsibleUserId: '责任人账号',
  responsibleName: '责任人',
  dependsOnId: '前置节点',
  baseId: '安置基地',
  // 集体土地所有权与归并方案 (libs/land-admin)
  parcelId: '地块',
  location: '坐落',
  ownerKind: '所有权人类型',
  ownerName: '所有权人',
  certificateNo: '证书编号',
  landUse: '土地用途',
  surveyStatus: '调查状态',
  targetOwnerKind: '归并后所有权人类型',
  targetOwnerName: '归并后所有权人',
  targetUse: '归并后用途',
  ownershipIds: '归并土地',
  approvedBy: '批准人',
  doneBy: '完成人',
};

export function fieldLabel(field: string, action?: string): string {
  if (field === 'reason' && action === 'pii.unmask') return '查看事由';
  if (field === 'reason' && action === 'user.disable') return '停用原因';
  return FIELD_LABELS[field] ?? field;
}

/** Statuses of the records that have their own (not in the reference lists). */
const OTHER_STATUSES: Record<string, Record<string, string>> = {
  'action-item': { open: '未完成', done: '已完成' },
  agreement: { draft: '草稿', signed: '已签订', void: '已作废' },
  'confirmation-batch': { open: '待公司答复', closed: '已答复完毕' },
  'settlement-statement': { issued: '待确认', confirmed: '已确认' },
  'settlement-line': { pending: '待确认', confirmed: '已确认', disputed: '有异议', dropped: '已移出' },
  handover: { submitted: '待公司接收', accepted: '已接收', returned: '已退回' },
  resettlement_unit: { available: '可选', reserved: '已预留', allocated: '已分配', delivered: '已交房', frozen: '冻结' },
  'transitional-fee-batch': { draft: '待支付', paid: '已支付' },
  'choosing-round': { published: '已公布', closed: '已结束' },
  'unit-allocation': { reserved: '已预留', allocated: '已分配', delivered: '已交房', released: '已释放' },
  consolidation_plan: { draft: '草拟', approved: '已批准', done: '已完成' },
};
/** 安置基地's stages (as the api's BASE_STAGE_LABELS). */
const BASE_STAGE_TERMS: Record<string, string> = { planning: '规划', preliminary: '前期手续', construction: '在建', completed: '竣工', delivering: '交付中' };
const SIDE_TERMS: Record<string, string> = { town: '镇动迁办', company: '西虹桥公司' };
/** 集体土地所有权 terms (libs/land-admin). */
const OWNER_KIND_TERMS: Record<string, string> = { town: '镇集体', village: '村集体', group: '村民小组' };
const LAND_USE_TERMS: Record<string, string> = { farmland: '耕地', homestead: '宅基地', construction: '集体建设用地', other: '其他' };
const LAND_TERMS: Record<string, Record<string, string>> = {
  ownerKind: OWNER_KIND_TERMS,
  targetOwnerKind: OWNER_KIND_TERMS,
  landUse: LAND_USE_TERMS,
  targetUse: LAND_USE_TERMS,
  surveyStatus: { unsurveyed: '未调查', surveying: '调查中', confirmed: '已确权' },
};

const AREA_FIELDS = new Set(['homesteadArea', 'licensedArea', 'unlicensedArea', 'landArea', 'buildingArea', 'area']);

/** A recorded value as the page shows it: code lists by their Chinese term, areas with ㎡, yes/no in Chinese. */
export function formatAuditValue(field: string, value: unknown, ref: ReferenceLists, entityType?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field === 'roles' && Array.isArray(value)) return value.length ? value.map((r) => labelOf(ref.roles, String(r))).join('、') : '无';
  if (field === 'projects' && Array.isArray(value)) return value.length ? value.join('、') : '无';
  if (field === 'status' && typeof value === 'string') {
    if (entityType === 'project') return labelOf(ref.projectStatuses, value);
    if (entityType === 'parcel') return labelOf(ref.parcelStatuses, value);
    if (entityType && OTHER_STATUSES[entityType]) return OTHER_STATUSES[entityType]![value] ?? value;
    return labelOf(ref.caseStatuses, value);
  }
  if (field === 'stage' && typeof value === 'string') return BASE_STAGE_TERMS[value] ?? value;
  if (field === 'stageDates' && typeof value === 'object' && !Array.isArray(value)) {
    const stages = Object.entries(value as Record<string, { planned?: string | null; actual?: string | null }>);
    return stages.length ? stages.map(([stage, d]) => `${BASE_STAGE_TERMS[stage] ?? stage}：计划 ${d?.planned ?? '—'}，实际 ${d?.actual ?? '—'}`).join('；') : '无';
  }
  if ((field === 'ownerSide' || field === 'recordedBySide') && typeof value === 'string') return SIDE_TERMS[value] ?? value;
  if (LAND_TERMS[field] && typeof value === 'string') return LAND_TERMS[field]![value] ?? value;
  if (field === 'landOwnership' && typeof value === 'string') return labelOf(ref.landOwnerships, value);
  if (field === 'structure' && typeof value === 'string') return labelOf(ref.houseStructures, value);
  if (field === 'kind' && typeof value === 'string') {
    if (entityType === 'facility') return labelOf(ref.facilityKinds, value);
    if (entityType === 'import') return labelOf(ref.importKinds, value);
    if (entityType === 'export') return labelOf(ref.exportKinds, value);
    if (entityType === 'communication') return ({ meeting: '会议', notice: '通知' } as Record<string, string>)[value] ?? value;
  }
  if (AREA_FIELDS.has(field) && (typeof value === 'string' || typeof value === 'number')) return formatArea(value);
  if (field === 'members' && Array.isArray(value)) {
    if (value.length === 0) return '无';
    return value
      .map((m: { name?: unknown; relation?: unknown }) => `${String(m?.name ?? '')}（${labelOf(ref.memberRelations, typeof m?.relation === 'string' ? m.relation : '')}）`)
      .join('、');
  }
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('、');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined && v !== '');
    return entries.length ? entries.map(([k, v]) => `${fieldLabel(k)}：${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('；') : '无';
  }
  return String(value);
}

