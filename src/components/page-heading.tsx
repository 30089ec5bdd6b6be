import type { ReactNode } from 'react';

/**
 * The page's one h1. tabIndex -1 lets the layout move focus here after each
 * navigation, so keyboard and screen-reader users start at the new content.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h1 tabIndex={-1} className={className ? `page-heading ${className}` : 'page-heading'}>
      {children}
    </h1>
  );
}
