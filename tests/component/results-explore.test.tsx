// The explore parts of the results page: the answers with what each other answer would do, the
// closest way into the top three for every other role, the announcement after a what-if link and
// the printed address. Expected values come from the engine and the content.
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { closestPaths, enumeratePaths, outcomeResults, rankRoles, whatIfs, type Answers } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { ALREADY_IN_TOP_TEXT, ClosestLine, UNREACHABLE_TEXT } from '../../src/features/results/ranked-roles';
import { YOUR_ANSWERS_HEADING, whatIfSummary } from '../../src/features/results/your-answers';
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

const answersRegion = () => screen.getByRole('region', { name: YOUR_ANSWERS_HEADING });
/** The what-if links: every link of the answers' disclosures. */
const whatIfLinks = () => [...answersRegion().querySelectorAll('details')].flatMap((details) => within(details).getAllByRole('link'));

describe('results page: your answers, with what each other answer would do', () => {
  it('has one row per answer, in path order: the question, the answer and a Change link to that question', async () => {
    await openResults(ANSWERS);
    const rows = whatIfs(questionTree, ANSWERS);
    const terms = within(answersRegion()).getAllByRole('term');
    expect(terms.map((term) => term.textContent)).toEqual(rows.map((row) => row.question.prompt));
    for (const { question, chosen } of rows) {
      const row = within(answersRegion()).getByText(question.prompt).parentElement as HTMLElement;
      expect(row).toHaveTextContent(chosen.label);
      expect(within(row).getByRole('link', { name: `Change your answer to “${question.prompt}”` })).toHaveAttribute(
        'href',
        paths.question(question.id),
      );
    }
  });

  it('puts every other answer one step away, in a top-level disclosure whose summary says how many would change the top', async () => {
    await openResults(ANSWERS);
    const disclosures = [...answersRegion().querySelectorAll('details')];
    const rows = whatIfs(questionTree, ANSWERS);
    expect(disclosures).toHaveLength(rows.length);
    disclosures.forEach((details, index) => {
      expect(details.open).toBe(false);
      expect(details.parentElement?.closest('details')).toBeNull();
      expect(details.querySelector('summary')).toHaveTextContent(whatIfSummary(rows[index]!.alternatives));
    });
    // Background has many options: its summary counts them.
    expect(answersRegion()).toHaveTextContent(/What if you answered differently\? (None|\d+) of the \d+ other answers would change your top three\./);
  });

  it('links every other answer to the results of the engine’s changed answers, in order', async () => {
    await openResults(ANSWERS);
    const expected = whatIfs(questionTree, ANSWERS).flatMap((question) =>
      question.alternatives.flatMap((branch) => outcomeResults(branch.outcome).map((result) => paths.results(result.answers))),
    );
    expect(whatIfLinks().map((link) => link.getAttribute('href'))).toEqual(expected);
    // Every link is a complete result: code No opens python (2), research Yes opens phd (2), stakeholders (1), background (the rest).
    expect(expected.length).toBeGreaterThanOrEqual(7);
  });

  it('says in words what each answer would do, and when it opens a new question', async () => {
    await openResults(ANSWERS);
    const region = answersRegion();
    expect(region).toHaveTextContent(`Answering ${optionLabel('code', 'no')} opens another question, “${prompt('python')}”`);
    expect(region).toHaveTextContent(`Answering ${optionLabel('research', 'yes')} opens another question, “${prompt('phd')}”`);

    const results = whatIfs(questionTree, ANSWERS).flatMap((question) => question.alternatives.flatMap((branch) => outcomeResults(branch.outcome)));
    for (const result of results) {
      const link = whatIfLinks().find((candidate) => candidate.getAttribute('href') === paths.results(result.answers));
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
    const link = whatIfLinks().find(
      (candidate) => candidate.getAttribute('aria-label') === `Answer ${optionLabel('stakeholders', 'no')} to “${prompt('stakeholders')}”`,
    );
    expect(link).toBeDefined();
    await user.click(link!);
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

describe('what-if summaries', () => {
  const changesTopThree = (diff: { moved: readonly unknown[]; sameTopOrder: boolean }) => diff.moved.length > 0 && !diff.sameTopOrder;

  it('say on every path whether each other answer would, could (through the question it opens) or would not change the top three', () => {
    let could = 0;
    for (const answers of enumeratePaths(questionTree)) {
      for (const { alternatives } of whatIfs(questionTree, answers)) {
        const verdicts = alternatives.map((branch) => {
          const changed = outcomeResults(branch.outcome).filter((result) => changesTopThree(result.diff)).length;
          const total = outcomeResults(branch.outcome).length;
          return changed === 0 ? 'no' : changed === total ? 'would' : 'could';
        });
        const summary = whatIfSummary(alternatives);
        const changing = verdicts.filter((verdict) => verdict !== 'no').length;
        const verb = verdicts.includes('could') ? 'could' : 'would';
        if (verdicts.includes('could')) could += 1;
        if (alternatives.length === 1) {
          expect(summary).toBe(
            `What if you answered ${alternatives[0]!.option.label}? ${changing === 0 ? 'Your top three would stay the same.' : `Your top three ${verb} change.`}`,
          );
        } else {
          expect(summary).toBe(
            `What if you answered differently? ${changing === 0 ? 'None' : changing} of the ${alternatives.length} other answers ${verb} change your top three.`,
          );
        }
      }
    }
    // The tree has answers whose new question decides whether the top three changes.
    expect(could).toBeGreaterThan(0);
  });
});

describe('results page: the closest way into the top three', () => {
  it('gives every role outside the top three the engine’s fewest changes, linked to that result', async () => {
    await openResults(ANSWERS);
    const others = rankRoles(questionTree, ANSWERS).slice(3);
    const summary = screen.getByText(`The other ${others.length} roles, and how each could reach your top three`);
    const items = [...(summary.closest('details') as HTMLElement).querySelectorAll('.results-others > li')] as HTMLElement[];
    const distances = new Map(closestPaths(questionTree, ANSWERS).map((distance) => [distance.roleId, distance.toTop]));
    expect(items).toHaveLength(others.length);
    others.forEach((ranked, index) => {
      const toTop = distances.get(ranked.roleId);
      const item = items[index] as HTMLElement;
      expect(item).toHaveTextContent(roleName(ranked.roleId));
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

  it('opens every disclosure before printing and closes them again after', async () => {
    await openResults(ANSWERS);
    const disclosures = [...document.querySelectorAll('main details')] as HTMLDetailsElement[];
    expect(disclosures.length).toBeGreaterThan(0);
    expect(disclosures.every((details) => !details.open)).toBe(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(disclosures.every((details) => details.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(disclosures.every((details) => !details.open)).toBe(true);
  });
});
