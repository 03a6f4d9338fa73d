import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus } from '@app/cases';
import { maskIdNumber } from '@app/platform';
import type { DuplicateHeadCluster, DuplicateHeadRow } from './duplicate-head.repository.js';

/** One household of a 一人多户 cluster. */
export class DuplicateHeadHouseholdView {
  @ApiProperty({ description: '户 id（案件页 /households/{id}）', format: 'uuid' })
  id: string;

  @ApiProperty({ description: '户编号', example: 'GJ17-0012' })
  code: string;

  @ApiProperty({ description: '项目编号', example: 'GJ17' })
  projectCode: string;

  @ApiProperty({ description: '所在村', example: '二联村' })
  village: string;

  @ApiProperty({ description: '户主姓名（同一身份证号在各户登记的姓名）', example: '张建国' })
  headName: string;

  @ApiProperty({ type: String, nullable: true, description: '案件 id', format: 'uuid' })
  caseId: string | null;

  @ApiProperty({ type: String, nullable: true, description: '案件状态', enum: CASE_STATUSES })
  caseStatus: CaseStatus | null;

  @ApiProperty({ type: String, nullable: true, description: '重复户主原因（登记时填写的一人多户原因；没有则为空）' })
  duplicateHeadReason: string | null;
}

/** The households of one head in one project. */
export class DuplicateHeadClusterView {
  @ApiProperty({ description: '项目编号', example: 'GJ17' })
  projectCode: string;

  @ApiProperty({ description: '户主身份证号（已脱敏）', example: '310229********1234' })
  headIdNumber: string;

  @ApiProperty({ description: '该身份证号在各户登记的户主姓名（去重）', type: [String], example: ['张建国'] })
  headNames: string[];

  @ApiProperty({ description: '户数', example: 2 })
  householdCount: number;

  @ApiProperty({ description: '其中尚未填写重复户主原因的户数', example: 1 })
  withoutReason: number;

  @ApiProperty({ description: '各户（按户编号）', type: [DuplicateHeadHouseholdView] })
  households: DuplicateHeadHouseholdView[];
}

/** GET /api/households/duplicate-heads. */
export class DuplicateHeadClustersView {
  @ApiProperty({ description: '一人多户（同一项目内同一户主身份证号的多户），按项目、户数从多到少', type: [DuplicateHeadClusterView] })
  items: DuplicateHeadClusterView[];

  @ApiProperty({ description: '组数', example: 1 })
  total: number;
}

function householdView(row: DuplicateHeadRow): DuplicateHeadHouseholdView {
  return {
    id: row.id,
    code: row.code,
    projectCode: row.projectCode,
    village: row.village,
    headName: row.headName,
    caseId: row.caseId,
    caseStatus: row.caseStatus as CaseStatus | null,
    duplicateHeadReason: row.duplicateHeadReason,
  };
}

/** The clusters as the API returns them: the 身份证号 masked, never in full. */
export function duplicateHeadClustersView(clusters: DuplicateHeadCluster[]): DuplicateHeadClustersView {
  return {
    items: clusters.map((c) => ({
      projectCode: c.projectCode,
      headIdNumber: maskIdNumber(c.headIdNumber),
      headNames: [...new Set(c.households.map((h) => h.headName))],
      householdCount: c.households.length,
      withoutReason: c.households.filter((h) => h.duplicateHeadReason === null).length,
      households: c.households.map(householdView),
    })),
    total: clusters.length,
  };
}
