// Build-time rendering of the static pages (scripts/prerender.mjs calls this), with the
// same route table as the browser. No route loads data, so no hydration data is needed.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { renderToStaticMarkup } from 'react-dom/server';
import { APP_NAME, pageTitle } from '../components/use-document-title';
import { withParts } from '../components/message-parts';
import { m } from '../i18n';
import { documentPath, localizedPath, paths, prerenderPaths, shellPaths, routeManifest, type PageMeta, type RouteId } from '../routes/manifest';
import { linkPreview, type LinkPreview } from './link-previews';
import { readPageHandle } from './page-modules';
import { ROUTER_BASENAME, routes } from './route-table';

export { localizedPath, prerenderPaths, shellPaths, routeManifest };

/** The site's own title and description: a shell's, and the pages' that have none of their own. */
export function appMeta(): PageMeta {
  return { title: APP_NAME, description: m.site_meta_description() };
}

/** What a page without JavaScript says, with links to the pages that work without it (HTML). */
export function noScriptHtml(): string {
  return renderToStaticMarkup(
    <p>
      {withParts(m.site_noscript, {
        home: <a href={documentPath(paths.home())}>{m.site_noscript_home()}</a>,
        roles: <a href={documentPath(paths.roles())}>{m.site_noscript_roles()}</a>,
      })}
    </p>,
  );
}

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

/** Renders the page at a public address of this build's language ('/es/roles' in Spanish). */
export async function render(path: string): Promise<RenderedPage> {
  const handler = createStaticHandler(routes, { basename: ROUTER_BASENAME });
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
  const meta = handle?.meta && page ? handle.meta(page.params) : appMeta();
  const routeId = handle?.routeId ?? null;
  return { html, meta, documentTitle: pageTitle(meta.title), routeId, preview: linkPreview(routeId, page?.params ?? {}) };
}
