import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CASE_STATUSES, type CaseStatus } from '@app/cases';
import { Trim } from '@app/platform';
import { REPORT_MONTH } from '@app/targets';
import { EXPORT_KINDS, type ExportKind } from '../domain/export-kinds.js';

/** Which rows an export holds; every filter is optional and the user's project scope always applies. */
export class ExportFiltersDto {
  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @Trim()
  @IsString({ message: '项目编号必须是文字' })
  @MaxLength(20, { message: '项目编号最多 20 个字符' })
  project?: string;

  @ApiPropertyOptional({ description: '地块编号', example: 'GJ17-01' })
  @IsOptional()
  @Trim()
  @IsString({ message: '地块编号必须是文字' })
  @MaxLength(30, { message: '地块编号最多 30 个字符' })
  parcel?: string;

  @ApiPropertyOptional({ description: '所在村（仅动迁户台账）', example: '二联村' })
  @IsOptional()
  @Trim()
  @IsString({ message: '村必须是文字' })
  @MaxLength(50, { message: '村最多 50 个字' })
  village?: string;

  @ApiPropertyOptional({ description: '案件状态（仅动迁户台账）', enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES, { message: `案件状态只能是 ${CASE_STATUSES.join('、')} 之一` })
  status?: CaseStatus;

  @ApiPropertyOptional({ description: '关键字：户编号前缀、户主姓名的一部分或完整身份证号（仅动迁户台账）' })
  @IsOptional()
  @Trim()
  @IsString({ message: '关键字必须是文字' })
  @MaxLength(50, { message: '关键字最多 50 个字符' })
  q?: string;

  @ApiPropertyOptional({ description: '重新测算任务编号（仅重新测算差异表，必填）', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '重新测算任务编号格式不正确' })
  recalculation?: string;

  @ApiPropertyOptional({ description: '结算单编号（仅结算单导出，必填）', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '结算单编号格式不正确' })
  statement?: string;

  @ApiPropertyOptional({ description: '安置基地编号（仅安置房源清单，可选）', example: 'BC' })
  @IsOptional()
  @Trim()
  @IsString({ message: '基地编号必须是文字' })
  @MaxLength(20, { message: '基地编号最多 20 个字符' })
  base?: string;

  @ApiPropertyOptional({ description: '移交单编号（仅移交单，必填）', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '移交单编号格式不正确' })
  handover?: string;

  @ApiPropertyOptional({ description: '过渡费批次编号（仅过渡费支付清单，必填）', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '过渡费批次编号格式不正确' })
  feeBatch?: string;

  @ApiPropertyOptional({ description: '选房轮次编号（仅选房顺序表，必填）', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '选房轮次编号格式不正确' })
  round?: string;

  @ApiPropertyOptional({ description: '报告月份 YYYY-MM（仅月度推进情况报告；不填为数据最新日期所在月）', example: '2013-12', pattern: REPORT_MONTH.source })
  @IsOptional()
  @IsString({ message: '报告月份必须是文字' })
  @Matches(REPORT_MONTH, { message: '报告月份格式应为 YYYY-MM，例如 2013-12' })
  month?: string;

  @ApiPropertyOptional({ type: 'integer', description: '年度（仅综合整治台账；默认台账中最近的年度）', example: 2013 })
  @IsOptional()
  @IsInt({ message: '年度必须是整数' })
  @Min(2000, { message: '年度不能早于 2000 年' })
  @Max(2100, { message: '年度不能晚于 2100 年' })
  year?: number;

  @ApiPropertyOptional({ description: '归并方案编号（仅集体土地归并方案，必填）', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '归并方案编号格式不正确' })
  plan?: string;
}

export class CreateExportDto {
  @ApiProperty({ description: '导出内容：household-ledger 动迁户台账，case-progress 案件进度统计，agreement-ledger 签约台账，payment-ledger 支付台账，recalculation-diff 重新测算差异表（需指定 filters.recalculation），settlement-statement 结算单（需指定 filters.statement），reconciliation 三账对账表（需指定 filters.project），handover-certificate 移交单（需指定 filters.handover），unit-inventory 安置房源清单（可按 filters.base 基地编号筛选），transitional-fee-batch 过渡费支付清单（需指定 filters.feeBatch，财务、管理员、领导），choosing-order 选房顺序表（需指定 filters.round），public-disclosure 阳光征收公示表（需指定 filters.project；户编号、村、户主姓名部分隐去、认定面积、补偿总额、签约日期；经办人、领导、管理员），monthly-progress-report 月度推进情况报告（filters.month 报告月份，不填为数据最新日期所在月；各年度目标本月/累计/完成率/年末预测、各项目推进漏斗、逾期时间节点，附图表；领导、管理员、经办人），rectification-ledger 综合整治台账（可按 filters.year 年度、filters.village 村筛选；经办人、领导、管理员），land-consolidation-plan 集体土地归并方案（需指定 filters.plan；经办人、领导、管理员）', enum: EXPORT_KINDS })
  @IsDefined({ message: '请选择导出内容' })
  @IsIn(EXPORT_KINDS, { message: `导出内容只能是 ${EXPORT_KINDS.join('、')} 之一` })
  kind: ExportKind;

  @ApiPropertyOptional({ description: '筛选条件', type: ExportFiltersDto })
  @IsOptional()
  @IsObject({ message: '筛选条件必须是对象' })
  @ValidateNested()
  @Type(() => ExportFiltersDto)
  filters?: ExportFiltersDto;
}
