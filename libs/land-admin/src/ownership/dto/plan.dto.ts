import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { Trim } from '@app/platform';
import { LAND_USES, OWNER_KINDS, type LandUse, type OwnerKind } from '../domain/ownership-rules.js';
import { OWNER_MESSAGE, USE_MESSAGE } from './ownership.dto.js';

class PlanFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: '说明' })
  @IsOptional()
  @Trim()
  @IsString({ message: '说明必须是文字' })
  @MaxLength(2000, { message: '说明最多 2000 个字' })
  remarks?: string | null;
}

export class CreatePlanDto extends PlanFieldsDto {
  @ApiProperty({ description: '方案名称', example: '二联村集体建设用地归并方案' })
  @Trim()
  @IsString({ message: '请填写方案名称' })
  @IsNotEmpty({ message: '请填写方案名称' })
  @MaxLength(100, { message: '方案名称最多 100 个字' })
  name: string;

  @ApiProperty({ enum: OWNER_KINDS, enumName: 'OwnerKind', description: '归并后的所有权人类型' })
  @IsIn(OWNER_KINDS, { message: OWNER_MESSAGE })
  targetOwnerKind: OwnerKind;

  @ApiProperty({ description: '归并后的所有权人', example: '徐泾镇农民集体' })
  @Trim()
  @IsString({ message: '请填写归并后的所有权人' })
  @IsNotEmpty({ message: '请填写归并后的所有权人' })
  @MaxLength(100, { message: '所有权人最多 100 个字' })
  targetOwnerName: string;

  @ApiProperty({ enum: LAND_USES, enumName: 'LandUse', description: '归并后的土地用途' })
  @IsIn(LAND_USES, { message: USE_MESSAGE })
  targetUse: LandUse;

  @ApiProperty({ type: [String], description: '归并的所有权记录（id）', format: 'uuid' })
  @IsArray({ message: '请选择要归并的土地' })
  @ArrayMinSize(1, { message: '请至少选择一块要归并的土地' })
  @ArrayMaxSize(500, { message: '一个方案最多归并 500 块土地' })
  @IsUUID('all', { each: true, message: '所有权记录编号格式不正确' })
  ownershipIds: string[];
}

export class UpdatePlanDto extends PlanFieldsDto {
  @ApiProperty({ description: '版本号（乐观锁）', example: 1 })
  @IsInt({ message: '请提供版本号' })
  @Min(1)
  version: number;

  @ApiPropertyOptional({ description: '方案名称' })
  @IsOptional()
  @Trim()
  @IsString({ message: '方案名称必须是文字' })
  @IsNotEmpty({ message: '请填写方案名称' })
  @MaxLength(100, { message: '方案名称最多 100 个字' })
  name?: string;

  @ApiPropertyOptional({ enum: OWNER_KINDS, enumName: 'OwnerKind' })
  @IsOptional()
  @IsIn(OWNER_KINDS, { message: OWNER_MESSAGE })
  targetOwnerKind?: OwnerKind;

  @ApiPropertyOptional({ description: '归并后的所有权人' })
  @IsOptional()
  @Trim()
  @IsString({ message: '所有权人必须是文字' })
  @IsNotEmpty({ message: '请填写归并后的所有权人' })
  @MaxLength(100, { message: '所有权人最多 100 个字' })
  targetOwnerName?: string;

  @ApiPropertyOptional({ enum: LAND_USES, enumName: 'LandUse' })
  @IsOptional()
  @IsIn(LAND_USES, { message: USE_MESSAGE })
  targetUse?: LandUse;

  @ApiPropertyOptional({ type: [String], description: '归并的所有权记录（替换原有的）', format: 'uuid' })
  @IsOptional()
  @IsArray({ message: '请选择要归并的土地' })
  @ArrayMinSize(1, { message: '请至少选择一块要归并的土地' })
  @ArrayMaxSize(500, { message: '一个方案最多归并 500 块土地' })
  @IsUUID('all', { each: true, message: '所有权记录编号格式不正确' })
  ownershipIds?: string[];
}
