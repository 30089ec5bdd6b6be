// The explore parts of the results page: all roles at a glance, what-if links, the closest
// way into the top three for every other role, the announcement after a what-if link and
// the printed address. Expected values come from the engine and the content.
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { closestPaths, outcomeResults, rankRoles, whatIfs, type Answers } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { ALREADY_IN_TOP_TEXT, MATCH_TEXT, ClosestLine, UNREACHABLE_TEXT } from '../../src/features/results/role-card';
import { WHAT_IF_HEADING } from '../../src/features/results/what-if-section';
import { paths } from '../../src/routes/manifest';
import { findWholeResults, renderApp, RESULTS_HEADING } from '../render-app';
import { optionLabel, prompt, roleName } from '../support/app-content';

/** A path where changing `code` to No opens `python`, and `research` to Yes opens `phd`. */
const ANSWERS: Answers = { code: 'yes', research: 'no', stakeholders: 'yes', background: 'software' };
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];

async function openResults(answers: Answers) {
  const view = renderApp(paths.results(answers));
  await findWholeResults();
  return view;
}

const whatIfRegion = () => screen.getByRole('region', { name: WHAT_IF_HEADING });

describe('results page: all roles at a glance', () => {
  it('lists every role in rank order with its match and points in words, the bars hidden from screen readers', async () => {
    await openResults(ANSWERS);
    const region = screen.getByRole('region', { name: `All ${questionTree.roleIds.length} roles at a glance` });
    const items = within(region).getAllByRole('listitem');
    const ranking = rankRoles(questionTree, ANSWERS);
    expect(items).toHaveLength(ranking.length);
    ranking.forEach((ranked, index) => {
      const item = items[index];
      expect(item).toHaveTextContent(roleName(ranked.roleId));
      expect(item).toHaveTextContent(`${MATCH_TEXT[ranked.match]}, ${ranked.score} points`);
      expect(item?.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    });
    expect(region).toHaveTextContent(/Each bar shows a role’s points from your answers, out of \d+/);
  });
});

describe('results page: what if you answered differently', () => {
  it('links every other answer to the results of the engine’s changed answers, in order', async () => {
    await openResults(ANSWERS);
    const expected = whatIfs(questionTree, ANSWERS).flatMap((question) =>
      question.alternatives.flatMap((branch) => outcomeResults(branch.outcome).map((result) => paths.results(result.answers))),
    );
    const links = within(whatIfRegion()).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(expected);
    // Every link is a complete result: code No opens python (2), research Yes opens phd (2), stakeholders (1), background (the rest).
    expect(expected.length).toBeGreaterThanOrEqual(7);
  });

  it('says in words what each answer would do, and when it opens a new question', async () => {
    await openResults(ANSWERS);
    const region = whatIfRegion();
    const questions = whatIfs(questionTree, ANSWERS);
    for (const { question, chosen } of questions) {
      expect(within(region).getByRole('heading', { level: 3, name: question.prompt })).toBeInTheDocument();
      expect(region).toHaveTextContent(`You answered ${chosen.label}.`);
    }
    expect(region).toHaveTextContent(`Answering ${optionLabel('code', 'no')} opens another question, “${prompt('python')}”`);
    expect(region).toHaveTextContent(`Answering ${optionLabel('research', 'yes')} opens another question, “${prompt('phd')}”`);

    const results = questions.flatMap((question) => question.alternatives.flatMap((branch) => outcomeResults(branch.outcome)));
    for (const result of results) {
      const link = within(region).getAllByRole('link').find((candidate) => candidate.getAttribute('href') === paths.results(result.answers));
      const line = link?.closest('li');
      const { diff } = result;
      if (diff.moved.length === 0) expect(line).toHaveTextContent('Nothing in your ranking would change.');
      else if (diff.sameTopOrder) expect(line).toHaveTextContent('Your top three would stay the same');
      else if (diff.sameTopRoles) expect(line).toHaveTextContent('Your top three would keep the same roles at new places');
      else {
        const place = (rank: number, shared: readonly number[]) => `${shared.includes(rank) ? 'joint ' : ''}${ORDINALS[rank - 1]}`;
        for (const move of diff.entered) {
          expect(line).toHaveTextContent(
            `${roleName(move.roleId)} would move from ${place(move.fromRank, diff.sharedRanksBefore)} to ${place(move.toRank, diff.sharedRanksAfter)}`,
          );
        }
        // Every role of the new top is named, with its place.
        for (const top of diff.topAfter) expect(line).toHaveTextContent(roleName(top.roleId));
        expect(line).toHaveTextContent(`your top three would become ${roleName(diff.topAfter[0]!.roleId)}`);
      }
    }
  });

  it('announces the changed answer after a what-if link, not on the first results, and focuses the heading', async () => {
    const { user, path } = await openResults(ANSWERS);
    const status = screen.getAllByRole('status').find((element) => element.classList.contains('results-update'));
    expect(status).toHaveTextContent(/^$/);
    const link = within(whatIfRegion()).getByRole('link', { name: `Answer ${optionLabel('stakeholders', 'no')} to “${prompt('stakeholders')}”` });
    await user.click(link);
    const changed = { ...ANSWERS, stakeholders: 'no' };
    expect(path()).toBe(paths.results(changed));
    expect(
      await screen.findByText(
        `Results updated: your answer to “${prompt('stakeholders')}” is now “${optionLabel('stakeholders', 'no')}”.`,
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 1, name: RESULTS_HEADING })).toHaveFocus();
  });
});

describe('results page: the closest way into the top three', () => {
  it('gives every role outside the top three the engine’s fewest changes, linked to that result', async () => {
    await openResults(ANSWERS);
    const list = (await screen.findByRole('heading', { name: 'The other roles, in order' })).parentElement as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    const distances = new Map(closestPaths(questionTree, ANSWERS).map((distance) => [distance.roleId, distance.toTop]));
    const others = rankRoles(questionTree, ANSWERS).slice(3);
    expect(items).toHaveLength(others.length);
    others.forEach((ranked, index) => {
      const toTop = distances.get(ranked.roleId);
      const item = items[index] as HTMLElement;
      if (toTop?.kind !== 'path') {
        expect(item).toHaveTextContent(UNREACHABLE_TEXT);
        return;
      }
      if (toTop.changes.length === 0) {
        // Listed after the top three, but level on points with a role in it.
        expect(ranked.rank).toBeLessThanOrEqual(3);
        expect(item).toHaveTextContent(ALREADY_IN_TOP_TEXT);
        return;
      }
      const link = within(item).getByRole('link', { name: /to make this a top-three match$/ });
      expect(link).toHaveAttribute('href', paths.results(toTop.answers));
      expect(toTop.changes.length).toBeGreaterThan(0);
      for (const change of toTop.changes) {
        expect(link).toHaveTextContent(`${optionLabel(change.questionId, change.to)} to “${prompt(change.questionId)}”`);
      }
      expect(item).toHaveTextContent(`(it would rank ${toTop.joint ? 'joint ' : ''}${ORDINALS[toTop.rank - 1]}).`);
    });
  });

  it('says plainly when no set of answers makes a role a top-three match', () => {
    const router = createMemoryRouter([{ path: '/', element: <ClosestLine path={{ kind: 'unreachable' }} /> }]);
    render(<RouterProvider router={router} />);
    expect(screen.getByText('No set of answers makes this a top-three match.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('results page: print', () => {
  it('offers print and holds the page’s own address for paper', async () => {
    await openResults(ANSWERS);
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
    expect(screen.getByText(/^This page:/)).toHaveTextContent(`${window.location.origin}${paths.results(ANSWERS)}`);
  });
});
