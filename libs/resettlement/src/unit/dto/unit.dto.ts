import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto, Trim } from '@app/platform';
import { UNIT_STATUS_LABELS, UNIT_STATUSES, type UnitStatus } from '../../domain/resettlement-labels.js';

export class UnitListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '基地编号', example: 'BC' })
  @IsOptional()
  @Trim()
  @IsString({ message: '基地编号必须是文字' })
  @MaxLength(20, { message: '基地编号最多 20 个字符' })
  base?: string;

  @ApiPropertyOptional({ description: '楼栋编号（id）', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '楼栋编号格式不正确' })
  building?: string;

  @ApiPropertyOptional({ enum: UNIT_STATUSES, enumName: 'UnitStatus', description: '房源状态' })
  @IsOptional()
  @IsIn(UNIT_STATUSES, { message: `房源状态只能是 ${UNIT_STATUSES.map((s) => `${s}（${UNIT_STATUS_LABELS[s]}）`).join('、')} 之一` })
  status?: UnitStatus;

  @ApiPropertyOptional({ description: '户型', example: '两室一厅' })
  @IsOptional()
  @Trim()
  @IsString({ message: '户型必须是文字' })
  @MaxLength(40, { message: '户型最多 40 个字' })
  layout?: string;

  @ApiPropertyOptional({ type: Boolean, description: '只看周转房（true）或只看安置房（false）' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value))
  @IsBoolean({ message: '周转房筛选只能是 true 或 false' })
  turnover?: boolean;
}

export class UnfreezeUnitDto {
  @ApiProperty({ type: 'integer', description: '读取时的版本号' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号必须是正整数' })
  version: number;
}

export class FreezeUnitDto extends UnfreezeUnitDto {
  @ApiProperty({ description: '冻结原因', example: '卫生间渗水，维修中' })
  @Trim()
  @IsString({ message: '请填写冻结原因' })
  @MinLength(2, { message: '请填写冻结原因（至少 2 个字）' })
  @MaxLength(200, { message: '冻结原因最多 200 个字' })
  reason: string;
}
