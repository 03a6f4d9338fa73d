import { createHash, randomBytes } from 'node:crypto';

/** A new opaque bearer token (256 bits). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored for a token: its SHA-256, hex. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** When a session ends: at the absolute limit, or after the idle timeout, whichever is first. */
export function sessionEndsAt(session: { expiresAt: Date; lastSeenAt: Date }, idleMinutes: number): Date {
  const idleEnd = new Date(session.lastSeenAt.getTime() + idleMinutes * 60_000);
  return idleEnd < session.expiresAt ? idleEnd : session.expiresAt;
}

/**
 * How stale `lastSeenAt` may be before a request writes it again. Recording every request's time would make each
 * authenticated read a write (and a WAL flush); to the minute is all the idle timeout needs, so a session is touched
 * at most twice a minute — it may end up to 30 seconds before its exact idle deadline, never after it.
 */
export const SESSION_TOUCH_EVERY_MS = 30_000;

/** Whether a request at `now` should record the session's activity. */
export function sessionNeedsTouch(session: { lastSeenAt: Date }, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_EVERY_MS;
}
