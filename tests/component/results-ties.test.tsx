// Ties read as ties on the results page: shared places on the cards, in both lists and in the
// what-if sentences, the order within a tie said plainly beside it, and held-back roles shown
// with the answer that holds them back. Expected values come from the engine and the content.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { enumeratePaths, outcomeResults, rankRoles, topRoleIds, whatIfs, type Answers, type RankedRole } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { MATCH_TEXT } from '../../src/features/results/role-card';
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

const cards = () => within(screen.getByRole('list', { name: 'Your top three roles' })).getAllByRole('article');
const overviewItems = () =>
  within(screen.getByRole('region', { name: `All ${questionTree.roleIds.length} roles at a glance` })).getAllByRole('listitem');

describe('results page: shared places', () => {
  const ranking = rankRoles(questionTree, JOINT_FIRST);

  it('the fixture really has two roles level at the top and a third alone', () => {
    expect(ranking.slice(0, 3).map((role) => role.rank)).toEqual([1, 1, 3]);
  });

  it('cards say “joint 1st” for roles level on points, never a rank the points do not give', async () => {
    await openResults(JOINT_FIRST);
    const [first, second, third] = cards();
    expect(first).toHaveTextContent(`Ranked joint 1st of ${ranking.length}`);
    expect(second).toHaveTextContent(`Ranked joint 1st of ${ranking.length}`);
    expect(third).toHaveTextContent(`Ranked 3rd of ${ranking.length}`);
    expect(screen.queryByText(/Ranked 2nd/)).not.toBeInTheDocument();
  });

  it('names who shares a place beside the cards, and says how the order within it was chosen', async () => {
    await openResults(JOINT_FIRST);
    const [a, b] = topRoleIds(ranking, 2).map(roleName);
    const note = screen.getByText(new RegExp(`^${a} and ${b?.replace(/[()/]/g, '\\$&')} share 1st place\\.`));
    expect(note).toHaveTextContent(TIE_ORDER_TEXT);
    expect(TIE_ORDER_TEXT).toMatch(/does not mean one fits you better/);
  });

  it('marks every place in the list at a glance, “=” for a shared one, in words for screen readers', async () => {
    await openResults(JOINT_FIRST);
    const items = overviewItems();
    expect(items).toHaveLength(ranking.length);
    ranking.forEach((ranked, index) => {
      const shared = ranking.filter((other) => other.rank === ranked.rank).length > 1;
      const ordinal = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'][ranked.rank - 1];
      const mark = items[index]?.querySelector('.place-mark');
      expect(mark?.querySelector('[aria-hidden="true"]')).toHaveTextContent(new RegExp(`^${shared ? '=' : ''}${ranked.rank}$`));
      expect(mark).toHaveTextContent(`${shared ? 'Joint ' : ''}${ordinal}:`.replace(/^j/, 'J'));
    });
  });

  it('lists the other roles with their places, the last one whole (“10”), held-back roles with the answer that holds them back', async () => {
    await openResults(JOINT_FIRST);
    const list = (await screen.findByRole('heading', { name: 'The other roles, in order' })).parentElement as HTMLElement;
    const items = [...list.querySelectorAll(':scope > ol > li')];
    const others = ranking.slice(3);
    expect(items).toHaveLength(others.length);
    expect(items.at(-1)?.querySelector('.place-mark [aria-hidden="true"]')?.textContent).toMatch(/^=?10$/);
    const heldBack = others.filter((role) => role.heldBack);
    expect(heldBack.length).toBeGreaterThan(0);
    for (const role of heldBack) {
      const item = items[others.indexOf(role)] as HTMLElement;
      expect(item).toHaveTextContent(MATCH_TEXT['held-back']);
      for (const caveat of role.caveats) expect(item).toHaveTextContent(caveat);
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
