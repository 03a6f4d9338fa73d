import { ApiProperty } from '@nestjs/swagger';
import { toShanghaiIso } from '../domain/calendar-date.js';
import { ApiInstant } from '../http/api-time-property.js';
import type { JobStatus } from './job-record.entity.js';
import type { JobRecordSummary } from './job-record.repository.js';
import type { QueueDriver } from './queue-driver.js';
import { QueueConsumersView, queueConsumersView } from './queue-consumers.view.js';

/** The BullMQ states the admin page counts. */
export const QUEUE_COUNT_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type QueueCountState = (typeof QUEUE_COUNT_STATES)[number];

const MAX_ERROR_LENGTH = 500;

/**
 * The message of a stored job error, for display: the first line only (a record keeps the whole
 * stack for the logs; the api never shows stack traces), at most 500 characters.
 */
export function errorSummary(stored: string | null | undefined): string | null {
  const firstLine = stored?.split('\n', 1)[0]?.trim();
  if (!firstLine) return null;
  const message = firstLine.replace(/^[A-Za-z]*Error:\s*/, '') || firstLine;
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH)}…` : message;
}

/** A job record as the admin sees it: kind, state, attempts and times; never its payload or result. */
export class JobRecordView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: '任务类名', example: 'ImportJob' })
  kind!: string;

  @ApiProperty({ enum: ['pending', 'running', 'succeeded', 'failed'], enumName: 'JobStatus' })
  status!: JobStatus;

  @ApiProperty({ type: 'integer' })
  attempts!: number;

  @ApiProperty({ type: 'integer' })
  maxAttempts!: number;

  @ApiInstant()
  createdAt!: string;

  @ApiInstant({ nullable: true, description: '最近心跳' })
  lastHeartbeatAt!: string | null;

  @ApiInstant({ nullable: true })
  finishedAt!: string | null;

  @ApiInstant()
  updatedAt!: string;

  @ApiProperty({ type: String, nullable: true, description: '最近一次错误的第一行' })
  lastError!: string | null;
}

/** BullMQ's job counts per state. */
export class QueueCountsView implements Record<QueueCountState, number> {
  @ApiProperty({ type: 'integer' })
  waiting!: number;

  @ApiProperty({ type: 'integer' })
  active!: number;

  @ApiProperty({ type: 'integer' })
  delayed!: number;

  @ApiProperty({ type: 'integer' })
  failed!: number;

  @ApiProperty({ type: 'integer' })
  completed!: number;
}

/** GET /api/admin/queue: the transport, its counts, its live consumers and the latest job records. */
export class QueueStateView extends QueueConsumersView {
  @ApiProperty({ enum: ['redis', 'postgres'], enumName: 'QueueDriver' })
  driver!: QueueDriver;

  @ApiProperty({ description: '队列是否应答（否则 counts 为 null）' })
  available!: boolean;

  @ApiProperty({ type: QueueCountsView, nullable: true })
  counts!: QueueCountsView | null;

  @ApiProperty({ type: [JobRecordView] })
  recentJobs!: JobRecordView[];
}

/** A job record as the admin sees it: kind, state, attempts and times; never its payload or result. */
export function jobRecordView(record: JobRecordSummary): JobRecordView {
  return {
    id: record.id,
    kind: record.name,
    status: record.status,
    attempts: record.attempts,
    maxAttempts: record.maxAttempts,
    createdAt: toShanghaiIso(record.createdAt),
    lastHeartbeatAt: toShanghaiIso(record.heartbeatAt),
    finishedAt: toShanghaiIso(record.finishedAt),
    updatedAt: toShanghaiIso(record.updatedAt),
    lastError: errorSummary(record.lastError),
  };
}

export interface QueueState {
  driver: QueueDriver;
  /** Whether the queue answered; when not, `counts` is null and the records still come from PostgreSQL. */
  available: boolean;
  counts: Record<QueueCountState, number> | null;
  /** Live consumers (BullMQ workers) of the queue; null when the queue did not answer. */
  consumers: number | null;
  recentJobs: JobRecordSummary[];
}

/** The queue's state as the api answers it. */
export function queueStateView(state: QueueState): QueueStateView {
  return {
    driver: state.driver,
    available: state.available,
    counts: state.counts,
    ...queueConsumersView(state.consumers),
    recentJobs: state.recentJobs.map(jobRecordView),
  };
}
