import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { BUSINESS_ZONE } from '@app/platform';

dayjs.extend(utc);
dayjs.extend(timezone);

/** What can be exported. Later issues add statements and reports. */
export const EXPORT_KINDS = ['household-ledger', 'case-progress', 'agreement-ledger', 'payment-ledger', 'recalculation-diff', 'settlement-statement', 'reconciliation', 'handover-certificate', 'unit-inventory', 'transitional-fee-batch', 'choosing-order', 'public-disclosure', 'monthly-progress-report', 'rectification-ledger', 'land-consolidation-plan'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  'household-ledger': '动迁户台账',
  'case-progress': '案件进度统计',
  'agreement-ledger': '签约台账',
  'payment-ledger': '支付台账',
  'recalculation-diff': '重新测算差异表',
  'handover-certificate': '移交单',
  'settlement-statement': '结算单',
  reconciliation: '三账对账表',
  'choosing-order': '选房顺序表',
  'transitional-fee-batch': '过渡费支付清单',
  'unit-inventory': '安置房源清单',
  'public-disclosure': '阳光征收公示表',
  'monthly-progress-report': '月度推进情况报告',
  'rectification-ledger': '综合整治台账',
  'land-consolidation-plan': '集体土地归并方案',
};

export const EXPORT_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** Filters an export accepts (codes as the user types them). */
export interface ExportFilters {
  project?: string;
  parcel?: string;
  village?: string;
  status?: string;
  /** Masked when it is a full 身份证号 or phone number (that number is kept only as `personalNumber`'s hash). */
  q?: string;
  /** The 移交单 a `handover-certificate` export prints (its id). */
  handover?: string;
  /** The recalculation preview a `recalculation-diff` export writes (its id). */
  recalculation?: string;
  /** The 选房 round a `choosing-order` export prints (its id). */
  round?: string;
  /** The 结算单 a `settlement-statement` export writes (its id). */
  /** The 过渡费 batch a `transitional-fee-batch` export lists (its id). */
  feeBatch?: string;
  statement?: string;
  /** The month (`YYYY-MM`) a `monthly-progress-report` reports on. */
  month?: string;
  /** The 归并方案 a `land-consolidation-plan` export writes (its id). */
  plan?: string;
  /** The 安置基地 (its code) a `unit-inventory` export is limited to. */
  base?: string;
  /** The year a `rectification-ledger` export is of (default: the register's latest year). */
  year?: number;
  /** The keyed hash a full 身份证号 or phone number in `q` is searched by; never shown. */
  personalNumber?: { field: 'idNumber' | 'phone'; hash: string };
}

/** The filters as the API and the audit trail show them (without the search hash). */
export function shownExportFilters(filters: ExportFilters): Omit<ExportFilters, 'personalNumber'> {
  const { personalNumber: _hidden, ...shown } = filters;
  return shown;
}

/** The download's name, e.g. `动迁户台账-20131231.xlsx`, and its ASCII fallback. */
export function exportFileName(kind: ExportKind, at: Date): { fileName: string; asciiName: string } {
  const day = dayjs(at).tz(BUSINESS_ZONE).format('YYYYMMDD');
  return { fileName: `${EXPORT_KIND_LABELS[kind]}-${day}.xlsx`, asciiName: `${kind}-${day}.xlsx` };
}

/** The line under a 阳光征收公示表: it is meant to be posted, and says what it holds (no one's internal watermark). */
export function disclosureLine(at: Date): string {
  return `阳光征收公示：户编号、所在村、户主（部分隐去）、认定面积、补偿总额、签约日期\u3000生成日期：${dayjs(at).tz(BUSINESS_ZONE).format('YYYY-MM-DD')}`;
}

/** The watermark line under the data: who exported it, when (Shanghai time), and that it is internal. */
export function watermarkLine(username: string, at: Date): string {
  return `导出人：${username}\u3000导出时间：${dayjs(at).tz(BUSINESS_ZONE).format('YYYY-MM-DD HH:mm')}\u3000仅限内部工作使用`;
}
