import type { UserView } from '../../api/views';

/** A user as POST /api/users and POST /api/users/:id/reset-password answer: with the temporary password, shown once. */
export interface UserWithPassword extends UserView {
  temporaryPassword?: string;
}

export type QueueDriver = 'redis' | 'postgres';
export type QueueCountState = 'waiting' | 'active' | 'delayed' | 'failed' | 'completed';
export type JobStatus = 'pending' | 'running' | 'succeeded' | 'failed';

/** One job record of GET /api/admin/queue (no payload, no result). */
export interface JobRecordView {
  id: string;
  /** The job class name (ImportJob, ExportJob). */
  kind: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  createdAt: string;
  lastHeartbeatAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
  /** The first line of the last error, if any. */
  lastError: string | null;
}

/** GET /api/admin/queue. */
export interface QueueStateView {
  driver: QueueDriver;
  /** False when the queue did not answer: counts are then null. */
  available: boolean;
  counts: Record<QueueCountState, number> | null;
  recentJobs: JobRecordView[];
}
