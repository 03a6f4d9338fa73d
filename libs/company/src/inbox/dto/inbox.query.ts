import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '@app/platform';

export class InboxQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: '项目编号（不填为本人可见的全部项目）', example: 'GJ17' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  project?: string;
}
