import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export interface Polled<T> {
  /** The latest answer for the current key (null until the first one arrives). */
  value: T | null;
  /** The last refusal; cleared by the next good answer. */
  error: unknown;
  loading: boolean;
  /** Starts polling again from now (e.g. after the user asks to retry). */
  restart(): void;
}

/**
 * Follows a background job: loads `key` at once, then every `intervalMs` while `keepPolling(value)`
 * holds (queued or running). Stops when the job is done, when the key changes and when the screen
 * is left (unmount). A dropped connection or a 5xx is retried more slowly; any other refusal (404,
 * 403) stops polling and is returned as `error`. One request at a time: the next starts only after
 * the previous answer, so a slow server is never flooded.
 */
export function usePolled<T>(
  key: string | null,
  load: (key: string) => Promise<T>,
  keepPolling: (value: T) => boolean,
  intervalMs = 500,
): Polled<T> {
  const [state, setState] = useState<{ key: string | null; value: T | null; error: unknown }>({ key: null, value: null, error: null });
  const [generation, setGeneration] = useState(0);
  // The callbacks change identity on every render; polling must not restart because of that.
  const loadRef = useRef(load);
  const keepRef = useRef(keepPolling);
  loadRef.current = load;
  keepRef.current = keepPolling;

  useEffect(() => {
    if (!key) return undefined;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      let delay = intervalMs;
      try {
        const value = await loadRef.current(key);
        if (!live) return;
        setState({ key, value, error: null });
        if (!keepRef.current(value)) return;
      } catch (error) {
        if (!live) return;
        setState((s) => ({ key, value: s.key === key ? s.value : null, error }));
        const transient = error instanceof ApiError && (error.status === 0 || error.status >= 500);
        if (!transient) return;
        delay = Math.max(intervalMs * 4, 2000);
      }
      timer = setTimeout(() => void tick(), delay);
    };
    void tick();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [key, intervalMs, generation]);

  const restart = useCallback(() => setGeneration((g) => g + 1), []);
  const current = state.key === key;
  return {
    value: current ? state.value : null,
    error: current ? state.error : null,
    loading: !!key && (!current || (state.value === null && state.error === null)),
    restart,
  };
}
