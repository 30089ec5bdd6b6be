// Print, or save as PDF. The print stylesheet (global.css, @media print) leaves out the
// controls; the page's own address is printed so paper leads back to the link.
import { useSyncExternalStore } from 'react';
import { useHref } from 'react-router';

export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}

const noSubscription = () => () => {};
const browserOrigin = () => window.location.origin;
const noOrigin = () => '';

/**
 * The canonical address, shown only in print. The prerendered HTML cannot know the host, so it
 * holds the path; after hydration the browser's origin is added (useSyncExternalStore renders
 * the server's text while hydrating, then the browser's).
 */
export function PrintAddress({ to }: { to: string }) {
  const href = useHref(to);
  const origin = useSyncExternalStore(noSubscription, browserOrigin, noOrigin);
  return (
    <p className="print-only print-address">
      This page: <span className="print-address__url">{`${origin}${href}`}</span>
    </p>
  );
}
