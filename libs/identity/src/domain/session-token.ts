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
