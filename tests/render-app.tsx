// Renders the real route table in a memory router, as the app does in the browser.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { RouteObject } from 'react-router';
import { resolveLazyRoutes, routes } from '../src/app/route-table';
import type { Answers, SkillStates } from '../src/engine';
import { savedProgress, STORAGE_KEY } from './support/app-content';

// Every page loads on demand; resolved once here (as the browser does for the page it opens),
// so each test renders its first page at once.
const everyRoute = (list: readonly RouteObject[]): RouteObject[] => list.flatMap((route) => [route, ...everyRoute(route.children ?? [])]);
await resolveLazyRoutes(everyRoute(routes));

export function renderApp(initialPath = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [initialPath] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { router, user, ...view, path: () => `${router.state.location.pathname}${router.state.location.search}` };
}

/** Saved progress in localStorage, as a reload would find it; the app reads it after the first render. */
export function seedSavedAnswers(answers: Answers, skills: SkillStates = {}): void {
  window.localStorage.setItem(STORAGE_KEY, savedProgress(answers, skills));
}
