import { Tag } from 'antd';
import type { BatchStatus, ExportFilters, ReferenceOption } from '../../api/views';
import { labelOf } from '../../lib/reference';

const STATUS: Record<BatchStatus, { text: string; color: string }> = {
  queued: { text: '排队中', color: 'default' },
  running: { text: '导出中', color: 'processing' },
  succeeded: { text: '已完成', color: 'success' },
  failed: { text: '失败', color: 'error' },
};

/** An export's status as a coloured tag. */
export function ExportStatusTag({ status }: { status: BatchStatus }) {
  const s = STATUS[status] ?? { text: status, color: 'default' };
  return <Tag color={s.color}>{s.text}</Tag>;
}

/** The filters of an export in words: `项目 GJ17；案件状态 已签约`, or `全部（我可查看的项目）`. */
export function describeFilters(filters: ExportFilters | null | undefined, caseStatuses: ReferenceOption[]): string {
  const f = filters ?? {};
  const parts = [
    f.project && `项目 ${f.project}`,
    f.parcel && `地块 ${f.parcel}`,
    f.village && `村 ${f.village}`,
    f.status && `案件状态 ${labelOf(caseStatuses, f.status)}`,
    f.q && `关键字“${f.q}”`,
    f.month && `${f.month.slice(0, 4)}年${Number(f.month.slice(5, 7))}月`,
  ].filter(Boolean);
  return parts.length ? parts.join('；') : '全部（我可查看的项目）';
}
