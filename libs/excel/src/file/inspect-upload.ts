import { createReadStream } from 'node:fs';
import { open as openFile, stat } from 'node:fs/promises';
import yauzl from 'yauzl';

/**
 * File-level checks on a stored upload, before anything parses it: is it really an .xlsx (by its
 * bytes, not its name), not a legacy .xls or an encrypted workbook, not too big, and not a zip
 * bomb. Only the file's first bytes and the zip's central directory are read; nothing is inflated.
 */

export interface UploadLimits {
  /** Largest upload accepted, in bytes. Default 50 MB. */
  maxFileBytes: number;
  /** Largest total uncompressed size the zip may declare, in bytes. Default 500 MB. */
  maxUncompressedBytes: number;
  /** Largest uncompressed : compressed ratio, for the whole zip and for any one entry. Default 100. */
  maxCompressionRatio: number;
  /** Below this many uncompressed bytes the ratio is not checked: a tiny part cannot be a bomb. Default 1 MB. */
  ratioFloorBytes: number;
  /** Most zip entries accepted; a real workbook has tens, a few hundred with many sheets or images. Default 10 000. */
  maxEntries: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
};

export type UploadRejection = { ok: false; status: 400 | 413 | 415 | 422; message: string };
export type UploadInspection = { ok: true; sizeBytes: number; entries: number; uncompressedBytes: number } | UploadRejection;

export type FileSignature = 'zip' | 'ole2' | 'unknown';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream names of an encrypted OOXML package (MS-OFFCRYPTO), as they sit in the OLE2 directory: UTF-16LE. */
const ENCRYPTION_STREAMS = ['EncryptionInfo', 'EncryptedPackage'].map((name) => Buffer.from(name, 'utf16le'));
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

export const UPLOAD_MESSAGES = {
  empty: '文件是空的，请重新选择文件上传',
  notXlsx: '文件不是有效的 Excel（.xlsx）文件',
  legacyXls: '这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后上传',
  encrypted: '工作簿已加密，请去除密码后上传',
  damaged: '文件已损坏，无法作为 Excel 工作簿读取，请在 Excel 中重新保存后上传',
  zipBomb: '压缩比异常（疑似压缩炸弹），已拒绝',
  tooManyParts: '工作簿包含的部件过多，已拒绝',
} as const;

/** Human-readable size for messages: `50 MB`, `1.5 MB`, `800 KB`. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What the first bytes of a file say it is. */
export function fileSignature(head: Buffer): FileSignature {
  if (head.length >= 4 && head.subarray(0, 4).equals(ZIP_MAGIC)) return 'zip';
  if (head.length >= 8 && head.subarray(0, 8).equals(OLE2_MAGIC)) return 'ole2';
  return 'unknown';
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await openFile(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * True when an OLE2 file holds an encrypted OOXML package (its directory names an
 * `EncryptionInfo` or `EncryptedPackage` stream). The directory sectors may sit anywhere in the
 * file, so the whole file (at most the upload limit) is scanned in chunks, never held whole.
 */
export async function isEncryptedOle2(path: string): Promise<boolean> {
  const overlap = Math.max(...ENCRYPTION_STREAMS.map((b) => b.length)) - 1;
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const window = Buffer.concat([tail, chunk as Buffer]);
    if (ENCRYPTION_STREAMS.some((needle) => window.includes(needle))) return true;
    tail = window.subarray(Math.max(0, window.length - overlap));
  }
  return false;
}

interface ZipSummary {
  entries: number;
  compressedBytes: number;
  uncompressedBytes: number;
  names: Set<string>;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

/**
 * Walks the central directory (never the data) and returns the first rejection, or the summary.
 * The central directory always carries the sizes, also for entries written with a data
 * descriptor (sizes unknown in the local header), and zip64 sizes are read by yauzl.
 */
async function checkZipDirectory(path: string, limits: UploadLimits): Promise<UploadRejection | ZipSummary> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch {
    return { ok: false, status: 422, message: UPLOAD_MESSAGES.damaged };
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    return { ok: false, status: 422, message: UPLOAD_MESSAGES.tooManyParts };
  }
  const summary: ZipSummary = { entries: 0, compressedBytes: 0, uncompressedBytes: 0, names: new Set() };
  const bomb: UploadRejection = { ok: false, status: 422, message: UPLOAD_MESSAGES.zipBomb };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: UploadRejection | ZipSummary) => {
      if (settled) return;
      settled = true;
      zip.close();
      resolve(result);
    };
    zip.on('error', () => finish({ ok: false, status: 422, message: UPLOAD_MESSAGES.damaged }));
    zip.on('end', () => finish(summary));
    zip.on('entry', (entry: yauzl.Entry) => {
      summary.entries += 1;
      summary.compressedBytes += entry.compressedSize;
      summary.uncompressedBytes += entry.uncompressedSize;
      summary.names.add(entry.fileName);
      // Bit 0: the entry itself is password-protected (a zip password, not Office encryption).
      if (entry.generalPurposeBitFlag & 0x1) return finish({ ok: false, status: 422, message: UPLOAD_MESSAGES.encrypted });
      if (summary.uncompressedBytes > limits.maxUncompressedBytes) {
        return finish({ ok: false, status: 413, message: `文件解压后超过 ${formatBytes(limits.maxUncompressedBytes)} 的上限，已拒绝` });
      }
      const entryRatio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > limits.ratioFloorBytes && entryRatio > limits.maxCompressionRatio) return finish(bomb);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/**
 * Checks a stored upload. Status codes: 413 too big (file or declared uncompressed size),
 * 415 not an .xlsx (including a legacy .xls), 422 an .xlsx we must not open (encrypted, damaged,
 * zip bomb), 400 an empty file.
 */
export async function inspectUpload(path: string, overrides: Partial<UploadLimits> = {}): Promise<UploadInspection> {
  const limits = { ...DEFAULT_UPLOAD_LIMITS, ...overrides };
  const { size } = await stat(path);
  if (size === 0) return { ok: false, status: 400, message: UPLOAD_MESSAGES.empty };
  if (size > limits.maxFileBytes) {
    return {
      ok: false,
      status: 413,
      message: `文件大小 ${formatBytes(size)}，超过 ${formatBytes(limits.maxFileBytes)} 的上限，请拆分后分批上传`,
    };
  }

  const signature = fileSignature(await readHead(path, 8));
  if (signature === 'ole2') {
    return (await isEncryptedOle2(path))
      ? { ok: false, status: 422, message: UPLOAD_MESSAGES.encrypted }
      : { ok: false, status: 415, message: UPLOAD_MESSAGES.legacyXls };
  }
  if (signature !== 'zip') return { ok: false, status: 415, message: UPLOAD_MESSAGES.notXlsx };

  const zip = await checkZipDirectory(path, limits);
  if ('ok' in zip) return zip;
  if (!REQUIRED_PARTS.every((part) => zip.names.has(part))) return { ok: false, status: 415, message: UPLOAD_MESSAGES.notXlsx };
  const ratio = zip.uncompressedBytes / Math.max(zip.compressedBytes, 1);
  if (zip.uncompressedBytes > limits.ratioFloorBytes && ratio > limits.maxCompressionRatio) {
    return { ok: false, status: 422, message: UPLOAD_MESSAGES.zipBomb };
  }
  return { ok: true, sizeBytes: size, entries: zip.entries, uncompressedBytes: zip.uncompressedBytes };
}
