import { Tag } from 'antd';
import { labelOf, useReference } from '../../lib/reference';

const COLORS: Record<string, string> = {
  surveying: 'default',
  surveyed: 'blue',
  confirmed: 'cyan',
  signed: 'geekblue',
  vacated: 'orange',
  settled: 'green',
  handed_over: 'purple',
};

/** A case status as its Chinese term (摸底中, 已签约…) in a coloured tag. */
export function CaseStatusTag({ status }: { status: string | null }) {
  const reference = useReference();
  if (!status) return <span>—</span>;
  return <Tag color={COLORS[status] ?? 'default'}>{labelOf(reference.caseStatuses, status)}</Tag>;
}
