// A reload in the middle of the quiz. In its own file: the saved answers are read after
// the first render, and only a fresh module (a fresh page load) starts un-hydrated.
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderApp, seedSavedAnswers } from '../render-app';
import { prompt } from '../support/app-content';

it('a reload on a later question shows it with the saved answer chosen, without bouncing to the first question', async () => {
  seedSavedAnswers({ code: 'yes', research: 'no' });
  const { path } = renderApp('/quiz/research');

  expect(await screen.findByRole('button', { name: 'No', pressed: true })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: prompt('research') })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'false');
  expect(screen.getByText('Question 2 of at most 4')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/quiz/code');
  expect(path()).toBe('/quiz/research');
  expect(screen.queryByText(/taken you to/)).not.toBeInTheDocument();
});
