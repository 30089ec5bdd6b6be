import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, createPath, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { installPreloadRecovery } from './preload-recovery';
import { resolveLazyRoutes, routes } from './route-table';
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

async function start(container: HTMLElement): Promise<void> {
  // The current page's code loads before the router starts, so a prerendered page hydrates
  // with its real component rather than a fallback.
  await resolveLazyRoutes((matchRoutes(routes, window.location) ?? []).map((match) => match.route));
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
