import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { ROLES, type Role } from '@app/platform';
import { DisplayNameField, ProjectCodesField, RolesField } from './user-fields.js';

/** What an admin may change on an account; changing roles or projects ends the user's sessions. */
export class UpdateUserDto {
  @ApiPropertyOptional({ description: '姓名', example: '王建国' })
  @DisplayNameField({ optional: true })
  displayName?: string;

  @ApiPropertyOptional({ description: '角色（至少一个）', enum: ROLES, isArray: true })
  @RolesField({ optional: true })
  roles?: Role[];

  @ApiPropertyOptional({ description: '负责的项目编号（整体替换）', type: [String] })
  @ProjectCodesField()
  projects?: string[];

  @ApiProperty({ description: '版本号（乐观锁，填写读取时的 version）', example: 1 })
  @IsInt()
  @Min(1)
  version: number;
}
