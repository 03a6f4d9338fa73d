import { UNIT_KIND_LABELS, UNIT_STATUS_LABELS, type UnitRow } from '@app/resettlement';
import { AREA_FORMAT, MONEY_FORMAT, numberOrNull, type LedgerColumn } from './ledger-column.js';

/** 安置房源清单 columns: every flat with its base, building, status, holder (the household's code only), prices and planned delivery. */
export const UNIT_INVENTORY_COLUMNS: readonly LedgerColumn<UnitRow>[] = [
  { header: '基地编号', width: 10, value: (u) => u.baseCode },
  { header: '基地名称', width: 20, value: (u) => u.baseName },
  { header: '楼号', width: 10, value: (u) => u.buildingCode },
  { header: '室号', width: 8, value: (u) => u.unitNo },
  { header: '楼层', width: 6, numFmt: '0', value: (u) => u.floor },
  { header: '户型', width: 10, value: (u) => u.layout },
  { header: '建筑面积(㎡)', width: 12, numFmt: AREA_FORMAT, value: (u) => numberOrNull(u.area) },
  { header: '安置价(元/㎡)', width: 13, numFmt: MONEY_FORMAT, value: (u) => numberOrNull(u.resettlementPrice) },
  { header: '市场价(元/㎡)', width: 13, numFmt: MONEY_FORMAT, value: (u) => numberOrNull(u.marketPrice) },
  { header: '房源类型', width: 9, value: (u) => UNIT_KIND_LABELS[u.kind] },
  { header: '计划交付日期', width: 13, value: (u) => u.plannedDeliveryOn },
  { header: '可作周转房', width: 10, value: (u) => (u.turnover ? '是' : '否') },
  { header: '状态', width: 8, value: (u) => UNIT_STATUS_LABELS[u.status] },
  { header: '冻结原因', width: 24, value: (u) => u.frozenReason },
  { header: '持有户编号', width: 14, value: (u) => u.holderCode },
];
