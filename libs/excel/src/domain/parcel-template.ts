import { LAND_OWNERSHIP_LABELS, LAND_OWNERSHIPS, PARCEL_STATUS_LABELS, PARCEL_STATUSES } from '@app/land';
import type { TemplateDefinition } from './template-definition.js';

export const PARCEL_FIELDS = ['projectCode', 'code', 'village', 'landOwnership', 'area', 'status', 'remarks'] as const;
export type ParcelField = (typeof PARCEL_FIELDS)[number];

/** 集体 / 国有: the short forms officers write; 集体土地 / 国有土地 are accepted as well. */
export const LAND_OWNERSHIP_SHORT_LABELS = LAND_OWNERSHIPS.map((o) => LAND_OWNERSHIP_LABELS[o].replace(/土地$/, ''));

/** 地块台账: the parcels import template. */
export const PARCEL_TEMPLATE: TemplateDefinition<ParcelField> = {
  kind: 'parcels',
  title: '地块台账',
  sheetName: '地块',
  columns: [
    {
      key: 'projectCode',
      header: '项目编号',
      meaning: '所属征收项目',
      required: true,
      format: '已有项目的编号（字母、数字和连字符）',
      example: 'GJ17',
      width: 10,
    },
    {
      key: 'code',
      header: '地块编号',
      meaning: '地块在项目内的编号，再次导入时按项目编号 + 地块编号更新同一地块',
      required: true,
      format: '字母、数字和连字符，2 至 30 位，项目内唯一',
      example: 'GJ17-01',
      width: 12,
    },
    {
      key: 'village',
      header: '村',
      meaning: '地块所在村',
      required: true,
      format: '文字，最多 50 个字',
      example: '二联村',
      aliases: ['所在村', '村名'],
      width: 10,
    },
    {
      key: 'landOwnership',
      header: '土地权属',
      meaning: '集体土地或国有土地',
      required: true,
      format: `${LAND_OWNERSHIP_SHORT_LABELS.join('、')} 之一`,
      example: LAND_OWNERSHIP_SHORT_LABELS[0]!,
      allowedValues: LAND_OWNERSHIP_SHORT_LABELS,
      aliases: ['权属', '土地性质'],
      width: 10,
    },
    {
      key: 'area',
      header: '面积',
      unit: '平方米',
      meaning: '地块面积',
      required: true,
      format: '不小于 0 的数字，最多两位小数',
      example: '12500.50',
      aliases: ['地块面积', '占地面积'],
      width: 14,
    },
    {
      key: 'status',
      header: '状态',
      meaning: '地块当前状态；不填时新地块为「摸底中」，已有地块不变',
      required: false,
      format: `${PARCEL_STATUSES.map((s) => PARCEL_STATUS_LABELS[s]).join('、')} 之一`,
      example: PARCEL_STATUS_LABELS.surveying,
      allowedValues: PARCEL_STATUSES.map((s) => PARCEL_STATUS_LABELS[s]),
      aliases: ['地块状态'],
      width: 10,
    },
    {
      key: 'remarks',
      header: '备注',
      meaning: '其他需要说明的情况',
      required: false,
      format: '文字，最多 2000 个字',
      example: '',
      aliases: ['说明'],
      width: 30,
    },
  ],
};
