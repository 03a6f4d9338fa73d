import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@app/platform';
import { DisplayNameField, ProjectCodesField, RolesField, UsernameField } from './user-fields.js';

export class CreateUserDto {
  @ApiProperty({ description: '用户名（3 至 30 位小写字母、数字、点、下划线或连字符，保存为小写）', example: 'wangjg' })
  @UsernameField()
  username: string;

  @ApiProperty({ description: '姓名', example: '王建国' })
  @DisplayNameField()
  displayName: string;

  @ApiProperty({ description: '角色（至少一个）', enum: ROLES, isArray: true, example: ['officer'] })
  @RolesField()
  roles: Role[];

  @ApiPropertyOptional({ description: '负责的项目编号', type: [String], example: ['GJ17'] })
  @ProjectCodesField()
  projects?: string[];

  @ApiPropertyOptional({ description: '初始密码（不填则生成临时密码，只显示一次；用户首次登录须修改）' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password?: string;
}
