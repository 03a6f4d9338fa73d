import { ApiProperty } from '@nestjs/swagger';
import { PageOf, toShanghaiIso } from '@app/platform';
import {
  LAND_USE_LABELS,
  LAND_USES,
  OWNER_KIND_LABELS,
  OWNER_KINDS,
  SURVEY_STATUS_LABELS,
  SURVEY_STATUSES,
  type LandUse,
  type OwnerKind,
  type SurveyStatus,
} from './domain/ownership-rules.js';
import type { LandOwnership } from './ownership.entity.js';
import type { OwnershipTotals } from './ownership.service.js';

export class OwnershipView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: '登记编号', example: 'EL-JT-001' })
  code!: string;

  @ApiProperty({ example: '二联村' })
  village!: string;

  @ApiProperty({ type: String, nullable: true, description: '项目编号（不在项目地块上为空）', example: 'GJ17' })
  projectCode!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '地块编号', example: 'GJ17-01' })
  parcelCode!: string | null;

  @ApiProperty({ type: String, nullable: true, description: '坐落' })
  location!: string | null;

  @ApiProperty({ enum: OWNER_KINDS, enumName: 'OwnerKind' })
  ownerKind!: OwnerKind;

  @ApiProperty({ example: '村集体' })
  ownerKindLabel!: string;

  @ApiProperty({ example: '二联村农民集体' })
  ownerName!: string;

  @ApiProperty({ type: String, nullable: true, description: '所有权证书编号' })
  certificateNo!: string | null;

  @ApiProperty({ description: '面积（平方米，两位小数）', example: '12500.50' })
  area!: string;

  @ApiProperty({ enum: LAND_USES, enumName: 'LandUse' })
  landUse!: LandUse;

  @ApiProperty({ example: '耕地' })
  landUseLabel!: string;

  @ApiProperty({ enum: SURVEY_STATUSES, enumName: 'SurveyStatus' })
  surveyStatus!: SurveyStatus;

  @ApiProperty({ example: '调查中' })
  surveyStatusLabel!: string;

  @ApiProperty({ type: String, nullable: true })
  remarks!: string | null;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ description: '最后修改时间（+08:00）', example: '2013-03-01T09:30:00.000+08:00' })
  updatedAt!: string;
}

export function ownershipView(r: LandOwnership): OwnershipView {
  return {
    id: r.id,
    code: r.code,
    village: r.village,
    projectCode: r.parcel?.project?.code ?? null,
    parcelCode: r.parcel?.code ?? null,
    location: r.location,
    ownerKind: r.ownerKind,
    ownerKindLabel: OWNER_KIND_LABELS[r.ownerKind],
    ownerName: r.ownerName,
    certificateNo: r.certificateNo,
    area: r.area,
    landUse: r.landUse,
    landUseLabel: LAND_USE_LABELS[r.landUse],
    surveyStatus: r.surveyStatus,
    surveyStatusLabel: SURVEY_STATUS_LABELS[r.surveyStatus],
    remarks: r.remarks,
    version: r.version,
    updatedAt: toShanghaiIso(r.updatedAt),
  };
}

export class AreaTotalView {
  @ApiProperty({ description: '类型代码（所有权人类型或土地用途）', example: 'village' })
  key!: string;

  @ApiProperty({ example: '村集体' })
  label!: string;

  @ApiProperty({ type: 'integer', description: '宗数' })
  count!: number;

  @ApiProperty({ description: '面积合计（平方米）', example: '25001.00' })
  area!: string;
}

export class OwnershipTotalsView {
  @ApiProperty({ type: 'integer', description: '宗数合计' })
  count!: number;

  @ApiProperty({ description: '面积合计（平方米）', example: '25001.00' })
  area!: string;

  @ApiProperty({ type: [AreaTotalView], description: '按所有权人类型' })
  byOwner!: AreaTotalView[];

  @ApiProperty({ type: [AreaTotalView], description: '按土地用途' })
  byUse!: AreaTotalView[];
}

export class OwnershipPage extends PageOf(OwnershipView) {
  @ApiProperty({ type: OwnershipTotalsView, description: '符合筛选条件的全部记录的合计（不只本页）' })
  totals!: OwnershipTotalsView;
}

export function totalsView(t: OwnershipTotals): OwnershipTotalsView {
  return { count: t.count, area: t.area, byOwner: t.byOwner.map((l) => ({ ...l })), byUse: t.byUse.map((l) => ({ ...l })) };
}

export class VillageListView {
  @ApiProperty({ type: [String], description: '当前用户可登记的村（其项目地块所在的村；管理员、领导为全部）' })
  villages!: string[];
}
