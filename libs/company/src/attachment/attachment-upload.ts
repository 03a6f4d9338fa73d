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
import { AppConfig } from '@app/platform';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { ATTACHMENT_MESSAGES, tooLargeMessage } from '../domain/attachment-rules.js';

/** Folder of stored attachments, relative to DATA_DIR (not `uploads`: the imports' retention sweeps that one). */
export const ATTACHMENTS_FOLDER = 'attachments';

/** An attachment as the storage engine leaves it on `req.file`. */
export interface StoredAttachment {
  originalname: string;
  /** Absolute path of the stored file. */
  path: string;
  /** File name under the attachments folder. */
  filename: string;
  size: number;
  /** SHA-256 of the bytes, hex, computed while they were written. */
  sha256: string;
}

/** A multer storage engine streaming the file to `<DATA_DIR>/attachments/<uuid>` and hashing it on the way. */
export class AttachmentDiskStorage {
  constructor(private readonly folder: string) {}

  _handleFile(_req: unknown, file: { stream: Readable }, callback: (error: unknown, info?: Partial<StoredAttachment>) => void): void {
    mkdirSync(this.folder, { recursive: true });
    const filename = randomUUID();
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

/** Multer options of the attachment upload: one file of at most ATTACHMENT_MAX_MB, a few small fields. */
export function attachmentMulterOptions(config: AppConfig) {
  return {
    storage: new AttachmentDiskStorage(join(config.DATA_DIR, ATTACHMENTS_FOLDER)),
    limits: { fileSize: config.ATTACHMENT_MAX_MB * 1024 * 1024, files: 1, fields: 10, fieldSize: 1024 },
    // Chinese file names arrive as UTF-8.
    defParamCharset: 'utf8',
  };
}

/**
 * Wraps the upload: whatever goes wrong after the file was stored (a refusal of its bytes, an owner the
 * caller may not see, a bad field) deletes it, and multer's English errors are answered in Chinese.
 */
@Injectable()
export class AttachmentCleanupInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ file?: { path?: string } }>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        const path = request.file?.path;
        return from(path ? rm(path, { force: true }) : Promise.resolve()).pipe(mergeMap(() => throwError(() => this.chinese(error))));
      }),
    );
  }

  private chinese(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) return new PayloadTooLargeException(tooLargeMessage(this.config.ATTACHMENT_MAX_MB * 1024 * 1024));
    if (error instanceof BadRequestException && /unexpected field|too many|multipart/i.test(error.message)) return new BadRequestException(ATTACHMENT_MESSAGES.noFile);
    return error instanceof HttpException || error instanceof Error ? error : new Error(String(error));
  }
}
