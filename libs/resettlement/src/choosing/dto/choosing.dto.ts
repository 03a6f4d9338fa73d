import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { Trim } from '@app/platform';

export class CreateChoosingRoundDto {
  @ApiProperty({ format: 'uuid', description: '安置基地' })
  @IsUUID('all', { message: '安置基地编号格式不正确' })
  baseId: string;

  @ApiProperty({ type: [String], description: '参加选房的项目编号', example: ['GJ17'] })
  @IsArray({ message: '请选择参加选房的项目' })
  @ArrayMinSize(1, { message: '请选择参加选房的项目' })
  @ArrayMaxSize(20)
  @IsString({ each: true, message: '项目编号必须是文字' })
  @MaxLength(20, { each: true })
  projectCodes: string[];

  @ApiPropertyOptional({ description: '公开的种子（如当期福利彩票开奖号码）；不填则由系统生成 32 字节随机数', example: '2026120401' })
  @IsOptional()
  @Trim()
  @IsString({ message: '种子必须是文字' })
  @Matches(/^[0-9A-Za-z_-]{1,128}$/, { message: '种子只能由 1–128 位字母、数字、“-”或“_”组成' })
  seed?: string;
}

export class CloseChoosingRoundDto {
  @ApiProperty({ type: 'integer', description: '读取时的版本号' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1)
  version: number;
}

export class ChoosingRoundsQuery {
  @ApiPropertyOptional({ description: '项目编号', example: 'GJ17' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20)
  project?: string;
}

export class UnitOptionsQuery {
  @ApiPropertyOptional({ description: '楼号', example: '3号楼' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  building?: string;

  @ApiPropertyOptional({ description: '户型', example: '两室一厅' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  layout?: string;
}

