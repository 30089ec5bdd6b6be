// Ties read as ties on the results page: shared places in the top three, in the other roles and in the
// what-if sentences, the order within a tie said plainly beside it, and held-back roles shown
// with the answer that holds them back. Expected values come from the engine and the content.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { enumeratePaths, outcomeResults, rankRoles, topRoleIds, whatIfs, type Answers, type RankedRole } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { MATCH_TEXT } from '../../src/features/results/ranked-roles';
import { TIE_ORDER_TEXT } from '../../src/features/results/tie-note';
import { paths } from '../../src/routes/manifest';
import { findWholeResults, renderApp } from '../render-app';
import { roleName } from '../support/app-content';

/** A student who does not love code and will not learn Python: two roles share 1st place. */
const JOINT_FIRST: Answers = { code: 'no', python: 'no', research: 'no', stakeholders: 'no', background: 'student' };

async function openResults(answers: Answers) {
  renderApp(paths.results(answers));
  await findWholeResults();
}

const topRows = () => [...screen.getByRole('list', { name: 'Your top three roles' }).querySelectorAll<HTMLElement>(':scope > li')];
const otherRows = (count: number) => {
  const summary = screen.getByText(`The other ${count} roles, and how each could reach your top three`, { selector: 'summary' });
  return [...(summary.closest('details') as HTMLElement).querySelectorAll<HTMLElement>('.results-others > li')];
};
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];

/** The visible mark ("=1") and its words for screen readers ("Joint 1st:") of a row, as the ranking says. */
function expectPlaceMark(row: HTMLElement, ranked: RankedRole, ranking: readonly RankedRole[]) {
  const shared = ranking.filter((other) => other.rank === ranked.rank).length > 1;
  const mark = row.querySelector('.place-mark');
  expect(mark?.querySelector('[aria-hidden="true"]')).toHaveTextContent(new RegExp(`^${shared ? '=' : ''}${ranked.rank}$`));
  expect(mark).toHaveTextContent(`${shared ? 'Joint ' : ''}${ORDINALS[ranked.rank - 1]}:`);
}

describe('results page: shared places', () => {
  const ranking = rankRoles(questionTree, JOINT_FIRST);

  it('the fixture really has two roles level at the top and a third alone', () => {
    expect(ranking.slice(0, 3).map((role) => role.rank)).toEqual([1, 1, 3]);
  });

  it('the top three and the best-fit line say “joint 1st” for roles level on points, never a place the points do not give', async () => {
    await openResults(JOINT_FIRST);
    const rows = topRows();
    expect(rows).toHaveLength(3);
    rows.forEach((row, index) => expectPlaceMark(row, ranking[index]!, ranking));
    const [a, b] = topRoleIds(ranking, 2).map(roleName);
    expect(screen.getByText(`${a} and ${b} share 1st place: they fit you equally well.`)).toBeInTheDocument();
    expect(document.querySelector('main')).not.toHaveTextContent(/\b2nd:/);
  });

  it('says beside the top three what “=” means, and how the order within a shared place was chosen beside the full list', async () => {
    await openResults(JOINT_FIRST);
    expect(screen.getByText(/“=” marks a shared place: the same points, and the order within it is not a better fit\./)).toBeInTheDocument();
    const others = otherRows(ranking.length - 3);
    const list = others[0]?.closest('details') as HTMLElement;
    expect(within(list).getByText(new RegExp(TIE_ORDER_TEXT.replace(/[()]/g, '\\$&')))).toBeInTheDocument();
    expect(TIE_ORDER_TEXT).toMatch(/does not mean one fits you better/);
  });

  it('lists the other roles with their places, the last one whole (“10”), held-back roles with the answer that holds them back', async () => {
    await openResults(JOINT_FIRST);
    const others = ranking.slice(3);
    const items = otherRows(others.length);
    expect(items).toHaveLength(others.length);
    items.forEach((row, index) => expectPlaceMark(row, others[index]!, ranking));
    expect(items.at(-1)?.querySelector('.place-mark [aria-hidden="true"]')?.textContent).toMatch(/^=?10$/);
    const heldBack = others.filter((role) => role.heldBack);
    expect(heldBack.length).toBeGreaterThan(0);
    for (const role of heldBack) {
      const item = items[others.indexOf(role)] as HTMLElement;
      expect(item).toHaveTextContent(MATCH_TEXT['held-back']);
      for (const caveat of role.caveats) expect(item).toHaveTextContent(caveat.text);
    }
  });
});

describe('results page: what-if sentences and ties', () => {
  // Every change from every path, with the ranking it starts from.
  const changes = enumeratePaths(questionTree).flatMap((answers) => {
    const before = rankRoles(questionTree, answers);
    return whatIfs(questionTree, answers).flatMap((entry) =>
      entry.alternatives.flatMap((branch) => outcomeResults(branch.outcome).map((result) => ({ answers, before, result }))),
    );
  });
  const listedTop = (ranking: readonly RankedRole[]) => topRoleIds(ranking).join();
  const listedTopSet = (ranking: readonly RankedRole[]) => [...topRoleIds(ranking)].sort().join();

  async function lineOf(change: (typeof changes)[number]) {
    await openResults(change.answers);
    const link = screen.getAllByRole('link').find((candidate) => candidate.getAttribute('href') === paths.results(change.result.answers));
    return link?.closest('li');
  }

  it('claim no reorder when the first three listed change only within shared places', async () => {
    const withinTies = changes.filter(({ before, result }) => result.diff.sameTopOrder && listedTop(before) !== listedTop(result.ranking));
    expect(withinTies.length).toBeGreaterThan(0);
    const line = await lineOf(withinTies[0]!);
    expect(line).toHaveTextContent('Your top three would stay the same; only roles further down would move.');
  });

  it('claim no role comes into the top three when it only trades places within a shared 3rd place', async () => {
    const tradedAtThird = changes.filter(({ before, result }) => result.diff.sameTopRoles && listedTopSet(before) !== listedTopSet(result.ranking));
    expect(tradedAtThird.length).toBeGreaterThan(0);
    const line = await lineOf(tradedAtThird[0]!);
    expect(line).not.toHaveTextContent(/would move from/);
    expect(line).toHaveTextContent(/Your top three would (stay the same|keep the same roles at new places)/);
  });
});
