// The route table, derived from the route manifest: created once by the browser router
// (main.tsx), the prerenderer (entry-server.tsx) and the flow tests (memory router), so all
// three agree. Every page loads on demand; main.tsx resolves the current one before hydrating.
import type { RouteObject } from 'react-router';
import { NotFound } from '../components/not-found';
import { ROUTE_IDS, routeManifest, type RouteId } from '../routes/manifest';
import { ErrorPage } from './error-page';
import { Layout } from './layout';
import { pageLoader, type PageHandle } from './page-modules';

function pageRoute(routeId: RouteId): RouteObject {
  const { pattern, page } = routeManifest[routeId];
  const load = pageLoader(page);
  return {
    id: routeId,
    path: pattern,
    lazy: async () => {
      const { Component, meta } = await load();
      const handle: PageHandle = { routeId, meta };
      return { Component, handle };
    },
  };
}

/**
 * Whether the RouterProvider renders router updates as transitions: no, as ordinary updates, so
 * a navigation renders in one go as soon as it is ready (ADR 0009). The app and the flow tests
 * pass the same setting.
 */
export const ROUTER_USES_TRANSITIONS = false;

/**
 * The language's address prefix, which the router adds to every link and strips before matching
 * ('/es' in Spanish; '/' for the base language): the app's paths are the same in every language.
 */
export const ROUTER_BASENAME = import.meta.env.BASE_URL.replace(/(.)\/$/, '$1');

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      {
        // Errors inside a page keep the header and footer around the error page.
        errorElement: <ErrorPage />,
        children: [
          ...ROUTE_IDS.map(pageRoute),
          // Any other address: served by the static host's 404.html shell, rendered here.
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

/**
 * Loads these routes' page modules now and puts them on the route objects, so rendering them
 * needs no wait. A module that fails to load (after a deploy, offline) stays lazy: the router
 * tries again and, if it fails again, shows the error page rather than a blank one.
 * Resolves to whether every one of them loaded.
 */
export async function resolveLazyRoutes(routeObjects: readonly RouteObject[]): Promise<boolean> {
  const loaded = await Promise.all(
    routeObjects.map(async (route) => {
      const load = route.lazy;
      if (typeof load !== 'function') return true;
      try {
        Object.assign(route, { ...(await load()), lazy: undefined });
        return true;
      } catch {
        // Left lazy on purpose (see above).
        return false;
      }
    }),
  );
  return loaded.every(Boolean);
}

function routesWithIds(tree: readonly RouteObject[], ids: readonly string[]): RouteObject[] {
  return tree.flatMap((route) => [
    ...(route.id !== undefined && ids.includes(route.id) ? [route] : []),
    ...routesWithIds(route.children ?? [], ids),
  ]);
}

/**
 * Resolves the routes with these ids in a router's own route objects (`router.routes`: the
 * router copies the table above when it is created). A navigation to a route that is still
 * lazy first renders the old page in a loading state and finishes a microtask later, in an
 * update of its own; to a resolved one it completes in the same task, in one render.
 */
export function resolveRouterRoutes(routerRoutes: readonly RouteObject[], ids: readonly RouteId[]): Promise<boolean> {
  return resolveLazyRoutes(routesWithIds(routerRoutes, ids));
}
