import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, switchMap, type Observable } from 'rxjs';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig, noteChange } from '@app/platform';

/**
 * Limits login attempts per client IP (429 in Chinese with Retry-After). Counted per api process;
 * the per-account lockout (five failures) is in the database and holds across processes.
 *
 * An interceptor rather than a guard: it runs inside the global audit interceptor, so a refused
 * attempt is audited like every other login attempt, under the username it tried.
 */
@Injectable()
export class LoginRateLimitInterceptor implements NestInterceptor {
  private readonly limiter: RateLimiterMemory;

  constructor(config: AppConfig) {
    this.limiter = new RateLimiterMemory({ keyPrefix: 'login', points: config.LOGIN_RATE_LIMIT, duration: 60 });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.consume(context)).pipe(switchMap(() => next.handle()));
  }

  private async consume(context: ExecutionContext): Promise<void> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    try {
      await this.limiter.consume(request.ip ?? 'unknown');
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const tried: unknown = (request.body as { username?: unknown } | undefined)?.username;
      if (typeof tried === 'string' && tried.trim()) {
        const username = tried.trim().toLowerCase().slice(0, 50);
        noteChange({ entityType: 'user', entityId: username, after: { username } });
      }
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      response.setHeader('Retry-After', String(seconds));
      throw new HttpException(`登录尝试过于频繁，请 ${seconds} 秒后再试`, 429);
    }
  }
}
