import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class QuotaQueryDto {
  @ApiPropertyOptional({ type: 'integer', description: '年度（默认为数据所在年度）', example: 2013 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年度必须是整数' })
  @Min(2000, { message: '年度不能早于 2000 年' })
  @Max(2100, { message: '年度不能晚于 2100 年' })
  year?: number;
}
