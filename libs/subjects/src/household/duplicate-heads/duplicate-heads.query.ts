import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** GET /api/households/duplicate-heads. */
export class DuplicateHeadsQuery {
  @ApiPropertyOptional({ description: '项目编号（不填：可见的全部项目）', example: 'GJ17' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  projectCode?: string;
}
