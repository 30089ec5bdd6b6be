// The page modules the route manifest names, loaded on demand: each page is its own
// chunk, fetched when its route is first matched (or earlier, when warmed).
import { createContext, type ComponentType } from 'react';
import { routeManifest, type PageMeta, type PageModuleKey, type PageParams, type RouteId } from '../routes/manifest';

export interface PageModule {
  readonly Component: ComponentType;
  /** The page's title and description for its static HTML; absent: the app's own. */
  readonly meta?: (params: PageParams) => PageMeta;
}

/** What the route table puts in each page route's `handle`: which manifest route it is, and its meta. */
export interface PageHandle {
  readonly routeId: RouteId;
  readonly meta?: PageModule['meta'];
}

export function readPageHandle(handle: unknown): PageHandle | null {
  return typeof handle === 'object' && handle !== null && 'routeId' in handle ? (handle as PageHandle) : null;
}

const modules = import.meta.glob<PageModule>('../features/*/*-page.tsx');

export function pageLoader(key: PageModuleKey): () => Promise<PageModule> {
  const load = modules[`../features/${key}.tsx`];
  if (!load) throw new Error(`The route manifest names src/features/${key}.tsx, which does not exist`);
  return load;
}

/** Makes these routes' code ready to render. */
export type RouteWarmer = (routeIds: readonly RouteId[]) => void;

/** Fetches the modules only (the server render, the tests' memory router). */
function loadPageModules(routeIds: readonly RouteId[]): void {
  for (const routeId of routeIds) {
    // A failed warm-up costs nothing: the route loads (and reports errors) when opened.
    pageLoader(routeManifest[routeId].page)().catch(() => undefined);
  }
}

/** How the layout warms the next routes; main.tsx provides one that also hands the code to its router. */
export const RouteWarmerContext = createContext<RouteWarmer>(loadPageModules);

/**
 * Warms the routes a page leads to once the browser is idle, so the next screen (the results
 * after the last answer) renders without waiting for a download.
 */
export function warmRoutesAfter(routeId: RouteId, warm: RouteWarmer): void {
  const run = () => warm(routeManifest[routeId].warms);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 });
  else window.setTimeout(run, 200);
}
