import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateProjectDto } from './create-project.dto.js';

/**
 * Every field of a project except its code (which names it in URLs, imports and assignments),
 * each optional (`null` clears an optional one), plus the version read.
 */
export class UpdateProjectDto extends PartialType(OmitType(CreateProjectDto, ['code'] as const), { skipNullProperties: false }) {
  @ApiProperty({ description: '版本号（乐观锁，填写读取时的 version）', example: 1 })
  @IsInt()
  @Min(1)
  version: number;
}
