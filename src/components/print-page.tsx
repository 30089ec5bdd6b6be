// Print, or save as PDF. The print stylesheet (global.css, @media print) leaves out the
// controls; the page's own address is printed so paper leads back to the link.
import { useEffect, useSyncExternalStore } from 'react';
import { useHref } from 'react-router';
import { m } from '../i18n';
import { withParts } from './message-parts';

export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {m.components_print_button()}
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
      {withParts(m.components_print_address, { address: <span className="print-address__url">{origin + href}</span> })}
    </p>
  );
}

/**
 * Opens every closed disclosure on the page for printing and closes them again afterwards. The
 * print stylesheet opens them too (details::details-content); this covers browsers without it.
 */
export function useOpenDisclosuresForPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const beforePrint = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
      for (const details of opened) details.open = true;
    };
    const afterPrint = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);
}
