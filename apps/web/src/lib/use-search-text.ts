import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './use-debounced-value';

const SEARCH_DELAY_MS = 300;

/**
 * The text in a list's search box, applied (via `onSearch`) once the user pauses typing. When the
 * applied query changes from elsewhere (back button, a tile link) the box shows it again.
 */
export function useSearchText(
  q: string,
  onSearch: (q: string) => void,
): [string, (value: string) => void] {
  const [search, setSearch] = useState(q);
  const [appliedQ, setAppliedQ] = useState(q);
  if (q !== appliedQ) {
    setAppliedQ(q);
    setSearch(q);
  }
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  }, [onSearch]);

  const paused = useDebouncedValue(search, SEARCH_DELAY_MS);
  useEffect(() => {
    // Only text the user has stopped changing: a value left over from before `q` moved elsewhere
    // must not be applied.
    if (paused !== search || paused === q) return;
    onSearchRef.current(paused);
  }, [paused, search, q]);

  return [search, setSearch];
}
