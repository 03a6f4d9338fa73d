import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { skipTake, SnapshotCounts, TransactionalConnection, type Page } from '@app/platform';
import { ImportBatch } from './import-batch.entity.js';
import { ImportRejection } from './import-rejection.entity.js';

/** What one committed chunk adds to its batch. */
export interface ChunkTotals {
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** Database access for import batches, their rejections and the uploader they run as. */
@Injectable()
export class ImportBatchRepository {
  /** The history's totals (one user's, or everyone's), counted once per database snapshot. */
  private readonly counts: SnapshotCounts;

  constructor(private readonly connection: TransactionalConnection) {
    this.counts = new SnapshotCounts(connection);
  }

  private get batches() {
    return this.connection.getRepository(ImportBatch);
  }

  create(values: Partial<ImportBatch>): Promise<ImportBatch> {
    return this.batches.save(this.batches.create(values));
  }

  findById(id: string): Promise<ImportBatch | null> {
    return this.batches.findOneBy({ id });
  }

  /** Newest first; `userId` null for every user's. */
  async findPage(userId: string | null, page: { page: number; pageSize: number }): Promise<Page<ImportBatch>> {
    const [items, total] = await Promise.all([
      this.pageQuery(userId, page).getMany(),
      userId ? this.counts.count(`SELECT count(*) FROM import_batch WHERE "userId" = $1`, [userId]) : this.counts.count(`SELECT count(*) FROM import_batch`),
    ]);
    return { items, total };
  }

  /** One page of the history, newest first: it walks idx_import_batch_created (everyone's) or idx_import_batch_user. */
  pageQuery(userId: string | null, page: { page: number; pageSize: number }): SelectQueryBuilder<ImportBatch> {
    const query = this.batches.createQueryBuilder('b').orderBy('b.createdAt', 'DESC').addOrderBy('b.id', 'DESC');
    if (userId) query.where('b.userId = :userId', { userId });
    const { skip, take } = skipTake(page);
    return query.offset(skip).limit(take);
  }

  /** Marks the batch running (first start only keeps its `startedAt`). */
  async markRunning(id: string): Promise<void> {
    await this.batches
      .createQueryBuilder()
      .update()
      .set({ status: 'running', startedAt: () => 'COALESCE("startedAt", now())' })
      .where('id = :id AND status IN (:...open)', { id, open: ['queued', 'running'] })
      .execute();
  }

  /** Ends a batch that is still queued or running as `failed` with `message`; a finished batch is left alone. */
  async failIfOpen(id: string, message: string): Promise<void> {
    await this.batches
      .createQueryBuilder()
      .update()
      .set({ status: 'failed', message, finishedAt: () => 'now()' })
      .where('id = :id AND status IN (:...open)', { id, open: ['queued', 'running'] })
      .execute();
  }

  async finish(id: string, status: 'succeeded' | 'failed', message?: string): Promise<void> {
    await this.batches.update({ id }, { status, finishedAt: new Date(), ...(message !== undefined ? { message } : {}) });
  }

  /**
   * Locks the batch row for the chunk's transaction if its checkpoint is still `fromRow`; false when
   * another run of the same batch committed past it (the caller then rolls back and stops).
   *
   * The chunk's commit then returns without waiting for its WAL to reach disk (synchronous_commit off
   * for this transaction only). Nothing can be lost by it: a chunk a database crash took back takes
   * its checkpoint with it, so the rerun writes it again, and the batch's final status is committed
   * normally, which flushes every chunk before it.
   */
  async lockAt(id: string, fromRow: number): Promise<boolean> {
    const rows: unknown[] = await this.connection.manager.query(
      `SELECT id, set_config('synchronous_commit', 'off', true) FROM import_batch WHERE id = $1 AND "checkpointRow" = $2 FOR UPDATE`,
      [id, fromRow],
    );
    return rows.length > 0;
  }

  /** Adds a chunk's totals and moves the checkpoint to `toRow` (inside the chunk's transaction, after `lockAt`). */
  async advance(id: string, toRow: number, totals: ChunkTotals): Promise<void> {
    await this.connection.manager.query(
      `UPDATE import_batch
          SET "checkpointRow" = $2, processed = processed + $3, created = created + $4,
              updated = updated + $5, unchanged = unchanged + $6, rejected = rejected + $7
        WHERE id = $1`,
      [id, toRow, totals.processed, totals.created, totals.updated, totals.unchanged, totals.rejected],
    );
  }

  /** Records rejected rows (the batch's checkpoint guards against recording one twice). */
  /** Rejected rows of a batch after `afterRow`, in sheet order (keyset pages for the error report). */
  rejectionsAfter(batchId: string, afterRow: number, limit: number): Promise<ImportRejection[]> {
    return this.connection
      .getRepository(ImportRejection)
      .createQueryBuilder('r')
      .where('r."batchId" = :batchId AND r."rowNumber" > :afterRow', { batchId, afterRow })
      .orderBy('r."rowNumber"', 'ASC')
      .limit(limit)
      .getMany();
  }

  async addRejections(rows: ImportRejection[]): Promise<void> {
    if (rows.length) await this.connection.getRepository(ImportRejection).insert(rows as Array<QueryDeepPartialEntity<ImportRejection>>);
  }
}
