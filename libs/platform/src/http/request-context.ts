import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../access/roles.js';

/** Who is acting in the current request or job: set by the identity guard from the session. */
export interface Actor {
  /** Null for the system actor. */
  userId: string | null;
  username: string;
  roles: Role[];
  /** Codes of the projects the actor is assigned to. */
  projects: string[];
  /** Ids of the same projects. */
  projectIds: string[];
  /** The session the request came with, if any. */
  sessionId?: string;
}

/** A change a write made, noted for the one audit row its request writes. */
export interface NotedChange {
  entityType: string;
  entityId: string;
  projectId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface RequestContextData {
  requestId?: string;
  ip?: string;
  actor: Actor;
  /** Changes noted by services during this request (see `noteChange`). */
  changes: NotedChange[];
}

const storage = new AsyncLocalStorage<RequestContextData>();

/** Actor of work that no person started (seed, jobs without an owner). */
export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', roles: ['admin'], projects: [], projectIds: [] };

/** Before login: nobody, no roles. */
export const ANONYMOUS_ACTOR: Actor = { userId: null, username: 'anonymous', roles: [], projects: [], projectIds: [] };

/** Runs `work` with `data` as the current request context. */
export function runWithContext<T>(data: RequestContextData, work: () => T): T {
  return storage.run(data, work);
}

/** The current request context, if any. */
export function currentContext(): RequestContextData | undefined {
  return storage.getStore();
}

/** Who is acting now: the request's user, or `system` outside a request. */
export function currentActor(): Actor {
  return storage.getStore()?.actor ?? SYSTEM_ACTOR;
}

/** Replaces the actor of the current request (the identity guard calls this after checking the session). */
export function setActor(actor: Actor): void {
  const store = storage.getStore();
  if (store) store.actor = actor;
}

/**
 * Notes what a write changed (before/after of the changed fields), so the request's one audit row
 * records it. Outside a request (seed, jobs) it is a no-op.
 */
export function noteChange(change: NotedChange): void {
  storage.getStore()?.changes.push(change);
}
