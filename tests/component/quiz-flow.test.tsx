// The quiz through the real routes: clicking, going back, changing answers, one-key
// answers and the redirects for questions that are not on the person's path.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { routeManifest } from '../../src/routes/manifest';
import { useQuizStore } from '../../src/state';
import { renderApp } from '../render-app';
import { prompt } from '../support/app-content';

async function expectQuestion(questionId: string) {
  expect(await screen.findByRole('heading', { level: 1, name: prompt(questionId) })).toBeInTheDocument();
}

const answerButton = (name: string) => screen.getByRole('button', { name });
const pressedButtons = () => screen.queryAllByRole('button', { pressed: true });

describe('taking the quiz', () => {
  it('goes from the home page through every question to the results, in path order', async () => {
    const { user, path } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Start the quiz' }));

    await expectQuestion('code');
    expect(path()).toBe('/quiz/code');
    expect(screen.getByText('Question 1 of at most 6')).toBeInTheDocument();
    expect(pressedButtons()).toHaveLength(0);
    await user.click(answerButton('Yes'));

    await expectQuestion('research');
    expect(path()).toBe('/quiz/research');
    expect(screen.getByText('Question 2 of at most 5')).toBeInTheDocument();
    await user.click(answerButton('Yes'));

    await expectQuestion('phd');
    expect(screen.getByText('Question 3 of at most 5')).toBeInTheDocument();
    await user.click(answerButton('No'));

    await expectQuestion('stakeholders');
    await user.click(answerButton('Yes'));

    await expectQuestion('background');
    expect(screen.getByText('Question 5 of at most 5')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').filter((item) => within(item).queryByRole('button'))).toHaveLength(8);
    await user.click(answerButton('Software, DevOps or IT'));

    await screen.findByRole('heading', { level: 1, name: /recommended/i });
    expect(path()).toBe('/results/code-yes/research-yes/phd-no/stakeholders-yes/background-software');
  });

  it('warms the results while a question is shown, once the page is idle', async () => {
    const warmRoutes = vi.fn();
    renderApp('/quiz/code', { warmRoutes });
    await expectQuestion('code');
    await waitFor(() => expect(warmRoutes).toHaveBeenCalledWith(routeManifest.question.warms));
    expect(routeManifest.question.warms).toContain('results');
  });

  it('names the question in the page title with its number', async () => {
    const { user } = renderApp('/quiz/code');
    await expectQuestion('code');
    await user.click(answerButton('No'));
    await expectQuestion('python');
    // The title is set by an effect after the page renders: wait for it.
    await waitFor(() => expect(document.title).toBe(`${prompt('python')} (question 2) – AI Career Pathfinder`));
  });

  it('shows an option’s hint and does not put it in the button’s name', async () => {
    useQuizStore.setState({ answers: { code: 'yes', research: 'no', stakeholders: 'no' } });
    renderApp('/quiz/background');
    await expectQuestion('background');
    expect(answerButton('Student')).toHaveAccessibleDescription('At school, college or university');
  });
});

describe('going back', () => {
  it('the Back link and the browser history both lead to the previous question, with the answer shown as chosen', async () => {
    const { user, router, path } = renderApp('/quiz/code');
    await expectQuestion('code');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/');

    await user.click(answerButton('No'));
    await expectQuestion('python');
    await user.click(answerButton('Yes'));
    await expectQuestion('research');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/quiz/python');

    // The browser's Back button: answering pushed a history entry per question.
    await act(() => router.navigate(-1));
    await expectQuestion('python');
    expect(path()).toBe('/quiz/python');
    expect(screen.getByText('Question 2 of at most 6')).toBeInTheDocument();
    expect(answerButton('Yes')).toHaveAttribute('aria-pressed', 'true');
    expect(answerButton('No')).toHaveAttribute('aria-pressed', 'false');
    expect(within(answerButton('Yes')).getByText('Your answer')).toBeInTheDocument();

    // The Back link goes one more step back along the path.
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await expectQuestion('code');
    expect(path()).toBe('/quiz/code');
    expect(answerButton('No')).toHaveAttribute('aria-pressed', 'true');
    expect(pressedButtons()).toHaveLength(1);

    // From the first question, Back leads home, where the saved progress can be continued.
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('link', { name: 'Continue where you left off' })).toHaveAttribute('href', '/quiz/research');
    expect(path()).toBe('/');
  });

  it('changing an earlier answer keeps the answers that still apply and moves on to the next unanswered question', async () => {
    const { user, router, path } = renderApp('/quiz/code');
    await expectQuestion('code');
    await user.click(answerButton('No'));
    await expectQuestion('python');
    await user.click(answerButton('Yes'));
    await expectQuestion('research');
    await user.click(answerButton('No'));
    await expectQuestion('stakeholders');
    expect(useQuizStore.getState().answers).toEqual({ code: 'no', python: 'yes', research: 'no' });

    await act(() => router.navigate('/quiz/code'));
    await expectQuestion('code');
    expect(answerButton('No')).toHaveAttribute('aria-pressed', 'true');
    await user.click(answerButton('Yes'));

    // Python is no longer on the path; the research answer still is.
    await expectQuestion('stakeholders');
    expect(path()).toBe('/quiz/stakeholders');
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes', research: 'no' });
    expect(screen.getByText('Question 3 of at most 4')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/quiz/research');

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await expectQuestion('research');
    expect(answerButton('No')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/quiz/code');
  });
});

describe('one-key answers', () => {
  it('Y and N answer yes/no questions and a number picks a background', async () => {
    const { user, path } = renderApp('/quiz/code');
    await expectQuestion('code');
    expect(within(answerButton('Yes')).getByText('Y')).toBeInTheDocument();
    expect(answerButton('Yes')).toHaveAttribute('aria-keyshortcuts', 'Y');

    await user.keyboard('y');
    await expectQuestion('research');
    await user.keyboard('n');
    await expectQuestion('stakeholders');
    await user.keyboard('y');
    await expectQuestion('background');
    expect(within(answerButton('Data analysis, statistics or BI')).getByText('3')).toBeInTheDocument();

    await user.keyboard('3');
    await screen.findByRole('heading', { level: 1, name: /recommended/i });
    expect(path()).toBe('/results/code-yes/research-no/stakeholders-yes/background-data');
  });

  it('ignores keys pressed with a modifier or for which there is no answer', async () => {
    useQuizStore.setState({ answers: { code: 'yes', research: 'no', stakeholders: 'yes' } });
    const { user, path } = renderApp('/quiz/background');
    await expectQuestion('background');
    await user.keyboard('{Control>}3{/Control}');
    await user.keyboard('9');
    await user.keyboard('y');
    expect(path()).toBe('/quiz/background');
    expect(useQuizStore.getState().answers).toEqual({ code: 'yes', research: 'no', stakeholders: 'yes' });
  });

  it('can be switched off, after which the keys do nothing', async () => {
    const { user, path } = renderApp('/quiz/code');
    await expectQuestion('code');
    const toggle = screen.getByRole('checkbox', { name: 'Use one-key answers' });
    expect(toggle).toBeChecked();

    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(useQuizStore.getState().shortcutsEnabled).toBe(false);
    expect(answerButton('Yes')).not.toHaveAttribute('aria-keyshortcuts');
    expect(within(answerButton('Yes')).queryByText('Y')).not.toBeInTheDocument();

    await user.keyboard('y');
    await user.keyboard('n');
    expect(path()).toBe('/quiz/code');
    expect(useQuizStore.getState().answers).toEqual({});
    await expectQuestion('code');
  });
});

describe('questions that are not on the path', () => {
  it('an unknown question redirects to the first question with a notice', async () => {
    const { router, path } = renderApp('/quiz/unknown');
    await expectQuestion('code');
    expect(path()).toBe('/quiz/code');
    expect(router.state.historyAction).toBe('REPLACE');
    const notice = await screen.findByText(/There’s no question called “unknown”, so we’ve taken you to the first question/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
  });

  it('a question off the path (phd with no answers) redirects to the first question with a notice', async () => {
    const { router, path } = renderApp('/quiz/phd');
    await expectQuestion('code');
    expect(path()).toBe('/quiz/code');
    expect(router.state.historyAction).toBe('REPLACE');
    const notice = await screen.findByText(/That question isn’t part of your path, so we’ve taken you to the first question/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
  });

  it('a question a changed answer took off the path redirects to the next unanswered one', async () => {
    useQuizStore.setState({ answers: { code: 'yes', research: 'no' } });
    const { path } = renderApp('/quiz/python');
    await expectQuestion('stakeholders');
    expect(path()).toBe('/quiz/stakeholders');
    expect(await screen.findByText(/taken you to the next question you haven’t answered/)).toBeInTheDocument();
  });

  it('when every question is answered, an off-path question redirects to the results', async () => {
    useQuizStore.setState({ answers: { code: 'yes', research: 'no', stakeholders: 'no', background: 'data' } });
    const { path } = renderApp('/quiz/phd');
    await screen.findByRole('heading', { level: 1, name: /.+/ });
    await waitFor(() => expect(path()).toBe('/results/code-yes/research-no/stakeholders-no/background-data'));
  });

  it('/quiz goes to the current question', async () => {
    useQuizStore.setState({ answers: { code: 'no', python: 'no' } });
    const { router, path } = renderApp('/quiz');
    await expectQuestion('research');
    expect(path()).toBe('/quiz/research');
    expect(router.state.historyAction).toBe('REPLACE');
  });
});

describe('start over on the quiz page', () => {
  it('clears the answers and goes to the first question with nothing chosen', async () => {
    useQuizStore.setState({ answers: { code: 'yes', research: 'yes' } });
    const { user, path } = renderApp('/quiz/research');
    await expectQuestion('research');
    expect(answerButton('Yes')).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await expectQuestion('code');
    expect(path()).toBe('/quiz/code');
    expect(useQuizStore.getState().answers).toEqual({});
    expect(pressedButtons()).toHaveLength(0);
    expect(screen.queryByText(/taken you to/)).not.toBeInTheDocument();
  });
});
