import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateParcelDto } from './create-parcel.dto.js';

/**
 * Every field of a parcel except its code (subjects and ledgers name their parcel by it), each
 * optional (`null` clears the remarks), plus the version read.
 */
export class UpdateParcelDto extends PartialType(OmitType(CreateParcelDto, ['code'] as const), { skipNullProperties: false }) {
  @ApiProperty({ description: '版本号（乐观锁，填写读取时的 version）', example: 1 })
  @IsInt()
  @Min(1)
  version: number;
}
