import { useEffect } from 'react';

export const APP_NAME = 'AI Career Pathfinder';

export function pageTitle(title: string): string {
  return title === APP_NAME ? APP_NAME : `${title} – ${APP_NAME}`;
}

/** Names the page in the tab and for the route announcer in the layout. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
