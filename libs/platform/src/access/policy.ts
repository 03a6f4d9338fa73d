import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Role } from './roles.js';

export const POLICY_KEY = 'xujing:policy';

/**
 * What a route requires. Every route declares one (deny by default): a route without a
 * policy answers 403 and fails the router-walking test.
 * - `public`: no login (login itself, health, docs).
 * - `roles`: a logged-in user holding at least one of them. Project scope is then enforced by the
 *   service (objects of other projects answer 404 as if they did not exist).
 * - `self`: any logged-in user acting on their own account (me, logout, change password); allowed
 *   even before the first-login password change.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] } | { kind: 'self' };

/** The route needs no login. */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies AccessPolicy);

/** The route is for users holding at least one of `roles`. */
export const Allow = (...roles: Role[]) =>
  applyDecorators(SetMetadata(POLICY_KEY, { kind: 'roles', roles } satisfies AccessPolicy), ApiBearerAuth());

/** The route acts on the caller's own account; any logged-in user. */
export const Self = () => applyDecorators(SetMetadata(POLICY_KEY, { kind: 'self' } satisfies AccessPolicy), ApiBearerAuth());

/** Reading roles: everyone who may read case data. */
export const READERS: Role[] = ['admin', 'officer', 'finance', 'leader', 'company'];

export const AUDIT_ACTION_KEY = 'xujing:audit-action';

/**
 * Names the audit action of a route (e.g. `household.create`, `pii.unmask`). Write routes
 * (POST/PUT/PATCH/DELETE) are audited whether or not they carry it; without it the action is
 * derived from the controller and handler names.
 */
export const AuditAction = (action: string) => SetMetadata(AUDIT_ACTION_KEY, action);

export const AUDIT_IN_HANDLER_TRANSACTION_KEY = 'xujing:audit-in-handler-transaction';

/**
 * For a write route that first receives and checks a large upload: the request's transaction is not
 * opened around the whole handler (which would hold a pooled connection while the file arrives) but
 * by the handler's service when it writes, and the audit row joins that transaction. The handler must
 * then make all its writes in one `TransactionalConnection.transaction()`.
 */
export const AuditInHandlerTransaction = () => SetMetadata(AUDIT_IN_HANDLER_TRANSACTION_KEY, true);
