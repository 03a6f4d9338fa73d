import { Injectable } from '@nestjs/common';
import { StoredUploadCleanup } from '@app/platform';
import { DEFAULT_UPLOAD_LIMITS, formatBytes } from '../file/inspect-upload.js';

export { HashingDiskStorage, type StoredUpload } from '@app/platform';

/** Folder of stored uploads, relative to DATA_DIR. */
export const UPLOADS_FOLDER = 'uploads';

/** Multer limits of the import upload: one file of at most 50 MB, a few small fields. */
export const UPLOAD_MULTER_LIMITS = { fileSize: DEFAULT_UPLOAD_LIMITS.maxFileBytes, files: 1, fields: 10, fieldSize: 1024 };

/**
 * Wraps the import upload: whatever goes wrong after the file was stored (a 4xx of the checks, a failed
 * validation of the other fields) deletes it, and multer's English errors are answered in Chinese.
 */
@Injectable()
export class UploadCleanupInterceptor extends StoredUploadCleanup {
  protected messages() {
    return { tooLarge: `文件超过 ${formatBytes(DEFAULT_UPLOAD_LIMITS.maxFileBytes)} 的上限，请拆分后分批上传`, noFile: '请用 file 字段上传一个 .xlsx 文件' };
  }
}
