import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { TransactionalConnection, type AccessDeniedRecorder } from '@app/platform';
import { AuditLogService } from './audit-log.service.js';
import { auditedRequestFacts, requestContextOf } from './request-facts.js';

/**
 * Records an audited request (a write, or a route named with `@AuditAction`) that the access guard
 * refused a signed-in user: one row, outcome `failure`, status 403, with the guard's reason.
 */
@Injectable()
export class AuditAccessDenials implements AccessDeniedRecorder {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditLogService,
  ) {}

  async record(context: ExecutionContext, message: string): Promise<void> {
    if (context.getType() !== 'http') return;
    const facts = auditedRequestFacts(this.reflector, context);
    if (!facts) return;
    const request = context.switchToHttp().getRequest<Request>();
    const routeId = typeof request.params?.id === 'string' ? request.params.id : null;
    await this.connection
      .independentTransaction(() =>
        this.audit.record({ ...facts, ...requestContextOf(request), statusCode: 403, outcome: 'failure', detail: message, fallbackEntityId: routeId }),
      )
      .catch((error: unknown) => this.logger.error(`审计记录写入失败 (${facts.action}): ${(error as Error).message}`));
  }
}
