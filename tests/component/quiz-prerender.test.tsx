// The first render of a quiz page, as the prerenderer makes it: from the URL alone,
// never from saved answers, and never a redirect.
import { within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { render } from '../../src/app/entry-server';
import { prompt, savedProgress, STORAGE_KEY } from '../support/app-content';

/** The page as the build prerenders it (src/app/entry-server.tsx). */
async function prerender(path: string): Promise<HTMLElement> {
  const { html } = await render(path);
  // Into the live document (not rendered by React), so Testing Library's queries work on it.
  const container = document.createElement('div');
  container.append(document.createRange().createContextualFragment(html));
  document.body.append(container);
  return container;
}

afterEach(() => {
  document.body.replaceChildren();
});

it('renders the question named in the URL, with nothing chosen, whatever is saved', async () => {
  window.localStorage.setItem(STORAGE_KEY, savedProgress({ code: 'no' }));
  const page = within(await prerender('/quiz/research'));
  expect(page.getByRole('heading', { level: 1, name: prompt('research') })).toBeInTheDocument();
  expect(page.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'false');
  expect(page.getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'false');
  expect(page.queryByText(/taken you to/)).not.toBeInTheDocument();
});

it('renders the first question with its progress and key hints', async () => {
  const page = within(await prerender('/quiz/code'));
  expect(page.getByRole('heading', { level: 1, name: prompt('code') })).toBeInTheDocument();
  expect(page.getByText('Question 1 of at most 6')).toBeInTheDocument();
  expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/');
  expect(page.getByRole('checkbox', { name: 'Use one-key answers' })).toBeChecked();
});

it('waits for the saved answers before deciding where /quiz and an unknown question lead', async () => {
  for (const path of ['/quiz', '/quiz/unknown']) {
    const page = within(await prerender(path));
    expect(page.getByRole('heading', { level: 1, name: 'Finding your question' })).toBeInTheDocument();
    expect(page.getByRole('link', { name: 'start the quiz from the first question' })).toHaveAttribute('href', '/quiz/code');
  }
});
