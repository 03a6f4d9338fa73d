import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CASE_STATUSES, type CaseStatus } from '../../domain/case-lifecycle.js';

export class TransitionCaseDto {
  @ApiProperty({ description: '目标状态', enum: CASE_STATUSES })
  @IsIn(CASE_STATUSES, { message: '目标状态不是有效的案件状态' })
  to: CaseStatus;

  @ApiPropertyOptional({ description: '原因（退回类操作必填）' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ description: '案件版本号（乐观锁；提供时必须与当前版本一致）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
