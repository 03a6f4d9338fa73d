import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { Type } from 'class-transformer';
import { IsCalendarDateText, Trim } from '@app/platform';
import { MILESTONE_STATUS_LABELS, MILESTONE_STATUSES, type MilestoneStatus } from '../../domain/milestone-status.js';

const STATUS_MESSAGE = `状态只能是 ${MILESTONE_STATUSES.join('、')}（${MILESTONE_STATUSES.map((s) => MILESTONE_STATUS_LABELS[s]).join('、')}）之一`;
const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,29}$/;

export class ListMilestonesDto {
  @ApiPropertyOptional({ description: '项目编号', example: 'LXYQ' })
  @IsOptional()
  @Matches(CODE, { message: '项目编号格式不正确' })
  project?: string;

  @ApiPropertyOptional({ description: '安置基地编号', example: 'EL' })
  @IsOptional()
  @Matches(CODE, { message: '基地编号格式不正确' })
  base?: string;

  @ApiPropertyOptional({ enum: MILESTONE_STATUSES, enumName: 'MilestoneStatus' })
  @IsOptional()
  @IsIn(MILESTONE_STATUSES, { message: STATUS_MESSAGE })
  status?: MilestoneStatus;

  @ApiPropertyOptional({ enum: ['overdue', 'soon'], description: 'overdue：计划日期已过而未完成；soon：14 天内到期' })
  @IsOptional()
  @IsIn(['overdue', 'soon'], { message: 'due 只能是 overdue（已逾期）或 soon（14 天内到期）' })
  due?: 'overdue' | 'soon';
}

/** The fields a node's editors fill in (create and edit). */
class MilestoneFieldsDto {
  @ApiProperty({ description: '节点名称', example: '两线一圈地块腾地完成' })
  @Trim()
  @IsString({ message: '请填写节点名称' })
  @MinLength(2, { message: '请填写节点名称（至少 2 个字）' })
  @MaxLength(100, { message: '节点名称最多 100 个字' })
  name: string;

  @ApiProperty({ format: 'date', description: '计划完成日期' })
  @IsDefined({ message: '请填写计划完成日期' })
  @IsCalendarDateText('计划完成日期')
  plannedOn: string;

  @ApiProperty({ description: '责任单位', example: '动迁办' })
  @Trim()
  @IsString({ message: '请填写责任单位' })
  @MinLength(2, { message: '请填写责任单位（至少 2 个字）' })
  @MaxLength(100, { message: '责任单位最多 100 个字' })
  responsibleUnit: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: '责任人账号（逾期时通知此人）' })
  @IsOptional()
  @IsUUID('4', { message: '责任人账号不正确' })
  responsibleUserId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '责任人姓名', example: '王建国' })
  @IsOptional()
  @Trim()
  @IsString({ message: '责任人姓名须为文字' })
  @MaxLength(50, { message: '责任人姓名最多 50 个字' })
  responsibleName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: '前置节点（须先完成）' })
  @IsOptional()
  @IsUUID('4', { message: '前置节点不正确' })
  dependsOnId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: '备注' })
  @IsOptional()
  @Trim()
  @IsString({ message: '备注须为文字' })
  @MaxLength(500, { message: '备注最多 500 个字' })
  remarks?: string | null;
}

export class CreateMilestoneDto extends MilestoneFieldsDto {
  @ApiPropertyOptional({ description: '所属项目编号（与安置基地二选一）', example: 'LXYQ' })
  @IsOptional()
  @Matches(CODE, { message: '项目编号格式不正确' })
  projectCode?: string;

  @ApiPropertyOptional({ description: '所属安置基地编号（与项目二选一）', example: 'EL' })
  @IsOptional()
  @Matches(CODE, { message: '基地编号格式不正确' })
  baseCode?: string;
}

export class UpdateMilestoneDto extends MilestoneFieldsDto {
  @ApiProperty({ type: 'integer', description: '读取时的版本号（过期 409）' })
  @Type(() => Number)
  @IsInt({ message: '请提供版本号' })
  @Min(1, { message: '版本号不正确' })
  version: number;
}

export class ChangeMilestoneStatusDto {
  @ApiProperty({ enum: MILESTONE_STATUSES, enumName: 'MilestoneStatus' })
  @IsIn(MILESTONE_STATUSES, { message: STATUS_MESSAGE })
  status: MilestoneStatus;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: '实际完成日期（标为已完成时必填，不能晚于今天）' })
  @IsOptional()
  @IsCalendarDateText('实际完成日期')
  actualOn?: string | null;

  @ApiProperty({ type: 'integer', description: '读取时的版本号（过期 409）' })
  @Type(() => Number)
  @IsInt({ message: '请提供版本号' })
  @Min(1, { message: '版本号不正确' })
  version: number;
}
