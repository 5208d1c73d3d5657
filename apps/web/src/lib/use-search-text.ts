import { useEffect, useRef, useState } from 'react';

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

  useEffect(() => {
    if (search === q) return;
    const timer = window.setTimeout(() => onSearchRef.current(search), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, q]);

  return [search, setSearch];
}
