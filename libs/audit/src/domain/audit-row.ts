import type { Actor, NotedChange } from '@app/platform';
import { actionEntityType } from './audit-action.js';
import { maskIfPersonalNumber, maskPersonalData, maskText } from './mask-personal-data.js';

export type AuditOutcome = 'success' | 'failure';

/** One change as the audit row keeps it: which object, and its changed fields before and after (personal data masked). */
export interface AuditChange {
  entityType: string;
  entityId: string;
  projectId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What the audit interceptor knows about a finished request. */
export interface AuditedRequest {
  action: string;
  method: string;
  /** Without the query string. */
  path: string;
  statusCode: number;
  outcome: AuditOutcome;
  /** The Chinese error message of a failure. */
  detail?: string | null;
  actor: Actor;
  requestId?: string | null;
  ip?: string | null;
  /** What the services noted (`noteChange`). */
  changes: readonly NotedChange[];
  /** The object the route names (`:id`) or created (`id` of the answer), for requests that noted no change. */
  fallbackEntityId?: string | null;
}

/** The audit row of a request, as stored (without id and time). */
export interface AuditRowData {
  userId: string | null;
  username: string;
  roles: string[];
  action: string;
  entityType: string | null;
  entityId: string | null;
  projectId: string | null;
  changes: AuditChange[];
  requestId: string | null;
  ip: string | null;
  method: string;
  path: string;
  statusCode: number;
  outcome: AuditOutcome;
  detail: string | null;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/**
 * Turns a request into its one audit row. The row names the change the action is about (the
 * first noted change of the action's entity type, else the first one); a failure keeps that
 * name but no changes (they were rolled back). An anonymous request about a user (a login)
 * is recorded under the username that was tried (masked if it is an ID or phone number).
 * Personal data is masked throughout.
 */
export function buildAuditRow(request: AuditedRequest): AuditRowData {
  const type = actionEntityType(request.action);
  const primary = request.changes.find((c) => c.entityType === type) ?? request.changes[0];
  const fallbackId = request.fallbackEntityId ?? null;
  const entityId = primary?.entityId ?? fallbackId;
  const tried = !request.actor.userId && primary?.entityType === 'user' ? primary.entityId : undefined;
  return {
    userId: request.actor.userId,
    username: clip(maskIfPersonalNumber(tried ?? request.actor.username), 50),
    roles: [...request.actor.roles],
    action: request.action,
    entityType: primary?.entityType ?? (fallbackId ? type : null),
    entityId: entityId === null ? null : clip(maskIfPersonalNumber(entityId), 100),
    projectId: primary?.projectId ?? request.changes.find((c) => c.projectId)?.projectId ?? null,
    changes:
      request.outcome === 'success'
        ? request.changes.map((c) => ({
            entityType: c.entityType,
            entityId: maskIfPersonalNumber(c.entityId),
            projectId: c.projectId ?? null,
            before: (maskPersonalData(c.before ?? null) as Record<string, unknown> | null) ?? null,
            after: (maskPersonalData(c.after ?? null) as Record<string, unknown> | null) ?? null,
          }))
        : [],
    requestId: request.requestId ? clip(request.requestId, 100) : null,
    ip: request.ip ? clip(request.ip, 64) : null,
    method: request.method,
    path: clip(maskText(request.path), 500),
    statusCode: request.statusCode,
    outcome: request.outcome,
    detail: request.detail ? maskText(request.detail) : null,
  };
}
