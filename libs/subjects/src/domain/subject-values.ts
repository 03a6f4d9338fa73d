/** 房屋结构. */
export const HOUSE_STRUCTURES = ['reinforced_concrete', 'brick_concrete', 'brick_wood', 'simple'] as const;
export type HouseStructure = (typeof HOUSE_STRUCTURES)[number];
export const HOUSE_STRUCTURE_LABELS: Record<HouseStructure, string> = {
  reinforced_concrete: '钢混',
  brick_concrete: '砖混',
  brick_wood: '砖木',
  simple: '简易',
};

/** 与户主关系. */
export const MEMBER_RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'] as const;
export type MemberRelation = (typeof MEMBER_RELATIONS)[number];
export const MEMBER_RELATION_LABELS: Record<MemberRelation, string> = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandchild: '孙子女',
  sibling: '兄弟姐妹',
  other: '其他',
};

/** 认定人口的认定依据: a member counts as a recognised person (认定人口) only with one. */
export const RECOGNITION_BASES = ['household_register', 'marriage', 'birth', 'other'] as const;
export type RecognitionBasis = (typeof RECOGNITION_BASES)[number];
export const RECOGNITION_BASIS_LABELS: Record<RecognitionBasis, string> = {
  household_register: '户籍',
  marriage: '婚入',
  birth: '新生',
  other: '其他',
};

/** 市政设施类别. */
export const FACILITY_KINDS = ['power', 'telecom', 'water', 'drainage', 'gas', 'road', 'bridge', 'other'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];
export const FACILITY_KIND_LABELS: Record<FacilityKind, string> = {
  power: '电力杆线',
  telecom: '通信线路',
  water: '给水管道',
  drainage: '排水设施',
  gas: '燃气管道',
  road: '道路',
  bridge: '桥梁',
  other: '其他',
};

export { SUBJECT_TYPES, SUBJECT_TYPE_LABELS, type SubjectType } from '@app/cases';
