import type { JobStatus, QueueCountState, QueueDriver } from '../../../api/views';

/** BullMQ's states, in the order the page shows them. */
export const COUNT_STATES: Array<{ state: QueueCountState; label: string; hint: string }> = [
  { state: 'waiting', label: '等待中', hint: '已入队，等待处理进程领取' },
  { state: 'active', label: '执行中', hint: '正在由处理进程执行' },
  { state: 'delayed', label: '等待重试', hint: '执行失败，按退避时间稍后重试' },
  { state: 'failed', label: '失败', hint: '重试次数用尽仍失败（保留 7 天）' },
  { state: 'completed', label: '已完成', hint: '执行成功（保留 24 小时）' },
];

export const DRIVER_LABELS: Record<QueueDriver, string> = {
  redis: 'Redis（BullMQ）',
  postgres: 'PostgreSQL（BullMQ 的 PostgreSQL 后端，无需 Redis）',
};

/** A job record's state (the durable truth in PostgreSQL). */
export const JOB_STATUS: Record<JobStatus, { text: string; color: string }> = {
  pending: { text: '排队中', color: 'default' },
  running: { text: '执行中', color: 'processing' },
  succeeded: { text: '已完成', color: 'success' },
  failed: { text: '失败', color: 'error' },
};

/** Job classes by their Chinese name; an unknown class shows as it is. */
const JOB_KINDS: Record<string, string> = {
  ImportJob: 'Excel 导入',
  ExportJob: 'Excel 导出',
};

export function jobKindLabel(kind: string): string {
  return JOB_KINDS[kind] ?? kind;
}
