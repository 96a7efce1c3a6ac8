import { useEffect } from 'react';

/** "<page> — Mesa" in the tab, so several open workshops can be told apart. */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    document.title = title ? `${title} — Mesa` : 'Mesa';
  }, [title]);
}
