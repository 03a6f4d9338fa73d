import { ApiProperty } from '@nestjs/swagger';
import { ApiInstant, PageOf, toShanghaiIso } from '@app/platform';
import { IMPORT_KINDS, type ImportKind } from '../domain/template-definition.js';
import { IMPORT_STATUSES, type ImportBatch, type ImportStatus } from './import-batch.entity.js';

/** An import batch as the API shows it (no storage path, no hash). */
export class ImportBatchView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: IMPORT_KINDS, enumName: 'ImportKind' })
  kind!: ImportKind;

  @ApiProperty({ description: '上传的文件名' })
  fileName!: string;

  @ApiProperty({ description: '试导入：只检查，不写入' })
  dryRun!: boolean;

  @ApiProperty({ enum: IMPORT_STATUSES, enumName: 'BatchStatus' })
  status!: ImportStatus;

  @ApiProperty({ type: 'integer', description: '数据行数' })
  total!: number;

  @ApiProperty({ type: 'integer' })
  processed!: number;

  @ApiProperty({ type: 'integer' })
  created!: number;

  @ApiProperty({ type: 'integer' })
  updated!: number;

  @ApiProperty({ type: 'integer' })
  unchanged!: number;

  @ApiProperty({ type: 'integer' })
  rejected!: number;

  @ApiProperty({ description: '上传人' })
  username!: string;

  @ApiInstant()
  createdAt!: string;

  @ApiInstant({ nullable: true })
  startedAt!: string | null;

  @ApiInstant({ nullable: true })
  finishedAt!: string | null;

  @ApiProperty({ description: '上传文件仍保存（保存期过后错误报告答 410）' })
  fileAvailable!: boolean;

  @ApiProperty({ type: String, nullable: true, description: '失败原因等说明' })
  message!: string | null;
}

export class ImportBatchPage extends PageOf(ImportBatchView) {}

/** The answer of an accepted upload: the batch to follow. */
export class ImportAcceptedView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
}

/** An import batch as the API shows it (no storage path, no hash). */
export function importBatchView(b: ImportBatch): ImportBatchView {
  return {
    id: b.id,
    kind: b.kind,
    fileName: b.fileName,
    dryRun: b.dryRun,
    status: b.status,
    total: b.total,
    processed: b.processed,
    created: b.created,
    updated: b.updated,
    unchanged: b.unchanged,
    rejected: b.rejected,
    username: b.username,
    createdAt: toShanghaiIso(b.createdAt),
    startedAt: toShanghaiIso(b.startedAt),
    finishedAt: toShanghaiIso(b.finishedAt),
    /** False once the retention rule deleted the stored file (downloads then answer 410). */
    fileAvailable: b.filePurgedAt === null,
    message: b.message,
  };
}
