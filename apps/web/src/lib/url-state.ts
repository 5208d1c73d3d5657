import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** `value` if it is one of `values`: a hand-edited or outdated URL falls back to the default. */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.includes(value as T) ? (value as T) : null;
}

/** `?page=`, a whole number from 1; anything else is the first page. */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** `?sort=name` or `?sort=-name` (descending), when `name` is one of `keys`. */
export function parseSortParam<K extends string>(
  value: string | null,
  keys: readonly K[],
): { key: K; descending: boolean } | null {
  const raw = value ?? '';
  const descending = raw.startsWith('-');
  const key = oneOf(keys, descending ? raw.slice(1) : raw);
  return key ? { key, descending } : null;
}

export function sortParam(key: string, descending: boolean): string {
  return `${descending ? '-' : ''}${key}`;
}

/** Sets `key`, or leaves it out when empty or the default: URLs carry only what differs. */
export function setParam(
  params: URLSearchParams,
  key: string,
  value: string | null | undefined,
  fallback?: string,
): void {
  if (value === null || value === undefined || value === '' || value === fallback) {
    params.delete(key);
  } else {
    params.set(key, value);
  }
}

export interface UrlStateCodec<S> {
  /** The state the URL holds; must be a stable (module-level) function. */
  read: (params: URLSearchParams) => S;
  /** The URL for a state; must be a stable (module-level) function. */
  write: (state: S) => URLSearchParams;
  /** Which changes replace the history entry instead of adding one (e.g. every typed letter). */
  replace?: (changes: Partial<S>) => boolean;
}

/**
 * A list's filters, sort and page, kept in the URL so that a link (from the dashboard, say) and
 * the back button open the same list. Any change but paging itself starts at the first page.
 */
export function useUrlState<S extends { page: number }>({
  read,
  write,
  replace,
}: UrlStateCodec<S>) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => read(params), [params, read]);
  const update = useCallback(
    (changes: Partial<S>) =>
      setParams((previous) => write({ ...read(previous), ...changes, page: changes.page ?? 1 }), {
        replace: replace?.(changes) ?? false,
      }),
    [setParams, read, write, replace],
  );
  return { state, update };
}
