import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '@app/platform';

export class DisableUserDto {
  @ApiPropertyOptional({ description: '停用原因', example: '调离动迁办' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}
