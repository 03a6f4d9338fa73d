import type { BatchStatus } from '../../api/views';

export type ExportKind = 'household-ledger' | 'case-progress';

/** Which rows an export holds (POST /api/exports `filters`; the user's project scope always applies). */
export interface ExportFilters {
  /** 项目编号 */
  project?: string;
  /** 地块编号 */
  parcel?: string;
  /** 所在村（仅动迁户台账） */
  village?: string;
  /** 案件状态（仅动迁户台账） */
  status?: string;
  /** 关键字：户编号前缀、户主姓名的一部分或完整身份证号（仅动迁户台账） */
  q?: string;
}

/** GET /api/exports/:id (and each item of GET /api/exports). */
export interface ExportBatch {
  id: string;
  kind: ExportKind;
  kindLabel: string;
  filters: ExportFilters;
  status: BatchStatus;
  total: number;
  processed: number;
  fileName: string;
  username: string;
  unmasked: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  message: string | null;
}

/** Still being written: keep polling. */
export const isActive = (b: Pick<ExportBatch, 'status'>): boolean => b.status === 'queued' || b.status === 'running';
