// The start page: what the quiz is, how long it takes, the three cited figures, and
// the way back into saved progress.
import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/app/entry-server';
import { isComplete, longestPathLength } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { APP_NAME } from '../../src/components/use-document-title';
import { HOME_ACTIONS, HOME_HEADING } from '../../src/features/home/home-page';
import { paths } from '../../src/routes/manifest';
import { useQuizStore } from '../../src/state';
import { findWholeResults, renderApp, seedSavedAnswers } from '../render-app';
import { prompt, STORAGE_KEY } from '../support/app-content';

/** Typed again: src/components/start-over.tsx does not export its label (yet). */
const START_OVER = 'Start over';

describe('the home page', () => {
  it('says who the quiz is for and how many questions it takes at most', async () => {
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeInTheDocument();
    expect(screen.getByText(/students, career-changers and professionals/)).toBeInTheDocument();
    expect(longestPathLength(questionTree)).toBe(6);
    expect(screen.getByText(`up to ${longestPathLength(questionTree)} questions`)).toBeInTheDocument();
    expect(screen.getByText(/about two minutes/)).toBeInTheDocument();
    // The title is set by an effect after the page renders: wait for it.
    await waitFor(() => expect(document.title).toBe(APP_NAME));
  });

  it('shows the three headline figures, each with its source', () => {
    renderApp('/');
    const section = screen.getByRole('region', { name: 'AI work in three figures' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const expected = [
      ['97M', /97M new AI-adjacent jobs/, 'Source: World Economic Forum, “WEF Future of Jobs 2023”'],
      ['$185K', /median total compensation of ML engineers/, 'Source: Levels.fyi, as cited in'],
      ['3x', /three times as many AI\/ML job postings/, 'Source: LinkedIn, “LinkedIn Jobs Report”'],
    ] as const;
    expected.forEach(([figure, description, source], index) => {
      const item = items[index] as HTMLElement;
      expect(within(item).getByText(figure)).toBeInTheDocument();
      expect(within(item).getByText(description)).toBeInTheDocument();
      const line = within(item).getByText(/^Source: /);
      expect(line).toHaveTextContent(source);
      expect(line).toHaveTextContent('as cited in Veltrix (Veltrix Collective), “What Skills Do You Need for an AI Career in 2026?”.');
    });
  });

  it('starts the quiz at the first question and links to all roles', async () => {
    const { user, path } = renderApp('/');
    expect(screen.getByRole('link', { name: 'Browse all AI roles' })).toHaveAttribute('href', '/roles');
    expect(screen.queryByRole('link', { name: 'Continue where you left off' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Start the quiz' }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt(questionTree.start) })).toBeInTheDocument();
    expect(path()).toBe(`/quiz/${questionTree.start}`);
  });
});

describe('saved progress on the home page', () => {
  it('offers to continue at the first unanswered question', async () => {
    seedSavedAnswers({ code: 'no', python: 'yes' });
    const { user, path } = renderApp('/');
    const resume = await screen.findByRole('link', { name: 'Continue where you left off' });
    expect(resume).toHaveAttribute('href', '/quiz/research');
    expect(screen.queryByRole('link', { name: 'Start the quiz' })).not.toBeInTheDocument();

    await user.click(resume);
    expect(await screen.findByRole('heading', { level: 1, name: prompt('research') })).toBeInTheDocument();
    expect(path()).toBe('/quiz/research');
  });

  it('offers to see the results, not to continue, once every question is answered, and still to start over', async () => {
    const complete = { background: 'product', stakeholders: 'yes', research: 'no', code: 'no', python: 'no' } as const;
    expect(isComplete(questionTree, complete)).toBe(true);
    seedSavedAnswers(complete);
    const { user, path } = renderApp('/');
    const seeResults = await screen.findByRole('link', { name: HOME_ACTIONS.seeResults });
    expect(seeResults).toHaveAttribute('href', paths.results(complete));
    expect(screen.queryByRole('link', { name: HOME_ACTIONS.continue })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: HOME_ACTIONS.start })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: START_OVER })).toBeInTheDocument();

    await user.click(seeResults);
    await findWholeResults();
    expect(path()).toBe(paths.results(complete));
  });

  it('Start over clears the saved answers and lands on the first question with nothing chosen', async () => {
    seedSavedAnswers({ code: 'yes', research: 'yes' });
    const { user, path } = renderApp('/');
    await screen.findByRole('link', { name: 'Continue where you left off' });

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await screen.findByRole('heading', { level: 1, name: prompt('code') })).toBeInTheDocument();
    expect(path()).toBe('/quiz/code');
    expect(screen.queryAllByRole('button', { pressed: true })).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'false');
    expect(useQuizStore.getState().answers).toEqual({});
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ state: { answers: {} } });

    // Home no longer offers to continue.
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('link', { name: 'Start the quiz' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Continue where you left off' })).not.toBeInTheDocument();
  });
});

describe('the prerendered home page', () => {
  it('has the heading and the start link, and reads no saved progress: it offers Start, not Continue', async () => {
    seedSavedAnswers({ code: 'yes' });
    // As the build prerenders it (src/app/entry-server.tsx).
    const { html } = await render('/');
    const container = document.createElement('div');
    container.append(document.createRange().createContextualFragment(html));
    document.body.append(container);
    try {
      expect(within(container).getByRole('heading', { level: 1, name: HOME_HEADING })).toBeInTheDocument();
      expect(within(container).getByRole('link', { name: 'Start the quiz' })).toHaveAttribute('href', `/quiz/${questionTree.start}`);
      expect(within(container).queryByRole('link', { name: 'Continue where you left off' })).not.toBeInTheDocument();
      expect(within(container).getAllByText(/^Source: /)).toHaveLength(3);
    } finally {
      container.remove();
    }
  });
});
