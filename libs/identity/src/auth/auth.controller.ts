import { Body, Controller, Get, HttpCode, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuditAction, Public, Self } from '@app/platform';
import { LoginRateLimitInterceptor } from '../access/login-rate-limit.interceptor.js';
import { AuthService } from './auth.service.js';
import { AccountView, LoginResultView } from './auth.view.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { LoginDto } from './dto/login.dto.js';

@ApiTags('登录与账号')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @AuditAction('auth.login')
  @UseInterceptors(LoginRateLimitInterceptor)
  @HttpCode(200)
  @ApiOperation({ summary: '登录，返回访问令牌' })
  @ApiOkResponse({ type: LoginResultView })
  login(@Body() dto: LoginDto, @Req() req: Request) {
    return this.auth.login(dto.username, dto.password, req.ip);
  }

  @Post('logout')
  @Self()
  @AuditAction('auth.logout')
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录（令牌立即失效）' })
  @ApiNoContentResponse({ description: '已退出' })
  async logout(): Promise<void> {
    await this.auth.logout();
  }

  @Get('me')
  @Self()
  @ApiOperation({ summary: '当前用户' })
  @ApiOkResponse({ type: AccountView })
  me() {
    return this.auth.me();
  }

  @Post('password')
  @Self()
  @AuditAction('auth.password')
  @HttpCode(200)
  @ApiOperation({ summary: '修改本人密码' })
  @ApiOkResponse({ type: AccountView })
  changePassword(@Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(dto.currentPassword, dto.newPassword);
  }
}
