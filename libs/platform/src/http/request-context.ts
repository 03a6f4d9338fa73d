import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting in the current request or job, for history rows and (later) audit. */
export interface Actor {
  username: string;
  roles: string[];
  /** Project codes the actor is assigned to (empty for roles that see everything). */
  projects: string[];
}

export interface RequestContextData {
  requestId?: string;
  ip?: string;
  actor: Actor;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/** Actor of work that no person started (seed, jobs without an owner). */
export const SYSTEM_ACTOR: Actor = { username: 'system', roles: ['admin'], projects: [] };

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
