import type { Page } from '@regiokracht/shared';
import { invalidField } from '../errors/conflict';

export function toPage<T>(
  items: T[],
  total: number,
  query: { page: number; pageSize: number },
): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/**
 * Reads `sort=-name` against the allowed fields: which one, and whether descending. An unknown
 * field is a 400 naming `sort`.
 */
export function parseSort<K extends string>(
  sort: string | undefined,
  allowed: Record<K, unknown>,
  fallback: K,
): { field: K; descending: boolean } {
  const key = sort ?? fallback;
  const descending = key.startsWith('-');
  const field = (descending ? key.slice(1) : key) as K;
  if (!Object.hasOwn(allowed, field))
    throw invalidField(
      'sort',
      `must be one of ${Object.keys(allowed).join(', ')} (optionally prefixed with -)`,
    );
  return { field, descending };
}

/**
 * Turns `sort=-name` into an ORDER BY clause from an allow-list of API field → SQL expression.
 * An id tie-breaker keeps paging stable.
 */
export function orderBy(
  sort: string | undefined,
  allowed: Record<string, string>,
  fallback: string,
  idColumn = 'id',
): string {
  const { field, descending } = parseSort(sort, allowed, fallback);
  return `${allowed[field]} ${descending ? 'DESC' : 'ASC'} NULLS LAST, ${idColumn} ASC`;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
