import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, createPath, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { installPreloadRecovery } from './preload-recovery';
import { routes } from './routes';
import { registerServiceWorker } from './service-worker-updates';
import '../styles/global.css';

let router: ReturnType<typeof createBrowserRouter> | null = null;

// Before anything can lazy-load: an old tab whose chunks are gone after a deploy reloads
// once, at the page the person was going to (a route's code loads before the URL changes).
installPreloadRecovery(window, () => {
  const destination = router?.state.navigation.location;
  if (destination) window.location.assign(createPath(destination));
  else window.location.reload();
});

/**
 * Loads the on-demand route modules this URL needs before the router starts, so a
 * prerendered role page hydrates with its real component rather than a fallback.
 */
async function resolveLazyRoutes(): Promise<void> {
  const lazyMatches = matchRoutes(routes, window.location)?.filter((match) => match.route.lazy) ?? [];
  await Promise.all(
    lazyMatches.map(async ({ route }) => {
      const load = route.lazy;
      if (typeof load !== 'function') return;
      try {
        Object.assign(route, { ...(await load()), lazy: undefined });
      } catch {
        // A chunk that failed to load (after a deploy, offline) stays lazy: the router
        // tries again and, if it fails again, shows the error page rather than a blank one.
      }
    }),
  );
}

async function start(container: HTMLElement): Promise<void> {
  await resolveLazyRoutes();
  router = createBrowserRouter(routes);
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // Hydrate only markup that was prerendered for this very path; a shell page
  // (results, compare, 404) or another path's HTML is replaced by a client render.
  const currentPath = window.location.pathname.replace(/\/+$/, '') || '/';
  if (container.dataset.prerenderedPath === currentPath) {
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

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
void start(container);

// Offline support, in production builds only (the dev server has no sw.js). Registered once
// the page has loaded, so precaching the app does not compete with the first visit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void registerServiceWorker(navigator.serviceWorker);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
