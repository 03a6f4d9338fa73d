import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDateText, Trim } from '@app/platform';
import { ALLOCATION_PURPOSES, type AllocationPurpose } from '../../domain/resettlement-labels.js';

export class CreateAllocationDto {
  @ApiProperty({ format: 'uuid', description: '案件（选房户）' })
  @IsUUID('all', { message: '案件编号格式不正确' })
  caseId: string;

  @ApiProperty({ format: 'uuid', description: '房源（所选）' })
  @IsUUID('all', { message: '房源编号格式不正确' })
  unitId: string;

  @ApiPropertyOptional({ format: 'uuid', description: '选房轮次（在轮次中选房时必填；周转房不填）' })
  @IsOptional()
  @IsUUID('all', { message: '选房轮次编号格式不正确' })
  roundId?: string;

  @ApiProperty({ enum: ALLOCATION_PURPOSES, enumName: 'AllocationPurpose', description: 'resettlement 安置房，turnover 周转房' })
  @IsIn(ALLOCATION_PURPOSES, { message: '分配用途只能是 resettlement（安置房）或 turnover（周转房）' })
  purpose: AllocationPurpose;
}

export class CreateReservationDto {
  @ApiProperty({ format: 'uuid', description: '案件（为其预留的产权调换户）' })
  @IsUUID('all', { message: '案件编号格式不正确' })
  caseId: string;

  @ApiProperty({ format: 'uuid', description: '房源（预留的一套）' })
  @IsUUID('all', { message: '房源编号格式不正确' })
  unitId: string;

  @ApiProperty({ description: '预留原因', example: '家中有残疾人，需低楼层房源' })
  @Trim()
  @IsString({ message: '请填写预留原因' })
  @MinLength(2, { message: '请填写预留原因（至少 2 个字）' })
  @MaxLength(200, { message: '预留原因最多 200 个字' })
  reason: string;
}

export class ReleaseAllocationDto {
  @ApiProperty({ description: '释放原因', example: '被征收户放弃该套房源，重新选房' })
  @Trim()
  @IsString({ message: '请填写释放原因' })
  @MinLength(2, { message: '请填写释放原因（至少 2 个字）' })
  @MaxLength(200, { message: '释放原因最多 200 个字' })
  reason: string;

  @ApiProperty({ type: 'integer', description: '读取时的版本号' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1)
  version: number;
}

export class DeliverAllocationDto {
  @ApiProperty({ format: 'date', description: '交房日期（YYYY-MM-DD）', example: '2026-11-20' })
  @IsCalendarDateText('交房日期')
  deliveredOn: string;

  @ApiProperty({ format: 'uuid', description: '已上传的交房签收单（该分配的附件）' })
  @IsUUID('all', { message: '请上传交房签收单' })
  receiptAttachmentId: string;

  @ApiProperty({ type: 'integer', description: '读取时的版本号' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1)
  version: number;
}
