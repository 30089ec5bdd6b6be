// Parts of a page below its first screen, rendered just after the page first paints when the
// page is reached inside the app: after the last answer the results page used to render every
// part (the other roles with their closest paths, what-if, readiness) before anything painted,
// about 0.6 s at 4x CPU. A prerendered page hydrates whole, since its HTML already holds every
// part, and so does the first page a visit opens (ADR 0008).
import { useDeferredValue } from 'react';

let firstPageShown = false;

/** Called by the app once its first page has rendered (hydrated or not). */
export function markFirstPageShown(): void {
  firstPageShown = true;
}

/**
 * False on the first render of a page reached by a navigation inside the app, then true in a
 * render React does after that one is shown; true throughout on the first page and the server.
 */
export function useLaterParts(): boolean {
  return useDeferredValue(true, firstPageShown ? false : undefined);
}
