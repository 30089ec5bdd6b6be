// Build-time rendering of the static pages (scripts/prerender.mjs calls this).
// The same route table as the browser; no hydration data is needed since no route loads data.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { pageMeta, prerenderPaths } from './page-meta';
import { routes } from './routes';

export { pageMeta, prerenderPaths };

export async function render(path: string): Promise<string> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`Prerendering ${path} redirected`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // hydrate={false}: no inline hydration script, so the page runs under a strict CSP.
  return renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
}
