// Flow tests of the results page, through the real routes. What the page should show is
// looked up in the content and the engine, never typed again.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { answersToSearchParams, enumeratePaths, rankRoles, remainingAtMost, topRoleIds, type Answers } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { tracks } from '../../src/content/tracks';
import { MATCH_TEXT } from '../../src/features/results/ranked-roles';
import { LAY_OUT_NEAR_VIEWPORT } from '../../src/features/results/results-page';
import { KEEP_CHOICES, LINK_AND_SAVED_LABEL } from '../../src/features/results/link-and-saved';
import { DISMISS } from '../../src/components/status-tray';
import { roleDetailsSummary } from '../../src/features/results/role-details';
import { bestFitText } from '../../src/features/results/top-roles';
import { YOUR_ANSWERS_HEADING } from '../../src/features/results/your-answers';
import { useQuizStore } from '../../src/state';
import { isRoleId } from '../../src/content/roles';
import { paths } from '../../src/routes/manifest';
import { findWholeResults, renderApp, RESULTS_HEADING, seedSavedAnswers } from '../render-app';
import { optionLabel, prompt, roleName } from '../support/app-content';

const query = (answers: Answers) => answersToSearchParams(questionTree, answers).toString();
const expectedTopNames = (answers: Answers) => topRoleIds(rankRoles(questionTree, answers)).map(roleName);

/** The rows of the top three, on the first screen. */
const topRows = () => [...screen.getByRole('list', { name: 'Your top three roles' }).querySelectorAll<HTMLElement>(':scope > li')];

/** The role named by each row of the top three, in order (its first link). */
function renderedTopNames(): string[] {
  return topRows().map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '');
}

/** The disclosure whose summary is `summary`. */
function disclosure(summary: string | RegExp): HTMLDetailsElement {
  return screen.getByText(summary, { selector: 'summary' }).closest('details') as HTMLDetailsElement;
}

const ML_PATH: Answers = { code: 'yes', research: 'no', stakeholders: 'no', background: 'student' };
const PHD_NO_PATH: Answers = { code: 'yes', research: 'yes', phd: 'no', stakeholders: 'no', background: 'academic' };

describe('results page: filling in', () => {
  it('opened as the first page, it is whole at once (it may be hydrating its static HTML)', async () => {
    renderApp(paths.results(ML_PATH));
    expect(await screen.findByRole('heading', { level: 1, name: RESULTS_HEADING })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Your top three roles' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: YOUR_ANSWERS_HEADING })).toBeInTheDocument();
    // Laid out whole before its first paint, rather than part by part after it.
    expect(screen.getByRole('heading', { level: 1 }).closest('.results')).not.toHaveClass(LAY_OUT_NEAR_VIEWPORT);
  });

  it('reached by the last answer, it shows the heading first and fills in after it', async () => {
    useQuizStore.setState({ answers: { code: 'yes', research: 'no', stakeholders: 'no' } });
    const { user } = renderApp(paths.question('background'));
    await screen.findByRole('heading', { level: 1, name: prompt('background') });
    await user.click(screen.getByRole('button', { name: optionLabel('background', 'student') }));
    expect(screen.getByRole('heading', { level: 1, name: RESULTS_HEADING })).toBeInTheDocument();
    // The best fit comes with the heading; the top three, the actions and the details after it.
    const bestFit = bestFitText(rankRoles(questionTree, ML_PATH));
    expect(screen.getByText(bestFit)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Your top three roles' })).not.toBeInTheDocument();
    await findWholeResults();
    expect(renderedTopNames()).toEqual(expectedTopNames(ML_PATH));
    // The parts below the first screen are laid out as they come near the viewport.
    expect(screen.getByRole('heading', { level: 1 }).closest('.results')).toHaveClass(LAY_OUT_NEAR_VIEWPORT);
  });
});

describe('results page: ranking', () => {
  it('shows the same top three as the engine for paths with different top threes', { timeout: 30_000 }, async () => {
    // One path for each distinct top three (in order) the first paths give, up to eight renders.
    const byTopThree = new Map<string, Answers>();
    for (const answers of enumeratePaths(questionTree)) {
      const key = expectedTopNames(answers).join('|');
      if (!byTopThree.has(key)) byTopThree.set(key, answers);
    }
    const sample = [...byTopThree.values()].filter((_, index, all) => index % Math.ceil(all.length / 8) === 0);
    expect(sample.length).toBeGreaterThan(4);
    for (const answers of sample) {
      const view = renderApp(paths.results(answers));
      await findWholeResults();
      expect(renderedTopNames()).toEqual(expectedTopNames(answers));
      view.unmount();
    }
  });

  it('ends on the same top three after clicking through the quiz', async () => {
    const { user, path } = renderApp('/quiz/code');
    const answers = { code: 'no', python: 'yes', research: 'no', stakeholders: 'yes', background: 'non-technical' };
    for (const [questionId, optionId] of Object.entries(answers)) {
      await screen.findByRole('heading', { level: 1, name: prompt(questionId) });
      // An answer button is named by its label and its hint.
      await user.click(screen.getByRole('button', { name: new RegExp(`^${optionLabel(questionId, optionId)}`) }));
    }
    await findWholeResults();
    expect(path()).toBe(paths.results(answers));
    expect(renderedTopNames()).toEqual(expectedTopNames(answers));
  });

  it('lists the other seven roles in rank order, with pay or a plain note', async () => {
    renderApp(paths.results(ML_PATH));
    await findWholeResults();
    const ranking = rankRoles(questionTree, ML_PATH);
    const list = disclosure(`The other ${ranking.length - 3} roles, and how each could reach your top three`);
    const items = [...list.querySelectorAll<HTMLElement>('.results-others > li')];
    // The first link of each line is the role; a second one, when there is a way in, leads to the top three.
    expect(items.map((item) => within(item).getAllByRole('link')[0]?.textContent)).toEqual(ranking.slice(3).map((r) => roleName(r.roleId)));
    const solutions = items.find((item) => item.textContent?.includes(roleName('ai-solutions-specialist')));
    expect(solutions).toHaveTextContent('No figure in our sources');
    const dataScientist = items.find((item) => item.textContent?.includes(roleName('data-scientist')));
    const salary = getRole('data-scientist')?.salary;
    expect(salary?.uk && salary.us).toBeTruthy();
    expect(dataScientist).toHaveTextContent(salary?.uk?.asPrinted ?? '');
    expect(dataScientist).toHaveTextContent(salary?.us?.asPrinted ?? '');
  });
});

describe('results page: the answer first, the details one step away', () => {
  it('names the best fit and gives each of the top three its place, match, points and pay in £ and $', async () => {
    renderApp(paths.results(ML_PATH));
    await findWholeResults();
    const ranking = rankRoles(questionTree, ML_PATH);
    expect(screen.getByText(bestFitText(ranking))).toBeInTheDocument();
    expect(bestFitText(ranking)).toContain(roleName(ranking[0]!.roleId));
    topRows().forEach((row, index) => {
      const ranked = ranking[index]!;
      const role = getRole(ranked.roleId)!;
      expect(within(row).getByRole('link', { name: role.name })).toHaveAttribute('href', paths.role(role.id));
      expect(row).toHaveTextContent(MATCH_TEXT[ranked.match]);
      expect(row).toHaveTextContent(`${ranked.score} points`);
      if (role.salary) {
        expect(row).toHaveTextContent(role.salary.uk?.asPrinted ?? 'No figure in our sources');
        expect(row).toHaveTextContent(role.salary.us?.asPrinted ?? 'No figure in our sources');
      } else expect(row).toHaveTextContent('No figure in our sources');
      // Nothing in the row is hidden behind a disclosure.
      expect(row.closest('details')).toBeNull();
    });
  });

  it('puts each top role’s why and skills one step away: the reason itself, not the question again', async () => {
    renderApp(paths.results(ML_PATH));
    await findWholeResults();
    const top = rankRoles(questionTree, ML_PATH)[0]!;
    const role = getRole(top.roleId)!;
    const details = disclosure(roleDetailsSummary(role));
    expect(details.open).toBe(false);
    expect(top.reasons.length).toBeGreaterThan(1);
    for (const reason of top.reasons) {
      expect(within(details).getByText(reason.text)).toBeInTheDocument();
      expect(within(details).queryByText(prompt(reason.questionId))).not.toBeInTheDocument();
    }
    for (const skill of role.coreSkills) expect(within(details).getByText(skill)).toBeInTheDocument();
  });

  it('lists a track’s skills once, naming every top role that shares it', async () => {
    renderApp(paths.results(ML_PATH));
    await findWholeResults();
    const topRoles = topRoleIds(rankRoles(questionTree, ML_PATH)).map((roleId) => getRole(roleId)!);
    const trackIds = [...new Set(topRoles.flatMap((role) => (role.track ? [role.track.trackId] : [])))];
    expect(trackIds.length).toBeLessThan(topRoles.length);
    for (const trackId of trackIds) {
      const track = tracks[trackId];
      const sharing = topRoles.filter((role) => role.track?.trackId === trackId);
      const summary = screen.getByText(new RegExp(`^Skills for the ${track.name.replace(/[()/]/g, '\\$&')} track`), { selector: 'summary' });
      for (const role of sharing) expect(summary).toHaveTextContent(role.name);
      for (const skill of [...track.mustHave, ...track.niceToHave]) expect(screen.getAllByText(skill)).toHaveLength(1);
    }
  });

  it('says plainly when a top role has no salary figure', async () => {
    const answers: Answers = { code: 'yes', research: 'yes', phd: 'yes', stakeholders: 'no', background: 'academic' };
    expect(expectedTopNames(answers)).toContain(roleName('ai-safety-researcher'));
    renderApp(paths.results(answers));
    await findWholeResults();
    const row = topRows().find((item) => item.textContent?.includes(roleName('ai-safety-researcher'))) as HTMLElement;
    expect(within(row).getByText(/No figure in our sources/)).toBeInTheDocument();
    expect(within(row).queryByText(/£/)).not.toBeInTheDocument();
    const nearest = tracks['ml-engineering-data-science'];
    expect(getRole('ai-safety-researcher')?.track).toEqual({ trackId: nearest.id, fit: 'nearest' });
    const details = disclosure(roleDetailsSummary(getRole('ai-safety-researcher')!));
    expect(within(details).getByText(new RegExp(`nearest track is ${nearest.name}`))).toBeInTheDocument();
  });

  it('shows the PhD caveat on the research scientist when phd=no: in brief on the first screen, in full one step away', async () => {
    expect(expectedTopNames(PHD_NO_PATH)).toContain(roleName('ai-research-scientist'));
    const phdCaveat = questionTree.caveats.find((caveat) => caveat.roleId === 'ai-research-scientist' && caveat.questionId === 'phd');
    expect(phdCaveat).toBeDefined();
    renderApp(paths.results(PHD_NO_PATH));
    await findWholeResults();
    const row = topRows().find((item) => item.textContent?.includes(roleName('ai-research-scientist'))) as HTMLElement;
    expect(within(row).getByText(phdCaveat!.brief)).toHaveTextContent(/^Worth knowing:/);
    expect(row.closest('details')).toBeNull();
    const details = disclosure(roleDetailsSummary(getRole('ai-research-scientist')!));
    expect(within(details).getByText(phdCaveat!.text)).toHaveTextContent(/^Worth knowing:/);
  });

  it('shows no PhD caveat when phd=yes', async () => {
    renderApp(paths.results({ ...PHD_NO_PATH, phd: 'yes' }));
    await findWholeResults();
    expect(screen.queryByText(/Breaking in without one is possible but hard/)).not.toBeInTheDocument();
  });

  it('offers compare, change, share, print and start over before any detail, compare going straight to the top three', async () => {
    renderApp(paths.results(ML_PATH));
    await findWholeResults();
    const compare = screen.getByRole('link', { name: 'Compare these three' });
    expect(compare).toHaveAttribute('href', paths.compare(topRoleIds(rankRoles(questionTree, ML_PATH)).filter(isRoleId)));
    const change = screen.getByRole('link', { name: 'Change your answers' });
    expect(change).toHaveAttribute('href', `#${screen.getByRole('heading', { level: 2, name: YOUR_ANSWERS_HEADING }).id}`);
    const firstDetails = document.querySelector('main details') as HTMLElement;
    for (const control of [
      compare,
      change,
      screen.getByRole('button', { name: 'Copy link to these results' }),
      screen.getByRole('button', { name: 'Print or save as PDF' }),
      screen.getByRole('button', { name: 'Start over' }),
    ]) {
      expect(control.compareDocumentPosition(firstDetails) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('never puts a disclosure inside another', async () => {
    renderApp(paths.results(PHD_NO_PATH));
    await findWholeResults();
    const all = [...document.querySelectorAll('main details')];
    expect(all.length).toBeGreaterThan(5);
    for (const details of all) expect(details.parentElement?.closest('details')).toBeNull();
  });
});

describe('results page: addresses', () => {
  it('moves a valid query-form link to its canonical address, replacing the history entry', async () => {
    const { router, path } = renderApp(`/results?${query(ML_PATH)}`);
    await findWholeResults();
    await waitFor(() => expect(path()).toBe(paths.results(ML_PATH)));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(renderedTopNames()).toEqual(expectedTopNames(ML_PATH));
    // The page did not change, so focus stays where it was (the layout moves it only for a new page).
    expect(document.activeElement).toBe(document.body);
  });

  it('moves a canonical link given in another order or case to the canonical address', async () => {
    const { path } = renderApp('/results/Background-Student/code-yes/stakeholders-no/research-no/');
    await findWholeResults();
    await waitFor(() => expect(path()).toBe(paths.results(ML_PATH)));
  });

  it('keeps a link with problems where it is, so its explanation stays, and names each problem', async () => {
    const { path } = renderApp('/results/code-yes/research-no/stakeholders-maybe/colour-blue/stakeholders-no/background-student');
    await findWholeResults();
    const notice = screen.getByRole('heading', { name: /Some of this link couldn’t be used/ }).parentElement as HTMLElement;
    const lines = within(notice).getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toEqual([
      '“colour-blue” is not one of our questions, so it was ignored.',
      '“maybe” is not an answer to “Do you enjoy working with business stakeholders?”, so it was ignored.',
    ]);
    expect(renderedTopNames()).toEqual(expectedTopNames(ML_PATH));
    expect(path()).toBe('/results/code-yes/research-no/stakeholders-maybe/colour-blue/stakeholders-no/background-student');
  });

  it('offers to continue from an incomplete path-form link', async () => {
    renderApp('/results/code-no');
    await screen.findByRole('heading', { level: 1, name: /results aren’t ready yet/ });
    expect(screen.getByRole('button', { name: 'Continue the quiz' })).toBeInTheDocument();
  });
});

describe('results page: incomplete and invalid links', () => {
  it('says how many questions remain and continues at the right question with the answers loaded', async () => {
    const answers: Answers = { code: 'yes', research: 'yes' };
    const { user, path } = renderApp('/results?code=yes&research=yes');
    await screen.findByRole('heading', { level: 1, name: /results aren’t ready yet/ });
    // The title is set by an effect after the page renders: wait for it.
    await waitFor(() => expect(document.title).toMatch(/^Results not ready/));
    const remaining = remainingAtMost(questionTree, answers);
    expect(screen.getByText(new RegExp(`at most ${remaining} questions left`))).toBeInTheDocument();
    expect(useQuizStore.getState().answers).toEqual({});

    await user.click(screen.getByRole('button', { name: 'Continue the quiz' }));
    await screen.findByRole('heading', { level: 1, name: prompt('phd') });
    expect(path()).toBe('/quiz/phd');
    expect(useQuizStore.getState().answers).toEqual(answers);
  });

  it('names each problem in an invalid link and shows what the valid part allows', async () => {
    renderApp('/results?code=maybe&colour=blue&code=yes');
    const notice = (await screen.findByRole('heading', { name: /Some of this link couldn’t be used/ })).parentElement as HTMLElement;
    const lines = within(notice).getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toContain(`“maybe” is not an answer to “${prompt('code')}”, so it was ignored.`);
    expect(lines).toContain('“colour” is not one of our questions, so it was ignored.');
    // The valid part (code=yes) is kept: the quiz is not finished yet.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/aren’t ready yet/);
    expect(screen.getByText('Yes')).toBeInTheDocument();
  });

  it('reports duplicates, answers off the path and unreadable parts, and still shows the results', async () => {
    renderApp('/results?CODE=Yes&code=no&python=yes&research=no&stakeholders=no&background=software&%E0%A4%A=1');
    await findWholeResults();
    const notice = screen.getByRole('heading', { name: /Some of this link couldn’t be used/ }).parentElement as HTMLElement;
    const lines = within(notice).getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toContain('“code” appeared more than once; the first valid answer was used.');
    expect(lines).toContain(`The answer to “${prompt('python')}” doesn’t apply given your other answers, so it was left out.`);
    expect(lines.some((line) => line?.startsWith('Part of the link couldn’t be read: “%E0%A4%A=1”'))).toBe(true);
    expect(lines).toHaveLength(3);
    const answers = { code: 'yes', research: 'no', stakeholders: 'no', background: 'software' };
    expect(renderedTopNames()).toEqual(expectedTopNames(answers));
  });

  it('says no answers were given on an empty /results and offers the quiz', async () => {
    renderApp('/results');
    await screen.findByRole('heading', { level: 1, name: 'No answers to show' });
    expect(screen.getByText(/No answers were given/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute('href', '/quiz');
  });
});

describe('results page: actions', () => {
  it('copies the canonical link and announces it', async () => {
    const { user } = renderApp('/results?background=student&STAKEHOLDERS=no&research=no&code=yes');
    await findWholeResults();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    // The live region exists before the message is put into it.
    const regionsBefore = screen.getAllByRole('status');

    await user.click(screen.getByRole('button', { name: 'Copy link to these results' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${paths.results(ML_PATH)}`);
    const status = await screen.findByText('Link copied');
    expect(regionsBefore).toContain(status);
    expect(screen.queryByRole('textbox', { name: 'Link to these results' })).not.toBeInTheDocument();
  });

  it('shows the address to copy by hand when the clipboard refuses', async () => {
    const { user } = renderApp(paths.results(ML_PATH));
    await findWholeResults();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));

    await user.click(screen.getByRole('button', { name: 'Copy link to these results' }));
    expect(await screen.findByText('Couldn’t copy automatically — select the address below')).toHaveAttribute('role', 'status');
    const field = screen.getByRole('textbox', { name: 'Link to these results' });
    expect(field).toHaveValue(`${window.location.origin}${paths.results(ML_PATH)}`);
    expect(field).toHaveAttribute('readonly');
  });

  it('compares the top three by default and navigates to /compare', async () => {
    const { user, path } = renderApp(paths.results(ML_PATH));
    await findWholeResults();
    const group = screen.getByRole('group', { name: 'Choose 2 or 3 roles to compare' });
    const top = topRoleIds(rankRoles(questionTree, ML_PATH));
    const checked = within(group)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => (box as HTMLInputElement).value);
    expect(checked).toEqual([...top]);
    expect(within(group).getAllByRole('checkbox')).toHaveLength(10);

    await user.click(screen.getByRole('button', { name: 'Compare selected roles' }));
    await waitFor(() => expect(path()).toBe(paths.compare(top.filter(isRoleId))));
  });

  it('allows two or three roles only', async () => {
    const { user, path } = renderApp(paths.results(ML_PATH));
    await findWholeResults();
    const group = screen.getByRole('group', { name: 'Choose 2 or 3 roles to compare' });
    const box = (name: string) => within(group).getByRole('checkbox', { name });

    // Three chosen: the others cannot be ticked, and the page says why.
    expect(box(roleName('prompt-engineer'))).toBeDisabled();
    expect(screen.getByText(/the most you can compare/)).toBeInTheDocument();

    // Untick two: one left is too few, and the button explains instead of navigating.
    await user.click(box(roleName('ml-engineer')));
    expect(box(roleName('prompt-engineer'))).toBeEnabled();
    await user.click(box(roleName('mlops-engineer')));
    const button = screen.getByRole('button', { name: 'Compare selected roles' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/Choose at least 2 roles/);
    await user.click(button);
    expect(screen.getByText(/Choose at least 2 roles before comparing/)).toBeInTheDocument();
    expect(path()).toBe(paths.results(ML_PATH));

    // Pick a role from further down: the link names the chosen roles (in catalogue order, its one address).
    await user.click(box(roleName('prompt-engineer')));
    await user.click(button);
    const remaining = topRoleIds(rankRoles(questionTree, ML_PATH)).filter((id) => id !== 'ml-engineer' && id !== 'mlops-engineer');
    const ranked = rankRoles(questionTree, ML_PATH)
      .map((r) => r.roleId)
      .filter((id) => [...remaining, 'prompt-engineer'].includes(id));
    await waitFor(() => expect(path()).toBe(paths.compare(ranked.filter(isRoleId))));
  });

  it('links every answer to its question and loads the answers before changing one', async () => {
    const { user, path } = renderApp(paths.results(ML_PATH));
    await findWholeResults();
    for (const questionId of Object.keys(ML_PATH)) {
      expect(screen.getByRole('link', { name: `Change your answer to “${prompt(questionId)}”` })).toHaveAttribute('href', `/quiz/${questionId}`);
    }
    expect(screen.queryByRole('link', { name: `Change your answer to “${prompt('python')}”` })).not.toBeInTheDocument();
    expect(useQuizStore.getState().answers).toEqual({});

    await user.click(screen.getByRole('link', { name: `Change your answer to “${prompt('research')}”` }));
    await screen.findByRole('heading', { level: 1, name: prompt('research') });
    expect(path()).toBe('/quiz/research');
    expect(useQuizStore.getState().answers).toEqual(ML_PATH);
    expect(screen.getByRole('button', { name: 'No', pressed: true })).toBeInTheDocument();
  });

  it('starts over: clears the saved answers and goes to the first question', async () => {
    useQuizStore.setState({ answers: PHD_NO_PATH });
    const { user, path } = renderApp(paths.results(PHD_NO_PATH));
    await findWholeResults();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await screen.findByRole('heading', { level: 1, name: prompt('code') });
    expect(path()).toBe('/quiz/code');
    expect(useQuizStore.getState().answers).toEqual({});
  });
});

describe('results page: a shared link and saved progress', () => {
  const saved: Answers = { code: 'no', python: 'no', research: 'no', stakeholders: 'yes', background: 'product' };
  /** The message about the link and what is saved: in the status tray after the page, never above it. */
  const linkMessage = () => screen.findByRole('region', { name: LINK_AND_SAVED_LABEL });

  it('offers a choice and does not overwrite the saved answers until one is made', async () => {
    seedSavedAnswers(saved);
    const { user } = renderApp(paths.results(ML_PATH));
    const message = await linkMessage();
    expect(message).toHaveTextContent('You have different answers saved in this browser.');
    // It is announced, and it sits after the page, not inside it where it would push the page down.
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('main')).not.toContainElement(message);
    // The page shows the link's results, and the saved answers are untouched.
    expect(renderedTopNames()).toEqual(expectedTopNames(ML_PATH));
    expect(useQuizStore.getState().answers).toEqual(saved);

    await user.click(within(message).getByRole('button', { name: KEEP_CHOICES.answers }));
    expect(useQuizStore.getState().answers).toEqual(ML_PATH);
    expect(screen.queryByText('You have different answers saved in this browser.')).not.toBeInTheDocument();
    expect(screen.getByText('These results are now your saved answers in this browser.')).toHaveFocus();
  });

  it('shows the saved results when asked', async () => {
    seedSavedAnswers(saved);
    const { user, path } = renderApp(paths.results(ML_PATH));
    await user.click(within(await linkMessage()).getByRole('button', { name: KEEP_CHOICES.showSaved }));
    await waitFor(() => expect(path()).toBe(paths.results(saved)));
    // The new address fills in over a few renders (ADR 0009): wait for it rather than assume it.
    await waitFor(() => expect(renderedTopNames()).toEqual(expectedTopNames(saved)));
    expect(screen.queryByText('You have different answers saved in this browser.')).not.toBeInTheDocument();
    expect(useQuizStore.getState().answers).toEqual(saved);
  });

  it('with other answers and other skills in the link, says so once and keeps both on request', async () => {
    seedSavedAnswers(saved, { sql: 'have' });
    const linkSkills = { python: 'have', rag: 'learning' } as const;
    const { user } = renderApp(paths.results(ML_PATH, linkSkills));
    const message = await linkMessage();
    expect(message).toHaveTextContent('This link has its own answers and skills.');
    expect(screen.getAllByRole('region', { name: LINK_AND_SAVED_LABEL })).toHaveLength(1);
    await user.click(within(message).getByRole('button', { name: KEEP_CHOICES.both }));
    expect(useQuizStore.getState().answers).toEqual(ML_PATH);
    expect(useQuizStore.getState().skills).toEqual(linkSkills);
    expect(screen.getByText('These answers and skills are now saved as yours in this browser.')).toHaveFocus();
  });

  it('can be dismissed, leaving the saved answers as they were and the focus in the page', async () => {
    seedSavedAnswers(saved);
    const { user } = renderApp(paths.results(ML_PATH));
    const message = await linkMessage();
    const dismiss = within(message).getByRole('button', { name: DISMISS });
    dismiss.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: LINK_AND_SAVED_LABEL })).not.toBeInTheDocument();
    expect(useQuizStore.getState().answers).toEqual(saved);
    // Focus came from nowhere in the page: it goes to the page itself, not to the document's body.
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('says nothing when the saved answers match the link', async () => {
    seedSavedAnswers(ML_PATH);
    renderApp(paths.results(ML_PATH));
    await findWholeResults();
    await waitFor(() => expect(useQuizStore.persist.hasHydrated()).toBe(true));
    expect(screen.queryByText(/answers saved in this browser/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: LINK_AND_SAVED_LABEL })).not.toBeInTheDocument();
  });

  it('offers the saved results on an empty /results', async () => {
    seedSavedAnswers(saved);
    renderApp('/results');
    const message = await linkMessage();
    expect(message).toHaveTextContent('You have answers saved in this browser.');
    expect(within(message).queryByRole('button', { name: KEEP_CHOICES.answers })).not.toBeInTheDocument();
    expect(within(message).getByRole('button', { name: KEEP_CHOICES.showSaved })).toBeInTheDocument();
  });
});
