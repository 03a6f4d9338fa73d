import { Controller, ForbiddenException, Get, UnauthorizedException } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Allow, Public, runWithContext, ANONYMOUS_ACTOR, currentActor, type Actor } from '@app/platform';
import type { SessionService } from '../session/session.service.js';
import { AccessGuard } from './access.guard.js';

@Controller('x')
class SampleController {
  @Get('open')
  @Public()
  open() {}

  @Get('forgotten')
  forgotten() {}

  @Get('admins')
  @Allow('admin')
  admins() {}
}

function contextFor(handler: keyof SampleController, authorization?: string): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => SampleController.prototype[handler],
    getClass: () => SampleController,
    switchToHttp: () => ({ getRequest: () => ({ headers: authorization ? { authorization } : {} }) }),
  } as unknown as ExecutionContext;
}

const officer: Actor = { userId: 'u1', username: 'li', roles: ['officer'], projects: ['GJ17'], projectIds: ['p1'] };
const sessions = {
  authenticate: async (token: string) => {
    if (token !== 'good') throw new UnauthorizedException('登录已失效，请重新登录');
    return { actor: officer, mustChangePassword: false };
  },
} as unknown as SessionService;

const inRequest = <T>(work: () => Promise<T>) => runWithContext({ actor: { ...ANONYMOUS_ACTOR }, changes: [] }, work);

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), sessions);

  it('denies a route that declares no policy, even to a logged-in user', async () => {
    await expect(inRequest(() => guard.canActivate(contextFor('forgotten', 'Bearer good')))).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('lets public routes through without a token', async () => {
    await expect(inRequest(() => guard.canActivate(contextFor('open')))).resolves.toBe(true);
  });

  it('asks for a login, then checks the roles, and puts the user in the request context', async () => {
    await expect(inRequest(() => guard.canActivate(contextFor('admins')))).rejects.toThrow('请先登录');
    await expect(inRequest(() => guard.canActivate(contextFor('admins', 'Bearer bad')))).rejects.toThrow('登录已失效');
    await expect(
      inRequest(async () => {
        try {
          await guard.canActivate(contextFor('admins', 'Bearer good'));
        } finally {
          expect(currentActor().username).toBe('li');
        }
      }),
    ).rejects.toThrow('没有权限执行此操作');
  });
});
