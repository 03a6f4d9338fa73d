import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isPersonalNumber } from '../../lib/personal-number';

/** Page sizes the lists offer (the api allows up to 200). */
export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** A list's state as its address holds it: `?project=GJ17&status=signed&q=张&page=2&pageSize=50&sort=-surveyedOn`. */
export interface ListQuery<F extends string> {
  page: number;
  pageSize: number;
  /** `field` ascending, `-field` descending; undefined = the api's default (code ascending). */
  sort?: string;
  filters: Partial<Record<F, string>>;
}

function positiveInt(text: string | null, fallback: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** Reads a list's filters, page and sort from a query string; unknown or empty values are left out. */
export function readListQuery<F extends string>(search: URLSearchParams, filterKeys: readonly F[], sortKeys: readonly string[]): ListQuery<F> {
  const filters: Partial<Record<F, string>> = {};
  for (const key of filterKeys) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const pageSize = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  const sort = search.get('sort') ?? undefined;
  return {
    page: positiveInt(search.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    sort: sort && sortKeys.includes(sort.replace(/^-/, '')) ? sort : undefined,
    filters,
  };
}

/**
 * A list's filters, page and sort kept in the address, so a reload, the back button or a shared
 * link shows the same list. Changing a filter goes back to page 1.
 *
 * Except a keyword that is a full 身份证号 or phone number: it is kept in memory only, never in the
 * address (history, bookmarks and proxies would keep it); such a search is gone after a reload.
 */
export function useListQuery<F extends string>(filterKeys: readonly F[], sortKeys: readonly string[]) {
  const [search, setSearch] = useSearchParams();
  const [personalQ, setPersonalQ] = useState<string>();
  // The keys are constants of each list; the query string (and a personal keyword) is what changes.
  const query = useMemo(() => {
    const read = readListQuery(search, filterKeys, sortKeys);
    if (personalQ) read.filters = { ...read.filters, q: personalQ };
    return read;
  }, [search, personalQ]);

  const update = useCallback(
    (changes: Record<string, string | number | undefined | null>, replace = false) => {
      if ('q' in changes) {
        const q = String(changes.q ?? '').trim();
        setPersonalQ(q && isPersonalNumber(q) ? q : undefined);
        if (q && isPersonalNumber(q)) changes = { ...changes, q: undefined };
      }
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === null || String(value).trim() === '') next.delete(key);
          else next.set(key, String(value).trim());
        }
        return next;
      }, { replace });
    },
    [setSearch],
  );

  // An address that arrived with a personal number in it (an old link): move it out at once.
  const addressQ = search.get('q')?.trim();
  useEffect(() => {
    if (addressQ && isPersonalNumber(addressQ)) update({ q: addressQ }, true);
  }, [addressQ, update]);

  return {
    query,
    /** The address's query string (for "back to the list" links). */
    search: search.toString(),
    setFilters: (filters: Partial<Record<F, string | undefined>>) => update({ ...filters, page: undefined }),
    resetFilters: () => update({ ...Object.fromEntries(filterKeys.map((k) => [k, undefined])), page: undefined }),
    setPage: (page: number, pageSize: number) => update({ page: page > 1 ? page : undefined, pageSize: pageSize === DEFAULT_PAGE_SIZE ? undefined : pageSize }),
    setSort: (sort: string | undefined) => update({ sort, page: undefined }),
  };
}
