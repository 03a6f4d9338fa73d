import { AREA_KINDS, HOUSEHOLD_FLAGS, ITEM_ROLES } from '../domain/scheme.js';
import { SUBJECT_TYPES } from '@app/cases';
import { HOUSE_STRUCTURES } from '@app/subjects';

/**
 * The OpenAPI schema of a scheme item (`SchemeItem` in domain/scheme.ts), so the web app's types are
 * generated like every other; the rules themselves are checked by `validateScheme`, which names the item.
 */
const yuan = { type: 'string', description: '元，最多两位小数', example: '1850.00' };
const ageBand = {
  type: 'object',
  required: ['fromAge', 'factor'],
  properties: { fromAge: { type: 'integer' }, toAge: { type: 'integer' }, factor: { type: 'string', example: '0.85' } },
};
const structures = Object.fromEntries(HOUSE_STRUCTURES.map((s) => [s, { type: 'string' }]));
const structureBands = Object.fromEntries(HOUSE_STRUCTURES.map((s) => [s, { type: 'array', items: ageBand }]));
const factorTable = {
  oneOf: [
    { type: 'object', required: ['by', 'name', 'factors'], properties: { by: { type: 'string', enum: ['structure'] }, name: { type: 'string' }, factors: { type: 'object', properties: structures } } },
    {
      type: 'object',
      required: ['by', 'name', 'ageCountedToYear', 'bands'],
      properties: { by: { type: 'string', enum: ['age'] }, name: { type: 'string' }, ageCountedToYear: { type: 'integer' }, bands: { type: 'array', items: ageBand } },
    },
    {
      type: 'object',
      required: ['by', 'name', 'ageCountedToYear', 'bands'],
      properties: {
        by: { type: 'string', enum: ['structure_age'] },
        name: { type: 'string' },
        ageCountedToYear: { type: 'integer' },
        bands: { type: 'object', properties: structureBands },
      },
    },
  ],
};
const condition = {
  oneOf: [
    {
      type: 'object',
      required: ['kind', 'windows'],
      properties: {
        kind: { type: 'string', enum: ['signed_by'] },
        windows: { type: 'array', items: { type: 'object', required: ['until', 'amount'], properties: { until: { type: 'string', format: 'date' }, amount: yuan } } },
      },
    },
    { type: 'object', required: ['kind', 'amount'], properties: { kind: { type: 'string', enum: ['no_unlicensed_area'] }, amount: yuan } },
    {
      type: 'object',
      required: ['kind', 'flag', 'amount'],
      properties: { kind: { type: 'string', enum: ['household_flag'] }, flag: { type: 'string', enum: [...HOUSEHOLD_FLAGS] }, amount: yuan },
    },
  ],
};
const rule = (kind: string, properties: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  required: ['kind', ...required],
  properties: { kind: { type: 'string', enum: [kind] }, ...properties },
});

export const SCHEME_ITEM_SCHEMA = {
  type: 'object',
  required: ['code', 'name', 'appliesTo', 'rule'],
  properties: {
    code: { type: 'string', example: 'JA-CZ' },
    name: { type: 'string', example: '建安重置价' },
    appliesTo: { type: 'array', items: { type: 'string', enum: [...SUBJECT_TYPES] } },
    role: { type: 'string', enum: [...ITEM_ROLES], description: '在协议中单列的费用：moving_fee 搬家费，temporary_resettlement_fee 临时安置费' },
    min: yuan,
    max: yuan,
    rule: {
      oneOf: [
        rule('per_area', { area: { type: 'string', enum: [...AREA_KINDS] }, unitPrice: yuan, factors: { type: 'array', items: factorTable } }, ['area', 'unitPrice']),
        rule('per_household', { amount: yuan }, ['amount']),
        rule('per_person', { amount: yuan }, ['amount']),
        rule('per_person_month', { amount: yuan, months: { type: 'integer' } }, ['amount', 'months']),
        rule('percentage', { percent: { type: 'string', example: '30' }, of: { type: 'array', items: { type: 'string' } } }, ['percent', 'of']),
        rule('fixed_if', { condition }, ['condition']),
        rule('months_x_monthly'),
        rule('fixed_agreed'),
      ],
    },
  },
};

export const SWAP_PRICING_SCHEMA = {
  type: 'object',
  nullable: true,
  required: ['areaPerPerson', 'resettlementPrice', 'bandsBeyond'],
  description: '产权调换价格：人均安置面积、安置价、超面积分档价格',
  properties: {
    areaPerPerson: { type: 'string', example: '40.00' },
    resettlementPrice: yuan,
    bandsBeyond: {
      type: 'array',
      items: { type: 'object', required: ['width', 'price'], properties: { width: { type: 'string', nullable: true }, price: yuan } },
    },
    maxBeyond: { type: 'string', nullable: true },
  },
};

export const TRANSITIONAL_FEE_SCHEMA = {
  type: 'object',
  nullable: true,
  required: ['basis', 'monthlyAmount', 'overdue', 'afterDeliveryMonths'],
  description: '过渡费（临时安置费）规则：按人或按户每月标准、逾期增发、交房后续发月数',
  properties: {
    basis: { type: 'string', enum: ['per_person', 'per_household'] },
    monthlyAmount: { ...yuan, description: '每人（或每户）每月标准（元）' },
    overdue: {
      type: 'object',
      nullable: true,
      required: ['everyMonths', 'percent', 'capPercent'],
      description: '过渡期满后每满（或开始）一个周期增发的比例及上限',
      properties: { everyMonths: { type: 'integer', example: 6 }, percent: { type: 'string', example: '50' }, capPercent: { type: 'string', example: '100' } },
    },
    afterDeliveryMonths: { type: 'integer', description: '交房后续发月数', example: 3 },
  },
};
