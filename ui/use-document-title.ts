import { useEffect } from 'preact/hooks';

/** Keeps the page's title in the reader's language: screen readers announce it, and Firefox shows it on the sidebar. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
