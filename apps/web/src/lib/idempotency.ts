import { useCallback, useRef } from 'react';

/** A random key (UUID v4); `crypto.randomUUID` exists only in secure contexts, plain http on a LAN lacks it. */
function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The `Idempotency-Key` of a submission: a fresh key for every new submission, the same key when the
 * very same content is sent again after a failure (a retry: the api then replays the first answer
 * instead of recording twice). `done()` after success, so the next submission gets a new key.
 */
export function useIdempotencyKey() {
  const current = useRef<{ key: string; content: string } | null>(null);
  const keyFor = useCallback((content: unknown): string => {
    const text = JSON.stringify(content);
    if (current.current?.content !== text) current.current = { key: randomKey(), content: text };
    return current.current.key;
  }, []);
  const done = useCallback(() => {
    current.current = null;
  }, []);
  return { keyFor, done };
}
