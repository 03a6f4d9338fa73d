import { ApiProperty } from '@nestjs/swagger';
import { ApiInstant, toShanghaiIso } from '@app/platform';
import type { AttachmentRecord } from './attachment.entity.js';

export class AttachmentView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'communication', description: '所属记录的类型' })
  ownerType!: string;

  @ApiProperty({ format: 'uuid' })
  ownerId!: string;

  @ApiProperty({ example: '移交单（签字）.pdf' })
  fileName!: string;

  @ApiProperty({ example: 'application/pdf', description: '按文件内容识别的类型' })
  mediaType!: string;

  @ApiProperty({ type: 'integer', description: '字节数' })
  size!: number;

  @ApiProperty({ description: 'SHA-256（十六进制）' })
  sha256!: string;

  @ApiProperty()
  uploadedBy!: string;

  @ApiInstant()
  uploadedAt!: string;
}

export function attachmentView(a: AttachmentRecord): AttachmentView {
  return {
    id: a.id,
    ownerType: a.ownerType,
    ownerId: a.ownerId,
    fileName: a.fileName,
    mediaType: a.mediaType,
    size: a.size,
    sha256: a.sha256,
    uploadedBy: a.uploadedBy,
    uploadedAt: toShanghaiIso(a.uploadedAt),
  };
}
