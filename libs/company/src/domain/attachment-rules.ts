/**
 * What an attachment may be: PDF, JPEG, PNG, Excel (.xlsx) or Word (.docx) — told by its bytes, never by
 * its name or the Content-Type the browser sent. Plain functions: the service reads the file's first
 * bytes (and, for a zip, the names in its central directory) and asks these.
 */
export const ATTACHMENT_MEDIA_TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_MEDIA_TYPES;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[AttachmentKind];

/** What the first bytes say: one of the image/PDF kinds, a zip (an Office file or not), or something else. */
export type HeadSignature = 'pdf' | 'jpeg' | 'png' | 'zip' | 'unknown';

const SIGNATURES: ReadonlyArray<[Exclude<HeadSignature, 'unknown'>, Buffer]> = [
  ['pdf', Buffer.from('%PDF-', 'latin1')],
  ['jpeg', Buffer.from([0xff, 0xd8, 0xff])],
  ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['zip', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
];

/** Bytes to read from the start of a file for `headSignature`. */
export const HEAD_BYTES = 8;

export function headSignature(head: Buffer): HeadSignature {
  for (const [signature, magic] of SIGNATURES) if (head.length >= magic.length && head.subarray(0, magic.length).equals(magic)) return signature;
  return 'unknown';
}

/** The parts an Office Open XML package of each kind must hold. */
const OFFICE_PARTS: ReadonlyArray<[AttachmentKind, string[]]> = [
  ['xlsx', ['[Content_Types].xml', 'xl/workbook.xml']],
  ['docx', ['[Content_Types].xml', 'word/document.xml']],
];

/** The kind of a file from its head and, for a zip, the entry names of its central directory (null: not allowed). */
export function attachmentKind(head: Buffer, zipEntries: ReadonlySet<string> | null = null): AttachmentKind | null {
  const signature = headSignature(head);
  if (signature === 'unknown') return null;
  if (signature !== 'zip') return signature;
  if (!zipEntries) return null;
  return OFFICE_PARTS.find(([, parts]) => parts.every((part) => zipEntries.has(part)))?.[0] ?? null;
}

export const ATTACHMENT_MESSAGES = {
  empty: '文件是空的，请重新选择文件上传',
  notAllowed: '只能上传 PDF、JPEG、PNG 图片、Excel（.xlsx）或 Word（.docx）文件（按文件内容识别，与扩展名无关）',
  noFile: '请用 file 字段上传一个文件',
  unknownOwner: (ownerType: string) => `附件不能挂在“${ownerType}”上`,
} as const;

/** Human-readable size: `20 MB`, `1.5 MB`, `800 KB`. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function tooLargeMessage(maxBytes: number, size?: number): string {
  return size === undefined ? `文件超过 ${formatSize(maxBytes)} 的上限` : `文件大小 ${formatSize(size)}，超过 ${formatSize(maxBytes)} 的上限`;
}

export type AttachmentCheck = { ok: true; kind: AttachmentKind; mediaType: AttachmentMediaType } | { ok: false; status: 413 | 422; message: string };

/** The single check of a stored upload: not empty, not too big, one of the allowed kinds by its bytes. */
export function checkAttachment(file: { size: number; head: Buffer; zipEntries: ReadonlySet<string> | null }, maxBytes: number): AttachmentCheck {
  if (file.size === 0) return { ok: false, status: 422, message: ATTACHMENT_MESSAGES.empty };
  if (file.size > maxBytes) return { ok: false, status: 413, message: tooLargeMessage(maxBytes, file.size) };
  const kind = attachmentKind(file.head, file.zipEntries);
  if (!kind) return { ok: false, status: 422, message: ATTACHMENT_MESSAGES.notAllowed };
  return { ok: true, kind, mediaType: ATTACHMENT_MEDIA_TYPES[kind] };
}

/**
 * The name kept for a download: the browser's name without any folder part or control characters, at most
 * 200 characters; a file without a usable name is called 附件.
 */
export function attachmentFileName(original: string | undefined, kind: AttachmentKind): string {
  const printable = (ch: string) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f;
  const base = [...((original ?? '').split(/[\\/]/).pop() ?? '')].filter(printable).join('').trim();
  const name = base || `附件.${kind === 'jpeg' ? 'jpg' : kind}`;
  if (name.length <= 200) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, 200 - ext.length) + ext;
}
