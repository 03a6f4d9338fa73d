import type { CaseStatus } from '@app/cases';
import type { LandOwnership, ParcelStatus } from '@app/land';

/**
 * What the demo contains: the 2013 work report's expropriation projects around 西虹桥, their
 * parcels, and how far each parcel's cases have got. Generation fills in the people and dates.
 */
export const DEMO_ACQUIRER = '西虹桥公司';

/** The last day any demo event may fall on: the demo is the town's 2013. */
export const DEMO_LAST_DAY = '2013-12-27';

export interface ProjectPlan {
  code: string;
  name: string;
  zone: string;
  plannedStartOn: string;
  plannedEndOn: string;
  createdOn: string;
  remarks: string;
}

export const PROJECT_PLANS: readonly ProjectPlan[] = [
  {
    code: 'GJ17',
    name: '轨交17号线',
    zone: '轨交17号线沿线',
    plannedStartOn: '2013-01-15',
    plannedEndOn: '2013-12-31',
    createdOn: '2012-09-18',
    remarks: '轨交17号线徐泾段车站及区间用地征收',
  },
  {
    code: 'SYQH',
    name: '石油期货交易中心',
    zone: '西虹桥商务区',
    plannedStartOn: '2013-03-01',
    plannedEndOn: '2013-12-31',
    createdOn: '2012-09-25',
    remarks: '上海石油期货交易中心项目用地',
  },
  {
    code: 'LXYQ',
    name: '西虹桥两线一圈',
    zone: '两线一圈',
    plannedStartOn: '2013-01-22',
    plannedEndOn: '2013-11-30',
    createdOn: '2012-09-28',
    remarks: '“两线一圈”重点区域动迁，年度实事工程重点',
  },
  {
    code: 'G318',
    name: '318国道两侧地块',
    zone: '318国道两侧',
    plannedStartOn: '2013-04-01',
    plannedEndOn: '2013-12-31',
    createdOn: '2012-09-28',
    remarks: '318国道（沪青平公路）两侧地块征收',
  },
];

/** How a parcel's cases are spread over the lifecycle (relative weights). */
export type StatusProfile = Readonly<Partial<Record<CaseStatus, number>>>;

export const STATUS_PROFILES = {
  handedOver: { handed_over: 1 },
  /** Every case settled: the parcel is ready to be handed over (a 移交单 waits for the company). */
  readyToHandOver: { settled: 1 },
  advanced: { surveying: 3, surveyed: 7, confirmed: 12, signed: 18, vacated: 30, settled: 30 },
  clearing: { surveying: 6, surveyed: 14, confirmed: 20, signed: 25, vacated: 22, settled: 13 },
  early: { surveying: 25, surveyed: 35, confirmed: 25, signed: 15 },
  surveying: { surveying: 55, surveyed: 35, confirmed: 10 },
} satisfies Record<string, StatusProfile>;

export interface LegacyBasePlan {
  name: string;
  originalProject: string;
  area: string;
  householdsRemaining: number;
  remarks: string;
}

export interface ParcelPlan {
  code: string;
  projectCode: string;
  village: string;
  landOwnership: LandOwnership;
  area: string;
  status: ParcelStatus;
  profile: keyof typeof STATUS_PROFILES;
  /** 村民小组 numbers the parcel covers. */
  groups: readonly number[];
  households: number;
  enterprises: number;
  facilities: number;
  legacyBases: readonly LegacyBasePlan[];
  /** Window of the survey visits (摸底日期). */
  surveyFrom: string;
  surveyTo: string;
  remarks: string | null;
}

const SURVEY_FROM = '2012-10-15';
const SURVEY_TO = '2013-06-28';

export const PARCEL_PLANS: readonly ParcelPlan[] = [
  {
    code: 'GJ17-01',
    projectCode: 'GJ17',
    village: '二联村',
    landOwnership: 'collective',
    area: '38652.40',
    status: 'handed_over',
    profile: 'handedOver',
    groups: [3, 4, 5],
    households: 36,
    enterprises: 1,
    facilities: 1,
    legacyBases: [],
    surveyFrom: SURVEY_FROM,
    surveyTo: '2012-12-20',
    remarks: '徐泾东站区间先行段，已整体移交西虹桥公司',
  },
  {
    code: 'GJ17-02',
    projectCode: 'GJ17',
    village: '金联村',
    landOwnership: 'collective',
    area: '126480.75',
    status: 'clearing',
    profile: 'clearing',
    groups: [1, 2, 6, 7, 8],
    households: 190,
    enterprises: 3,
    facilities: 3,
    legacyBases: [
      {
        name: '原北青公路拓宽遗留基地',
        originalProject: '北青公路拓宽工程',
        area: '8620.00',
        householdsRemaining: 3,
        remarks: '2004年拓宽时未完成腾地的3户',
      },
    ],
    surveyFrom: SURVEY_FROM,
    surveyTo: SURVEY_TO,
    remarks: null,
  },
  {
    code: 'GJ17-03',
    projectCode: 'GJ17',
    village: '光联村',
    landOwnership: 'collective',
    area: '84210.30',
    status: 'surveying',
    profile: 'surveying',
    groups: [9, 10, 11, 12],
    households: 124,
    enterprises: 2,
    facilities: 2,
    legacyBases: [],
    surveyFrom: '2013-01-07',
    surveyTo: SURVEY_TO,
    remarks: null,
  },
  {
    code: 'SYQH-01',
    projectCode: 'SYQH',
    village: '民主村',
    landOwnership: 'collective',
    area: '152300.00',
    status: 'clearing',
    profile: 'clearing',
    groups: [1, 2, 3, 4, 5, 6],
    households: 236,
    enterprises: 7,
    facilities: 3,
    legacyBases: [],
    surveyFrom: SURVEY_FROM,
    surveyTo: SURVEY_TO,
    remarks: null,
  },
  {
    code: 'SYQH-02',
    projectCode: 'SYQH',
    village: '徐南村',
    landOwnership: 'state',
    area: '61875.55',
    status: 'surveying',
    profile: 'surveying',
    groups: [2, 3, 4],
    households: 72,
    enterprises: 5,
    facilities: 2,
    legacyBases: [],
    surveyFrom: '2013-01-07',
    surveyTo: SURVEY_TO,
    remarks: '原镇属工业用地，已征为国有',
  },
  {
    code: 'LXYQ-01',
    projectCode: 'LXYQ',
    village: '前明村',
    landOwnership: 'collective',
    area: '218640.20',
    status: 'clearing',
    profile: 'advanced',
    groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    households: 342,
    enterprises: 9,
    facilities: 4,
    legacyBases: [
      {
        name: '原徐泾镇工业区遗留基地',
        originalProject: '徐泾镇工业区开发',
        area: '45600.00',
        householdsRemaining: 7,
        remarks: '2003年征地后遗留未腾空的厂房及7户民房',
      },
    ],
    surveyFrom: SURVEY_FROM,
    surveyTo: SURVEY_TO,
    remarks: '“两线一圈”重点推进区域',
  },
  {
    code: 'G318-01',
    projectCode: 'G318',
    village: '蟠龙村',
    landOwnership: 'collective',
    area: '97530.85',
    status: 'clearing',
    profile: 'early',
    groups: [2, 3, 5, 6, 7],
    households: 268,
    enterprises: 7,
    facilities: 3,
    legacyBases: [
      {
        name: '原318国道拓宽遗留基地',
        originalProject: '318国道拓宽工程',
        area: '5240.00',
        householdsRemaining: 4,
        remarks: '道路红线内遗留民房4户',
      },
    ],
    surveyFrom: SURVEY_FROM,
    surveyTo: SURVEY_TO,
    remarks: null,
  },
  {
    code: 'GJ17-04',
    projectCode: 'GJ17',
    village: '二联村',
    landOwnership: 'collective',
    area: '12880.60',
    status: 'cleared',
    profile: 'readyToHandOver',
    groups: [6],
    households: 8,
    enterprises: 0,
    facilities: 0,
    legacyBases: [],
    surveyFrom: SURVEY_FROM,
    surveyTo: '2012-12-20',
    remarks: '徐泾东站北侧小地块，腾地、结算均已完成，待移交西虹桥公司',
  },
];
