import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ANONYMOUS_ACTOR, runWithContext } from './request-context.js';

/** Opens the request context every later layer reads; the identity guard then sets the actor from the session. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const requestId = (req as Request & { id?: string }).id;
    runWithContext({ requestId: requestId ? String(requestId) : undefined, ip: req.ip, actor: { ...ANONYMOUS_ACTOR }, changes: [] }, next);
  }
}
