// The skills check and the gaps it opens, through the real routes: tick skills, see each
// role's gap on results, role pages and compare, carry skills in a link. What the pages should
// say is computed with the engine and the content, never typed again.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { closestToReady, rankRoles, readiness, skillsToQuery, topRoleIds, type Answers, type SkillStates } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { roleSkillRequirements, roleSkills } from '../../src/content/skill-requirements';
import { SKILL_GROUPS, skills as catalogue } from '../../src/content/skills';
import { SKILL_IDS } from '../../src/content/types';
import type { Role } from '../../src/content/types';
import { gapHeading, gapSummary, roleReadiness, tierText } from '../../src/components/role-gap';
import { readyText } from '../../src/features/results/readiness-section';
import { CHOICES, skillsSummary } from '../../src/features/skills/skills-page';
import { paths } from '../../src/routes/manifest';
import { STORAGE_KEY, useQuizStore } from '../../src/state';
import { findWholeResults, renderApp, seedSavedAnswers } from '../render-app';
import { roleName, skillName } from '../support/app-content';

const ANSWERS: Answers = { code: 'yes', research: 'no', stakeholders: 'yes', background: 'software' };
const SKILLS: SkillStates = { python: 'have', sql: 'have', 'python-pandas-numpy-scikit-learn': 'have', mlops: 'learning', rag: 'learning' };
/** Any role's gap heading. */
const GAP_HEADING = /^Your skills for /;
const CHECK_LINK = 'Check your skills and see what to learn next';

const choiceLabel = (state: string) => CHOICES.find((choice) => choice.state === state)?.label ?? state;

function role(roleId: string): Role {
  const found = getRole(roleId);
  if (!found) throw new Error(`No role ${roleId}`);
  return found;
}

/** The gap block inside an element: its tallies and its "Learn next" names, as shown. */
function readGap(container: HTMLElement) {
  const tallies = within(container).getAllByRole('listitem').filter((item) => item.textContent?.startsWith('You have'));
  const next = container.querySelector('.role-gap__next');
  const learnNext = next ? [...next.querySelectorAll('.role-gap__skill')].map((item) => item.textContent) : [];
  return { tallies: tallies.map((item) => item.textContent), learnNext };
}

/** What the gap should read for a role, from the engine. */
function expectedGap(roleId: string, skills: SkillStates) {
  const result = roleReadiness(role(roleId), skills);
  return { tallies: gapSummary(role(roleId), result), learnNext: result.learnNext.map((item) => skillName(item.skillId)) };
}

describe('the skills check page', () => {
  it('lists every skill of the catalogue once, grouped, each with three choices', async () => {
    renderApp(paths.skills());
    await screen.findByRole('heading', { level: 1, name: 'Check your skills' });
    for (const group of SKILL_GROUPS) {
      const fieldset = screen.getByRole('group', { name: group.label });
      const inGroup = catalogue.filter((skill) => skill.group === group.id);
      for (const skill of inGroup) {
        const choice = within(fieldset).getByRole('group', { name: skill.name });
        expect(within(choice).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent?.trim())).toEqual(
          CHOICES.map((option) => option.label),
        );
        expect(within(choice).getByRole('radio', { name: choiceLabel('missing') })).toBeChecked();
      }
    }
    const names = screen.getAllByRole('group').flatMap((group) => (group.classList.contains('skill-choice') ? [group] : []));
    expect(names).toHaveLength(SKILL_IDS.length);
  });

  it('saves each choice at once, counts it in a live region, and clears with an undo', async () => {
    const { user } = renderApp(paths.skills());
    await screen.findByRole('heading', { level: 1, name: 'Check your skills' });
    const status = screen.getByText(skillsSummary({})).closest('[role="status"]');
    expect(status).not.toBeNull();

    await user.click(within(screen.getByRole('group', { name: skillName('python') })).getByRole('radio', { name: choiceLabel('have') }));
    await user.click(within(screen.getByRole('group', { name: skillName('rag') })).getByRole('radio', { name: choiceLabel('learning') }));
    expect(useQuizStore.getState().skills).toEqual({ python: 'have', rag: 'learning' });
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ state: { skills: { python: 'have', rag: 'learning' } } });
    expect(status).toHaveTextContent(skillsSummary({ python: 'have', rag: 'learning' }));

    await user.click(within(screen.getByRole('group', { name: skillName('python') })).getByRole('radio', { name: choiceLabel('missing') }));
    expect(useQuizStore.getState().skills).toEqual({ rag: 'learning' });

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(useQuizStore.getState().skills).toEqual({});
    expect(status).toHaveTextContent('All skills cleared.');
    await user.click(within(status as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(useQuizStore.getState().skills).toEqual({ rag: 'learning' });
  });

  it('shows the saved skills after a reload', async () => {
    seedSavedAnswers({}, { sql: 'have' });
    renderApp(paths.skills());
    const sql = await screen.findByRole('group', { name: skillName('sql') });
    await waitFor(() => expect(within(sql).getByRole('radio', { name: choiceLabel('have') })).toBeChecked());
  });

  it('offers the way back to the page it was opened from', async () => {
    seedSavedAnswers(ANSWERS);
    const { user, path } = renderApp(paths.results(ANSWERS));
    await findWholeResults();
    await user.click(await screen.findByRole('link', { name: CHECK_LINK }));
    await screen.findByRole('heading', { level: 1, name: 'Check your skills' });
    await user.click(within(screen.getByRole('group', { name: skillName('python') })).getByRole('radio', { name: choiceLabel('have') }));
    await user.click(screen.getByRole('link', { name: 'Back to your results' }));
    await findWholeResults();
    expect(path()).toBe(paths.results(ANSWERS));
    expect((await screen.findAllByRole('heading', { name: GAP_HEADING })).length).toBeGreaterThan(0);
  });
});

describe('with no skills marked, nothing changes', () => {
  it('results, role and compare pages show no gap, only the way into the check', async () => {
    const results = renderApp(paths.results(ANSWERS));
    await findWholeResults();
    expect(screen.queryByRole('heading', { name: GAP_HEADING })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'How ready you are' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: CHECK_LINK })).toHaveAttribute('href', paths.skills());
    results.unmount();

    const rolePage = renderApp(paths.role('ml-engineer'));
    await screen.findByRole('heading', { level: 1, name: roleName('ml-engineer') });
    expect(screen.queryByRole('heading', { name: GAP_HEADING })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: CHECK_LINK })).toBeInTheDocument();
    rolePage.unmount();

    renderApp(paths.compare(['ml-engineer', 'data-scientist']));
    await screen.findByRole('table');
    expect(screen.queryByRole('rowheader', { name: 'Your gap' })).not.toBeInTheDocument();
  });
});

describe('with skills marked', () => {
  it('each top-three card shows its gap: the tallies, must-haves first, and what to learn next in order', async () => {
    seedSavedAnswers(ANSWERS, SKILLS);
    renderApp(paths.results(ANSWERS));
    await findWholeResults();
    const cards = await waitFor(() => {
      const found = within(screen.getByRole('list', { name: 'Your top three roles' })).getAllByRole('article');
      return found;
    });
    const top = topRoleIds(rankRoles(questionTree, ANSWERS));
    await waitFor(() => cards.forEach((card, index) => within(card).getByRole('heading', { name: gapHeading(role(top[index]!)) })));
    expect(cards).toHaveLength(top.length);
    cards.forEach((card, index) => {
      const roleId = top[index]!;
      const gap = card.querySelector<HTMLElement>('.role-gap');
      expect(gap).not.toBeNull();
      expect(readGap(gap!)).toEqual(expectedGap(roleId, SKILLS));
      const result = readiness(roleSkillRequirements(role(roleId)), SKILLS);
      if (result.mustHave.total > 0) expect(readGap(gap!).tallies[0]).toMatch(/must-have/);
      for (const item of result.learnNext) expect(within(gap!).getAllByText(tierText(role(roleId), item.tier)).length).toBeGreaterThan(0);
      if (role(roleId).track?.fit === 'nearest') expect(gap).toHaveTextContent('nearest track');
    });
  });

  it('shows readiness apart from the ranking: closest to ready in the engine’s order, and the chart in words', async () => {
    seedSavedAnswers(ANSWERS, SKILLS);
    renderApp(paths.results(ANSWERS));
    const section = (await screen.findByRole('heading', { level: 2, name: 'How ready you are' })).closest('section')!;
    const ranking = rankRoles(questionTree, ANSWERS);
    // The ranking itself is unchanged by the skills.
    const cardNames = within(screen.getByRole('list', { name: 'Your top three roles' }))
      .getAllByRole('article')
      .map((card) => within(card).getByRole('heading', { level: 2 }).textContent);
    expect(cardNames).toEqual(topRoleIds(ranking).map(roleName));

    const inFitOrder = ranking.map((ranked) => roleSkills.find((entry) => entry.roleId === ranked.roleId)!);
    const expected = closestToReady(inFitOrder, SKILLS);
    const closest = within(section).getByRole('list', { name: 'Closest to ready' });
    expect(within(closest).getAllByRole('listitem').map((item) => item.textContent)).toEqual(
      expected.map((result) => `${roleName(result.roleId)}: ${readyText(result)}`),
    );

    const chart = within(section).getByRole('figure');
    for (const ranked of ranking.slice(0, 5)) {
      const result = expected.find((entry) => entry.roleId === ranked.roleId)!;
      expect(chart).toHaveTextContent(`Ready: ${readyText(result)}`);
    }
  });

  it('the role page marks each listed skill and shows the gap', async () => {
    seedSavedAnswers({}, SKILLS);
    renderApp(paths.role('data-scientist'));
    const heading = await screen.findByRole('heading', { level: 2, name: gapHeading(role('data-scientist')) });
    expect(readGap(heading.closest('section')!)).toEqual(expectedGap('data-scientist', SKILLS));
    const core = screen.getByRole('heading', { level: 2, name: 'Core skills' }).closest('section')!;
    expect(within(core).getByText(skillName('python')).closest('li')).toHaveTextContent('(you have this)');
  });

  it('compare has a "Your gap" row with each role’s gap', async () => {
    seedSavedAnswers({}, SKILLS);
    const ids = ['ml-engineer', 'ai-engineer-llm'] as const;
    renderApp(paths.compare([...ids]));
    const rowHeader = await screen.findByRole('rowheader', { name: 'Your gap' });
    const cells = within(rowHeader.closest('tr')!).getAllByRole('cell');
    expect(cells).toHaveLength(ids.length);
    cells.forEach((cell, index) => expect(readGap(cell)).toEqual(expectedGap(ids[index]!, SKILLS)));
  });
});

describe('skills in a link', () => {
  it('a link’s skills are shown without touching the saved ones, until the person keeps them', async () => {
    seedSavedAnswers(ANSWERS, { sql: 'have' });
    const linkSkills: SkillStates = { python: 'have', rag: 'learning' };
    const { user } = renderApp(paths.results(ANSWERS, linkSkills));
    const notice = await screen.findByText('This link carries its own skills.');
    const [firstRole] = topRoleIds(rankRoles(questionTree, ANSWERS));
    const card = within(screen.getByRole('list', { name: 'Your top three roles' })).getAllByRole('article')[0]!;
    expect(readGap(card.querySelector<HTMLElement>('.role-gap')!)).toEqual(expectedGap(firstRole!, linkSkills));
    expect(useQuizStore.getState().skills).toEqual({ sql: 'have' });

    await user.click(within(notice.closest('.notice') as HTMLElement).getByRole('button', { name: 'Keep these skills as mine' }));
    expect(useQuizStore.getState().skills).toEqual(linkSkills);
    expect(await screen.findByText('These skills are now your saved skills in this browser.')).toHaveFocus();
  });

  it('copies a link that carries the skills, in catalogue order', async () => {
    seedSavedAnswers(ANSWERS, SKILLS);
    const { user } = renderApp(paths.results(ANSWERS));
    const button = await screen.findByRole('button', { name: 'Copy link to these results and your skills' });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${paths.results(ANSWERS)}?${skillsToQuery(SKILL_IDS, SKILLS)}`);
  });

  it('names unknown and repeated skills like unknown answers, and keeps the rest', async () => {
    renderApp(`${paths.results(ANSWERS)}?have=python,cobol&learning=python`);
    const notice = (await screen.findByRole('heading', { name: 'Some of this link couldn’t be used' })).closest('section')!;
    expect(notice).toHaveTextContent('“cobol” is not one of the skills in the skills check, so it was ignored.');
    expect(notice).toHaveTextContent('The skill “python” appeared more than once; the first mention was used.');
    const card = within(screen.getByRole('list', { name: 'Your top three roles' })).getAllByRole('article')[0]!;
    await waitFor(() => expect(card.querySelector('.role-gap')).not.toBeNull());
  });

  it('a part that cannot be decoded is explained once, in the query form too', async () => {
    const query = new URLSearchParams(ANSWERS).toString();
    renderApp(`/results?${query}&have=%E0%A4%A`);
    const notice = (await screen.findByRole('heading', { name: 'Some of this link couldn’t be used' })).closest('section')!;
    expect(within(notice).getAllByRole('listitem')).toHaveLength(1);
    expect(notice).toHaveTextContent('Part of the link couldn’t be read');
  });

  it('a query-form link with skills moves to the canonical address, keeping the skills', async () => {
    const query = new URLSearchParams(ANSWERS).toString();
    const { path } = renderApp(`/results?${query}&have=sql,python`);
    await findWholeResults();
    await waitFor(() => expect(path()).toBe(paths.results(ANSWERS, { python: 'have', sql: 'have' })));
  });
});
