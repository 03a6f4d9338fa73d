import { ApiProperty } from '@nestjs/swagger';
import { VIOLATION_KIND_LABELS, VIOLATION_KINDS, type ViolationKind } from './domain/violation-rules.js';
import type { RectificationSummary } from './domain/rectification-summary.js';

class FiguresView {
  @ApiProperty({ type: 'integer', description: '年初存量' })
  stockAtStart!: number;

  @ApiProperty({ type: 'integer', description: '年内消除（整改完毕或拆除）' })
  eliminated!: number;

  @ApiProperty({ type: 'integer', description: '其中消除的存量' })
  stockEliminated!: number;

  @ApiProperty({ type: 'integer', description: '年内新增' })
  newFound!: number;

  @ApiProperty({ type: 'integer', description: '未消除（年末或今天）' })
  open!: number;
}

export class VillageFiguresView extends FiguresView {
  @ApiProperty({ example: '二联村' })
  village!: string;
}

export class KindFiguresView extends FiguresView {
  @ApiProperty({ enum: VIOLATION_KINDS, enumName: 'ViolationKind' })
  kind!: ViolationKind;

  @ApiProperty({ example: '违法建筑' })
  kindLabel!: string;
}

export class MonthFiguresView {
  @ApiProperty({ example: '2013-03' })
  month!: string;

  @ApiProperty({ type: 'integer', description: '当月新增' })
  newFound!: number;

  @ApiProperty({ type: 'integer', description: '当月消除' })
  eliminated!: number;

  @ApiProperty({ type: 'integer', description: '月末剩余的年初存量（存量燃尽）' })
  stockRemaining!: number;

  @ApiProperty({ type: 'integer', description: '月末未消除总数' })
  openAtEnd!: number;
}

export class RectificationSummaryView extends FiguresView {
  @ApiProperty({ type: 'integer', example: 2013 })
  year!: number;

  @ApiProperty({ type: [VillageFiguresView] })
  byVillage!: VillageFiguresView[];

  @ApiProperty({ type: [KindFiguresView] })
  byKind!: KindFiguresView[];

  @ApiProperty({ type: [MonthFiguresView] })
  byMonth!: MonthFiguresView[];
}

export function summaryView(s: RectificationSummary): RectificationSummaryView {
  return { ...s, byKind: s.byKind.map((k) => ({ ...k, kindLabel: VIOLATION_KIND_LABELS[k.kind] })) };
}

export class UnlicensedProposalView {
  @ApiProperty({ format: 'uuid' })
  householdId!: string;

  @ApiProperty({ type: 'integer', description: '该户的版本号（确认时填写）' })
  householdVersion!: number;

  @ApiProperty({ description: '该户现登记的无证面积（平方米）', example: '0.00' })
  currentArea!: string;

  @ApiProperty({ description: '整治台账建议的无证面积：该户违法建筑（未拆除）面积之和', example: '85.50' })
  proposedArea!: string;

  @ApiProperty({ description: '建议与现登记不一致，等待经办人确认' })
  pending!: boolean;

  @ApiProperty({ type: [String], example: ['ZZ-0007'], description: '计入建议的违法建筑' })
  violationCodes!: string[];
}

export class VillageListView {
  @ApiProperty({ type: [String], example: ['二联村', '金联村'], description: '当前用户可登记的村（经办人：所负责项目地块所在村）' })
  villages!: string[];
}
