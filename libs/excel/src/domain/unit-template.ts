import type { TemplateDefinition } from './template-definition.js';

export const UNIT_FIELDS = ['baseCode', 'buildingCode', 'unitNo', 'floor', 'layout', 'area', 'resettlementPrice', 'marketPrice', 'kind', 'plannedDeliveryOn', 'turnover'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export const UNIT_KIND_CHOICES = ['现房', '期房'] as const;
export const YES_NO = ['是', '否'] as const;

/** 房源台账: the units import template (安置房 of the town's bases). */
export const UNIT_TEMPLATE: TemplateDefinition<UnitField> = {
  kind: 'units',
  title: '安置房源台账',
  sheetName: '房源',
  columns: [
    { key: 'baseCode', header: '基地编号', meaning: '已有安置基地的编号', required: true, format: '大写字母、数字和连字符，如 EL', example: 'EL', aliases: ['基地代码'], width: 10 },
    { key: 'buildingCode', header: '楼号', meaning: '基地内的楼栋；没有的楼栋导入时自动新增', required: true, format: '文字，最多 40 个字，如 12号楼', example: '1号楼', aliases: ['楼栋', '幢号'], width: 10 },
    {
      key: 'unitNo',
      header: '室号',
      meaning: '楼栋内的房号，再次导入时按基地编号 + 楼号 + 室号更新同一套房源',
      required: true,
      format: '字母、数字和连字符，最多 20 位，如 1502',
      example: '1502',
      aliases: ['房号', '门牌号'],
      width: 8,
    },
    { key: 'floor', header: '楼层', meaning: '所在楼层', required: true, format: '1 至 60 之间的整数', example: '15', aliases: ['层'], width: 6 },
    { key: 'layout', header: '户型', meaning: '户型名称', required: true, format: '文字，最多 40 个字，如 两室一厅', example: '两室一厅', width: 10 },
    { key: 'area', header: '建筑面积', unit: '平方米', meaning: '房源建筑面积', required: true, format: '大于 0 的数字，最多两位小数', example: '80.00', aliases: ['面积'], width: 12 },
    { key: 'resettlementPrice', header: '安置价', unit: '元/㎡', meaning: '安置户在应安置面积内的单价', required: true, format: '大于 0 的数字，最多两位小数', example: '3200.00', aliases: ['安置单价'], width: 12 },
    { key: 'marketPrice', header: '市场价', unit: '元/㎡', meaning: '超出应安置面积部分的市场单价', required: true, format: '大于 0 的数字，最多两位小数', example: '28000.00', aliases: ['市场单价'], width: 12 },
    { key: 'kind', header: '房源类型', meaning: '现房或期房', required: true, format: '现房、期房 之一', example: '期房', allowedValues: UNIT_KIND_CHOICES, aliases: ['类型'], width: 10 },
    { key: 'plannedDeliveryOn', header: '计划交付日期', meaning: '期房的计划交付日期（期房必填，现房不填）', required: false, format: 'YYYY-MM-DD', example: '2027-12-31', aliases: ['交付日期'], width: 14 },
    { key: 'turnover', header: '可作周转房', meaning: '可否作为过渡期间的周转房；不填为否', required: false, format: '是、否 之一', example: '否', allowedValues: YES_NO, aliases: ['周转房'], width: 10 },
  ],
};
