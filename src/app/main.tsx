import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from './routes';
import '../styles/global.css';

const router = createBrowserRouter(routes);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

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
