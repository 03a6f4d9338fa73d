import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ description: '当前密码' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  currentPassword: string;

  @ApiProperty({ description: '新密码（至少 8 位，含大写字母、小写字母、数字、特殊字符中的至少三类）' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  newPassword: string;
}
