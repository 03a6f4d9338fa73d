import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/platform';
import { PARCEL_STATUSES, type ParcelStatus } from '../../domain/land-status.js';

export class ListParcelsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: '地块状态', enum: PARCEL_STATUSES })
  @IsOptional()
  @IsIn(PARCEL_STATUSES)
  status?: ParcelStatus;
}
