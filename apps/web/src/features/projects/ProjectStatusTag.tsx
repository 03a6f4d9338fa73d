import { Tag } from 'antd';
import { labelOf, useReference } from '../../lib/reference';

const PROJECT_COLORS: Record<string, string> = { preparing: 'default', in_progress: 'blue', completed: 'green' };
const PARCEL_COLORS: Record<string, string> = { surveying: 'default', clearing: 'orange', cleared: 'cyan', handed_over: 'purple' };

/** 筹备 / 实施中 / 已完成. */
export function ProjectStatusTag({ status }: { status: string }) {
  return <Tag color={PROJECT_COLORS[status] ?? 'default'}>{labelOf(useReference().projectStatuses, status)}</Tag>;
}

/** 摸底中 / 腾地中 / 已腾地 / 已移交. */
export function ParcelStatusTag({ status }: { status: string }) {
  return <Tag color={PARCEL_COLORS[status] ?? 'default'}>{labelOf(useReference().parcelStatuses, status)}</Tag>;
}
