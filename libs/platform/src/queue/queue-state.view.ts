import { toShanghaiIso } from '../domain/calendar-date.js';
import type { JobRecordSummary } from './job-record.repository.js';
import type { QueueDriver } from './queue-driver.js';

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
export function jobRecordView(record: JobRecordSummary) {
  return {
    id: record.id,
    kind: record.name,
    status: record.status,
    attempts: record.attempts,
    maxAttempts: record.maxAttempts,
    createdAt: toShanghaiIso(record.createdAt),
    lastHeartbeatAt: record.heartbeatAt ? toShanghaiIso(record.heartbeatAt) : null,
    finishedAt: record.finishedAt ? toShanghaiIso(record.finishedAt) : null,
    updatedAt: toShanghaiIso(record.updatedAt),
    lastError: errorSummary(record.lastError),
  };
}

export interface QueueState {
  driver: QueueDriver;
  /** Whether the queue answered; when not, `counts` is null and the records still come from PostgreSQL. */
  available: boolean;
  counts: Record<QueueCountState, number> | null;
  recentJobs: JobRecordSummary[];
}

/** The queue's state as the api answers it. */
export function queueStateView(state: QueueState) {
  return {
    driver: state.driver,
    available: state.available,
    counts: state.counts,
    recentJobs: state.recentJobs.map(jobRecordView),
  };
}
