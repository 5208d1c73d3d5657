import { MAX_PAGE_SIZE, type Page } from '@regiokracht/shared';

/** Pages at most this many times; a coalition has hundreds of rows, not tens of thousands. */
const MAX_PAGES = 25;

/**
 * Every item of a list endpoint in the largest pages the API allows: the first page tells the
 * total, the others are then asked for at once (five round trips cost one, not five).
 */
export async function fetchAllPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
): Promise<T[]> {
  const first = await fetchPage(1, MAX_PAGE_SIZE);
  const pageCount = Math.min(MAX_PAGES, Math.ceil(first.total / MAX_PAGE_SIZE));
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => fetchPage(i + 2, MAX_PAGE_SIZE)),
  );
  return [first, ...rest].flatMap((page) => page.items);
}
