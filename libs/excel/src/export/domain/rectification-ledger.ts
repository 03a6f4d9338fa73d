import type { ViolationView } from '@app/land-admin';
import { AREA_FORMAT, numberOrNull, type LedgerColumn } from './ledger-column.js';

/** 综合整治台账 columns: one violation a row, stock or new against the year, its status and deadline. */
export const RECTIFICATION_LEDGER_COLUMNS: readonly LedgerColumn<ViolationView>[] = [
  { header: '台账编号', width: 10, value: (r) => r.code },
  { header: '类型', width: 10, value: (r) => r.kindLabel },
  { header: '所在村', width: 10, value: (r) => r.village },
  { header: '项目', width: 10, value: (r) => r.projectCode },
  { header: '地块', width: 12, value: (r) => r.parcelCode },
  { header: '地址', width: 28, value: (r) => r.address },
  { header: '面积（平方米）', width: 14, numFmt: AREA_FORMAT, value: (r) => numberOrNull(r.area) },
  { header: '方量（立方米）', width: 14, numFmt: AREA_FORMAT, value: (r) => numberOrNull(r.volume) },
  { header: '发现日期', width: 12, value: (r) => r.discoveredOn },
  { header: '存量/新增', width: 10, value: (r) => r.originLabel },
  { header: '责任人/单位', width: 24, value: (r) => r.responsible },
  { header: '状态', width: 14, value: (r) => r.statusLabel },
  { header: '整改期限', width: 12, value: (r) => r.deadline },
  { header: '逾期', width: 6, value: (r) => (r.overdue ? '是' : '') },
  { header: '消除日期', width: 12, value: (r) => r.closedOn },
];
