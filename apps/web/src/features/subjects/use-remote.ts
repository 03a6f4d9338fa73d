import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';

export interface Remote<T> {
  data: T | undefined;
  loading: boolean;
  /** The api's Chinese message when the last load failed. */
  error: string | null;
  reload(): void;
}

/**
 * Loads `load()` whenever `key` changes, keeping the previous data on screen while the next page
 * loads; an answer that arrives after a newer request started is dropped.
 */
export function useRemote<T>(load: () => Promise<T>, key: string): Remote<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    const request = ++latest.current;
    setLoading(true);
    loader
      .current()
      .then((result) => {
        if (request !== latest.current) return;
        setData(result);
        setError(null);
      })
      .catch((e: unknown) => request === latest.current && setError(errorMessage(e)))
      .finally(() => request === latest.current && setLoading(false));
  }, [key, revision]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  return { data, loading, error, reload };
}
