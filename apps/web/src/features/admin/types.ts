import type { components } from '../../api/schema';
import type { UserView } from '../../api/views';

/** A user as POST /api/users and POST /api/users/:id/reset-password answer: with the temporary password, shown once. */
export interface UserWithPassword extends UserView {
  temporaryPassword?: string;
}

/** GET /api/admin/queue, as the api declares it (generated types). */
export type QueueStateView = components['schemas']['QueueStateView'];
export type JobRecordView = components['schemas']['JobRecordView'];
export type QueueDriver = QueueStateView['driver'];
export type QueueCountState = keyof components['schemas']['QueueCountsView'];
export type JobStatus = JobRecordView['status'];
