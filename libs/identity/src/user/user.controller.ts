import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, AuditAction } from '@app/platform';
import { CreateUserDto } from './dto/create-user.dto.js';
import { DisableUserDto } from './dto/disable-user.dto.js';
import { ListUsersQuery } from './dto/list-users.query.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserService } from './user.service.js';
import { UserPage, userView, UserView, UserWithPasswordView } from './user.view.js';

const UserId = () => Param('id', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('用户不存在') }));

/** Account administration, for admins only. */
@ApiTags('用户管理')
@Controller('users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get()
  @Allow('admin')
  @ApiOperation({ summary: '用户列表' })
  @ApiOkResponse({ type: UserPage })
  async list(@Query() query: ListUsersQuery) {
    const page = await this.users.list(query);
    return { items: page.items.map((record) => userView(record)), total: page.total };
  }

  @Get(':id')
  @Allow('admin')
  @ApiOperation({ summary: '用户详情' })
  @ApiOkResponse({ type: UserView })
  async get(@UserId() id: string) {
    return userView(await this.users.get(id));
  }

  @Post()
  @Allow('admin')
  @AuditAction('user.create')
  @ApiOperation({ summary: '新建用户（未填密码时生成临时密码，只显示一次；首次登录须修改密码）' })
  @ApiCreatedResponse({ type: UserWithPasswordView })
  async create(@Body() dto: CreateUserDto) {
    const { temporaryPassword, ...record } = await this.users.create(dto);
    return temporaryPassword ? { ...userView(record), temporaryPassword } : userView(record);
  }

  @Patch(':id')
  @Allow('admin')
  @AuditAction('user.update')
  @ApiOperation({ summary: '修改姓名、角色或负责项目（需提供 version；改角色或项目后该用户须重新登录）' })
  @ApiOkResponse({ type: UserView })
  async update(@UserId() id: string, @Body() dto: UpdateUserDto) {
    return userView(await this.users.update(id, dto));
  }

  @Post(':id/disable')
  @Allow('admin')
  @AuditAction('user.disable')
  @HttpCode(200)
  @ApiOperation({ summary: '停用用户（立即退出登录）' })
  @ApiOkResponse({ type: UserView })
  async disable(@UserId() id: string, @Body() dto: DisableUserDto) {
    return userView(await this.users.disable(id, dto.reason));
  }

  @Post(':id/enable')
  @Allow('admin')
  @AuditAction('user.enable')
  @HttpCode(200)
  @ApiOperation({ summary: '启用用户' })
  @ApiOkResponse({ type: UserView })
  async enable(@UserId() id: string) {
    return userView(await this.users.enable(id));
  }

  @Post(':id/unlock')
  @Allow('admin')
  @AuditAction('user.unlock')
  @HttpCode(200)
  @ApiOperation({ summary: '解除登录锁定' })
  @ApiOkResponse({ type: UserView })
  async unlock(@UserId() id: string) {
    return userView(await this.users.unlock(id));
  }

  @Post(':id/reset-password')
  @Allow('admin')
  @AuditAction('user.reset_password')
  @HttpCode(200)
  @ApiOperation({ summary: '重置密码（生成临时密码，只显示一次；该用户立即退出登录，下次登录须修改密码）' })
  @ApiOkResponse({ type: UserWithPasswordView })
  async resetPassword(@UserId() id: string) {
    const { temporaryPassword, ...record } = await this.users.resetPassword(id);
    return { ...userView(record), temporaryPassword };
  }
}
