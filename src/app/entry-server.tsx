// Build-time rendering of the static pages (scripts/prerender.mjs calls this), with the
// same route table as the browser. No route loads data, so no hydration data is needed.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { APP_NAME, pageTitle } from '../components/use-document-title';
import { prerenderPaths, shellPaths, routeManifest, type PageMeta, type RouteId } from '../routes/manifest';
import { linkPreview, type LinkPreview } from './link-previews';
import { readPageHandle } from './page-modules';
import { routes } from './route-table';

export { prerenderPaths, shellPaths, routeManifest };
export { SITE_PREVIEW } from './link-previews';

export const APP_META: PageMeta = {
  title: APP_NAME,
  description:
    'Answer up to six quick questions and see which AI careers fit you, with the skills each needs and UK and US salary figures from cited sources.',
};

export interface RenderedPage {
  readonly html: string;
  /** For link previews (og:title is meta.title); the <title> is documentTitle. */
  readonly meta: PageMeta;
  readonly documentTitle: string;
  /** The manifest route that rendered the page; null when only the catch-all matched. */
  readonly routeId: RouteId | null;
  /** What its link-preview picture shows (drawn by scripts/prerender/pictures.mjs). */
  readonly preview: LinkPreview;
}

export async function render(path: string): Promise<RenderedPage> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`Prerendering ${path} redirected`);
  const page = context.matches.at(-1);
  const handle = readPageHandle(page?.route.handle);
  const router = createStaticRouter(handler.dataRoutes, context);
  // hydrate={false}: no inline hydration script, so the page runs under a strict CSP.
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const meta = handle?.meta && page ? handle.meta(page.params) : APP_META;
  const routeId = handle?.routeId ?? null;
  return { html, meta, documentTitle: pageTitle(meta.title), routeId, preview: linkPreview(routeId, page?.params ?? {}) };
}
