import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, Logger, Optional, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ACCESS_DENIED_RECORDER, POLICY_KEY, setActor, type AccessDeniedRecorder, type AccessPolicy } from '@app/platform';
import { SessionService } from '../session/session.service.js';

/**
 * The global guard. Deny by default: a route that declares no policy answers 403. Otherwise it
 * checks the bearer token's session on every request (so logout, disabling and role changes take
 * effect at once), puts the user in the request context, and checks the route's roles. A signed-in
 * user refused here is told to the recorder (the audit trail), if there is one.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Optional() @Inject(ACCESS_DENIED_RECORDER) private readonly denials?: AccessDeniedRecorder,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      this.logger.error(`路由未声明访问策略: ${context.getClass().name}.${context.getHandler().name}`);
      throw new ForbiddenException('没有权限执行此操作');
    }
    if (policy.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && /^Bearer\s+\S+$/i.test(header) ? header.replace(/^Bearer\s+/i, '') : undefined;
    if (!token) throw new UnauthorizedException('请先登录');
    const { actor, mustChangePassword } = await this.sessions.authenticate(token);
    setActor(actor);
    if (policy.kind === 'self') return true;
    if (mustChangePassword) return this.deny(context, '首次登录请先修改密码');
    if (!actor.roles.some((role) => policy.roles.includes(role))) return this.deny(context, '没有权限执行此操作');
    return true;
  }

  private async deny(context: ExecutionContext, message: string): Promise<never> {
    await this.denials?.record(context, message);
    throw new ForbiddenException(message);
  }
}
