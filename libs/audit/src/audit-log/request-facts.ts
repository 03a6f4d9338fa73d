import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ANONYMOUS_ACTOR, AUDIT_ACTION_KEY, currentContext } from '@app/platform';
import { defaultAuditAction, WRITE_METHODS } from '../domain/audit-action.js';
import type { AuditedRequest } from '../domain/audit-row.js';

export type RequestFacts = Pick<AuditedRequest, 'action' | 'method' | 'path'>;

/**
 * What an audited request is (its action, method and path without the query string), or null for a
 * request that is not audited: every write (POST/PUT/PATCH/DELETE) and every route named with `@AuditAction`.
 */
export function auditedRequestFacts(reflector: Reflector, context: ExecutionContext): RequestFacts | null {
  const request = context.switchToHttp().getRequest<Request>();
  const named = reflector.getAllAndOverride<string | undefined>(AUDIT_ACTION_KEY, [context.getHandler(), context.getClass()]);
  if (!named && !WRITE_METHODS.has(request.method)) return null;
  return {
    action: named ?? defaultAuditAction(context.getClass().name, context.getHandler().name),
    method: request.method,
    path: request.originalUrl.split('?')[0]!,
  };
}

/** Who made the request, and from where, as the request context holds it. */
export function requestContextOf(request: Request): Pick<AuditedRequest, 'actor' | 'changes' | 'requestId' | 'ip'> {
  const context = currentContext();
  return {
    actor: context?.actor ?? ANONYMOUS_ACTOR,
    changes: context?.changes ?? [],
    requestId: context?.requestId ?? null,
    ip: context?.ip ?? request.ip ?? null,
  };
}
