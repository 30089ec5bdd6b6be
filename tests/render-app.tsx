// Renders the real route table in a memory router, as the app does in the browser (with its
// router setting; only the warming of the next routes differs, see renderApp).
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createMemoryRouter, type InitialEntry } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { RouteObject } from 'react-router';
import { render as prerender } from '../src/app/entry-server';
import { RouteWarmerContext, type RouteWarmer } from '../src/app/page-modules';
import { ROUTER_USES_TRANSITIONS, resolveLazyRoutes, routes } from '../src/app/route-table';
import type { Answers, SkillStates } from '../src/engine';
import { RESULTS_HEADING } from '../src/features/results/results-page';
import { YOUR_ANSWERS_HEADING } from '../src/features/results/your-answers';
import { savedProgress, STORAGE_KEY } from './support/app-content';

// Every page loads on demand; resolved once here (as the browser does for the page it opens),
// so each test renders its first page at once.
const everyRoute = (list: readonly RouteObject[]): RouteObject[] => list.flatMap((route) => [route, ...everyRoute(route.children ?? [])]);
await resolveLazyRoutes(everyRoute(routes));

/** `warmRoutes`: what the layout warms the next routes with (by default, it fetches their code). */
export function renderApp(initialPath = '/', { warmRoutes }: { warmRoutes?: RouteWarmer } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [initialPath] });
  const user = userEvent.setup();
  const provider = <RouterProvider router={router} useTransitions={ROUTER_USES_TRANSITIONS} />;
  const view = render(warmRoutes ? <RouteWarmerContext value={warmRoutes}>{provider}</RouteWarmerContext> : provider);
  return { router, user, ...view, path: () => `${router.state.location.pathname}${router.state.location.search}` };
}

/** The prerendered HTML of `path`, parsed into the live document as a browser receives it (not rendered by React). */
export async function prerenderedInDocument(path: string): Promise<HTMLElement> {
  const { html } = await prerender(path);
  const container = document.createElement('div');
  container.append(document.createRange().createContextualFragment(html));
  document.body.append(container);
  return container;
}

/**
 * Hydrates the prerendered page in `container` with the real routes at `entry`, in StrictMode as
 * the browser entry does. `recoverableErrors` collects what React recovers from (a mismatch);
 * `cleanUp` unmounts the app and takes the page out of the document.
 */
export async function hydrateApp(container: HTMLElement, entry: InitialEntry) {
  const recoverableErrors: unknown[] = [];
  const router = createMemoryRouter(routes, { initialEntries: [entry] });
  const root = await act(async () =>
    hydrateRoot(
      container,
      <StrictMode>
        <RouterProvider router={router} useTransitions={ROUTER_USES_TRANSITIONS} />
      </StrictMode>,
      { onRecoverableError: (error) => recoverableErrors.push(error) },
    ),
  );
  const cleanUp = () => {
    act(() => root.unmount());
    container.remove();
  };
  return { recoverableErrors, cleanUp };
}

/** Saved progress in localStorage, as a reload would find it; the app reads it after the first render. */
export function seedSavedAnswers(answers: Answers, skills: SkillStates = {}): void {
  window.localStorage.setItem(STORAGE_KEY, savedProgress(answers, skills));
}

export { RESULTS_HEADING };

/**
 * The results page's heading, once the page is whole: reached inside the app, the page fills in
 * over a few renders, each after the one before has painted (ADR 0009).
 */
export async function findWholeResults(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 1, name: RESULTS_HEADING });
  await screen.findByRole('heading', { level: 2, name: YOUR_ANSWERS_HEADING });
  return heading;
}
