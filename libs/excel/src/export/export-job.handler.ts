import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, HandlesJob, runWithContext, visibleProjectIds, type JobContext, type JobHandler } from '@app/platform';
import { CASE_PROGRESS_COLUMNS, caseProgressTotal } from './domain/case-progress.js';
import { EXPORT_KIND_LABELS, watermarkLine } from './domain/export-kinds.js';
import { HOUSEHOLD_LEDGER_COLUMNS, type HouseholdLedgerRow } from './domain/household-ledger.js';
import { ExportBatchRepository } from './export-batch.repository.js';
import type { ExportBatch } from './export-batch.entity.js';
import { ExportSourceRepository, type LedgerCursor } from './export-source.repository.js';
import { ExportJob } from './export.job.js';
import { LedgerWriter } from './ledger-writer.js';

/** Rows read per query (keyset pagination) and between progress reports. */
export const EXPORT_BATCH_ROWS = 2000;

/**
 * Writes an export's workbook to `DATA_DIR/exports/<id>.xlsx`, reading as the user who asked for
 * it (their roles and projects as they are now), so the file holds exactly what they may see.
 * Idempotent: a redelivered job rewrites the file from scratch under a temporary name, and a
 * finished batch is left alone.
 */
@Injectable()
@HandlesJob(ExportJob)
export class ExportJobHandler implements JobHandler<ExportJob> {
  private readonly logger = new Logger(ExportJobHandler.name);

  constructor(
    private readonly config: AppConfig,
    private readonly batches: ExportBatchRepository,
    private readonly source: ExportSourceRepository,
  ) {}

  async handle(payload: { exportId: string }, ctx: JobContext): Promise<{ rows: number } | null> {
    const batch = await this.batches.findById(payload.exportId);
    if (!batch || batch.status === 'succeeded') return null;
    const actor = await this.source.actorOf(batch.userId);
    if (!actor) {
      await this.batches.update(batch.id, { status: 'failed', message: '导出人的账号已停用或不存在', finishedAt: new Date() });
      return null;
    }
    await this.batches.update(batch.id, { status: 'running', startedAt: new Date(), processed: 0, message: null });
    const dir = resolve(this.config.DATA_DIR, 'exports');
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${batch.id}.xlsx`);
    const partial = `${path}.part`;
    try {
      const rows = await runWithContext({ actor, changes: [] }, () => this.write(batch, partial, ctx));
      await rename(partial, path);
      await this.batches.update(batch.id, { status: 'succeeded', storedPath: path, total: rows, processed: rows, finishedAt: new Date() });
      return { rows };
    } catch (error) {
      this.logger.error(`export ${batch.id} failed: ${(error as Error).stack ?? String(error)}`);
      await rm(partial, { force: true });
      await this.batches.update(batch.id, { status: 'failed', message: '导出失败，请稍后重试或联系管理员', finishedAt: new Date() });
      throw error;
    }
  }

  private async write(batch: ExportBatch, path: string, ctx: JobContext): Promise<number> {
    const scope = visibleProjectIds();
    const watermark = watermarkLine(batch.username, batch.createdAt);
    if (batch.kind === 'case-progress') {
      const rows = await this.source.caseProgress(batch.filters, scope);
      const writer = new LedgerWriter(path, EXPORT_KIND_LABELS[batch.kind], CASE_PROGRESS_COLUMNS);
      writer.add(rows);
      writer.add([caseProgressTotal(rows)], { bold: true });
      await writer.finish(watermark);
      return rows.length;
    }
    const total = await this.source.countHouseholds(batch.filters, scope);
    await this.batches.update(batch.id, { total });
    const writer = new LedgerWriter<HouseholdLedgerRow>(path, EXPORT_KIND_LABELS[batch.kind], HOUSEHOLD_LEDGER_COLUMNS);
    let cursor: LedgerCursor | null = null;
    let processed = 0;
    for (;;) {
      const rows = await this.source.householdBatch(batch.filters, scope, cursor, EXPORT_BATCH_ROWS);
      if (rows.length === 0) break;
      writer.add(rows);
      processed += rows.length;
      const last = rows[rows.length - 1]!;
      cursor = { projectId: last.projectId, code: last.code };
      await this.batches.update(batch.id, { processed });
      await ctx.progress(total ? Math.min(99, Math.floor((processed / total) * 100)) : 99);
      if (rows.length < EXPORT_BATCH_ROWS) break;
    }
    await writer.finish(watermark);
    return processed;
  }
}
