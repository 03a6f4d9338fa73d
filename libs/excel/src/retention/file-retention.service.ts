import { readdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/platform';
import { UPLOADS_FOLDER } from '../import/upload-storage.js';
import { FileRetentionRepository } from './file-retention.repository.js';
import { isOrphanExpired, retentionCutoff } from './retention.js';

const BATCH = 500;
const EVERY_MS = 60 * 60 * 1000;

export interface PurgeResult {
  uploads: number;
  exports: number;
  orphans: number;
}

/**
 * Deletes stored files past their retention period: uploaded workbooks UPLOAD_RETENTION_DAYS after
 * their import finished, export files EXPORT_RETENTION_DAYS after they were written, and uploads no
 * batch refers to after a day. The batch records stay (they are the history); the file is gone and
 * its download answers 410. Runs hourly in every process; running twice at once is harmless (the file
 * is deleted first, then the record marked, and deleting a missing file is not an error).
 */
@Injectable()
export class FileRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FileRetentionService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<PurgeResult>;

  constructor(
    private readonly repository: FileRetentionRepository,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.NODE_ENV === 'test') return; // tests call purgeOnce() themselves
    this.timer = setInterval(() => void this.purgeOnce().catch((e) => this.logger.warn(`文件清理失败: ${(e as Error).message}`)), EVERY_MS);
    this.timer.unref();
    void this.purgeOnce().catch((e) => this.logger.warn(`文件清理失败: ${(e as Error).message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass at `now`; returns how many files were deleted. */
  purgeOnce(now = new Date()): Promise<PurgeResult> {
    this.running ??= this.purge(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async purge(now: Date): Promise<PurgeResult> {
    const result: PurgeResult = { uploads: 0, exports: 0, orphans: 0 };
    const uploadCutoff = retentionCutoff(now, this.config.UPLOAD_RETENTION_DAYS);
    for (;;) {
      const files = await this.repository.expiredUploads(uploadCutoff, BATCH);
      for (const f of files) await rm(this.resolve(f.storedPath), { force: true });
      await this.repository.markUploadsPurged(files.map((f) => f.id), now);
      result.uploads += files.length;
      if (files.length < BATCH) break;
    }
    const exportCutoff = retentionCutoff(now, this.config.EXPORT_RETENTION_DAYS);
    for (;;) {
      const files = await this.repository.expiredExports(exportCutoff, BATCH);
      for (const f of files) await rm(this.resolve(f.storedPath), { force: true });
      await this.repository.markExportsPurged(files.map((f) => f.id), now);
      result.exports += files.length;
      if (files.length < BATCH) break;
    }
    result.orphans = await this.purgeOrphanUploads(now);
    if (result.uploads || result.exports || result.orphans) {
      this.logger.log(`按保存期限删除文件：上传 ${result.uploads} 个，导出 ${result.exports} 个，无主上传 ${result.orphans} 个`);
    }
    return result;
  }

  /** Uploads older than a day that no batch refers to (the request that stored them died before its batch was saved). */
  private async purgeOrphanUploads(now: Date): Promise<number> {
    const dir = join(this.config.DATA_DIR, UPLOADS_FOLDER);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.xlsx'));
    } catch {
      return 0;
    }
    const old: string[] = [];
    for (const name of names) {
      const info = await stat(join(dir, name)).catch(() => null);
      if (info && isOrphanExpired(info.mtime, now)) old.push(name);
    }
    let deleted = 0;
    for (let i = 0; i < old.length; i += BATCH) {
      const relativePaths = old.slice(i, i + BATCH).map((name) => relative(this.config.DATA_DIR, join(dir, name)));
      const referenced = await this.repository.referencedUploads(relativePaths);
      for (const path of relativePaths) {
        if (referenced.has(path)) continue;
        await rm(this.resolve(path), { force: true });
        deleted += 1;
      }
    }
    return deleted;
  }

  private resolve(path: string): string {
    return isAbsolute(path) ? path : join(this.config.DATA_DIR, path);
  }
}
