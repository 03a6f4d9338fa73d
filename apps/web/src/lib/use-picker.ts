import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/client';

/** Rows a picker reads at a time (the api's default page). */
export const PICKER_PAGE = 50;

/** One page of a picker as the api answers it: rows in code order and the cursor of the next page (null: no more). */
export interface PickerAnswer<T> {
  items: T[];
  next: string | null;
}

export interface Picker<T> {
  /** The rows read so far, in code order. */
  rows: T[];
  /** Whether the api has more rows after them. */
  hasMore: boolean;
  loading: boolean;
  /** The last refusal, in the api's Chinese. */
  error: string | null;
  /** Reads the next page and appends it. */
  more(): void;
}

/**
 * A picker's rows, read a page at a time: the first page when `key` changes (a new project or filter; null: closed),
 * then the next page each time the user asks for more. An answer that arrives after the key changed is dropped.
 */
export function usePicker<T>(key: string | null, load: (after: string | undefined) => Promise<PickerAnswer<T>>): Picker<T> {
  const [rows, setRows] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const read = useCallback((after: string | undefined, append: boolean) => {
    const mine = generation.current;
    setLoading(true);
    setError(null);
    loadRef
      .current(after)
      .then((page) => {
        if (generation.current !== mine) return;
        setRows((before) => (append ? [...before, ...page.items] : page.items));
        setNext(page.next);
      })
      .catch((e) => generation.current === mine && setError(errorMessage(e)))
      .finally(() => generation.current === mine && setLoading(false));
  }, []);

  useEffect(() => {
    generation.current += 1;
    setRows([]);
    setNext(null);
    if (key !== null) read(undefined, false);
  }, [key, read]);

  const more = useCallback(() => {
    if (next && !loading) read(next, true);
  }, [next, loading, read]);

  return { rows, hasMore: next !== null, loading, error, more };
}
