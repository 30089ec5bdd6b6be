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
import { READINESS_SUMMARY, readyText } from '../../src/features/results/readiness-section';
import { KEEP_CHOICES, LINK_AND_SAVED_LABEL } from '../../src/features/results/link-and-saved';
import { SKILL_PROBLEMS_LABEL } from '../../src/features/results/problems';
import { COPIED_WITH_SKILLS } from '../../src/components/share-link';
import { SKILLS_CHECK_WORDING } from '../../src/components/skills-check-link';
import { roleDetailsAnchor } from '../../src/features/results/role-details';
import {
  CHOICES,
  SHOW_TOP_ROLES_FIRST,
  TOP_ROLES_HEADING,
  groupCountText,
  skillsSummary,
} from '../../src/features/skills/skills-page';
import { paths } from '../../src/routes/manifest';
import { STORAGE_KEY, useQuizStore } from '../../src/state';
import { findWholeResults, hydrateApp, prerenderedInDocument, renderApp, seedSavedAnswers } from '../render-app';
import { roleName, skillName } from '../support/app-content';

/** A top role's disclosure on the results page ("Why … fits you, and its skills"). */
const detailsOf = (roleId: string): HTMLElement => {
  const details = document.getElementById(roleDetailsAnchor(roleId));
  if (!details) throw new Error(`No details for ${roleId}`);
  return details;
};

const ANSWERS: Answers = { code: 'yes', research: 'no', stakeholders: 'yes', background: 'software' };
const SKILLS: SkillStates = { python: 'have', sql: 'have', 'python-pandas-numpy-scikit-learn': 'have', mlops: 'learning', rag: 'learning' };
/** Any role's gap heading. */
const GAP_HEADING = /^Your skills for /;
const CHECK_LINK = SKILLS_CHECK_WORDING.check;

/** The results page's own way into the check, among its actions (the readiness disclosure holds another). */
const resultsCheckLink = () => screen.findByRole('link', { name: SKILLS_CHECK_WORDING.brief });

const choiceLabel = (state: string) => CHOICES.find((choice) => choice.state === state)?.label ?? state;

function role(roleId: string): Role {
  const found = getRole(roleId);
  if (!found) throw new Error(`No role ${roleId}`);
  return found;
}

/** Every group of skills, each behind its own disclosure, in page order. */
function disclosures(): HTMLDetailsElement[] {
  return [...document.querySelectorAll<HTMLDetailsElement>('main details')];
}

/** What a group's summary says it is (its title, without the count beside it). */
function titleOf(details: HTMLDetailsElement): string {
  return details.querySelector('summary')?.firstElementChild?.textContent ?? '';
}

/** Whether the person can see this element: not inside a closed disclosure, other than in its summary. */
function isShown(element: Element): boolean {
  const closed = element.closest('details:not([open])');
  return !closed || Boolean(closed.querySelector(':scope > summary')?.contains(element));
}

/** The skills a group offers, by name, in order. */
function skillNamesIn(container: HTMLElement): string[] {
  return [...container.querySelectorAll('fieldset.skill-choice > legend')].map((legend) => legend.textContent ?? '');
}

/** Marks a skill as a person does: opening its group first if it is closed. */
async function mark(user: ReturnType<typeof renderApp>['user'], skillId: string, state: string) {
  const choice = screen.getByRole('group', { name: skillName(skillId) });
  const details = choice.closest('details');
  if (details && !details.open) await user.click(details.querySelector('summary')!);
  expect(isShown(choice)).toBe(true);
  await user.click(within(choice).getByRole('radio', { name: choiceLabel(state) }));
}

/** Words and controls shown in main (as bench/layout-facts.mjs counts words). */
function shownInMain(): { words: number; controls: number } {
  const main = document.querySelector('main')!;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden, noscript') || !isShown(parent)) continue;
    words += (node.textContent?.match(/[\p{L}\p{N}£$€][\p{L}\p{N}£$€.,–'’-]*/gu) ?? []).length;
  }
  const controls = [...main.querySelectorAll('a, button, input, select, textarea, summary')].filter(isShown).length;
  return { words, controls };
}

/** The skills each top role adds, as the page should offer them first: from the engine's ranking and the content. */
function expectedTopSections(answers: Answers): { title: string; skills: string[] }[] {
  const placed = new Set<string>();
  return topRoleIds(rankRoles(questionTree, answers)).flatMap((roleId) => {
    const lists = roleSkillRequirements(role(roleId));
    const added = [...lists.mustHave, ...lists.core, ...lists.niceToHave].filter((id) => !placed.has(id));
    added.forEach((id) => placed.add(id));
    return added.length > 0 ? [{ title: roleName(roleId), skills: [...new Set(added)].map(skillName).sort() }] : [];
  });
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

  it('without answers, shows the groups in catalogue order, only the first open, each summary counting its skills', async () => {
    renderApp(paths.skills());
    await screen.findByRole('heading', { level: 1, name: 'Check your skills' });
    expect(screen.getByRole('heading', { level: 2, name: 'All skills' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: TOP_ROLES_HEADING })).not.toBeInTheDocument();
    const groups = disclosures();
    expect(groups.map(titleOf)).toEqual(SKILL_GROUPS.map((group) => group.label));
    expect(groups.map((details) => details.open)).toEqual(SKILL_GROUPS.map((_, index) => index === 0));
    SKILL_GROUPS.forEach((group, index) => {
      const ids = catalogue.filter((skill) => skill.group === group.id).map((skill) => skill.id);
      expect(groups[index]!.querySelector('summary')).toHaveTextContent(groupCountText(ids, {}));
      expect(skillNamesIn(groups[index]!)).toEqual(ids.map(skillName));
    });
    // No disclosure inside another.
    expect(document.querySelector('details details')).toBeNull();
  });

  it('shows far fewer controls and words at once than the whole checklist', async () => {
    const { user } = renderApp(paths.skills());
    await screen.findByRole('heading', { level: 1, name: 'Check your skills' });
    const atFirst = shownInMain();
    for (const details of disclosures()) if (!details.open) await user.click(details.querySelector('summary')!);
    const everything = shownInMain();
    // Before this page was grouped, everything showed at once: 183 controls and 1,128 words in main.
    expect(atFirst.controls).toBeLessThan(everything.controls / 4);
    expect(atFirst.words).toBeLessThan(everything.words / 3);
  });

  it('saves each choice at once, counts it in a live region, and clears with an undo', async () => {
    const { user } = renderApp(paths.skills());
    await screen.findByRole('heading', { level: 1, name: 'Check your skills' });
    const status = screen.getByText(skillsSummary({})).closest('[role="status"]');
    expect(status).not.toBeNull();

    await mark(user, 'python', 'have');
    await mark(user, 'rag', 'learning');
    expect(useQuizStore.getState().skills).toEqual({ python: 'have', rag: 'learning' });
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ state: { skills: { python: 'have', rag: 'learning' } } });
    expect(status).toHaveTextContent(skillsSummary({ python: 'have', rag: 'learning' }));
    // The group's summary counts what is marked in it, so a closed group still says so.
    const rag = screen.getByRole('group', { name: skillName('rag') }).closest('details')!;
    const ragGroup = catalogue.filter((skill) => skill.group === catalogue.find((entry) => entry.id === 'rag')?.group).map((skill) => skill.id);
    expect(rag.querySelector('summary')).toHaveTextContent(groupCountText(ragGroup, { rag: 'learning' }));

    await mark(user, 'python', 'missing');
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

  it('offers the way back at the top, before the first skill, and again at the bottom, to the same page', async () => {
    seedSavedAnswers(ANSWERS);
    const { user, path } = renderApp(paths.results(ANSWERS));
    await findWholeResults();
    await user.click(await resultsCheckLink());
    await screen.findByRole('heading', { level: 1, name: 'Check your skills' });

    const [top, bottom, ...others] = screen.getAllByRole('link', { name: 'Back to your results' });
    expect(others).toHaveLength(0);
    expect(top).toHaveAttribute('href', paths.results(ANSWERS));
    expect(bottom).toHaveAttribute('href', paths.results(ANSWERS));
    const firstChoice = screen.getAllByRole('radio')[0]!;
    const firstGroup = document.querySelector('main fieldset')!;
    expect(top!.compareDocumentPosition(firstGroup) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(top!.compareDocumentPosition(firstChoice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(bottom!.compareDocumentPosition(screen.getByRole('form', { name: 'Your skills' })) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();

    await mark(user, 'python', 'have');
    await user.click(top!);
    await findWholeResults();
    expect(path()).toBe(paths.results(ANSWERS));
    expect((await screen.findAllByRole('heading', { name: GAP_HEADING })).length).toBeGreaterThan(0);
  });
});

describe('the skills of the person’s top roles first', () => {
  it('with saved complete answers, offers the top roles’ skills first, a role at a time, then every other skill once', async () => {
    seedSavedAnswers(ANSWERS);
    const { user } = renderApp(paths.compare(['ml-engineer', 'data-scientist']));
    await user.click(await screen.findByRole('link', { name: CHECK_LINK }));
    const heading = await screen.findByRole('heading', { level: 2, name: TOP_ROLES_HEADING });

    const expected = expectedTopSections(ANSWERS);
    const topSection = heading.closest('section')!;
    const topGroups = [...topSection.querySelectorAll('details')];
    expect(topGroups.map(titleOf)).toEqual(expected.map((section) => section.title));
    expect(topGroups.map((details) => [...skillNamesIn(details)].sort())).toEqual(expected.map((section) => section.skills));
    // The first role's skills are open; the rest wait behind their summaries.
    expect(topGroups.map((details) => details.open)).toEqual(expected.map((_, index) => index === 0));
    // They come before any other skill on the page.
    const offered = skillNamesIn(document.querySelector('main')!);
    const topCount = expected.reduce((sum, section) => sum + section.skills.length, 0);
    expect(offered.slice(0, topCount).sort()).toEqual(expected.flatMap((section) => section.skills).sort());
    // Then every other skill, once, in its catalogue group, all closed.
    const rest = screen.getByRole('heading', { level: 2, name: 'All other skills' }).closest('section')!;
    expect([...rest.querySelectorAll('details')].every((details) => !details.open)).toBe(true);
    expect(new Set(offered).size).toBe(SKILL_IDS.length);
    expect(offered).toHaveLength(SKILL_IDS.length);
  });

  it('marking a skill there saves it as before', async () => {
    seedSavedAnswers(ANSWERS);
    const { user } = renderApp(paths.compare(['ml-engineer', 'data-scientist']));
    await user.click(await screen.findByRole('link', { name: CHECK_LINK }));
    await screen.findByRole('heading', { level: 2, name: TOP_ROLES_HEADING });
    const [first] = expectedTopSections(ANSWERS);
    const firstGroup = disclosures()[0]!;
    expect(titleOf(firstGroup)).toBe(first!.title);
    const skill = within(firstGroup).getByRole('group', { name: first!.skills[0] });
    await user.click(within(skill).getByRole('radio', { name: choiceLabel('learning') }));
    const skillId = SKILL_IDS.find((id) => skillName(id) === first!.skills[0])!;
    expect(useQuizStore.getState().skills).toEqual({ [skillId]: 'learning' });
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ state: { skills: { [skillId]: 'learning' } } });
    expect(screen.getByText(skillsSummary({ [skillId]: 'learning' })).closest('[role="status"]')).not.toBeNull();
  });

  it('from a results link whose answers are not saved, starts from those results’ top roles', async () => {
    const answers: Answers = { code: 'no', python: 'yes', research: 'no', stakeholders: 'no', background: 'data' };
    const { user } = renderApp(paths.results(answers));
    await findWholeResults();
    await user.click(await resultsCheckLink());
    await screen.findByRole('heading', { level: 2, name: TOP_ROLES_HEADING });
    expect(disclosures().slice(0, expectedTopSections(answers).length).map(titleOf)).toEqual(
      expectedTopSections(answers).map((section) => section.title),
    );
    expect(useQuizStore.getState().answers).toEqual({});
  });

  it('opened afresh with saved answers, keeps the catalogue’s order until the person asks, then moves focus to the top roles', async () => {
    seedSavedAnswers(ANSWERS);
    const { user } = renderApp(paths.skills());
    await screen.findByRole('heading', { level: 1, name: 'Check your skills' });
    const button = await screen.findByRole('button', { name: SHOW_TOP_ROLES_FIRST });
    // The saved answers arrived after the page was shown: nothing moved by itself.
    expect(disclosures().map(titleOf)).toEqual(SKILL_GROUPS.map((group) => group.label));
    expect(screen.queryByRole('heading', { name: TOP_ROLES_HEADING })).not.toBeInTheDocument();

    await user.click(button);
    const heading = screen.getByRole('heading', { level: 2, name: TOP_ROLES_HEADING });
    expect(heading).toHaveFocus();
    expect(disclosures()[0]).toHaveTextContent(expectedTopSections(ANSWERS)[0]!.title);
    expect(screen.queryByRole('button', { name: SHOW_TOP_ROLES_FIRST })).not.toBeInTheDocument();
  });

  it('hydrates the prerendered page without a mismatch, whatever is saved and wherever the person came from', async () => {
    const container = await prerenderedInDocument(paths.skills());
    seedSavedAnswers(ANSWERS, { sql: 'have' });
    const staticTitles = [...container.querySelectorAll('details')].map((details) => titleOf(details));
    const staticOpen = [...container.querySelectorAll('details')].map((details) => details.open);

    const consoleError = vi.spyOn(console, 'error');
    const { recoverableErrors, cleanUp } = await hydrateApp(container, {
      pathname: paths.skills(),
      state: { returnTo: paths.results(ANSWERS), returnLabel: 'your results' },
    });
    try {
      // The way back and the saved answers are applied after hydration; the groups stay where they were.
      await waitFor(() => expect(within(container).getAllByRole('link', { name: 'Back to your results' })).toHaveLength(2));
      expect(recoverableErrors).toEqual([]);
      expect(consoleError).not.toHaveBeenCalled();
      await within(container).findByRole('button', { name: SHOW_TOP_ROLES_FIRST });
      expect([...container.querySelectorAll('details')].map((details) => titleOf(details))).toEqual(staticTitles);
      expect([...container.querySelectorAll('details')].map((details) => details.open)).toEqual(staticOpen);
    } finally {
      consoleError.mockRestore();
      cleanUp();
    }
  });
});

describe('with no skills marked, nothing changes', () => {
  it('results, role and compare pages show no gap, only the way into the check', async () => {
    const results = renderApp(paths.results(ANSWERS));
    await findWholeResults();
    expect(screen.queryByRole('heading', { name: GAP_HEADING })).not.toBeInTheDocument();
    // The readiness disclosure is there from the start (so skills read later move nothing), and
    // holds the way into the check rather than any readiness.
    const readinessDisclosure = screen.getByText(READINESS_SUMMARY, { selector: 'summary' }).closest('details')!;
    expect(within(readinessDisclosure).queryByRole('heading', { name: 'Closest to ready' })).not.toBeInTheDocument();
    expect(within(readinessDisclosure).getByRole('link', { name: CHECK_LINK })).toHaveAttribute('href', paths.skills());
    expect(readinessDisclosure).toHaveClass('no-print');
    expect(await resultsCheckLink()).toHaveAttribute('href', paths.skills());
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
  it('each top role’s details show its gap: the tallies, must-haves first, and what to learn next in order', async () => {
    seedSavedAnswers(ANSWERS, SKILLS);
    renderApp(paths.results(ANSWERS));
    await findWholeResults();
    // Each top role's gap is in its disclosure, one step from the first screen.
    const top = topRoleIds(rankRoles(questionTree, ANSWERS));
    const cards = top.map((roleId) => detailsOf(roleId));
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
    await findWholeResults();
    const section = screen.getByText(READINESS_SUMMARY, { selector: 'summary' }).closest('details')!;
    const ranking = rankRoles(questionTree, ANSWERS);
    // The ranking itself is unchanged by the skills.
    const topNames = [...screen.getByRole('list', { name: 'Your top three roles' }).querySelectorAll(':scope > li .top-role__name')].map(
      (name) => name.textContent,
    );
    expect(topNames).toEqual(topRoleIds(ranking).map(roleName));

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
    const notice = await screen.findByRole('region', { name: LINK_AND_SAVED_LABEL });
    expect(notice).toHaveTextContent('This link carries its own skills.');
    const [firstRole] = topRoleIds(rankRoles(questionTree, ANSWERS));
    const card = detailsOf(firstRole!);
    expect(readGap(card.querySelector<HTMLElement>('.role-gap')!)).toEqual(expectedGap(firstRole!, linkSkills));
    expect(useQuizStore.getState().skills).toEqual({ sql: 'have' });

    await user.click(within(notice).getByRole('button', { name: KEEP_CHOICES.skills }));
    expect(useQuizStore.getState().skills).toEqual(linkSkills);
    expect(await screen.findByText('These skills are now your saved skills in this browser.')).toHaveFocus();
  });

  it('copies a link that carries the skills, in catalogue order', async () => {
    seedSavedAnswers(ANSWERS, SKILLS);
    const { user } = renderApp(paths.results(ANSWERS));
    const button = await screen.findByRole('button', { name: 'Copy link to these results' });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    // The saved skills are read after the page has painted: the button's words stay as they were.
    await waitFor(() => expect(useQuizStore.persist.hasHydrated()).toBe(true));
    expect(button).toHaveAccessibleName('Copy link to these results');
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${paths.results(ANSWERS)}?${skillsToQuery(SKILL_IDS, SKILLS)}`);
    // What it copied says that the link holds the skills.
    expect(await screen.findByText(COPIED_WITH_SKILLS)).toBeInTheDocument();
  });

  it('names unknown and repeated skills like unknown answers, and keeps the rest', async () => {
    renderApp(`${paths.results(ANSWERS)}?have=python,cobol&learning=python`);
    // Known once the page is live, so told in the status tray, where it pushes nothing.
    const notice = await screen.findByRole('region', { name: SKILL_PROBLEMS_LABEL });
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(notice).toHaveTextContent('“cobol” is not one of the skills in the skills check, so it was ignored.');
    expect(notice).toHaveTextContent('The skill “python” appeared more than once; the first mention was used.');
    await findWholeResults();
    const card = detailsOf(topRoleIds(rankRoles(questionTree, ANSWERS))[0]!);
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
