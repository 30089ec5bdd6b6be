// What a person sees when things go wrong: damaged saved progress, and a page that throws.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { routes } from '../../src/app/route-table';
import { useQuizStore } from '../../src/state';
import { renderApp, seedSavedAnswers } from '../render-app';
import { STORAGE_KEY, STORAGE_VERSION } from '../support/app-content';
import { STORAGE_MESSAGE_LABEL, STORAGE_MESSAGES } from '../../src/app/storage-notice';
import { DISMISS } from '../../src/components/status-tray';
import { paths } from '../../src/routes/manifest';

const DAMAGED_MESSAGE = /your saved progress was damaged and could not be used/i;
const DROPPED_MESSAGE = /some saved answers no longer fit the quiz/i;

describe('damaged saved progress', () => {
  test('the home page still renders, with the notice until it is dismissed', async () => {
    window.localStorage.setItem(STORAGE_KEY, '{"state":');
    const { user } = renderApp('/');

    expect(await screen.findByText(DAMAGED_MESSAGE)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
    // No saved progress is offered: nothing usable was saved.
    expect(screen.queryByRole('link', { name: /continue where you left off/i })).not.toBeInTheDocument();
    expect(useQuizStore.getState().answers).toEqual({});

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(DAMAGED_MESSAGE)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });

  test('the notice is in a status region, so it is announced', async () => {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { answers: null }, version: STORAGE_VERSION }));
    renderApp('/');
    const message = await screen.findByText(DAMAGED_MESSAGE);
    expect(message.closest('[role="status"]')).not.toBeNull();
  });

  test('answers that no longer fit are dropped with their own notice; the rest are kept', async () => {
    seedSavedAnswers({ code: 'yes', 'retired-question': 'yes' });
    renderApp('/');
    expect(await screen.findByText(DROPPED_MESSAGE)).toBeVisible();
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes' });
  });

  test('storage that cannot be written: the quiz carries on and says so once', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const { user } = renderApp('/quiz/code');
    const heading = await screen.findByRole('heading', { level: 1, name: /writing code/i });
    expect(heading).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText(/not letting us save your progress/i)).toBeVisible();
    expect(useQuizStore.getState().answers).toMatchObject({ code: 'yes' });
  });
});

describe('saved progress told in the status tray, after the page', () => {
  /** Saved answers and skills, one of which the skills check no longer has. */
  const seedUnknownSkill = () =>
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { answers: { code: 'yes' }, skills: { sql: 'have', 'punch-card-programming': 'have' } }, version: STORAGE_VERSION }),
    );

  test('a skill the check no longer has: the rest is kept, the message pushes no page content, and offers a review', async () => {
    seedUnknownSkill();
    const { user, path } = renderApp('/');
    const message = await screen.findByRole('region', { name: STORAGE_MESSAGE_LABEL });
    expect(message).toHaveTextContent(STORAGE_MESSAGES['saved-skills-dropped']);
    // Announced, and after the page rather than above it.
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('main')).not.toContainElement(message);
    expect(screen.getByRole('contentinfo').compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(useQuizStore.getState().skills).toEqual({ sql: 'have' });
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes' });

    // The way forward is the skills check; following it reads the message, which goes.
    await user.click(within(message).getByRole('link', { name: 'Review your skills' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your skills' });
    expect(path()).toBe(paths.skills());
    expect(screen.queryByRole('region', { name: STORAGE_MESSAGE_LABEL })).not.toBeInTheDocument();
  });

  test('on the skills check itself it offers no link to where the person is', async () => {
    seedUnknownSkill();
    renderApp(paths.skills());
    const message = await screen.findByRole('region', { name: STORAGE_MESSAGE_LABEL });
    expect(within(message).queryByRole('link')).not.toBeInTheDocument();
    expect(within(message).getByRole('button', { name: DISMISS })).toBeInTheDocument();
  });

  test('dismissed from the keyboard, the focus goes back to where it came from', async () => {
    seedUnknownSkill();
    const { user } = renderApp('/');
    const message = await screen.findByRole('region', { name: STORAGE_MESSAGE_LABEL });
    const startLink = screen.getByRole('link', { name: 'Continue where you left off' });
    startLink.focus();
    within(message).getByRole('button', { name: DISMISS }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: STORAGE_MESSAGE_LABEL })).not.toBeInTheDocument();
    expect(startLink).toHaveFocus();
  });
});

/** The real route table with one extra page that throws while rendering. */
function routesWithBrokenPage(): RouteObject[] {
  function BrokenPage(): never {
    throw new Error('This page is broken on purpose');
  }
  const [root] = routes;
  const [pages, ...otherChildren] = root?.children ?? [];
  if (!root || root.index || !pages || pages.index || !pages.children) throw new Error('The route table changed shape');
  const brokenPage: RouteObject = { path: 'broken', element: <BrokenPage /> };
  return [{ ...root, children: [{ ...pages, children: [brokenPage, ...pages.children] }, ...otherChildren] }];
}

describe('a page that throws', () => {
  const assign = vi.fn();
  const reload = vi.fn();
  const realLocation = window.location;

  beforeEach(() => {
    // React reports the caught render error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    Object.defineProperty(window, 'location', {
      configurable: true,
      value: { ...realLocation, href: realLocation.href, pathname: '/broken', assign, reload },
    });
  });

  afterEach(() => {
    Object.defineProperty(window, 'location', { configurable: true, value: realLocation });
    assign.mockReset();
    reload.mockReset();
  });

  function renderBroken() {
    const router = createMemoryRouter(routesWithBrokenPage(), { initialEntries: ['/broken'] });
    const user = userEvent.setup();
    render(<RouterProvider router={router} />);
    return { user };
  }

  test('shows the error page inside the site frame, with a way forward', async () => {
    renderBroken();
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeVisible();
    expect(within(alert).getByRole('button', { name: 'Start over' })).toBeVisible();
    // The header and its navigation are still there.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('Reload the page reloads', async () => {
    const { user } = renderBroken();
    await user.click(await screen.findByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(assign).not.toHaveBeenCalled();
  });

  test('Start over clears saved progress and goes home', async () => {
    seedSavedAnswers({ code: 'no', python: 'yes' });
    const { user } = renderBroken();
    await waitFor(() => expect(useQuizStore.getState().answers).toEqual({ code: 'no', python: 'yes' }));

    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(useQuizStore.getState().answers).toEqual({});
    expect(assign).toHaveBeenCalledWith('/');
  });
});
