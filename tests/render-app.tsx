// Renders the real route table in a memory router, as the app does in the browser.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from '../src/app/routes';
import type { Answers } from '../src/engine';
import { savedProgress, STORAGE_KEY } from './support/app-content';

export function renderApp(initialPath = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [initialPath] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { router, user, ...view, path: () => `${router.state.location.pathname}${router.state.location.search}` };
}

/** Saved progress in localStorage, as a reload would find it; the app reads it after the first render. */
export function seedSavedAnswers(answers: Answers): void {
  window.localStorage.setItem(STORAGE_KEY, savedProgress(answers));
}
