// The roles list and each role's page, rendered through the real routes.
import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatRange } from '../../src/components/money';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { tracks } from '../../src/content/tracks';
import { ROLE_IDS } from '../../src/content/types';
import { enumeratePaths, rankRoles } from '../../src/engine';
import { paths } from '../../src/routes/manifest';
import { renderApp } from '../render-app';
import { roleName } from '../support/app-content';

function role(id: string) {
  const found = getRole(id);
  if (!found) throw new Error(`No role ${id}`);
  return found;
}

describe('RolesPage', () => {
  it('lists all ten roles with links and salaries', async () => {
    renderApp('/roles');
    expect(await screen.findByRole('heading', { level: 1, name: 'All AI roles' })).toBeInTheDocument();
    const cards = screen.getAllByRole('heading', { level: 2 });
    expect(cards).toHaveLength(10);
    for (const id of ROLE_IDS) {
      const { name, summary, salary } = role(id);
      const link = screen.getByRole('link', { name });
      expect(link).toHaveAttribute('href', `/roles/${id}`);
      const card = link.closest('li') as HTMLElement;
      expect(within(card).getByText(summary)).toBeInTheDocument();
      if (salary?.uk) expect(within(card).getByText(formatRange(salary.uk))).toBeInTheDocument();
      if (salary?.us) expect(within(card).getByText(formatRange(salary.us))).toBeInTheDocument();
      if (!salary) expect(within(card).getAllByText('No figure in our sources')).toHaveLength(2);
    }
    // The title is set by an effect after the page renders: wait for it.
    await waitFor(() => expect(document.title).toBe('All AI roles – AI Career Pathfinder'));
  });

  it('opens a role from the list', async () => {
    const { user, path } = renderApp('/roles');
    await user.click(await screen.findByRole('link', { name: roleName('mlops-engineer') }));
    expect(await screen.findByRole('heading', { level: 1, name: roleName('mlops-engineer') })).toBeInTheDocument();
    expect(path()).toBe('/roles/mlops-engineer');
  });
});

describe('RolePage', () => {
  it.each(ROLE_IDS)('renders %s with its name and salary (or says there is none)', async (id) => {
    const { name, salary } = role(id);
    renderApp(`/roles/${id}`);
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    const salaryHeading = screen.getByRole('heading', { level: 2, name: 'Salary' });
    const card = salaryHeading.closest('section') as HTMLElement;
    if (salary?.uk) expect(within(card).getByText(formatRange(salary.uk))).toBeInTheDocument();
    if (salary?.us) expect(within(card).getByText(formatRange(salary.us))).toBeInTheDocument();
    if (!salary) expect(within(card).getByText(/No figure in our sources/)).toBeInTheDocument();
    // Every section heading is there whether or not the sources cover it.
    for (const heading of ['What the day looks like', 'Who it suits', 'How to break in', 'How it differs', 'Honest notes', 'Core skills', 'Skills for its track']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Compare with another role' })).toHaveAttribute('href', `/compare/${id}`);
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toHaveAttribute('href', '/quiz');
    expect(screen.getByRole('link', { name: 'All roles' })).toHaveAttribute('href', '/roles');
    // The title is set by an effect after the page renders: wait for it.
    await waitFor(() => expect(document.title).toBe(`${name} – AI Career Pathfinder`));
  });

  it('shows the full detail of a well-covered role, with sources', async () => {
    const { coreSkills, track } = role('ai-engineer-llm');
    renderApp('/roles/ai-engineer-llm');
    await screen.findByRole('heading', { level: 1, name: roleName('ai-engineer-llm') });
    expect(screen.getByText('Also known as: NLP/LLM Engineer')).toBeInTheDocument();
    for (const skill of coreSkills) expect(screen.getByText(skill)).toBeInTheDocument();
    const trackData = tracks[track!.trackId];
    expect(screen.getByText(`Our sources list this role under the ${trackData.name} track.`)).toBeInTheDocument();
    for (const skill of [...trackData.mustHave, ...trackData.niceToHave]) expect(screen.getByText(skill)).toBeInTheDocument();
    expect(screen.getAllByText(/Source: Veltrix \(Veltrix Collective\), “What Skills Do You Need/).length).toBeGreaterThanOrEqual(3);
    // dayToDay is null for this role.
    const day = screen.getByRole('heading', { level: 2, name: 'What the day looks like' }).closest('section') as HTMLElement;
    expect(within(day).getByText('Our sources don’t cover this.')).toBeInTheDocument();
  });

  it('links to the role it differs from and offers to compare them', async () => {
    renderApp('/roles/data-scientist');
    await screen.findByRole('heading', { level: 1, name: roleName('data-scientist') });
    expect(screen.getByRole('link', { name: roleName('ml-engineer') })).toHaveAttribute('href', '/roles/ml-engineer');
    expect(screen.getByRole('link', { name: `Compare ${roleName('data-scientist')} and ${roleName('ml-engineer')} side by side` })).toHaveAttribute(
      'href',
      '/compare/ml-engineer/data-scientist',
    );
  });

  it('says plainly what the sources do not cover for the least-described role', async () => {
    renderApp('/roles/ai-solutions-specialist');
    await screen.findByRole('heading', { level: 1, name: roleName('ai-solutions-specialist') });
    expect(screen.getByText('Our sources list no core skills for this role.')).toBeInTheDocument();
    expect(screen.getByText(/don’t place this role in a skills track/)).toBeInTheDocument();
    expect(screen.getByText('Our sources don’t compare this role with a neighbouring one.')).toBeInTheDocument();
  });

  it('says when a track is only the nearest one', async () => {
    renderApp('/roles/prompt-engineer');
    await screen.findByRole('heading', { level: 1, name: roleName('prompt-engineer') });
    expect(
      screen.getByText('Our sources don’t name this role under a skills track. The nearest one is AI Engineering (LLM / Application).'),
    ).toBeInTheDocument();
  });

  it('an unknown role id shows the not-found page naming it, shortened', async () => {
    renderApp(`/roles/${'astronaut'.repeat(10)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(`There is no role called “${'astronaut'.repeat(10).slice(0, 40)}…”.`)).toBeInTheDocument();
  });

  it('a short unknown role id is named as it is', async () => {
    renderApp('/roles/astronaut');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no role called “astronaut”.')).toBeInTheDocument();
  });

  it('goes from a role to comparing it with another', async () => {
    const { user, path } = renderApp('/roles/ml-engineer');
    await user.click(await screen.findByRole('link', { name: 'Compare with another role' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare AI roles' })).toBeInTheDocument();
    expect(path()).toBe(paths.compare(['ml-engineer']));
    expect(screen.getByRole('columnheader', { name: roleName('ml-engineer') })).toBeInTheDocument();
  });
});

describe('RolePage: answers that lead here', () => {
  // Brute force, independent of roleOutcome: rank every complete answer set and count.
  const everySet = enumeratePaths(questionTree);
  const ranks = everySet.map((answers) => ({ answers, ranking: rankRoles(questionTree, answers) }));
  const rankOf = (roleId: string, ranking: readonly { roleId: string; rank: number }[]) => ranking.find((entry) => entry.roleId === roleId)?.rank ?? Infinity;

  it.each(ROLE_IDS)('counts the answer sets that put %s first and in the top three, with links to them', async (id) => {
    const first = ranks.filter(({ ranking }) => rankOf(id, ranking) === 1);
    const top = ranks.filter(({ ranking }) => rankOf(id, ranking) <= 3);
    renderApp(`/roles/${id}`);
    await screen.findByRole('heading', { level: 1, name: role(id).name });
    const section = screen.getByRole('heading', { level: 2, name: 'Answers that lead here' }).closest('section') as HTMLElement;
    const text = section.textContent ?? '';
    if (first.length > 0) {
      expect(text).toContain(`comes first, alone or joint, for ${first.length} answer set${first.length === 1 ? '' : 's'} of the ${everySet.length} possible`);
      expect(text).toContain(`in the top three, shared places included, for ${top.length}.`);
    } else if (top.length > 0) {
      expect(text).toContain(`No answers put ${role(id).name} first. It is in the top three, shared places included, for ${top.length} answer set`);
    } else {
      expect(text).toContain(`No answers put ${role(id).name} first or in the top three`);
    }
    // One link per listed answer set, each to its results page.
    const listed = first.length > 0 ? first : top;
    const resultLinks = within(section)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'))
      .filter((href) => href?.startsWith('/results'));
    expect(resultLinks.sort()).toEqual(listed.map(({ answers }) => paths.results(answers)).sort());
    expect(within(section).getByRole('link', { name: 'Take the quiz yourself' })).toHaveAttribute('href', paths.quiz());
  });
});
