import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import {
  BadRequestException,
  HttpException,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { DEFAULT_UPLOAD_LIMITS, formatBytes } from '../file/inspect-upload.js';

/** An upload as the storage engine leaves it on `req.file`. */
export interface StoredUpload {
  originalname: string;
  /** Absolute path of the stored file. */
  path: string;
  /** File name under the uploads folder. */
  filename: string;
  size: number;
  /** SHA-256 of the bytes, hex, computed while they were written. */
  sha256: string;
}

/** Folder of stored uploads, relative to DATA_DIR. */
export const UPLOADS_FOLDER = 'uploads';

/**
 * A multer storage engine that streams the upload to `<DATA_DIR>/uploads/<uuid>.xlsx` and hashes it
 * on the way: the file is never held in memory, and the job later reads it from disk.
 */
export class HashingDiskStorage {
  constructor(private readonly folder: string) {}

  _handleFile(_req: unknown, file: { stream: Readable }, callback: (error: unknown, info?: Partial<StoredUpload>) => void): void {
    mkdirSync(this.folder, { recursive: true });
    const filename = `${randomUUID()}.xlsx`;
    const path = join(this.folder, filename);
    const hash = createHash('sha256');
    let size = 0;
    file.stream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    pipeline(file.stream, createWriteStream(path)).then(
      () => callback(null, { path, filename, size, sha256: hash.digest('hex') }),
      (error: unknown) => rm(path, { force: true }).finally(() => callback(error)),
    );
  }

  _removeFile(_req: unknown, file: { path?: string }, callback: (error: unknown) => void): void {
    if (!file.path) return callback(null);
    rm(file.path, { force: true }).then(() => callback(null), callback);
  }
}

/** Multer limits of the import upload: one file of at most 50 MB, a few small fields. */
export const UPLOAD_MULTER_LIMITS = { fileSize: DEFAULT_UPLOAD_LIMITS.maxFileBytes, files: 1, fields: 10, fieldSize: 1024 };

/**
 * Wraps the upload: whatever goes wrong after the file was stored (a 4xx of the checks, a failed
 * validation of the other fields) deletes it, and multer's English errors are answered in Chinese.
 */
@Injectable()
export class UploadCleanupInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ file?: { path?: string } }>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        const path = request.file?.path;
        return from(path ? rm(path, { force: true }) : Promise.resolve()).pipe(mergeMap(() => throwError(() => chineseUploadError(error))));
      }),
    );
  }
}

function chineseUploadError(error: unknown): unknown {
  if (error instanceof PayloadTooLargeException) {
    return new PayloadTooLargeException(`文件超过 ${formatBytes(DEFAULT_UPLOAD_LIMITS.maxFileBytes)} 的上限，请拆分后分批上传`);
  }
  if (error instanceof BadRequestException && /unexpected field|too many|multipart/i.test(error.message)) {
    return new BadRequestException('请用 file 字段上传一个 .xlsx 文件');
  }
  return error instanceof HttpException || error instanceof Error ? error : new Error(String(error));
}
