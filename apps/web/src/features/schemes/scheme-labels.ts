/** The editor's words for the kinds of rule, area, household flag and factor table a scheme item can use. */
export const RULE_KINDS = [
  { value: 'per_area', label: '按面积（面积 × 单价 × 系数）' },
  { value: 'per_household', label: '按户定额' },
  { value: 'per_person', label: '按认定人口' },
  { value: 'per_person_month', label: '按认定人口 × 月数' },
  { value: 'percentage', label: '按其他项目的百分比' },
  { value: 'fixed_if', label: '满足条件的定额' },
  { value: 'months_x_monthly', label: '停产停业损失（月数 × 月度金额）' },
  { value: 'fixed_agreed', label: '商定金额' },
] as const;
export type RuleKindValue = (typeof RULE_KINDS)[number]['value'];

/** The agreement's fees a scheme item can stand for (`role`). */
export const ITEM_ROLES = [
  { value: 'moving_fee', label: '搬家费' },
  { value: 'temporary_resettlement_fee', label: '临时安置费' },
] as const;

export const CONDITION_KINDS = [
  { value: 'signed_by', label: '在期限内签约（签约奖励 / 早签奖励）' },
  { value: 'no_unlicensed_area', label: '无无证面积（无违建奖励）' },
  { value: 'household_flag', label: '家庭情况（低保、残疾、独生子女）' },
] as const;

export const FACTOR_TABLE_KINDS = [
  { value: 'structure', label: '按结构' },
  { value: 'age', label: '按成新（建成年限）' },
  { value: 'structure_age', label: '按结构和成新' },
] as const;

/** What a rule kind reads, shown under its fields so an admin knows where the figures come from. */
export const RULE_HINTS: Partial<Record<RuleKindValue, string>> = {
  per_person: '人数取认定人口（不是户籍人数）。',
  per_person_month: '人数取认定人口；金额 = 认定人口 × 每人每月金额 × 月数。',
  months_x_monthly: '月数和月度金额取自企业的摸底信息，方案中无需填写。',
  fixed_agreed: '金额在计算时按该对象商定的金额填写（附备注），方案中无需填写。',
  percentage: '以所选项目的金额之和为基数（各项先取整到分）。',
};
