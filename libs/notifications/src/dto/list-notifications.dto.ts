import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQueryDto } from '@app/platform';

export class ListNotificationsDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: '只看未读' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value))
  @IsBoolean({ message: 'unread 只能是 true 或 false' })
  unread?: boolean;
}
