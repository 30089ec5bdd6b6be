// The roles list and each role's page, rendered through the real routes.
import { screen, within, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatRange } from '../../src/components/money';
import { citeSource } from '../../src/components/cite-source';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { tracks } from '../../src/content/tracks';
import { ROLE_IDS, type SourceId } from '../../src/content/types';
import { enumeratePaths, isComplete, rankRoles, type Answers } from '../../src/engine';
import { answerSetsSummary } from '../../src/features/roles/answers-that-lead-here';
import { ROLE_ACTIONS, ROLE_SECTIONS, SAME_SOURCE_AS } from '../../src/features/roles/role-page';
import { paths } from '../../src/routes/manifest';
import { useQuizStore } from '../../src/state';
import { hydrateApp, prerenderedInDocument, renderApp, seedSavedAnswers } from '../render-app';
import { roleName } from '../support/app-content';

/** Every answer given, as on the home page's test: the quiz is finished. */
const FINISHED: Answers = { background: 'product', stakeholders: 'yes', research: 'no', code: 'no', python: 'no' };
/** Two answers of a longer path: the quiz is not finished. */
const UNFINISHED: Answers = { code: 'no', python: 'yes' };

/** A source cited in full, as the salary card and the skill lists write it. */
const fullCitation = (sourceId: SourceId) => `Source: ${citeSource(sourceId)}.`;

/** The element's closest closed disclosure, if any: what it holds is not shown until opened. */
const closedDisclosureAround = (element: Element) => element.parentElement?.closest('details:not([open])') ?? null;

async function openRole(id: string) {
  const view = renderApp(paths.role(id as (typeof ROLE_IDS)[number]));
  await screen.findByRole('heading', { level: 1, name: role(id).name });
  return view;
}

/** The sections of the page by their h2, each checked to exist. */
function section(title: string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name: title }).closest('section') as HTMLElement;
}

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
    for (const heading of Object.values(ROLE_SECTIONS)) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Compare with another role' })).toHaveAttribute('href', `/compare/${id}`);
    expect(screen.getByRole('link', { name: ROLE_ACTIONS.takeQuiz })).toHaveAttribute('href', paths.quiz());
    expect(screen.getByRole('link', { name: 'All roles' })).toHaveAttribute('href', '/roles');
    // The title is set by an effect after the page renders: wait for it.
    await waitFor(() => expect(document.title).toBe(`${name} – AI Career Pathfinder`));
  });

  it('shows the full detail of a well-covered role, with sources', async () => {
    const { coreSkills, track, salary, coreSkillsSourceId } = role('ai-engineer-llm');
    renderApp('/roles/ai-engineer-llm');
    await screen.findByRole('heading', { level: 1, name: roleName('ai-engineer-llm') });
    expect(screen.getByText('Also known as: NLP/LLM Engineer')).toBeInTheDocument();
    for (const skill of coreSkills) expect(screen.getByText(skill)).toBeInTheDocument();
    const trackData = tracks[track!.trackId];
    expect(screen.getByText(`Our sources list this role under the ${trackData.name} track.`)).toBeInTheDocument();
    for (const skill of [...trackData.mustHave, ...trackData.niceToHave]) expect(screen.getByText(skill)).toBeInTheDocument();
    // The salary, core skills and track skills all come from the skills article: it is cited in
    // full once, with the salary, and each skill list points up to that citation.
    expect(salary?.sourceId).toBe('skills-article');
    expect([coreSkillsSourceId, trackData.sourceId]).toEqual(['skills-article', 'skills-article']);
    expect(screen.getAllByText(fullCitation('skills-article'))).toHaveLength(1);
    expect(within(section(ROLE_SECTIONS.coreSkills)).getByText(SAME_SOURCE_AS.salary)).toBeInTheDocument();
    expect(within(section(ROLE_SECTIONS.track)).getByText(SAME_SOURCE_AS.salaryAndCoreSkills)).toBeInTheDocument();
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
    await openRole(id);
    const answers = section(ROLE_SECTIONS.answers);
    // The counts are shown as the page opens.
    const { name } = role(id);
    const counts = within(answers).getByText((content) => content.startsWith(`${name} comes first`) || content.startsWith(`No answers put ${name} first`));
    expect(closedDisclosureAround(counts)).toBeNull();
    const text = counts.textContent ?? '';
    if (first.length > 0) {
      expect(text).toContain(`comes first, alone or joint, for ${first.length} answer set${first.length === 1 ? '' : 's'} of the ${everySet.length} possible`);
      expect(text).toContain(`in the top three, shared places included, for ${top.length}.`);
    } else if (top.length > 0) {
      expect(text).toContain(`No answers put ${role(id).name} first. It is in the top three, shared places included, for ${top.length} answer set`);
    } else {
      expect(text).toContain(`No answers put ${role(id).name} first or in the top three`);
    }
    // One link per listed answer set, each to its results page, all in one disclosure that says how many it holds.
    const listed = first.length > 0 ? first : top;
    const resultLinks = within(answers)
      .queryAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('/results'));
    expect(resultLinks.map((link) => link.getAttribute('href')).sort()).toEqual(listed.map(({ answers: set }) => paths.results(set)).sort());
    const disclosures = answers.querySelectorAll('details');
    expect(disclosures).toHaveLength(listed.length > 0 ? 1 : 0);
    if (listed.length > 0) {
      const disclosure = disclosures[0] as HTMLDetailsElement;
      expect(disclosure.open).toBe(false);
      expect(disclosure.querySelector(':scope > summary')).toHaveTextContent(answerSetsSummary(listed.length, first.length > 0));
      for (const link of resultLinks) expect(link.closest('details')).toBe(disclosure);
    }
    expect(within(answers).getByRole('link', { name: 'how the recommendations work' })).toHaveAttribute('href', paths.howItWorks());
  });
});

describe('RolePage: the first screen and what opens on demand', () => {
  it.each(ROLE_IDS)('shows the salary and who %s suits as the page opens, before the other sections', async (id) => {
    const { name, salary, suits } = role(id);
    await openRole(id);
    const card = screen.getByRole('region', { name: `Salary: ${name}` });
    const figures = salary
      ? [salary.uk, salary.us].map((range) => within(card).getByText(range ? formatRange(range) : 'No figure in our sources'))
      : [within(card).getByText(/No figure in our sources/)];
    const suitsHeading = screen.getByRole('heading', { level: 2, name: ROLE_SECTIONS.suits });
    const suitsText = within(section(ROLE_SECTIONS.suits)).getByText(suits ?? 'Our sources don’t cover this.');
    for (const element of [card, ...figures, suitsHeading, suitsText]) expect(closedDisclosureAround(element)).toBeNull();
    // Right after the role's name and summary: ahead of every other section and every disclosure.
    const next = screen.getByRole('heading', { level: 2, name: ROLE_SECTIONS.day });
    for (const element of [card, suitsText]) {
      expect(element.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      for (const disclosure of document.querySelectorAll('details')) {
        expect(element.compareDocumentPosition(disclosure) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      }
    }
  });

  it.each(ROLE_IDS)('puts every disclosure on the %s page at the top level, closed, with a summary', async (id) => {
    const { container } = await openRole(id);
    const disclosures = [...container.querySelectorAll('details')];
    for (const disclosure of disclosures) {
      expect(disclosure.parentElement?.closest('details')).toBeNull();
      expect(disclosure.open).toBe(false);
      expect(disclosure.querySelector(':scope > summary')?.textContent?.trim()).not.toBe('');
    }
    expect(container.querySelectorAll('details details')).toHaveLength(0);
    // What everyone needs stays out of them: the role's name, summary and every section heading.
    expect(closedDisclosureAround(screen.getByRole('heading', { level: 1, name: role(id).name }))).toBeNull();
    expect(closedDisclosureAround(screen.getByText(role(id).summary))).toBeNull();
    for (const heading of Object.values(ROLE_SECTIONS)) {
      expect(closedDisclosureAround(screen.getByRole('heading', { level: 2, name: heading }))).toBeNull();
    }
  });

  it('keeps the track’s skills in a disclosure that says what it holds, and opens it on a click', async () => {
    const { track } = role('ml-engineer');
    const trackData = tracks[track!.trackId];
    const { user } = await openRole('ml-engineer');
    const trackSection = section(ROLE_SECTIONS.track);
    const summary = within(trackSection).getByText(
      `The track’s ${trackData.mustHave.length} must-have and ${trackData.niceToHave.length} nice-to-have skills`,
    );
    const disclosure = summary.closest('details') as HTMLDetailsElement;
    expect(summary.tagName).toBe('SUMMARY');
    for (const skill of [...trackData.mustHave, ...trackData.niceToHave]) {
      expect(within(trackSection).getByText(skill).closest('details')).toBe(disclosure);
    }
    expect(disclosure.open).toBe(false);
    await user.click(summary);
    expect(disclosure.open).toBe(true);
    // The core skills are shown as the page opens.
    for (const skill of role('ml-engineer').coreSkills) expect(closedDisclosureAround(screen.getByText(skill))).toBeNull();
  });

  it.each(ROLE_IDS)('cites each source once on the %s page, however many of its parts come from it', async (id) => {
    const { salary, coreSkills, coreSkillsSourceId, track } = role(id);
    await openRole(id);
    const used = new Set<SourceId>();
    if (salary) used.add(salary.sourceId);
    if (coreSkills.length > 0 && coreSkillsSourceId) used.add(coreSkillsSourceId);
    if (track) used.add(tracks[track.trackId].sourceId);
    for (const sourceId of used) expect(screen.getAllByText(fullCitation(sourceId))).toHaveLength(1);
    const sourceLines = screen.queryAllByText(/^Source: /).map((line) => line.textContent);
    expect(new Set(sourceLines).size).toBe(sourceLines.length);
  });
});

describe('RolePage: the quiz or the person’s results', () => {
  /** Every link the page itself (not the site's header) has to the quiz. */
  const quizLinks = () =>
    within(screen.getByRole('main'))
      .queryAllByRole('link')
      .filter((link) => link.getAttribute('href') === paths.quiz());

  it('links a person who finished the quiz to their results, not to the quiz', async () => {
    expect(isComplete(questionTree, FINISHED)).toBe(true);
    seedSavedAnswers(FINISHED);
    const { user, path } = renderApp(paths.role('ml-engineer'));
    const results = await screen.findByRole('link', { name: ROLE_ACTIONS.seeResults });
    expect(results).toHaveAttribute('href', paths.results(FINISHED));
    expect(screen.queryByRole('link', { name: ROLE_ACTIONS.takeQuiz })).not.toBeInTheDocument();
    expect(screen.queryByText(/take the quiz/i)).not.toBeInTheDocument();
    expect(quizLinks()).toHaveLength(0);

    await user.click(results);
    expect(await screen.findByRole('heading', { level: 1, name: /recommended/i })).toBeInTheDocument();
    expect(path()).toBe(paths.results(FINISHED));
  });

  it('still offers the quiz to a person who has not finished it', async () => {
    expect(isComplete(questionTree, UNFINISHED)).toBe(false);
    seedSavedAnswers(UNFINISHED);
    renderApp(paths.role('ml-engineer'));
    await screen.findByRole('heading', { level: 1, name: roleName('ml-engineer') });
    // The saved answers are read after the first render: wait for them before looking.
    await waitFor(() => expect(useQuizStore.persist.hasHydrated()).toBe(true));
    await waitFor(() => expect(useQuizStore.getState().answers).toEqual(UNFINISHED));
    expect(screen.getByRole('link', { name: ROLE_ACTIONS.takeQuiz })).toHaveAttribute('href', paths.quiz());
    expect(screen.queryByRole('link', { name: ROLE_ACTIONS.seeResults })).not.toBeInTheDocument();
    expect(quizLinks()).toHaveLength(1);
    // The only links to results are the answer sets that lead to this role, none of them the person's own.
    for (const link of screen.queryAllByRole('link').filter((each) => each.getAttribute('href')?.startsWith('/results'))) {
      expect(link.closest('details')).not.toBeNull();
    }
  });

  it('is prerendered offering the quiz, hydrates without a mismatch, then offers the results on the same line', async () => {
    seedSavedAnswers(FINISHED);
    const path = paths.role('ml-engineer');
    const container = await prerenderedInDocument(path);
    const quiz = within(container).getByRole('link', { name: ROLE_ACTIONS.takeQuiz });
    expect(quiz).toHaveAttribute('href', paths.quiz());
    const line = quiz.closest('li') as HTMLElement;
    const items = () => [...(line.parentElement?.children ?? [])];
    const before = items();

    const { recoverableErrors, cleanUp } = await hydrateApp(container, path);
    try {
      const results = await within(container).findByRole('link', { name: ROLE_ACTIONS.seeResults });
      expect(recoverableErrors).toEqual([]);
      expect(results).toHaveAttribute('href', paths.results(FINISHED));
      // The same list item, now with the other link, among the same items: nothing around it moves.
      expect(results.closest('li')).toBe(line);
      expect(items()).toEqual(before);
      expect(within(container).queryByRole('link', { name: ROLE_ACTIONS.takeQuiz })).not.toBeInTheDocument();
    } finally {
      cleanUp();
    }
  });
});
