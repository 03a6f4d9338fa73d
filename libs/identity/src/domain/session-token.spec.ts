import { hashSessionToken, newSessionToken, sessionEndsAt, sessionNeedsTouch } from './session-token.js';

describe('session tokens', () => {
  it('are 256-bit opaque strings, stored as their SHA-256', () => {
    const token = newSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(token)).not.toBe(hashSessionToken(newSessionToken()));
  });

  it('end at the idle deadline or the absolute limit, whichever is first', () => {
    const lastSeenAt = new Date('2013-12-13T08:00:00Z');
    expect(sessionEndsAt({ lastSeenAt, expiresAt: new Date('2013-12-13T20:00:00Z') }, 30)).toEqual(new Date('2013-12-13T08:30:00Z'));
    expect(sessionEndsAt({ lastSeenAt, expiresAt: new Date('2013-12-13T08:10:00Z') }, 30)).toEqual(new Date('2013-12-13T08:10:00Z'));
  });

  it('record activity at most every 30 seconds', () => {
    const lastSeenAt = new Date('2013-12-13T08:00:00Z');
    expect(sessionNeedsTouch({ lastSeenAt }, new Date('2013-12-13T08:00:29.999Z'))).toBe(false);
    expect(sessionNeedsTouch({ lastSeenAt }, new Date('2013-12-13T08:00:30Z'))).toBe(true);
    expect(sessionNeedsTouch({ lastSeenAt }, new Date('2013-12-13T08:29:00Z'))).toBe(true);
  });
});
