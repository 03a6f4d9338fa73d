import type { ImportBatchView } from '../../api/views';

/** GET /api/imports/:id (and each item of GET /api/imports). */
export interface ImportBatch extends ImportBatchView {
  /** Who uploaded it (admins see everyone's imports). */
  username: string;
  createdAt: string;
}

export type ImportKind = 'households' | 'enterprises' | 'parcels';

/** Still being worked on: keep polling. */
export const isActive = (b: Pick<ImportBatch, 'status'>): boolean => b.status === 'queued' || b.status === 'running';
