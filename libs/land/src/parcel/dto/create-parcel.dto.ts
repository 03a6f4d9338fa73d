import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsAreaValue, Trim } from '@app/platform';
import { LAND_OWNERSHIPS, PARCEL_STATUSES, type LandOwnership, type ParcelStatus } from '../../domain/land-status.js';

export class CreateParcelDto {
  @ApiProperty({ description: '地块编号（项目内唯一，如 GJ17-01）', example: 'GJ17-04' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,29}$/, { message: '地块编号只能包含大写字母、数字和连字符，2 至 30 位' })
  code: string;

  @ApiProperty({ description: '所在村', example: '二联村' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  village: string;

  @ApiProperty({ description: '土地权属（collective 集体 / state 国有）', enum: LAND_OWNERSHIPS })
  @IsIn(LAND_OWNERSHIPS, { message: '土地权属只能是 collective（集体）或 state（国有）' })
  landOwnership: LandOwnership;

  @ApiProperty({ description: '地块面积（平方米，最多两位小数）', example: '12500.50' })
  @IsAreaValue('地块面积')
  area: string;

  @ApiPropertyOptional({ description: '地块状态', enum: PARCEL_STATUSES })
  @IsOptional()
  @IsIn(PARCEL_STATUSES)
  status?: ParcelStatus;

  @ApiPropertyOptional({ description: '备注' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  remarks?: string;
}
