import { MAX_PAGE_SIZE, type Page } from '@regiokracht/shared';

/** Pages at most this many times; a coalition has hundreds of rows, not tens of thousands. */
const MAX_PAGES = 25;

/**
 * Every item of a list endpoint, by asking for the largest pages the API allows until `total`
 * is reached.
 */
export async function fetchAllPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await fetchPage(page, MAX_PAGE_SIZE);
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) break;
  }
  return items;
}
