import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { runWithContext } from './request-context.js';

/**
 * Opens the request context every later layer reads. Until login exists (identity issue) the
 * actor is an anonymous development user; the identity guard replaces it with the session's user.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const requestId = (req as Request & { id?: string }).id;
    runWithContext({ requestId: requestId ? String(requestId) : undefined, ip: req.ip, actor: { username: 'anonymous', roles: ['admin'], projects: [] } }, next);
  }
}
