import { open as openFile } from 'node:fs/promises';
import { createReadStream, type ReadStream } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { BadRequestException, HttpException, Injectable, NotFoundException } from '@nestjs/common';
import yauzl from 'yauzl';
import { AppConfig, canSeeProject, currentActor, noteChange, TransactionalConnection } from '@app/platform';
import { ATTACHMENT_MESSAGES, attachmentFileName, checkAttachment, HEAD_BYTES, headSignature } from '../domain/attachment-rules.js';
import type { AttachmentRecord } from './attachment.entity.js';
import { AttachmentOwners } from './attachment-owners.js';
import { AttachmentRepository } from './attachment.repository.js';
import type { StoredAttachment } from './attachment-upload.js';

const NOT_FOUND = '附件不存在';
/** Most zip entries read when telling an Office file apart (a real document has tens). */
const MAX_ZIP_ENTRIES = 10_000;

async function readHead(path: string): Promise<Buffer> {
  const handle = await openFile(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The entry names of a zip's central directory (nothing is inflated); null when it is no readable zip. */
function zipEntryNames(path: string): Promise<Set<string> | null> {
  return new Promise((resolve) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip || zip.entryCount > MAX_ZIP_ENTRIES) {
        zip?.close();
        return resolve(null);
      }
      const names = new Set<string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        names.add(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', () => resolve(null));
      zip.readEntry();
    });
  });
}

/** Attachments of the mechanisms' records: checked by their bytes, stored under DATA_DIR, served only to those who may see the owner. */
@Injectable()
export class AttachmentService {
  constructor(
    private readonly attachments: AttachmentRepository,
    private readonly owners: AttachmentOwners,
    private readonly connection: TransactionalConnection,
    private readonly config: AppConfig,
  ) {}

  /** Keeps a stored upload as an attachment of its owner, once its bytes are one of the allowed kinds. */
  async upload(file: StoredAttachment | undefined, owner: { ownerType: string; ownerId: string }): Promise<AttachmentRecord> {
    if (!file) throw new BadRequestException(ATTACHMENT_MESSAGES.noFile);
    const { projectId } = await this.owners.attachable(owner.ownerType, owner.ownerId);
    const head = await readHead(file.path);
    const zipEntries = headSignature(head) === 'zip' ? await zipEntryNames(file.path) : null;
    const check = checkAttachment({ size: file.size, head, zipEntries }, this.config.ATTACHMENT_MAX_MB * 1024 * 1024);
    if (!check.ok) throw new HttpException({ statusCode: check.status, message: check.message }, check.status);
    return this.connection.transaction(async () => {
      const saved = await this.attachments.insert({
        ownerType: owner.ownerType,
        ownerId: owner.ownerId,
        projectId,
        fileName: attachmentFileName(file.originalname, check.kind),
        mediaType: check.mediaType,
        size: file.size,
        sha256: file.sha256,
        storedPath: relative(this.config.DATA_DIR, file.path),
        uploadedBy: currentActor().username,
      });
      const { fileName, mediaType, size, sha256 } = saved;
      noteChange({
        entityType: 'attachment',
        entityId: saved.id,
        projectId,
        after: { ownerType: owner.ownerType, ownerId: owner.ownerId, fileName, mediaType, size, sha256 },
      });
      return saved;
    });
  }

  /** The attachments of an owner the caller may see (404 otherwise). */
  async list(ownerType: string, ownerId: string): Promise<AttachmentRecord[]> {
    await this.owners.visible(ownerType, ownerId);
    return this.attachments.listByOwner(ownerType, ownerId);
  }

  /** Attachments of several records of one type the caller has already been allowed to see. */
  listOfOwners(ownerType: string, ownerIds: readonly string[]): Promise<AttachmentRecord[]> {
    return this.attachments.listByOwners(ownerType, ownerIds);
  }

  /** An attachment and its bytes, for those who may see its owner's project (404 otherwise). */
  async open(id: string): Promise<{ attachment: AttachmentRecord; stream: ReadStream }> {
    const attachment = await this.attachments.findById(id);
    if (!attachment) throw new NotFoundException(NOT_FOUND);
    if (attachment.projectId === null)
      await this.owners.visible(attachment.ownerType, attachment.ownerId).catch(() => Promise.reject(new NotFoundException(NOT_FOUND)));
    else if (!canSeeProject(attachment.projectId)) throw new NotFoundException(NOT_FOUND);
    const path = isAbsolute(attachment.storedPath) ? attachment.storedPath : join(this.config.DATA_DIR, attachment.storedPath);
    const stream = createReadStream(path);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', () => reject(new NotFoundException('附件文件已不存在，请联系管理员')));
    });
    return { attachment, stream };
  }
}
