import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { installPreloadRecovery } from './preload-recovery';
import { routes } from './routes';
import { registerServiceWorker } from './service-worker-updates';
import '../styles/global.css';

// Before anything can lazy-load: an old tab whose chunks are gone after a deploy reloads once.
installPreloadRecovery();

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
      Object.assign(route, { ...(await load()), lazy: undefined });
    }),
  );
}

async function start(container: HTMLElement): Promise<void> {
  await resolveLazyRoutes();
  const router = createBrowserRouter(routes);
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // Hydrate only markup that was prerendered for this very path; a shell page
  // (results, compare, 404) or another path's HTML is replaced by a client render.
  const currentPath = window.location.pathname.replace(/\/+$/, '') || '/';
  if (container.dataset.prerenderedPath === currentPath) {
    hydrateRoot(container, app);
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
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
