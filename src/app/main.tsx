import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, createPath, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { whenAppReady } from './app-ready';
import { installPreloadRecovery } from './preload-recovery';
import { RouteWarmerContext, type RouteWarmer } from './page-modules';
import { ROUTER_BASENAME, ROUTER_USES_TRANSITIONS, resolveLazyRoutes, resolveRouterRoutes, routes } from './route-table';
import { registerServiceWorker } from './service-worker-updates';
import '../styles/global.css';

let router: ReturnType<typeof createBrowserRouter> | null = null;

/**
 * Ends the current task so the browser can paint and handle input before the next step of
 * starting up. Each step (matching the route, creating the router, hydrating) is tens of
 * milliseconds on a slow phone; run back to back they made one long task.
 */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// Before anything can lazy-load: an old tab whose chunks are gone after a deploy reloads
// once, at the page the person was going to (a route's code loads before the URL changes).
installPreloadRecovery(
  window,
  () => {
    const destination = router?.state.navigation.location;
    if (destination) window.location.assign(createPath(destination));
    else window.location.reload();
  },
  // Needed while starting (the current page's chunk) or navigating; otherwise it was a warm-up,
  // and reloading for it would pull the page from under someone reading it.
  () => router === null || router.state.navigation.state !== 'idle',
);

async function start(container: HTMLElement): Promise<void> {
  // Evaluating the entry was one task already.
  await yieldToBrowser();
  // The current page's code loads before the router starts, so a prerendered page hydrates
  // with its real component rather than a fallback. Matching (cold router code) and starting
  // the page's module are each a few tens of milliseconds on a slow phone: a task each.
  const currentRoutes = (matchRoutes(routes, window.location, ROUTER_BASENAME) ?? []).map((match) => match.route);
  await yieldToBrowser();
  const pageLoaded = await resolveLazyRoutes(currentRoutes);
  await yieldToBrowser();
  const browserRouter = createBrowserRouter(routes, { basename: ROUTER_BASENAME });
  router = browserRouter;
  // The next routes' code goes onto the router's own routes, so the last answer's results
  // render in the click's own task (ADR 0009).
  const warmRoutes: RouteWarmer = (routeIds) => void resolveRouterRoutes(browserRouter.routes, routeIds);
  await yieldToBrowser();
  // Without transitions a navigation renders in one go, as soon as it is ready, rather than in
  // slices with frames in between that made the next screen paint later on slow phones.
  const app = (
    <StrictMode>
      <RouteWarmerContext value={warmRoutes}>
        <RouterProvider router={browserRouter} useTransitions={ROUTER_USES_TRANSITIONS} />
      </RouteWarmerContext>
    </StrictMode>
  );
  // Hydrate only markup that was prerendered for this very path, and only when its page's code
  // loaded; a shell page (results, compare, 404), another path's HTML, or a page whose chunk
  // is gone (it will show the error page) is replaced by a client render.
  const currentPath = window.location.pathname.replace(/\/+$/, '') || '/';
  if (pageLoaded && container.dataset.prerenderedPath === currentPath) {
    // A transition lets React yield while hydrating, so the page stays responsive on slow phones.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    container.replaceChildren();
    const root = createRoot(container);
    startTransition(() => root.render(app));
  }
}

/** Resolves once the page has loaded and the browser then has nothing more urgent to do. */
function loadedAndIdle(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 3000 });
        else setTimeout(resolve, 500);
      }),
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void start(container);

// Offline support, in production builds only (the dev server has no sw.js). Registered once the
// app runs and the browser is idle: installing the worker precaches about 0.5 MB, which would
// otherwise share the network and the CPU with this page's own scripts and hydration.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void whenAppReady()
    .then(loadedAndIdle)
    .then(() => registerServiceWorker(navigator.serviceWorker));
}
