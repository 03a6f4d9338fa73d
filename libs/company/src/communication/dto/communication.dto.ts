import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDateText, PageQueryDto, Trim } from '@app/platform';
import { ACTION_ITEM_STATUSES, COMMUNICATION_KINDS, SIDES, type ActionItemStatus, type CommunicationKind, type Side } from '../../domain/communication-rules.js';


/** One 落实事项 as recorded: what, which side and who, by when. */
export class ActionItemDto {
  @ApiProperty({ description: '事项内容', example: '提供17号线二联村段地块的红线图' })
  @Trim()
  @IsString()
  @MinLength(2, { message: '事项内容至少 2 个字' })
  @MaxLength(500)
  content: string;

  @ApiProperty({ enum: SIDES, enumName: 'Side', description: '责任方：town 镇动迁办，company 西虹桥公司' })
  @IsIn(SIDES, { message: '责任方只能是 town（镇动迁办）或 company（西虹桥公司）' })
  ownerSide: Side;

  @ApiProperty({ description: '责任人', example: '李明' })
  @Trim()
  @IsString()
  @MinLength(1, { message: '请填写责任人' })
  @MaxLength(50)
  owner: string;

  @ApiProperty({ format: 'date', description: '完成期限（YYYY-MM-DD）', example: '2013-06-30' })
  @IsCalendarDateText('完成期限')
  dueOn: string;
}

export class CreateCommunicationDto {
  @ApiProperty({ enum: COMMUNICATION_KINDS, enumName: 'CommunicationKind', description: 'meeting 会议，notice 通知' })
  @IsIn(COMMUNICATION_KINDS, { message: '类型只能是 meeting（会议）或 notice（通知）' })
  kind: CommunicationKind;

  @ApiProperty({ format: 'date', description: '日期（YYYY-MM-DD）', example: '2013-06-01' })
  @IsCalendarDateText('日期')
  heldOn: string;

  @ApiProperty({ description: '主题', example: '17号线二联村段动迁进度协调会' })
  @Trim()
  @IsString()
  @MinLength(2, { message: '主题至少 2 个字' })
  @MaxLength(200)
  subject: string;

  @ApiProperty({ description: '镇方参加人员', example: '王强（动迁办）、李明（经办人）' })
  @Trim()
  @IsString()
  @MaxLength(500)
  townParticipants: string;

  @ApiProperty({ description: '公司方参加人员', example: '赵华（西虹桥公司）' })
  @Trim()
  @IsString()
  @MaxLength(500)
  companyParticipants: string;

  @ApiProperty({ description: '纪要或通知内容' })
  @Trim()
  @IsString()
  @MinLength(2, { message: '纪要内容至少 2 个字' })
  @MaxLength(20000)
  minutes: string;

  @ApiPropertyOptional({ type: [ActionItemDto], description: '落实事项' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ActionItemDto)
  actionItems?: ActionItemDto[];
}

export class UpdateActionItemDto {
  @ApiProperty({ enum: ACTION_ITEM_STATUSES, enumName: 'ActionItemStatus', description: 'open 未完成，done 已完成' })
  @IsIn(ACTION_ITEM_STATUSES, { message: '状态只能是 open（未完成）或 done（已完成）' })
  status: ActionItemStatus;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: '完成日期（默认今天；重新打开时忽略）' })
  @IsOptional()
  @IsCalendarDateText('完成日期')
  doneOn?: string | null;

  @ApiProperty({ type: 'integer', description: '读取时的版本号（防止覆盖他人的修改）' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1)
  version: number;
}

export class ListActionItemsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  project?: string;

  @ApiPropertyOptional({ enum: ['overdue', 'open', 'done'], description: 'overdue 逾期未完成（默认），open 未完成，done 已完成' })
  @IsOptional()
  @IsIn(['overdue', 'open', 'done'], { message: '范围只能是 overdue、open 或 done' })
  state?: 'overdue' | 'open' | 'done';
}
