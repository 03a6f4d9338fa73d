import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { UserActors } from '@app/identity';
import {
  AppConfig,
  HandlesJob,
  HeapBudget,
  runWithContext,
  todayInShanghai,
  TransactionalConnection,
  type Actor,
  type JobContext,
  type JobHandler,
} from '@app/platform';
import { FirstRowWins } from '../domain/first-row-wins.js';
import { rowCells } from '../domain/header.js';
import { isBlankRow, validateEnterpriseRow, validateHouseholdRow, validateLandOwnershipRow, validateParcelRow, validateUnitRow, type RowResult } from '../domain/validate-row.js';
import { readWorksheetRows, rowValues } from '../file/read-rows.js';
import { EnterpriseChunkProcessor } from './enterprises/enterprise-chunk.processor.js';
import { HouseholdChunkProcessor } from './households/household-chunk.processor.js';
import type { ImportBatch } from './import-batch.entity.js';
import { ImportBatchRepository } from './import-batch.repository.js';
import type { ImportRejection } from './import-rejection.entity.js';
import type { ChunkProcessor, PendingRow } from './import-row.js';
import { ImportJob } from './import.job.js';
import { ParcelChunkProcessor } from './parcels/parcel-chunk.processor.js';
import { UnitChunkProcessor } from './units/unit-chunk.processor.js';
import { LandOwnershipChunkProcessor } from './land-ownership/land-ownership-chunk.processor.js';

/** A batch whose every attempt failed for a reason other than the file: committed chunks stay, a new upload resumes. */
export const IMPORT_GAVE_UP = '导入失败：多次重试后仍出错（数据库或系统故障），已停止。已写入的行会保留，故障排除后重新上传同一文件即可继续，已导入的行不会重复';

/** Another run of the same batch committed this chunk first: this run stops, nothing lost or doubled. */
class CheckpointMoved extends Error {}

/** A kind's row validator and chunk writer. */
interface ImportPipeline {
  validate(cells: ReturnType<typeof rowCells<string>>, today: string): RowResult<unknown>;
  processor: ChunkProcessor<unknown>;
}

/**
 * Runs an import batch: streams the stored workbook, validates each row, and writes chunks of rows,
 * each in one transaction with the batch's counters and checkpoint. At-least-once safe: a rerun
 * (crash, redelivery, sweeper) skips the rows up to the checkpoint, re-reading them only to know
 * which keys (project + code) the file already used, so the final counts equal an uninterrupted run's.
 */
@Injectable()
@HandlesJob(ImportJob)
export class ImportJobHandler implements JobHandler<ImportJob> {
  private readonly logger = new Logger(ImportJobHandler.name);
  private readonly pipelines: Partial<Record<ImportBatch['kind'], ImportPipeline>>;

  constructor(
    private readonly batches: ImportBatchRepository,
    private readonly connection: TransactionalConnection,
    private readonly config: AppConfig,
    private readonly users: UserActors,
    households: HouseholdChunkProcessor,
    enterprises: EnterpriseChunkProcessor,
    parcels: ParcelChunkProcessor,
    units: UnitChunkProcessor,
    landOwnership: LandOwnershipChunkProcessor,
  ) {
    this.pipelines = {
      households: { validate: (cells, today) => validateHouseholdRow(cells, { today }), processor: households as ChunkProcessor<unknown> },
      enterprises: { validate: (cells, today) => validateEnterpriseRow(cells, { today }), processor: enterprises as ChunkProcessor<unknown> },
      parcels: { validate: (cells, today) => validateParcelRow(cells, { today }), processor: parcels as ChunkProcessor<unknown> },
      units: { validate: (cells, today) => validateUnitRow(cells, { today }), processor: units as ChunkProcessor<unknown> },
      'land-ownership': { validate: (cells, today) => validateLandOwnershipRow(cells, { today }), processor: landOwnership as ChunkProcessor<unknown> },
    };
  }

  async handle(payload: { batchId: string }, context: JobContext): Promise<unknown> {
    const batch = await this.batches.findById(payload.batchId);
    if (!batch || batch.status === 'succeeded' || batch.status === 'failed') return { skipped: true };
    const pipeline = this.pipelines[batch.kind];
    if (!pipeline) {
      await this.batches.finish(batch.id, 'failed', '暂不支持该类型的导入');
      return { failed: true };
    }
    await this.batches.markRunning(batch.id);
    // The job acts as its uploader, with the roles and projects they hold now.
    const actor: Actor = (await this.users.actorOf(batch.userId)) ?? {
      userId: batch.userId,
      username: batch.username,
      roles: [],
      projects: [],
      projectIds: [],
    };
    return runWithContext({ actor, changes: [] }, () => this.run(batch, pipeline, context));
  }

  /** The last attempt failed (a database or system error each time): the batch ends `failed` instead of staying `running`. */
  async onFinalFailure(payload: { batchId: string }): Promise<void> {
    await this.batches.failIfOpen(payload.batchId, IMPORT_GAVE_UP);
  }

  private async run(batch: ImportBatch, pipeline: ImportPipeline, context: JobContext): Promise<unknown> {
    // Validation is pinned to the upload's day, so a run resumed after midnight decides alike.
    const today = todayInShanghai(batch.createdAt);
    const seen = new FirstRowWins();
    let checkpoint = batch.checkpointRow;
    let processed = batch.processed;
    let chunk: PendingRow<unknown>[] = [];
    // One chunk is written while the next is read and validated: the file and the database work at
    // the same time. Chunks still commit one after the other, each from the previous one's checkpoint.
    let writing: Promise<void> = Promise.resolve();
    // Dead rows are collected every few chunks instead of piling up: memory stays flat however long the file.
    const heap = new HeapBudget(this.config.JOB_HEAP_BUDGET_MB);
    const commit = async () => {
      const rows = chunk;
      chunk = [];
      const from = checkpoint;
      const to = rows[rows.length - 1]!.rowNumber;
      checkpoint = to;
      await writing;
      writing = this.commitChunk(batch, pipeline.processor, rows, from, to).then(async () => {
        processed += rows.length;
        heap.check();
        const percent = batch.total ? Math.min(99, Math.floor((processed / batch.total) * 100)) : 99;
        await context.progress(percent).catch((error: unknown) => {
          throw new ChunkWriteError(error);
        });
      });
      // Observed at the next commit or at the end; until then the read goes on.
      writing.catch(() => undefined);
    };
    try {
      try {
        for await (const row of readWorksheetRows(join(this.config.DATA_DIR, batch.storedPath))) {
          if (row.rowNumber <= batch.headerRow) continue;
          const cells = rowCells(batch.columnMap, row.values);
          if (isBlankRow(cells)) continue;
          const result = pipeline.validate(cells, today);
          const duplicateOf = result.ok ? seen.claim(pipeline.processor.keyOf(result.record), row.rowNumber) : undefined;
          // Rows up to the checkpoint are committed: read only to rebuild which keys the file used.
          if (row.rowNumber <= batch.checkpointRow) continue;
          chunk.push({ rowNumber: row.rowNumber, values: row.values, result, duplicateOf });
          if (chunk.length >= this.config.IMPORT_CHUNK_ROWS) await commit();
        }
        if (chunk.length) await commit();
      } finally {
        // Whatever stopped the read, the chunk being written settles first (its failure wins: it is not the file's).
        await writing;
      }
    } catch (error) {
      if (error instanceof CheckpointMoved) return { superseded: true };
      // A database or transient error: the queue retries, and the rerun resumes from the checkpoint.
      if (error instanceof ChunkWriteError) throw error.cause;
      this.logger.warn(`import ${batch.id}: file unreadable: ${(error as Error).message}`);
      await this.batches.finish(batch.id, 'failed', '文件读取失败，工作簿可能已损坏，请在 Excel 中重新保存后上传');
      return { failed: true };
    }
    await this.batches.finish(batch.id, 'succeeded');
    await context.progress(100);
    return { batchId: batch.id };
  }

  /** Writes one chunk, its rejections and the batch's counters and checkpoint in one transaction. */
  async commitChunk(batch: ImportBatch, processor: ChunkProcessor<unknown>, rows: PendingRow<unknown>[], from: number, to: number): Promise<void> {
    try {
      await this.connection.transaction(async () => {
        if (!(await this.batches.lockAt(batch.id, from))) throw new CheckpointMoved();
        const outcome = await processor.process(rows, { dryRun: batch.dryRun });
        await this.batches.addRejections(
          outcome.rejections.map((r) => ({ batchId: batch.id, rowNumber: r.rowNumber, values: rowValues(r.values), errors: r.errors }) as ImportRejection),
        );
        await this.batches.advance(batch.id, to, {
          processed: rows.length,
          created: outcome.created,
          updated: outcome.updated,
          unchanged: outcome.unchanged,
          rejected: outcome.rejections.length,
        });
      });
    } catch (error) {
      throw error instanceof CheckpointMoved ? error : new ChunkWriteError(error);
    }
  }
}

/** Errors of the database side of a chunk: never blamed on the file. */
class ChunkWriteError extends Error {
  constructor(override readonly cause: unknown) {
    super((cause as Error)?.message ?? String(cause));
  }
}
