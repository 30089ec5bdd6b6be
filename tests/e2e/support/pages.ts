// Every page the app can show, each in a state reached the way a person reaches it:
// by its address, with saved progress where the page needs it (question pages are
// only shown on the person's path), or by a failing navigation for the error page.
// Shared by the accessibility audits and the screenshots.
import type { Page } from '@playwright/test';
import { PRELOAD_RELOAD_KEY } from '../../../src/app/preload-recovery';
import { STORAGE_MESSAGE_LABEL } from '../../../src/app/storage-notice';
import {
  HOME_HEADING,
  NOT_FOUND_HEADING,
  RESULTS_HEADING,
  ROLE_IDS,
  h1,
  prompt,
  resultsPath,
  comparePath,
  roleName,
  seedAnswers,
  waitForApp,
  type Answers,
  type SkillStates,
} from './app';
import { expect, type ExpectedErrors } from './test';

export interface AppPage {
  /** Safe as a file name. */
  readonly id: string;
  readonly path: string;
  /** The page's h1 once it is ready. */
  readonly heading: string | RegExp;
  /** Saved in this browser before the page loads. */
  readonly saved?: Answers;
  /** Skills saved in this browser before the page loads (with `saved`, or no answers). */
  readonly savedSkills?: SkillStates;
  /** The host answers 404 (the app still shows its not-found page). */
  readonly missing?: boolean;
  /** Something besides the heading that shows the page is in the intended state. */
  readonly ready?: (page: Page) => Promise<void>;
  /** Reaches the page some other way than loading `path`. */
  readonly open?: (page: Page, expectedErrors: ExpectedErrors) => Promise<void>;
}

/** A complete path: code yes, research no, stakeholders yes, background software. */
export const COMPLETE: Answers = { code: 'yes', research: 'no', stakeholders: 'yes', background: 'software' };
const OTHER_COMPLETE: Answers = { code: 'no', python: 'yes', research: 'no', stakeholders: 'no', background: 'data' };
/** Some skills had and some being learnt, across must-have, core and nice-to-have lists. */
export const SOME_SKILLS: SkillStates = {
  python: 'have',
  sql: 'have',
  'python-pandas-numpy-scikit-learn': 'have',
  'statistics-and-probability': 'have',
  mlops: 'learning',
  'model-deployment': 'learning',
  'llm-apis': 'have',
};
const GAP_HEADING = /^Your skills for /;
/** A skill id no version of the skills check has had (saved progress from elsewhere, or damaged). */
export const UNKNOWN_SKILL_ID = 'punch-card-programming';

/** Opens every disclosure on the page by clicking its summary, as a person would, and waits for each to open. */
export async function openEveryDisclosure(page: Page): Promise<void> {
  const summaries = page.locator('main details:not([open]) > summary');
  for (let left = await summaries.count(); left > 0; left = await summaries.count()) {
    await summaries.first().click();
  }
  await expect(page.locator('main details:not([open])')).toHaveCount(0);
}

const questionReady = async (page: Page) => {
  // Shown once the saved answers are read and the question is known to be on the path.
  await expect(page.getByText(/^Question \d+ of at most \d+$/)).toBeVisible();
};

const question = (id: string, saved: Answers): AppPage => ({
  id: `quiz-${id}`,
  path: `/quiz/${id}`,
  heading: prompt(id),
  saved,
  ready: questionReady,
});

/** The error page: a page module that cannot be loaded, after the one automatic reload was used up. */
async function openErrorPage(page: Page, expectedErrors: ExpectedErrors): Promise<void> {
  const chunk = /\/assets\/roles-page-[^/]*\.js$/;
  expectedErrors.allowFailedScript(chunk);
  await page.route(chunk, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  // The app reloads once when a module fails to load; this says it just did (src/app/preload-recovery.ts).
  await page.addInitScript((key) => window.sessionStorage.setItem(key, String(Date.now())), PRELOAD_RELOAD_KEY);
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('link', { name: 'Browse all AI roles' }).click();
}

export const APP_PAGES: readonly AppPage[] = [
  { id: 'home', path: '/', heading: HOME_HEADING },
  {
    id: 'home-with-progress',
    path: '/',
    heading: HOME_HEADING,
    saved: { code: 'yes' },
    ready: (page) => expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible(),
  },
  question('code', {}),
  question('python', { code: 'no' }),
  question('research', { code: 'yes' }),
  question('phd', { code: 'yes', research: 'yes' }),
  question('stakeholders', { code: 'yes', research: 'no' }),
  question('background', { code: 'yes', research: 'no', stakeholders: 'yes' }),
  {
    id: 'quiz-answered',
    path: '/quiz/code',
    heading: prompt('code'),
    saved: COMPLETE,
    ready: (page) => expect(page.getByRole('button', { name: 'Yes', pressed: true })).toBeVisible(),
  },
  {
    id: 'quiz-redirect-notice',
    path: '/quiz/phd',
    heading: prompt('code'),
    ready: (page) => expect(page.getByRole('status').getByText(/isn’t part of your path/)).toBeVisible(),
  },
  {
    id: 'results-complete',
    path: resultsPath(COMPLETE),
    heading: RESULTS_HEADING,
    ready: (page) => expect(page.getByRole('list', { name: 'Your top three roles' })).toBeVisible(),
  },
  {
    // The same results with every detail opened: each role, the shared track, the other roles, every what-if.
    id: 'results-opened',
    path: resultsPath(COMPLETE),
    heading: RESULTS_HEADING,
    ready: openEveryDisclosure,
  },
  {
    id: 'results-saved-differ',
    path: resultsPath(COMPLETE),
    heading: RESULTS_HEADING,
    saved: OTHER_COMPLETE,
    ready: (page) => expect(page.getByText('You have different answers saved in this browser.')).toBeVisible(),
  },
  {
    // After a what-if link: the page says which answer changed (a what-if opening python, a follow-up question).
    id: 'results-after-what-if',
    path: resultsPath({ ...COMPLETE, code: 'no', python: 'yes' }),
    heading: RESULTS_HEADING,
    open: async (page) => {
      const target = resultsPath({ ...COMPLETE, code: 'no', python: 'yes' });
      await page.goto(resultsPath(COMPLETE));
      await waitForApp(page);
      // The what-if of "Do you love writing code…?", opened from its summary in "Your answers".
      const whatIf = page.locator('details.what-if', { has: page.locator(`a[href="${target}"]`) });
      await whatIf.locator(':scope > summary').click();
      await whatIf.locator(`a[href="${target}"]`).click();
      await expect(page).toHaveURL(target);
      await expect(h1(page)).toBeFocused();
    },
    ready: (page) => expect(page.getByRole('status').filter({ hasText: 'Results updated' })).toBeVisible(),
  },
  { id: 'results-incomplete', path: '/results?code=yes&research=no', heading: 'Your results aren’t ready yet' },
  {
    id: 'results-invalid',
    path: '/results?code=maybe&colour=blue',
    heading: 'No answers to show',
    ready: (page) => expect(page.getByRole('region', { name: 'Some of this link couldn’t be used' })).toBeVisible(),
  },
  { id: 'results-empty', path: '/results', heading: 'No answers to show' },
  {
    id: 'compare-two',
    path: comparePath(['ml-engineer', 'data-scientist']),
    heading: 'Compare AI roles',
    ready: (page) => expect(page.getByRole('table')).toBeVisible(),
  },
  {
    id: 'compare-three',
    path: comparePath(['ml-engineer', 'data-scientist', 'ai-product-manager']),
    heading: 'Compare AI roles',
    ready: (page) => expect(page.getByRole('table')).toBeVisible(),
  },
  {
    id: 'compare-one',
    path: comparePath(['prompt-engineer']),
    heading: 'Compare AI roles',
    ready: (page) => expect(page.getByRole('table')).toBeVisible(),
  },
  {
    id: 'compare-problems',
    path: '/compare?roles=ml-engineer,astronaut,ml-engineer,data-scientist',
    heading: 'Compare AI roles',
    ready: (page) => expect(page.getByText('Not everything in this link could be used:')).toBeVisible(),
  },
  { id: 'compare-empty', path: '/compare', heading: 'Compare AI roles' },
  { id: 'roles', path: '/roles', heading: 'All AI roles' },
  { id: 'skills', path: '/skills', heading: 'Check your skills' },
  {
    id: 'skills-marked',
    path: '/skills',
    heading: 'Check your skills',
    savedSkills: SOME_SKILLS,
    ready: (page) => expect(page.getByRole('status').getByText(/^You have \d+ skills/)).toBeVisible(),
  },
  {
    id: 'results-with-skills',
    path: resultsPath(COMPLETE),
    heading: RESULTS_HEADING,
    saved: COMPLETE,
    savedSkills: SOME_SKILLS,
    ready: async (page) => {
      await openEveryDisclosure(page);
      await expect(page.getByRole('heading', { level: 3, name: 'Closest to ready' })).toBeVisible();
    },
  },
  {
    // A shared link with its own skills (one of them unknown), opened where other skills are saved.
    id: 'results-skills-link',
    path: `${resultsPath(COMPLETE, { sql: 'have', rag: 'learning' })}&have=cobol`,
    heading: RESULTS_HEADING,
    savedSkills: SOME_SKILLS,
    ready: (page) => expect(page.getByText('This link carries its own skills.')).toBeVisible(),
  },
  {
    // Saved progress with a skill the check no longer has: the message in the status tray, after the page.
    id: 'home-skills-dropped',
    path: '/',
    heading: HOME_HEADING,
    saved: COMPLETE,
    savedSkills: { ...SOME_SKILLS, [UNKNOWN_SKILL_ID]: 'have' },
    ready: (page) => expect(page.getByRole('region', { name: STORAGE_MESSAGE_LABEL })).toBeVisible(),
  },
  {
    id: 'role-with-skills',
    path: '/roles/ml-engineer',
    heading: roleName('ml-engineer'),
    savedSkills: SOME_SKILLS,
    ready: (page) => expect(page.getByRole('heading', { level: 2, name: GAP_HEADING })).toBeVisible(),
  },
  {
    id: 'compare-with-skills',
    path: comparePath(['ml-engineer', 'ai-engineer-llm', 'ai-solutions-specialist']),
    heading: 'Compare AI roles',
    savedSkills: SOME_SKILLS,
    ready: (page) => expect(page.getByRole('rowheader', { name: 'Your gap' })).toBeVisible(),
  },
  ...ROLE_IDS.map((roleId): AppPage => ({ id: `role-${roleId}`, path: `/roles/${roleId}`, heading: roleName(roleId) })),
  {
    // A role page with every detail opened: the track's skills and the answer sets that lead here.
    id: 'role-opened',
    path: '/roles/ml-engineer',
    heading: roleName('ml-engineer'),
    ready: openEveryDisclosure,
  },
  {
    id: 'how-it-works',
    path: '/how-it-works',
    heading: 'How the recommendations work',
    ready: (page) => expect(page.getByRole('list', { name: 'The questions, step by step' })).toBeVisible(),
  },
  {
    // Every weight, hold-back and warning opened.
    id: 'how-it-works-opened',
    path: '/how-it-works',
    heading: 'How the recommendations work',
    ready: openEveryDisclosure,
  },
  { id: 'not-found', path: '/nope', heading: NOT_FOUND_HEADING, missing: true },
  {
    id: 'not-found-role',
    path: '/roles/astronaut',
    heading: NOT_FOUND_HEADING,
    missing: true,
    ready: (page) => expect(page.getByText('There is no role called “astronaut”.')).toBeVisible(),
  },
  { id: 'error', path: '/roles', heading: 'Something went wrong', open: openErrorPage },
];

/** Loads the page in its intended state and waits until it is ready. */
export async function openAppPage(page: Page, appPage: AppPage, expectedErrors: ExpectedErrors): Promise<void> {
  if (appPage.saved || appPage.savedSkills) await seedAnswers(page, appPage.saved ?? {}, appPage.savedSkills);
  if (appPage.open) {
    await appPage.open(page, expectedErrors);
  } else {
    if (appPage.missing) expectedErrors.allowMissingPage(new URL(appPage.path, 'http://x').pathname);
    await page.goto(appPage.path);
  }
  await expect(h1(page)).toHaveText(appPage.heading);
  await waitForApp(page);
  await appPage.ready?.(page);
}
