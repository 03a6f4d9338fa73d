import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { BadRequestException, HttpException, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';

/** An uploaded file as the storage engine leaves it on `req.file`. */
export interface StoredUpload {
  originalname: string;
  /** Absolute path of the stored file. */
  path: string;
  /** File name under the engine's folder. */
  filename: string;
  size: number;
  /** SHA-256 of the bytes, hex, computed while they were written. */
  sha256: string;
}

/**
 * A multer storage engine that streams an upload to `<folder>/<uuid><suffix>` and hashes it on the way: the
 * file is never held in memory. Used by the Excel imports (`.xlsx`, read later by a job) and the attachments.
 */
export class HashingDiskStorage {
  constructor(
    private readonly folder: string,
    private readonly suffix = '',
  ) {}

  _handleFile(_req: unknown, file: { stream: Readable }, callback: (error: unknown, info?: Partial<StoredUpload>) => void): void {
    mkdirSync(this.folder, { recursive: true });
    const filename = `${randomUUID()}${this.suffix}`;
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

/**
 * Wraps an upload route: whatever goes wrong after the file was stored (a refusal of its bytes, an owner the
 * caller may not see, a bad field) deletes it, and multer's English refusals are answered in the Chinese the
 * subclass gives (`tooLarge`: over the size limit; `noFile`: no `file` field, or more than one file).
 */
export abstract class StoredUploadCleanup implements NestInterceptor {
  protected abstract messages(): { tooLarge: string; noFile: string };

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
    if (error instanceof PayloadTooLargeException) return new PayloadTooLargeException(this.messages().tooLarge);
    if (error instanceof BadRequestException && /unexpected field|too many|multipart/i.test(error.message)) return new BadRequestException(this.messages().noFile);
    return error instanceof HttpException || error instanceof Error ? error : new Error(String(error));
  }
}
