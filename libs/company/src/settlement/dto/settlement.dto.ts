import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDateText } from '@app/platform';

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const RATE = /^\d{1,2}(\.\d{1,4})?$/;

export class IssueStatementDto {
  @ApiProperty({ type: [String], description: '列入结算单的案件（已腾地、协议已签约、尚未列入其他结算单）', example: ['7f7d7b0e-1b8c-4a55-9f1c-0a9b8c7d6e5f'] })
  @IsArray({ message: '案件必须是列表' })
  @ArrayMinSize(1, { message: '请至少选择 1 件案件' })
  @ArrayMaxSize(2000, { message: '一张结算单最多 2000 件案件' })
  @ArrayUnique({ message: '案件不能重复' })
  @IsUUID('all', { each: true, message: '案件编号无效' })
  caseIds: string[];

  @ApiPropertyOptional({ format: 'date', description: '出具日期（默认今天，不晚于今天）', example: '2013-09-01' })
  @IsOptional()
  @IsCalendarDateText('出具日期')
  issuedOn?: string;
}

export class AnswerLineDto {
  @ApiProperty({ type: 'integer', description: '读取时结算行的 version' })
  @IsInt({ message: 'version 必须是整数' })
  @Min(1)
  version: number;
}

export class DisputeLineDto extends AnswerLineDto {
  @ApiProperty({ description: '异议原因', example: '补偿面积与评估报告不符' })
  @IsString()
  @MinLength(2, { message: '异议原因至少 2 个字' })
  @MaxLength(500, { message: '异议原因最多 500 个字' })
  reason: string;
}

export class RecordReceiptDto {
  @ApiProperty({ description: '到账金额（元，最多两位小数，大于 0）', example: '100000.00' })
  @Matches(AMOUNT, { message: '到账金额必须是金额，最多两位小数' })
  amount: string;

  @ApiProperty({ format: 'date', description: '到账日期（YYYY-MM-DD，不晚于今天）', example: '2013-09-15' })
  @IsCalendarDateText('到账日期')
  receivedOn: string;

  @ApiProperty({ description: '银行流水号', example: 'ICBC20130915-0001' })
  @IsString()
  @MinLength(1, { message: '请填写银行流水号' })
  @MaxLength(100, { message: '银行流水号最多 100 个字符' })
  bankReference: string;
}

export class UpdateFiguresDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: '预算（元）', example: '50000000.00' })
  @IsOptional()
  @Matches(AMOUNT, { message: '预算必须是金额，最多两位小数' })
  budget?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '审定金额（元），须同时填写审计报告文号', example: '48800000.00' })
  @IsOptional()
  @Matches(AMOUNT, { message: '审定金额必须是金额，最多两位小数' })
  audited?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '审计报告文号', example: '沪青审〔2014〕12号' })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: '审计报告文号至少 2 个字' })
  @MaxLength(100)
  auditReportRef?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: '审计报告附件' })
  @IsOptional()
  @IsUUID('all', { message: '审计报告附件编号无效' })
  auditReportAttachmentId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '管理费率（%，最多四位小数；不收管理费则为空）', example: '2.5' })
  @IsOptional()
  @Matches(RATE, { message: '管理费率必须是 0–99.9999 之间的百分数' })
  managementFeeRate?: string | null;
}
