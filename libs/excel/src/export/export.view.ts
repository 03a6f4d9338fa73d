import { EXPORT_KIND_LABELS, shownExportFilters } from './domain/export-kinds.js';
import type { ExportBatch } from './export-batch.entity.js';

/** An export as the API shows it (no server paths). */
export function exportView(b: ExportBatch) {
  return {
    id: b.id,
    kind: b.kind,
    kindLabel: EXPORT_KIND_LABELS[b.kind],
    filters: shownExportFilters(b.filters),
    status: b.status,
    total: b.total,
    processed: b.processed,
    fileName: b.fileName,
    username: b.username,
    unmasked: b.unmasked,
    createdAt: b.createdAt,
    startedAt: b.startedAt,
    finishedAt: b.finishedAt,
    /** False once the retention rule deleted the stored file (downloads then answer 410). */
    fileAvailable: b.filePurgedAt === null,
    message: b.message,
  };
}
