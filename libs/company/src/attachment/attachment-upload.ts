import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig, HashingDiskStorage, StoredUploadCleanup, type StoredUpload } from '@app/platform';
import { ATTACHMENT_MESSAGES, tooLargeMessage } from '../domain/attachment-rules.js';

/** Folder of stored attachments, relative to DATA_DIR (not `uploads`: the imports' retention sweeps that one). */
export const ATTACHMENTS_FOLDER = 'attachments';

/** An attachment as the storage engine leaves it on `req.file`. */
export type StoredAttachment = StoredUpload;

/** Multer options of the attachment upload: one file of at most ATTACHMENT_MAX_MB, a few small fields. */
export function attachmentMulterOptions(config: AppConfig) {
  return {
    storage: new HashingDiskStorage(join(config.DATA_DIR, ATTACHMENTS_FOLDER)),
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
export class AttachmentCleanupInterceptor extends StoredUploadCleanup {
  constructor(private readonly config: AppConfig) {
    super();
  }

  protected messages() {
    return { tooLarge: tooLargeMessage(this.config.ATTACHMENT_MAX_MB * 1024 * 1024), noFile: ATTACHMENT_MESSAGES.noFile };
  }
}
