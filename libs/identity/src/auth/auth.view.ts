import { ApiProperty } from '@nestjs/swagger';
import { ApiInstant, ROLES, type Role } from '@app/platform';

/** The signed-in account as the login and `me` answers show it. */
export class AccountView {
  @ApiProperty()
  username!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles!: Role[];

  @ApiProperty({ type: [String], description: '负责的项目编号（经办人、西虹桥公司）' })
  projects!: string[];

  @ApiProperty({ description: '首次登录或重置后须修改密码' })
  mustChangePassword!: boolean;
}

/** The answer of a successful login. */
export class LoginResultView {
  @ApiProperty({ description: '访问令牌（Authorization: Bearer …）' })
  accessToken!: string;

  @ApiInstant({ description: '令牌到期时间' })
  expiresAt!: string;

  @ApiProperty({ type: AccountView })
  user!: AccountView;
}
