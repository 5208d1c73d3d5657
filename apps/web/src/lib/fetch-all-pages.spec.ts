import { MAX_PAGE_SIZE, type Page } from '@regiokracht/shared';
import { fetchAllPages } from './fetch-all-pages';

function pagesOf(total: number) {
  const calls: number[] = [];
  const fetchPage = (page: number, pageSize: number): Promise<Page<number>> => {
    calls.push(page);
    const start = (page - 1) * pageSize;
    const items = Array.from(
      { length: Math.max(0, Math.min(pageSize, total - start)) },
      (_, i) => start + i,
    );
    return Promise.resolve({ items, total, page, pageSize });
  };
  return { calls, fetchPage };
}

describe('fetchAllPages', () => {
  it('asks for the first page, then all the others at once, in order', async () => {
    const { calls, fetchPage } = pagesOf(2 * MAX_PAGE_SIZE + 5);
    const items = await fetchAllPages(fetchPage);
    expect(items).toEqual(Array.from({ length: 2 * MAX_PAGE_SIZE + 5 }, (_, i) => i));
    expect(calls).toEqual([1, 2, 3]);
  });

  it('asks once for a list that fits one page, and for an empty one', async () => {
    const small = pagesOf(3);
    expect(await fetchAllPages(small.fetchPage)).toEqual([0, 1, 2]);
    expect(small.calls).toEqual([1]);
    const empty = pagesOf(0);
    expect(await fetchAllPages(empty.fetchPage)).toEqual([]);
    expect(empty.calls).toEqual([1]);
  });
});
