// Warming a route puts its code on the router's own routes, so a navigation to it completes in
// the same task, in one render; a route still lazy first shows a loading state (ADR 0009).
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { resolveRouterRoutes, routes } from '../../src/app/route-table';
import { enumeratePaths } from '../../src/engine';
import { questionFlow } from '../../src/content/question-flow';
import { paths } from '../../src/routes/manifest';

const resultsPath = paths.results(enumeratePaths(questionFlow)[0]!);

async function routerOnHome() {
  const router = createMemoryRouter(routes, { initialEntries: [paths.home()] });
  if (!router.state.initialized) {
    await new Promise<void>((resolve) => {
      const unsubscribe = router.subscribe((state) => {
        if (!state.initialized) return;
        unsubscribe();
        resolve();
      });
    });
  }
  return router;
}

describe('warming the router’s routes', () => {
  it('a navigation to a route still lazy waits, showing the old page as loading', async () => {
    const router = await routerOnHome();
    const navigation = router.navigate(resultsPath);
    expect(router.state.navigation.state).toBe('loading');
    expect(router.state.location.pathname).toBe(paths.home());
    await navigation;
    expect(router.state.location.pathname).toBe(resultsPath);
    router.dispose();
  });

  it('a navigation to a warmed route completes at once', async () => {
    const router = await routerOnHome();
    await expect(resolveRouterRoutes(router.routes, ['results'])).resolves.toBe(true);
    void router.navigate(resultsPath);
    expect(router.state.navigation.state).toBe('idle');
    expect(router.state.location.pathname).toBe(resultsPath);
    expect(router.state.matches.at(-1)?.route.id).toBe('results');
    router.dispose();
  });

  it('warms only the routes named, in the router given', async () => {
    const router = await routerOnHome();
    const other = await routerOnHome();
    await resolveRouterRoutes(router.routes, ['results']);
    void router.navigate(paths.roles());
    expect(router.state.navigation.state).toBe('loading');
    void other.navigate(resultsPath);
    expect(other.state.navigation.state).toBe('loading');
    router.dispose();
    other.dispose();
  });
});
