import { relative } from 'node:path';
import { rm } from 'node:fs/promises';
import { BadRequestException, HttpException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { AppConfig, currentActor, JobsService, noteChange, TransactionalConnection, type Page } from '@app/platform';
import { detectHeader, HEADER_SCAN_ROWS } from '../domain/header.js';
import { IMPORT_TEMPLATES } from '../domain/import-templates.js';
import { normalizeCell } from '../domain/normalize.js';
import { IMPORT_KIND_LABELS, type ImportKind } from '../domain/template-definition.js';
import { countWorksheetRows } from '../file/count-rows.js';
import { scanWorksheetRows } from '../file/scan-rows.js';
import { DEFAULT_UPLOAD_LIMITS, inspectUpload, UPLOAD_MESSAGES } from '../file/inspect-upload.js';
import { readHeadRows } from '../file/read-rows.js';
import type { ImportBatch } from './import-batch.entity.js';
import { ImportBatchRepository } from './import-batch.repository.js';
import { ImportJob } from './import.job.js';
import type { StoredUpload } from './upload-storage.js';

/** Kinds whose import pipeline exists; the others are refused at upload. */
const RUNNABLE_KINDS: readonly ImportKind[] = ['households', 'enterprises', 'parcels', 'units', 'land-ownership'];

const hasContent = (values: readonly unknown[]) => values.some((v) => normalizeCell(v).kind !== 'empty');

/** Accepts uploads (file-level checks, header, row count) and answers for import batches. */
@Injectable()
export class ImportService {
  constructor(
    private readonly batches: ImportBatchRepository,
    private readonly jobs: JobsService,
    private readonly connection: TransactionalConnection,
    private readonly config: AppConfig,
  ) {}

  /**
   * Checks a stored upload and queues its import; returns the batch id. Any refusal (4xx) deletes
   * the file and writes nothing. The checks hold no database connection (the route opens no
   * transaction around them); the batch and its job are written in one transaction at the end.
   */
  async accept(file: StoredUpload | undefined, input: { kind: ImportKind; dryRun?: boolean }): Promise<string> {
    if (!file) throw new BadRequestException('请选择要上传的 .xlsx 文件（字段名 file）');
    try {
      return await this.queue(file, input);
    } catch (error) {
      await rm(file.path, { force: true });
      throw error;
    }
  }

  private async queue(file: StoredUpload, input: { kind: ImportKind; dryRun?: boolean }): Promise<string> {
    if (!RUNNABLE_KINDS.includes(input.kind)) throw new UnprocessableEntityException(`暂不支持${IMPORT_KIND_LABELS[input.kind]}导入`);
    const inspection = await inspectUpload(file.path, DEFAULT_UPLOAD_LIMITS);
    if (!inspection.ok) throw new HttpException({ statusCode: inspection.status, message: inspection.message }, inspection.status);

    const template = IMPORT_TEMPLATES[input.kind];
    let head;
    let count;
    try {
      head = await readHeadRows(file.path, HEADER_SCAN_ROWS);
    } catch {
      throw new UnprocessableEntityException(UPLOAD_MESSAGES.damaged);
    }
    const header = detectHeader(template, head);
    if (!header.ok) throw new UnprocessableEntityException({ message: header.message, missing: header.missing });
    const aboveData = head.filter((r) => r.rowNumber <= header.headerRow && hasContent(r.values)).length;
    const max = this.config.IMPORT_MAX_ROWS;
    try {
      // A scan of the worksheet XML, not a second parse; only a file it finds over the limit is
      // parsed (up to the limit) to confirm, so a refusal never rests on the scan alone.
      count = await scanWorksheetRows(file.path, { limit: max + aboveData });
      if (count.truncated || count.rows - aboveData > max) count = await countWorksheetRows(file.path, { limit: max + aboveData });
    } catch {
      throw new UnprocessableEntityException(UPLOAD_MESSAGES.damaged);
    }
    const dataRows = count.rows - aboveData;
    if (count.truncated || dataRows > max) {
      throw new UnprocessableEntityException(`文件数据超过 ${max} 行的上限，请拆分后分批上传`);
    }
    if (dataRows <= 0) throw new UnprocessableEntityException('表头下方没有数据行');

    const actor = currentActor();
    return this.connection.transaction(async () => {
      const batch = await this.batches.create({
        kind: input.kind,
        fileName: file.originalname.slice(0, 255),
        fileSize: String(file.size),
        sha256: file.sha256,
        storedPath: relative(this.config.DATA_DIR, file.path),
        dryRun: input.dryRun ?? false,
        status: 'queued',
        total: dataRows,
        headerRow: header.headerRow,
        columnMap: header.columns as Record<string, number>,
        userId: actor.userId!,
        username: actor.username,
        message: header.notices.length ? header.notices.join('；') : null,
      });
      await this.jobs.enqueue(ImportJob, { batchId: batch.id });
      noteChange({ entityType: 'import', entityId: batch.id, after: { kind: input.kind, fileName: batch.fileName, rows: dataRows, dryRun: batch.dryRun } });
      return batch.id;
    });
  }

  /** A batch of the caller (any batch for an admin), or 404. */
  async get(id: string): Promise<ImportBatch> {
    const batch = await this.batches.findById(id);
    const actor = currentActor();
    if (!batch || (!actor.roles.includes('admin') && batch.userId !== actor.userId)) throw new NotFoundException('导入记录不存在');
    return batch;
  }

  /** The caller's imports, newest first (every user's for an admin). */
  list(page: { page: number; pageSize: number }): Promise<Page<ImportBatch>> {
    const actor = currentActor();
    return this.batches.findPage(actor.roles.includes('admin') ? null : actor.userId, page);
  }
}
