import { useEffect } from 'react';

const PRODUCT_NAME = 'Regiokracht';

/** Names the browser tab after the page, so tabs, history and screen readers can tell pages apart. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} · ${PRODUCT_NAME}`;
  }, [pageTitle]);
}
