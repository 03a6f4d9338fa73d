import { ApiProperty } from '@nestjs/swagger';
import { toShanghaiIso } from '@app/platform';
import { TARGET_MEASURE_LABELS, TARGET_MEASURES, TARGET_UNITS, type TargetMeasure, type TargetUnit } from '../domain/target-measures.js';
import type { TargetProgressEntry } from './target.entity.js';
import { quantityText, type TargetProgress } from './target.service.js';

export class TargetScopeRefView {
  @ApiProperty({ example: 'GJ17' })
  code!: string;
}

export class TargetEntryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date', example: '2013-06-30' })
  enteredOn!: string;

  @ApiProperty({ description: '本次完成量', example: '120' })
  value!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: '佐证材料（附件 id）' })
  evidenceAttachmentId!: string | null;

  @ApiProperty({ example: 'leader' })
  recordedBy!: string;

  @ApiProperty({ description: '录入时间（+08:00）', example: '2013-06-30T17:00:00.000+08:00' })
  recordedAt!: string;
}

export class TargetView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer', example: 2013 })
  year!: number;

  @ApiProperty({ example: '解决536户动迁户居民住房问题' })
  name!: string;

  @ApiProperty({ enum: TARGET_MEASURES, enumName: 'TargetMeasure' })
  measure!: TargetMeasure;

  @ApiProperty({ example: '解决动迁户住房（户）' })
  measureLabel!: string;

  @ApiProperty({ description: '目标值', example: '536' })
  targetValue!: string;

  @ApiProperty({ enum: TARGET_UNITS, enumName: 'TargetUnit' })
  unit!: TargetUnit;

  @ApiProperty({ description: '完成值：系统口径按业务记录实时统计（仅当前用户可见的项目），手工口径为进展之和', example: '412' })
  actual!: string;

  @ApiProperty({ description: '完成百分比（一位小数）', example: 76.9 })
  percent!: number;

  @ApiProperty({ description: '尚差（不小于 0）', example: '124' })
  remaining!: string;

  @ApiProperty({ type: [TargetScopeRefView], description: '限定项目（空为全部）' })
  projects!: TargetScopeRefView[];

  @ApiProperty({ type: [TargetScopeRefView], description: '限定安置基地（空为全部）' })
  bases!: TargetScopeRefView[];

  @ApiProperty({ type: String, nullable: true, description: '完成值背后的户列表（网页路径及筛选条件），无则为 null', example: '/households?resettledFrom=2013-01-01&resettledTo=2013-12-31' })
  link!: string | null;

  @ApiProperty({ type: 'integer' })
  position!: number;

  @ApiProperty({ type: 'integer', description: '版本号（修改时提供）' })
  version!: number;

  @ApiProperty({ type: [TargetEntryView], description: '手工口径的进展记录（新的在前）' })
  entries!: TargetEntryView[];
}

export function targetEntryView(e: TargetProgressEntry): TargetEntryView {
  return { id: e.id, enteredOn: e.enteredOn, value: quantityText(e.value), note: e.note, evidenceAttachmentId: e.evidenceAttachmentId, recordedBy: e.recordedBy, recordedAt: toShanghaiIso(e.createdAt) };
}

export function targetView(p: TargetProgress): TargetView {
  const t = p.target;
  return {
    id: t.id,
    year: t.year,
    name: t.name,
    measure: t.measure,
    measureLabel: TARGET_MEASURE_LABELS[t.measure],
    targetValue: quantityText(t.targetValue),
    unit: t.unit,
    actual: p.actual,
    percent: p.percent,
    remaining: quantityText(Math.max(0, Number(t.targetValue) - Number(p.actual))),
    projects: p.projects.map((r) => ({ code: r.code })),
    bases: p.bases.map((b) => ({ code: b.code })),
    link: p.link,
    position: t.position,
    version: t.version,
    entries: p.entries.map(targetEntryView),
  };
}
