import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { AUDIT_IN_HANDLER_TRANSACTION_KEY, HttpExceptionFilter, TransactionalConnection } from '@app/platform';
import { AuditLogService } from './audit-log.service.js';
import { auditedRequestFacts, requestContextOf, type RequestFacts } from './request-facts.js';

/**
 * Writes one audit row for every write request (POST/PUT/PATCH/DELETE) and every route named
 * with `@AuditAction`. The handler runs inside one transaction and its audit row is inserted
 * before that transaction commits, so a change never lands without its row (and a failed audit
 * insert rolls the change back). A failed request is rolled back, then recorded as a failure in
 * a transaction of its own. A route marked `@AuditInHandlerTransaction()` (an upload) runs its handler
 * outside any transaction, so no connection is held while the file arrives, and its audit row is written
 * by the transaction the handler opens for its writes. Requests the access guard refuses never reach interceptors: a signed-in
 * user's 403 is recorded by AuditAccessDenials, which the guard tells; 401s are not recorded.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditLogService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const facts = auditedRequestFacts(this.reflector, context);
    if (!facts) return next.handle();
    return from(this.run(context, facts, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async run(context: ExecutionContext, facts: RequestFacts, handle: () => Promise<unknown>): Promise<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const routeId = typeof request.params?.id === 'string' ? request.params.id : null;
    const recordSuccess = (fallbackEntityId: string | null) =>
      this.audit.record({ ...facts, ...requestContextOf(request), statusCode: this.successStatus(context), outcome: 'success', fallbackEntityId });
    try {
      if (this.reflector.get<boolean | undefined>(AUDIT_IN_HANDLER_TRANSACTION_KEY, context.getHandler())) {
        const { result, ranLast } = await this.connection.withBeforeCommit(() => recordSuccess(routeId), handle);
        // A handler that wrote nothing opened no transaction: its row gets one of its own.
        if (!ranLast) await this.connection.transaction(() => recordSuccess(idOf(result) ?? routeId));
        return result;
      }
      return await this.connection.transaction(async () => {
        const result = await handle();
        await recordSuccess(idOf(result) ?? routeId);
        return result;
      });
    } catch (error) {
      const { statusCode, message } = HttpExceptionFilter.describe(error);
      await this.connection
        .independentTransaction(() =>
          this.audit.record({ ...facts, ...requestContextOf(request), statusCode, outcome: 'failure', detail: message, fallbackEntityId: routeId }),
        )
        .catch((auditError: unknown) => this.logger.error(`审计记录写入失败 (${facts.action}): ${(auditError as Error).message}`));
      throw error;
    }
  }

  /** The status the answer will carry: Nest sets it only after the interceptors, from `@HttpCode` or the method. */
  private successStatus(context: ExecutionContext): number {
    const declared = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler());
    if (declared) return declared;
    const response = context.switchToHttp().getResponse<Response>();
    if (response.statusCode !== 200) return response.statusCode;
    return context.switchToHttp().getRequest<Request>().method === 'POST' ? 201 : 200;
  }
}

function idOf(result: unknown): string | null {
  const id = result !== null && typeof result === 'object' ? (result as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}
