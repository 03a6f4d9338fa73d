import { Tag } from 'antd';
import type { BatchStatus } from '../../api/views';

const STATUS: Record<BatchStatus, { text: string; color: string }> = {
  queued: { text: '排队中', color: 'default' },
  running: { text: '导入中', color: 'processing' },
  succeeded: { text: '已完成', color: 'success' },
  failed: { text: '失败', color: 'error' },
};

/** An import's status as a coloured tag. */
export function ImportStatusTag({ status }: { status: BatchStatus }) {
  const s = STATUS[status] ?? { text: status, color: 'default' };
  return <Tag color={s.color}>{s.text}</Tag>;
}

/** The 试运行 marker of a dry run. */
export function DryRunTag() {
  return <Tag color="gold">试运行</Tag>;
}
