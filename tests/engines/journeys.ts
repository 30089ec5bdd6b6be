// The core journeys, written once for every engine: each is a list of steps on a Driver.
// They go by clicks wherever a person would; only the two links a person would be sent
// (a comparison, a hostile results link) are typed in, in the query forms that keep working.
// Every expectation comes from the source: prompts, labels, role names and the ranking.
import { localizedPath, paths } from '../../src/routes/manifest';
import { m } from '../../src/i18n';
import { questionText as spanishQuestions } from '../../src/locales/es/questions';
import { questionTree } from '../../src/content/question-tree';
import { isRoleId, roles } from '../../src/content/roles';
import { ROLE_IDS } from '../../src/content/types';
import { parseAnswers, type Answers } from '../../src/engine';
import { describeUrlProblem } from '../../src/features/results/problems';
import { roleDetailsAnchor } from '../../src/features/results/role-details';
import { gapSummary, roleReadiness } from '../../src/components/role-gap';
import { getRole } from '../../src/content/roles';
import type { SkillStates } from '../../src/engine';
import { HOME_HEADING, RESULTS_HEADING, optionLabel, prompt, rankedRoleIds, roleName, topThreeNames } from '../e2e/support/app';
import type { Driver } from './driver';
import { expect } from './fixtures';
import {
  answer,
  click,
  expectAddress,
  expectChosen,
  expectControlCount,
  expectHeading,
  expectTexts,
  choose,
  open,
  reload,
  savedAnswers,
  savedSkills,
} from './steps';

export interface Journey {
  readonly name: string;
  run(driver: Driver): Promise<void>;
}

const TOP_THREE = 'ol[aria-label="Your top three roles"] > li .top-role__name';
const COMPARED_ROLES = 'table thead th[scope="col"]';
const PROBLEMS = 'section[aria-labelledby] .results-notice__list li';
/** A top role's gap, in its disclosure ("Why … fits you, and its skills"). */
const gapOf = (roleId: string) => `#${roleDetailsAnchor(roleId)} .role-gap__tallies li`;
const skillChoice = (skillId: string, state: string) => `input[name="skill-${skillId}"][value="${state}"]`;

/** The gap's tally lines for the top role of these answers, as the engine gives them. */
function topRoleGap(answers: Answers, skills: SkillStates): string[] {
  const role = getRole(rankedRoleIds(answers)[0] ?? '');
  if (!role) throw new Error('The engine ranks no role');
  return gapSummary(role, roleReadiness(role, skills));
}

/** Spanish words, from the same messages and content modules the Spanish build is made of. */
const SPANISH = { locale: 'es' } as const;
const spanishPrompt = (questionId: string): string => (spanishQuestions as Record<string, { prompt: string }>)[questionId]?.prompt ?? `(no question ${questionId})`;
const spanishLabel = (questionId: string, optionId: string): string =>
  (spanishQuestions as Record<string, { options: Record<string, { label: string }> }>)[questionId]?.options[optionId]?.label ?? `(no option ${optionId})`;

/** From the home page to the first question. */
async function startQuiz(driver: Driver): Promise<void> {
  await open(driver, '/');
  await expectHeading(driver, HOME_HEADING);
  await click(driver, 'link', 'Start the quiz');
  await expectHeading(driver, prompt(questionTree.start));
}

/** Answers each question in turn, checking each page's h1 first. */
async function answerAll(driver: Driver, steps: readonly (readonly [string, string])[]): Promise<void> {
  for (const [questionId, optionId] of steps) {
    await expectHeading(driver, prompt(questionId));
    await answer(driver, questionId, optionId);
  }
}

const LONGEST_PATH = [
  ['code', 'no'],
  ['python', 'yes'],
  ['research', 'yes'],
  ['phd', 'no'],
  ['stakeholders', 'yes'],
  ['background', 'law-policy'],
] as const;

const SHORT_PATH = [
  ['code', 'yes'],
  ['research', 'no'],
  ['stakeholders', 'no'],
  ['background', 'student'],
] as const;

/** A link with markup, a script and a javascript: address in its keys and values. */
const HOSTILE_QUERY = new URLSearchParams([
  ['code', '<img src=x onerror="window.__hostile=1">'],
  ['"><script>window.__hostile=1</script>', 'yes'],
  ['research', 'javascript:window.__hostile=1'],
]).toString();

/** Whether anything in the page came from the hostile link as markup or ran as script. */
function hostileTraces(): string[] {
  const traces: string[] = [];
  if ('__hostile' in window) traces.push('window.__hostile was set');
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const attribute = Array.from(element.attributes).find((candidate) => candidate.value.includes('__hostile'));
    if (attribute) traces.push(`<${element.localName} ${attribute.name}> holds the payload`);
    if (element.localName === 'script' && element.textContent?.includes('__hostile')) traces.push('a <script> holds the payload');
  }
  return traces;
}

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'the quiz by clicks, from the home page to the ranking the engine gives',
    async run(driver) {
      const answers: Answers = Object.fromEntries(LONGEST_PATH);
      await startQuiz(driver);
      await answerAll(driver, LONGEST_PATH);
      await expectHeading(driver, RESULTS_HEADING);
      await expectAddress(driver, paths.results(answers));
      await expectTexts(driver, TOP_THREE, topThreeNames(answers), 'the top three roles, in the engine’s order');
    },
  },
  {
    name: 'en español: the quiz by clicks, from the Spanish home page to the same ranking at the Spanish address',
    async run(driver) {
      const answers: Answers = Object.fromEntries(LONGEST_PATH);
      await open(driver, localizedPath('es', paths.home()));
      await expectHeading(driver, m.home_heading({}, SPANISH));
      await click(driver, 'link', m.home_action_start({}, SPANISH));
      for (const [questionId, optionId] of LONGEST_PATH) {
        await expectHeading(driver, spanishPrompt(questionId));
        await click(driver, 'button', spanishLabel(questionId, optionId));
      }
      await expectHeading(driver, m.results_heading({}, SPANISH));
      await expectAddress(driver, localizedPath('es', paths.results(answers)));
      const topThree = `ol[aria-label="${m.results_top_label({}, SPANISH)}"] > li .top-role__name`;
      await expectTexts(driver, topThree, topThreeNames(answers), 'the top three roles, in the engine’s order, named as in English');
    },
  },
  {
    name: 'Back: the Back link and the browser’s back return to the question with its answer',
    async run(driver) {
      await startQuiz(driver);
      await answer(driver, 'code', 'no');
      await expectHeading(driver, prompt('python'));

      await click(driver, 'link', 'Back');
      await expectHeading(driver, prompt('code'));
      await expectChosen(driver, [optionLabel('code', 'no')]);

      // The other answer takes the other branch; the browser's back returns to the question.
      await answer(driver, 'code', 'yes');
      await expectHeading(driver, prompt('research'));
      await driver.back();
      await expectHeading(driver, prompt('code'));
      await expectChosen(driver, [optionLabel('code', 'yes')]);
    },
  },
  {
    name: 'a reload mid-quiz stays on the question and keeps the earlier answers',
    async run(driver) {
      await startQuiz(driver);
      await answerAll(driver, [
        ['code', 'yes'],
        ['research', 'no'],
      ]);
      await expectHeading(driver, prompt('stakeholders'));
      expect(await savedAnswers(driver)).toEqual({ code: 'yes', research: 'no' });

      await reload(driver);
      await expectHeading(driver, prompt('stakeholders'));
      await expectChosen(driver, []);
      await click(driver, 'link', 'Back');
      await expectHeading(driver, prompt('research'));
      await expectChosen(driver, [optionLabel('research', 'no')]);
    },
  },
  {
    name: 'compare from a link: the roles side by side, one removed, then a role page from the table',
    async run(driver) {
      const [first, second] = rankedRoleIds(Object.fromEntries(SHORT_PATH));
      if (!first || !second) throw new Error('The engine ranks fewer than two roles');
      await open(driver, `/compare?roles=${first},${second}`);
      await expectHeading(driver, 'Compare AI roles');
      // The page moves to the comparison's one address, with the roles in catalogue order.
      await expectAddress(driver, paths.compare([first, second].filter(isRoleId)));
      const inCatalogueOrder = ROLE_IDS.filter((id) => id === first || id === second).map(roleName);
      await expectTexts(driver, COMPARED_ROLES, inCatalogueOrder, 'the compared roles, in catalogue order');

      await click(driver, 'button', `Remove ${roleName(first)}`);
      await expectTexts(driver, COMPARED_ROLES, [roleName(second)], 'the roles left after removing one');
      await click(driver, 'link', roleName(second));
      await expectHeading(driver, roleName(second));
    },
  },
  {
    name: 'start over from the results clears the answers and begins again',
    async run(driver) {
      await startQuiz(driver);
      await answerAll(driver, SHORT_PATH);
      await expectHeading(driver, RESULTS_HEADING);
      expect(await savedAnswers(driver)).toEqual(Object.fromEntries(SHORT_PATH));

      await click(driver, 'button', 'Start over');
      await expectHeading(driver, prompt(questionTree.start));
      await expectChosen(driver, []);
      expect((await savedAnswers(driver)) ?? {}).toEqual({});

      // Home no longer offers to continue.
      await click(driver, 'link', 'AI Career Pathfinder');
      await expectHeading(driver, HOME_HEADING);
      await expectControlCount(driver, 'link', 'Start the quiz', 1);
      await expectControlCount(driver, 'link', 'Continue where you left off', 0);
    },
  },
  {
    name: 'a role page, from the home page through the list of all roles',
    async run(driver) {
      // The last role in the list, far down the page.
      const roleId = roles.at(-1)?.id;
      if (!roleId) throw new Error('No roles');
      await open(driver, '/');
      await click(driver, 'link', 'Browse all AI roles');
      await expectHeading(driver, 'All AI roles');
      await click(driver, 'link', roleName(roleId));
      await expectHeading(driver, roleName(roleId));
      await driver.back();
      await expectHeading(driver, 'All AI roles');
    },
  },
  {
    name: 'the skills check: marked by clicks, shown as a gap on the results, kept on reload, and a link’s own skills shown',
    async run(driver) {
      const answers: Answers = Object.fromEntries(SHORT_PATH);
      const marked: SkillStates = { 'python-pandas-numpy-scikit-learn': 'have', mlops: 'learning' };
      await open(driver, paths.skills());
      await expectHeading(driver, 'Check your skills');
      for (const [skillId, state] of Object.entries(marked)) await choose(driver, skillChoice(skillId, state));
      expect(await savedSkills(driver)).toEqual(marked);

      await open(driver, paths.results(answers));
      await expectTexts(driver, gapOf(rankedRoleIds(answers)[0] ?? ''), topRoleGap(answers, marked), 'the top role’s gap for the marked skills');
      await reload(driver);
      await expectTexts(driver, gapOf(rankedRoleIds(answers)[0] ?? ''), topRoleGap(answers, marked), 'the same gap after a reload');

      const linked: SkillStates = { sql: 'have', 'sql-at-scale': 'have' };
      await open(driver, paths.results(answers, linked));
      await expectTexts(driver, gapOf(rankedRoleIds(answers)[0] ?? ''), topRoleGap(answers, linked), 'the gap for the link’s skills');
      expect(await savedSkills(driver)).toEqual(marked);
    },
  },
  {
    name: 'a hostile results link is shown as text, never run or rendered as markup',
    async run(driver) {
      const search = `?${HOSTILE_QUERY}`;
      const { problems } = parseAnswers(questionTree, search);
      expect(problems.length, 'the link has problems to report').toBeGreaterThan(0);
      await open(driver, `/results${search}`);
      await expectHeading(driver, 'No answers to show');
      await expectTexts(driver, PROBLEMS, problems.map(describeUrlProblem), 'each problem of the link, named');
      expect(await driver.evaluate(hostileTraces, undefined)).toEqual([]);
    },
  },
];
