import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';

export interface StoredFile {
  id: string;
  storedPath: string;
}

/** The database side of the retention rule: which finished batches still hold a file, and marking them purged. */
@Injectable()
export class FileRetentionRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Finished imports (succeeded or failed) finished before `cutoff` whose upload is still kept. */
  expiredUploads(cutoff: Date, limit: number): Promise<StoredFile[]> {
    return this.connection.manager.query(
      `SELECT id, "storedPath" FROM import_batch
        WHERE status IN ('succeeded', 'failed') AND "finishedAt" < $1 AND "filePurgedAt" IS NULL
        ORDER BY "finishedAt" LIMIT $2`,
      [cutoff, limit],
    );
  }

  /** Finished exports before `cutoff` whose file is still kept. */
  expiredExports(cutoff: Date, limit: number): Promise<StoredFile[]> {
    return this.connection.manager.query(
      `SELECT id, "storedPath" FROM export_batch
        WHERE status IN ('succeeded', 'failed') AND "finishedAt" < $1 AND "filePurgedAt" IS NULL AND "storedPath" IS NOT NULL
        ORDER BY "finishedAt" LIMIT $2`,
      [cutoff, limit],
    );
  }

  async markUploadsPurged(ids: string[], at: Date): Promise<void> {
    if (ids.length) await this.connection.manager.query(`UPDATE import_batch SET "filePurgedAt" = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
  }

  async markExportsPurged(ids: string[], at: Date): Promise<void> {
    if (ids.length) await this.connection.manager.query(`UPDATE export_batch SET "filePurgedAt" = $2, "storedPath" = NULL WHERE id = ANY($1::uuid[])`, [ids, at]);
  }

  /** Of the given upload paths (relative to DATA_DIR), those some import batch refers to. */
  async referencedUploads(paths: string[]): Promise<Set<string>> {
    if (!paths.length) return new Set();
    const rows: Array<{ storedPath: string }> = await this.connection.manager.query(`SELECT "storedPath" FROM import_batch WHERE "storedPath" = ANY($1::text[])`, [paths]);
    return new Set(rows.map((r) => r.storedPath));
  }
}
