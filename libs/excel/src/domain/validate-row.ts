import {
  LAND_OWNERSHIP_LABELS,
  LAND_OWNERSHIPS,
  PARCEL_STATUS_LABELS,
  PARCEL_STATUSES,
  type LandOwnership,
  type ParcelStatus,
} from '@app/land';
import {
  LAND_USE_LABELS,
  LAND_USES,
  OWNER_KIND_LABELS,
  OWNER_KINDS,
  SURVEY_STATUS_LABELS,
  SURVEY_STATUSES,
  type LandUse,
  type OwnerKind,
  type SurveyStatus,
} from '@app/land-admin';
import { todayInShanghai } from '@app/platform';
import { DUPLICATE_HEAD_REASON_MAX, DUPLICATE_HEAD_REASON_MIN, HOUSE_STRUCTURE_LABELS, HOUSE_STRUCTURES, type HouseStructure } from '@app/subjects';
import { ENTERPRISE_TEMPLATE, type EnterpriseField } from './enterprise-template.js';
import { HOUSEHOLD_TEMPLATE, type HouseholdField } from './household-template.js';
import { LAND_OWNERSHIP_TEMPLATE, type LandOwnershipField } from './land-ownership-template.js';
import { LAND_OWNERSHIP_SHORT_LABELS, PARCEL_TEMPLATE, type ParcelField } from './parcel-template.js';
import { RowReader, type RowCells, type RowError } from './row-reader.js';
import { UNIT_KIND_CHOICES, UNIT_TEMPLATE, YES_NO, type UnitField } from './unit-template.js';
import type { ImportKind } from './template-definition.js';

export type RowResult<T> = { ok: true; record: T } | { ok: false; errors: RowError[] };

export interface RowValidationOptions {
  /** Today in Asia/Shanghai (`YYYY-MM-DD`); the default is the real today. Tests pin it. */
  today?: string;
}

/** A household row ready to upsert on (projectCode, code). Areas are 2-decimal strings. */
export interface HouseholdImportRecord {
  code: string;
  projectCode: string;
  parcelCode: string;
  village: string;
  group: string | null;
  headName: string;
  /** Normalised: no spaces, uppercase X. */
  headIdNumber: string;
  phone: string | null;
  registeredPersons: number;
  homesteadArea: string | null;
  licensedArea: string;
  /** A blank cell counts as `'0.00'` (the column is not nullable). */
  unlicensedArea: string;
  structure: HouseStructure | null;
  yearBuilt: number | null;
  surveyedOn: string;
  remarks: string | null;
  /** 一人多户 reason; blank: none given (a stored one is kept). */
  duplicateHeadReason: string | null;
}

export interface EnterpriseImportRecord {
  code: string;
  projectCode: string;
  parcelCode: string;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  landArea: string | null;
  buildingArea: string | null;
  employees: number | null;
  businessType: string | null;
  remarks: string | null;
}

export interface ParcelImportRecord {
  projectCode: string;
  code: string;
  village: string;
  landOwnership: LandOwnership;
  area: string;
  /** Null when the column is blank: a new parcel starts `surveying`, an existing one keeps its status. */
  status: ParcelStatus | null;
  remarks: string | null;
}

/** Project and parcel codes are uppercase letters, digits and hyphens (as CreateProjectDto / CreateParcelDto require). */
const PROJECT_CODE = {
  max: 20,
  upper: true,
  pattern: /^[A-Z0-9][A-Z0-9-]{1,19}$/,
  patternMessage: '项目编号只能包含字母、数字和连字符，2 至 20 位',
};
const PARCEL_CODE = {
  max: 30,
  upper: true,
  pattern: /^[A-Z0-9][A-Z0-9-]{1,29}$/,
  patternMessage: '地块编号只能包含字母、数字和连字符，2 至 30 位',
};
const SUBJECT_CODE = { max: 40 };
const EARLIEST_YEAR_BUILT = 1949;
const EARLIEST_SURVEY_DATE = '1949-10-01';

/** Every spelling accepted for a fixed value: its label, its stored code, and extra synonyms. */
function choices<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
  synonyms: Record<string, V> = {},
): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const v of values) {
    map.set(labels[v], v);
    map.set(v, v);
  }
  for (const [text, v] of Object.entries(synonyms)) map.set(text, v);
  return map;
}

const STRUCTURES = choices(HOUSE_STRUCTURES, HOUSE_STRUCTURE_LABELS, {
  钢筋混凝土: 'reinforced_concrete',
  钢混结构: 'reinforced_concrete',
  框架: 'reinforced_concrete',
  砖混结构: 'brick_concrete',
  砖木结构: 'brick_wood',
  简易结构: 'simple',
  简易房: 'simple',
});
const STRUCTURE_NAMES = HOUSE_STRUCTURES.map((s) => HOUSE_STRUCTURE_LABELS[s]);
const OWNERSHIPS = choices(LAND_OWNERSHIPS, LAND_OWNERSHIP_LABELS, { 集体: 'collective', 国有: 'state' });
const PARCEL_STATUS_CHOICES = choices(PARCEL_STATUSES, PARCEL_STATUS_LABELS);
const PARCEL_STATUS_NAMES = PARCEL_STATUSES.map((s) => PARCEL_STATUS_LABELS[s]);

/** A row with nothing in any mapped column (such as the blank rows at the end of a ledger): skipped, not rejected. */
export function isBlankRow(cells: RowCells<string>): boolean {
  return Object.values(cells).every((cell) => cell === undefined || cell.kind === 'empty');
}

/** Validates one households row (cells by field key, normalised). */
export function validateHouseholdRow(
  cells: RowCells<HouseholdField>,
  options: RowValidationOptions = {},
): RowResult<HouseholdImportRecord> {
  const r = new RowReader(HOUSEHOLD_TEMPLATE, cells, options.today ?? todayInShanghai());
  const record = {
    code: r.code('code', SUBJECT_CODE),
    projectCode: r.code('projectCode', PROJECT_CODE),
    parcelCode: r.code('parcelCode', PARCEL_CODE),
    village: r.text('village', 50),
    group: r.text('group', 30),
    headName: r.personName('headName', 50),
    headIdNumber: r.idNumber('headIdNumber'),
    phone: r.phone('phone'),
    registeredPersons: r.integer('registeredPersons', { min: 1, max: 99, unit: '人' }),
    homesteadArea: r.area('homesteadArea'),
    licensedArea: r.area('licensedArea'),
    unlicensedArea: r.area('unlicensedArea') ?? '0.00',
    structure: r.choice('structure', STRUCTURES, STRUCTURE_NAMES),
    yearBuilt: r.year('yearBuilt', EARLIEST_YEAR_BUILT),
    surveyedOn: r.pastDate('surveyedOn', EARLIEST_SURVEY_DATE),
    remarks: r.multilineText('remarks', 2000),
    duplicateHeadReason: r.text('duplicateHeadReason', DUPLICATE_HEAD_REASON_MAX) || null,
  };
  if (record.duplicateHeadReason !== null && record.duplicateHeadReason.length < DUPLICATE_HEAD_REASON_MIN) {
    r.fail('duplicateHeadReason', `重复户主原因至少 ${DUPLICATE_HEAD_REASON_MIN} 个字`);
  }
  // Required readers return null only after recording an error, so an error-free row has them all.
  return r.ok ? { ok: true, record: record as HouseholdImportRecord } : { ok: false, errors: r.errors };
}

/** Validates one enterprises row. */
export function validateEnterpriseRow(
  cells: RowCells<EnterpriseField>,
  options: RowValidationOptions = {},
): RowResult<EnterpriseImportRecord> {
  const r = new RowReader(ENTERPRISE_TEMPLATE, cells, options.today ?? todayInShanghai());
  const record = {
    code: r.code('code', SUBJECT_CODE),
    projectCode: r.code('projectCode', PROJECT_CODE),
    parcelCode: r.code('parcelCode', PARCEL_CODE),
    name: r.text('name', 100),
    creditCode: r.creditCode('creditCode'),
    legalRepresentative: r.personName('legalRepresentative', 50),
    landArea: r.area('landArea'),
    buildingArea: r.area('buildingArea'),
    employees: r.integer('employees', { min: 0, max: 1_000_000, unit: '人' }),
    businessType: r.text('businessType', 50),
    remarks: r.multilineText('remarks', 2000),
  };
  return r.ok ? { ok: true, record: record as EnterpriseImportRecord } : { ok: false, errors: r.errors };
}

/** Validates one parcels row. */
export function validateParcelRow(cells: RowCells<ParcelField>, options: RowValidationOptions = {}): RowResult<ParcelImportRecord> {
  const r = new RowReader(PARCEL_TEMPLATE, cells, options.today ?? todayInShanghai());
  const record = {
    projectCode: r.code('projectCode', PROJECT_CODE),
    code: r.code('code', PARCEL_CODE),
    village: r.text('village', 50),
    landOwnership: r.choice('landOwnership', OWNERSHIPS, LAND_OWNERSHIP_SHORT_LABELS),
    area: r.area('area'),
    status: r.choice('status', PARCEL_STATUS_CHOICES, PARCEL_STATUS_NAMES),
    remarks: r.multilineText('remarks', 2000),
  };
  return r.ok ? { ok: true, record: record as ParcelImportRecord } : { ok: false, errors: r.errors };
}

/** A units row ready to upsert on (base code, 楼号, 室号). Area and prices are 2-decimal strings. */
export interface UnitImportRecord {
  baseCode: string;
  buildingCode: string;
  unitNo: string;
  floor: number;
  layout: string;
  area: string;
  resettlementPrice: string;
  marketPrice: string;
  kind: 'built' | 'off_plan';
  plannedDeliveryOn: string | null;
  turnover: boolean;
}

const UNIT_KINDS = new Map<string, 'built' | 'off_plan'>([
  ['现房', 'built'],
  ['期房', 'off_plan'],
  ['built', 'built'],
  ['off_plan', 'off_plan'],
]);
const TURNOVER = new Map<string, 'yes' | 'no'>([
  ['是', 'yes'],
  ['否', 'no'],
  ['Y', 'yes'],
  ['N', 'no'],
]);
const BASE_CODE = { max: 20, upper: true, pattern: /^[A-Z0-9][A-Z0-9-]{1,19}$/, patternMessage: '基地编号只能包含字母、数字和连字符，2 至 20 位' };
const UNIT_NO = { max: 20, pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, patternMessage: '室号只能包含字母、数字和连字符，最多 20 位' };

/** Validates one units row: a 期房 names its planned delivery, a 现房 does not; area and prices are above 0. */
export function validateUnitRow(cells: RowCells<UnitField>, options: RowValidationOptions = {}): RowResult<UnitImportRecord> {
  const r = new RowReader(UNIT_TEMPLATE, cells, options.today ?? todayInShanghai());
  const positive = (key: 'area' | 'resettlementPrice' | 'marketPrice') => {
    const value = r.area(key);
    return value !== null && Number(value) === 0 ? r.fail(key, `${r.header(key)}必须大于 0`) : value;
  };
  const record = {
    baseCode: r.code('baseCode', BASE_CODE),
    buildingCode: r.text('buildingCode', 40),
    unitNo: r.code('unitNo', UNIT_NO),
    floor: r.integer('floor', { min: 1, max: 60, unit: '层' }),
    layout: r.text('layout', 40),
    area: positive('area'),
    resettlementPrice: positive('resettlementPrice'),
    marketPrice: positive('marketPrice'),
    kind: r.choice('kind', UNIT_KINDS, UNIT_KIND_CHOICES),
    plannedDeliveryOn: r.date('plannedDeliveryOn', { earliest: '1990-01-01', latest: '2099-12-31' }),
    turnover: r.choice('turnover', TURNOVER, YES_NO) === 'yes',
  };
  if (record.kind === 'off_plan' && record.plannedDeliveryOn === null && r.ok) r.fail('plannedDeliveryOn', '期房须填写计划交付日期');
  if (record.kind === 'built' && record.plannedDeliveryOn !== null) r.fail('plannedDeliveryOn', '现房不填计划交付日期');
  return r.ok ? { ok: true, record: record as UnitImportRecord } : { ok: false, errors: r.errors };
}

/** A 集体土地所有权 row ready to upsert on its 登记编号. */
export interface LandOwnershipImportRecord {
  code: string;
  village: string;
  projectCode: string | null;
  parcelCode: string | null;
  location: string | null;
  ownerKind: OwnerKind;
  ownerName: string;
  certificateNo: string | null;
  area: string;
  landUse: LandUse;
  /** Null when blank: a new record starts 未调查, a stored one keeps its status. */
  surveyStatus: SurveyStatus | null;
  remarks: string | null;
}

const OWNER_KIND_CHOICES = choices(OWNER_KINDS, OWNER_KIND_LABELS, { 镇: 'town', 镇级: 'town', 村: 'village', 村级: 'village', 组: 'group', 村民组: 'group' });
const LAND_USE_CHOICES = choices(LAND_USES, LAND_USE_LABELS, { 建设用地: 'construction', 其他用地: 'other' });
const SURVEY_STATUS_CHOICES = choices(SURVEY_STATUSES, SURVEY_STATUS_LABELS, { 已调查: 'surveying', 确权: 'confirmed' });

/** Validates one 集体土地所有权 row: project and parcel codes come together; land outside a project names its 坐落. */
export function validateLandOwnershipRow(cells: RowCells<LandOwnershipField>, options: RowValidationOptions = {}): RowResult<LandOwnershipImportRecord> {
  const r = new RowReader(LAND_OWNERSHIP_TEMPLATE, cells, options.today ?? todayInShanghai());
  const record = {
    code: r.code('code', { max: 30, upper: true, pattern: /^[A-Z0-9][A-Z0-9-]{1,29}$/, patternMessage: '登记编号只能包含字母、数字和连字符，2 至 30 位' }),
    village: r.text('village', 50),
    projectCode: r.code('projectCode', PROJECT_CODE),
    parcelCode: r.code('parcelCode', PARCEL_CODE),
    location: r.text('location', 100),
    ownerKind: r.choice('ownerKind', OWNER_KIND_CHOICES, LAND_OWNERSHIP_TEMPLATE.columns.find((c) => c.key === 'ownerKind')!.allowedValues!),
    ownerName: r.text('ownerName', 100),
    certificateNo: r.text('certificateNo', 50),
    area: r.area('area'),
    landUse: r.choice('landUse', LAND_USE_CHOICES, LAND_OWNERSHIP_TEMPLATE.columns.find((c) => c.key === 'landUse')!.allowedValues!),
    surveyStatus: r.choice('surveyStatus', SURVEY_STATUS_CHOICES, LAND_OWNERSHIP_TEMPLATE.columns.find((c) => c.key === 'surveyStatus')!.allowedValues!),
    remarks: r.multilineText('remarks', 2000),
  };
  if (r.ok && (record.projectCode === null) !== (record.parcelCode === null)) r.fail(record.projectCode ? 'parcelCode' : 'projectCode', '项目编号和地块编号须一起填写');
  if (r.ok && record.projectCode === null && record.location === null) r.fail('location', '不在项目地块上的土地须填写坐落');
  if (r.ok && record.surveyStatus === 'confirmed' && record.certificateNo === null) r.fail('certificateNo', '已确权的土地须填写所有权证书编号');
  return r.ok ? { ok: true, record: record as LandOwnershipImportRecord } : { ok: false, errors: r.errors };
}

/** The record type each import kind produces. */
export interface ImportRecords {
  households: HouseholdImportRecord;
  enterprises: EnterpriseImportRecord;
  parcels: ParcelImportRecord;
  units: UnitImportRecord;
  'land-ownership': LandOwnershipImportRecord;
}

/** The row validator of each import kind. */
export const ROW_VALIDATORS: {
  readonly [K in ImportKind]: (cells: RowCells<string>, options?: RowValidationOptions) => RowResult<ImportRecords[K]>;
} = {
  households: validateHouseholdRow,
  enterprises: validateEnterpriseRow,
  parcels: validateParcelRow,
  units: validateUnitRow,
  'land-ownership': validateLandOwnershipRow,
};
