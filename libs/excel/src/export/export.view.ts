import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiInstant, toShanghaiIso } from '@app/platform';
import { EXPORT_KIND_LABELS, EXPORT_KINDS, EXPORT_STATUSES, shownExportFilters, type ExportKind, type ExportStatus } from './domain/export-kinds.js';
import type { ExportBatch } from './export-batch.entity.js';

/** The filters an export was asked with (never the search hash of a full number). */
export class ExportFiltersView {
  @ApiPropertyOptional({ description: '项目编号' })
  project?: string;

  @ApiPropertyOptional({ description: '地块编号' })
  parcel?: string;

  @ApiPropertyOptional({ description: '所在村' })
  village?: string;

  @ApiPropertyOptional({ description: '案件状态' })
  status?: string;

  @ApiPropertyOptional({ description: '关键字（完整身份证号或电话已脱敏）' })
  q?: string;

  @ApiPropertyOptional({ description: '报告月份 YYYY-MM（月度推进情况报告）', example: '2013-12' })
  month?: string;
}

/** An export as the API shows it (no server paths). */
export class ExportBatchView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: EXPORT_KINDS, enumName: 'ExportKind' })
  kind!: ExportKind;

  @ApiProperty({ example: '动迁户台账' })
  kindLabel!: string;

  @ApiProperty({ type: ExportFiltersView })
  filters!: ExportFiltersView;

  @ApiProperty({ enum: EXPORT_STATUSES, enumName: 'BatchStatus' })
  status!: ExportStatus;

  @ApiProperty({ type: 'integer', nullable: true, description: '总行数（开始生成后才知道）' })
  total!: number | null;

  @ApiProperty({ type: 'integer' })
  processed!: number;

  @ApiProperty({ description: '下载文件名' })
  fileName!: string;

  @ApiProperty({ description: '申请人' })
  username!: string;

  @ApiProperty({ description: '含完整身份证号和电话' })
  unmasked!: boolean;

  @ApiInstant()
  createdAt!: string;

  @ApiInstant({ nullable: true })
  startedAt!: string | null;

  @ApiInstant({ nullable: true })
  finishedAt!: string | null;

  @ApiProperty({ description: '文件仍保存（保存期过后下载答 410）' })
  fileAvailable!: boolean;

  @ApiProperty({ type: String, nullable: true, description: '失败原因等说明' })
  message!: string | null;
}

/** GET /api/exports: the user's exports, newest first. */
export class ExportBatchList {
  @ApiProperty({ type: [ExportBatchView] })
  items!: ExportBatchView[];
}

/** The answer of an accepted export request: the batch to follow. */
export class ExportAcceptedView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
}

/** An export as the API shows it (no server paths). */
export function exportView(b: ExportBatch): ExportBatchView {
  return {
    id: b.id,
    kind: b.kind,
    kindLabel: EXPORT_KIND_LABELS[b.kind],
    filters: shownExportFilters(b.filters),
    status: b.status,
    total: b.total,
    processed: b.processed,
    fileName: b.fileName,
    username: b.username,
    unmasked: b.unmasked,
    createdAt: toShanghaiIso(b.createdAt),
    startedAt: toShanghaiIso(b.startedAt),
    finishedAt: toShanghaiIso(b.finishedAt),
    /** False once the retention rule deleted the stored file (downloads then answer 410). */
    fileAvailable: b.filePurgedAt === null,
    message: b.message,
  };
}
