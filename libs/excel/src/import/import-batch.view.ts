import type { ImportBatch } from './import-batch.entity.js';

/** An import batch as the API shows it (no storage path, no hash). */
export function importBatchView(b: ImportBatch) {
  return {
    id: b.id,
    kind: b.kind,
    fileName: b.fileName,
    dryRun: b.dryRun,
    status: b.status,
    total: b.total,
    processed: b.processed,
    created: b.created,
    updated: b.updated,
    unchanged: b.unchanged,
    rejected: b.rejected,
    username: b.username,
    createdAt: b.createdAt,
    startedAt: b.startedAt,
    finishedAt: b.finishedAt,
    /** False once the retention rule deleted the stored file (downloads then answer 410). */
    fileAvailable: b.filePurgedAt === null,
    ...(b.message ? { message: b.message } : {}),
  };
}
