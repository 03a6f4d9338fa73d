import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsAreaValue, IsCalendarDateText, Trim } from '@app/platform';
import { VIOLATION_KINDS, VIOLATION_STATUSES, type ViolationKind, type ViolationStatus } from '../domain/violation-rules.js';

const KIND_MESSAGE = `违法行为类型只能是 ${VIOLATION_KINDS.join('、')} 之一（违法用地、违法建筑、渣土乱倒）`;
const STATUS_MESSAGE = `状态只能是 ${VIOLATION_STATUSES.join('、')} 之一`;
/** A calendar date, or an instant with its offset (`2013-01-01T00:00:00+08:00`). */
const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export class YearQueryDto {
  @ApiPropertyOptional({ type: 'integer', description: '年度（默认：台账中最近发现违法行为的年度）', example: 2013 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年度必须是整数' })
  @Min(2000, { message: '年度不能早于 2000 年' })
  @Max(2100, { message: '年度不能晚于 2100 年' })
  year?: number;
}

export class ListViolationsQueryDto extends YearQueryDto {
  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '页码必须是整数' })
  @Min(1, { message: '页码从 1 开始' })
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 20, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数必须是整数' })
  @Min(1, { message: '每页至少 1 条' })
  @Max(200, { message: '每页最多 200 条' })
  pageSize = 20;

  @ApiPropertyOptional({ description: '所在村', example: '二联村' })
  @IsOptional()
  @Trim()
  @IsString({ message: '村必须是文字' })
  @MaxLength(50, { message: '村最多 50 个字' })
  village?: string;

  @ApiPropertyOptional({ enum: VIOLATION_KINDS, enumName: 'ViolationKind' })
  @IsOptional()
  @IsIn(VIOLATION_KINDS, { message: KIND_MESSAGE })
  kind?: ViolationKind;

  @ApiPropertyOptional({ enum: VIOLATION_STATUSES, enumName: 'ViolationStatus' })
  @IsOptional()
  @IsIn(VIOLATION_STATUSES, { message: STATUS_MESSAGE })
  status?: ViolationStatus;

  @ApiPropertyOptional({ format: 'uuid', description: '责任户（民房）：该户的违法行为（不限年度）' })
  @IsOptional()
  @IsUUID('all', { message: '户编号格式不正确' })
  householdId?: string;

  @ApiPropertyOptional({ description: '只看已逾期的（true）', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: '逾期筛选只能是 true 或 false' })
  overdue?: 'true' | 'false';
}

export class CreateViolationDto {
  @ApiProperty({ enum: VIOLATION_KINDS, enumName: 'ViolationKind', description: '类型：违法用地、违法建筑、渣土乱倒' })
  @IsIn(VIOLATION_KINDS, { message: KIND_MESSAGE })
  kind: ViolationKind;

  @ApiPropertyOptional({ description: '项目编号（与地块编号一起填写）', example: 'GJ17' })
  @IsOptional()
  @Trim()
  @IsString({ message: '项目编号必须是文字' })
  @MaxLength(20, { message: '项目编号最多 20 个字符' })
  projectCode?: string;

  @ApiPropertyOptional({ description: '地块编号', example: 'GJ17-01' })
  @IsOptional()
  @Trim()
  @IsString({ message: '地块编号必须是文字' })
  @MaxLength(30, { message: '地块编号最多 30 个字符' })
  parcelCode?: string;

  @ApiPropertyOptional({ description: '所在村（有地块时取地块所在村）', example: '二联村' })
  @IsOptional()
  @Trim()
  @IsString({ message: '村必须是文字' })
  @MinLength(2, { message: '村至少 2 个字' })
  @MaxLength(50, { message: '村最多 50 个字' })
  village?: string;

  @ApiPropertyOptional({ description: '地址', example: '徐泾镇二联村 3 组 12 号' })
  @IsOptional()
  @Trim()
  @IsString({ message: '地址必须是文字' })
  @MaxLength(200, { message: '地址最多 200 个字' })
  address?: string;

  @ApiPropertyOptional({ description: '面积（平方米；违法用地、违法建筑）', example: '85.50' })
  @IsOptional()
  @IsAreaValue('面积')
  area?: string;

  @ApiPropertyOptional({ description: '方量（立方米；渣土乱倒）', example: '120.00' })
  @IsOptional()
  @IsAreaValue('方量')
  volume?: string;

  @ApiProperty({ description: '发现时间：日期（YYYY-MM-DD，按上海时间当日零点）或带时区的时刻', example: '2013-03-05T09:30:00+08:00' })
  @IsString({ message: '请填写发现日期' })
  @Matches(DATE_OR_INSTANT, { message: '发现日期格式应为 YYYY-MM-DD 或带时区的时刻（如 2013-03-05T09:30:00+08:00）' })
  discoveredAt: string;

  @ApiPropertyOptional({ format: 'uuid', description: '责任户（民房）' })
  @IsOptional()
  @IsUUID('all', { message: '责任户编号格式不正确' })
  householdId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '责任企业' })
  @IsOptional()
  @IsUUID('all', { message: '责任企业编号格式不正确' })
  enterpriseId?: string;

  @ApiPropertyOptional({ description: '责任人或责任单位（无对应征收对象时填写）', example: '某某建材经营部' })
  @IsOptional()
  @Trim()
  @IsString({ message: '责任人必须是文字' })
  @MaxLength(200, { message: '责任人最多 200 个字' })
  responsibleText?: string;

  @ApiPropertyOptional({ description: '备注' })
  @IsOptional()
  @Trim()
  @IsString({ message: '备注必须是文字' })
  @MaxLength(1000, { message: '备注最多 1000 个字' })
  remarks?: string;
}

export class ViolationStepDto {
  @ApiProperty({ type: 'integer', description: '版本号（乐观锁，填写读取时的 version）', example: 1 })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号必须是整数' })
  version: number;

  @ApiProperty({ enum: VIOLATION_STATUSES, enumName: 'ViolationStatus', description: '变更为' })
  @IsIn(VIOLATION_STATUSES, { message: STATUS_MESSAGE })
  to: ViolationStatus;

  @ApiPropertyOptional({ description: '日期（默认今天）', example: '2013-03-10' })
  @IsOptional()
  @IsCalendarDateText('日期')
  on?: string;

  @ApiPropertyOptional({ description: '整改期限（下达整改通知时必填）', example: '2013-04-10' })
  @IsOptional()
  @IsCalendarDateText('整改期限')
  deadline?: string;

  @ApiPropertyOptional({ description: '说明（通知文号、整改情况等）' })
  @IsOptional()
  @Trim()
  @IsString({ message: '说明必须是文字' })
  @MaxLength(1000, { message: '说明最多 1000 个字' })
  note?: string;
}

export class ConfirmUnlicensedAreaDto {
  @ApiProperty({ type: 'integer', description: '该户的版本号（乐观锁，填写读取建议时的 householdVersion）', example: 3 })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号必须是整数' })
  householdVersion: number;

  @ApiProperty({ description: '确认的无证面积（平方米，须与建议一致）', example: '85.50' })
  @IsAreaValue('无证面积')
  area: string;
}
