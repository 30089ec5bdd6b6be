import { useEffect } from 'react';
import { m } from '../i18n';

/** The brand: the same in every language. */
export const APP_NAME = m.app_name();

export function pageTitle(title: string): string {
  return title === APP_NAME ? APP_NAME : m.app_page_title({ title, app: APP_NAME });
}

/** Names the page in the tab and for the route announcer in the layout. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
