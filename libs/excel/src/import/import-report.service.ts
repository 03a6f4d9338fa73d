import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ConflictException, GoneException, Injectable, Logger } from '@nestjs/common';
import { AppConfig, TransactionalConnection } from '@app/platform';
import { readHeadRows } from '../file/read-rows.js';
import { writeRejectionReport, type RejectedRow } from '../report/rejection-report.js';
import { PURGED_MESSAGES } from '../retention/retention.js';
import type { ImportBatch } from './import-batch.entity.js';
import { ImportBatchRepository } from './import-batch.repository.js';
import type { ImportRejection } from './import-rejection.entity.js';
import { ImportService } from './import.service.js';

const PAGE = 1000;

/** Stored cell → the value written back (dates were stored as `{ date: ISO }`). */
function restore(value: unknown): unknown {
  if (value && typeof value === 'object' && 'date' in value && typeof (value as { date: unknown }).date === 'string') {
    return new Date((value as { date: string }).date);
  }
  return value;
}

function asRow(rejection: ImportRejection): RejectedRow {
  const values: unknown[] = [];
  for (const [column, value] of Object.entries(rejection.values ?? {})) values[Number(column) - 1] = restore(value);
  return { rowNumber: rejection.rowNumber, values, errors: rejection.errors.map((e) => ({ column: e.column ?? undefined, message: e.message })) };
}

/** The error report of an import: the rejected rows as uploaded plus 错误说明, streamed page by page. */
@Injectable()
export class ImportReportService {
  private readonly logger = new Logger(ImportReportService.name);

  constructor(
    private readonly imports: ImportService,
    private readonly batches: ImportBatchRepository,
    private readonly config: AppConfig,
    private readonly connection: TransactionalConnection,
  ) {}

  /** Opens the report of a finished batch of the caller (404 otherwise, 409 while it runs). */
  async open(id: string): Promise<{ batch: ImportBatch; stream: PassThrough }> {
    const batch = await this.imports.get(id);
    if (batch.status === 'queued' || batch.status === 'running') throw new ConflictException('导入尚未完成，请稍后再下载错误报告');
    if (batch.filePurgedAt) throw new GoneException(PURGED_MESSAGES.upload(this.config.UPLOAD_RETENTION_DAYS));
    const head = await readHeadRows(join(this.config.DATA_DIR, batch.storedPath), batch.headerRow);
    const headerRow = (head.find((r) => r.rowNumber === batch.headerRow)?.values ?? []).slice(1);
    const stream = new PassThrough();
    const { batches, connection } = this;
    async function* rows(): AsyncGenerator<RejectedRow> {
      for (let after = 0; ; ) {
        // The report is written after the request's (audited) transaction has committed: read outside it.
        const page = await connection.independentTransaction(() => batches.rejectionsAfter(batch.id, after, PAGE));
        for (const rejection of page) yield asRow(rejection);
        if (page.length < PAGE) return;
        after = page[page.length - 1]!.rowNumber;
      }
    }
    writeRejectionReport(stream, { headerRow, rows: rows(), sheetName: '错误行' }).catch((error: unknown) => {
      this.logger.error(`错误报告生成失败: ${(error as Error).message}`);
      stream.destroy(error as Error);
    });
    return { batch, stream };
  }
}
