import { CASE_STATUS_LABELS, CASE_STATUSES, type CaseStatus } from '@app/cases';
import type { LedgerColumn } from './ledger-column.js';

/** One project's case counts by lifecycle state. */
export interface CaseProgressRow {
  projectCode: string;
  projectName: string;
  counts: Partial<Record<CaseStatus, number>>;
}

const total = (r: CaseProgressRow) => CASE_STATUSES.reduce((sum, s) => sum + (r.counts[s] ?? 0), 0);

/** 案件进度统计 columns: the project, one column per lifecycle state, 合计. */
export const CASE_PROGRESS_COLUMNS: readonly LedgerColumn<CaseProgressRow>[] = [
  { header: '项目编号', width: 12, value: (r) => r.projectCode },
  { header: '项目名称', width: 24, value: (r) => r.projectName },
  ...CASE_STATUSES.map((status): LedgerColumn<CaseProgressRow> => ({ header: CASE_STATUS_LABELS[status], width: 10, numFmt: '0', value: (r) => r.counts[status] ?? 0 })),
  { header: '合计', width: 10, numFmt: '0', value: total },
];

/** The 合计 row under the projects. */
export function caseProgressTotal(rows: readonly CaseProgressRow[]): CaseProgressRow {
  const counts: Partial<Record<CaseStatus, number>> = {};
  for (const row of rows) for (const s of CASE_STATUSES) counts[s] = (counts[s] ?? 0) + (row.counts[s] ?? 0);
  return { projectCode: '合计', projectName: '', counts };
}
