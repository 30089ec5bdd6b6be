// The pseudo-locale run (ADR 15): the site in a language made by machine from the English
// messages and content, every letter accented, bracketed and about 35% longer. A word the
// pseudo-locale did not make is plain ASCII, so it is found: a string typed into a component,
// a sentence glued from English fragments, an ordinal or list built by English grammar, an
// attribute nobody translated. The only plain words allowed are what is marked as another
// language (facts marked lang="en", the language switch's "Español"), the names the sources
// print (roles, tracks, skills, sources, the app's own name) and figures. The main journey runs
// by clicks, and every page type is checked at 320 px for sideways scrolling.
import type { Page } from '@playwright/test';
import { m } from '../../src/i18n';
import { pseudo } from '../../src/i18n/pseudo.js';
import { questionText } from '../../src/locales/en-XA/questions';
import { PSEUDO_LOCALE } from '../../scripts/build/languages.mjs';
import { roles } from '../../src/content/roles';
import { skills } from '../../src/content/skills';
import { tracks } from '../../src/content/tracks';
import { sources } from '../../src/content/sources';
import { APP_NAME } from '../../src/components/use-document-title';
import { localizedPath, paths } from '../../src/routes/manifest';
import { COMPLETE, SOME_SKILLS } from '../e2e/support/pages';
import { comparePath, resultsPath, seedAnswers, topThreeNames, waitForApp, type Answers } from '../e2e/support/app';
import { expect, test } from '../e2e/support/test';

const at = (path: string) => localizedPath(PSEUDO_LOCALE, path);
const words = questionText as Record<string, { prompt: string; options: Record<string, { label: string }> }>;

/** Names printed as the sources print them, in every language; longest first, so a longer name is removed whole. */
const PRINTED_NAMES = [
  APP_NAME,
  ...roles.map((role) => role.name),
  ...Object.values(tracks).map((track) => track.name),
  ...skills.map((skill) => skill.name),
  ...Object.values(sources).flatMap((source) => [source.title, source.publisher]),
].sort((a, b) => b.length - a.length);

/** `echoes`: what the address holds that the page quotes back as it is (a broken link's values). */
const PAGES: readonly { id: string; path: string; saved?: boolean; missing?: boolean; echoes?: readonly string[] }[] = [
  { id: 'home', path: at(paths.home()) },
  { id: 'home with saved progress', path: at(paths.home()), saved: true },
  { id: 'question', path: at('/quiz/code') },
  { id: 'results with skills', path: at(resultsPath(COMPLETE, SOME_SKILLS)) },
  { id: 'results not ready (a link missing answers)', path: at('/results?code=yes&research=no') },
  { id: 'results with problems (a broken link)', path: at('/results?code=maybe&colour=blue'), echoes: ['maybe', 'colour', 'blue'] },
  { id: 'compare', path: at(comparePath(['ml-engineer', 'data-scientist', 'mlops-engineer'])) },
  { id: 'compare with nothing chosen', path: at('/compare') },
  { id: 'roles', path: at(paths.roles()) },
  { id: 'role', path: at('/roles/ml-engineer') },
  { id: 'role with saved skills', path: at('/roles/ml-engineer'), saved: true },
  { id: 'skills with saved answers and skills', path: at(paths.skills()), saved: true },
  { id: 'how it works', path: at(paths.howItWorks()) },
  { id: 'not found', path: at('/no-such-page'), missing: true },
];

/**
 * Runs in the page: every word in the body and its labels (aria-label, title, alt, placeholder)
 * that holds a plain ASCII letter, outside elements marked as another language, once the
 * printed names are taken out; figures ("£65K–£120K", "97M", "3x") are not words.
 */
function plainWords({ pageLocale, printedNames }: { pageLocale: string; printedNames: readonly string[] }): string[] {
  const found = new Set<string>();
  const check = (text: string, where: Element) => {
    // Addresses are not words (the printed page's own address, a link's path).
    let rest = text.replace(/https?:\/\/\S+/g, ' ');
    for (const name of printedNames) rest = rest.split(name).join(' ');
    for (const raw of rest.split(/\s+/)) {
      const token = raw.replace(/^[^\w£$]+|[^\w+]+$/g, '');
      if (/[A-Za-z]/.test(token) && !/^[£$]?\d/.test(token)) {
        found.add(`${token} (in <${where.localName}${where.className ? `.${String(where.className).split(' ')[0]}` : ''}>: “${text.trim().slice(0, 60)}”)`);
      }
    }
  };
  const inPageLanguage = (element: Element) =>
    !element.closest('script, style, noscript') && (element.closest('[lang]')?.getAttribute('lang') ?? pageLocale) === pageLocale;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && inPageLanguage(parent)) check(node.textContent ?? '', parent);
  }
  for (const element of Array.from(document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))) {
    if (!inPageLanguage(element)) continue;
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) check(value, element);
    }
  }
  return [...found];
}

async function expectNoPlainWords(page: Page, echoes: readonly string[] = []): Promise<void> {
  const found = await page.evaluate(plainWords, { pageLocale: PSEUDO_LOCALE, printedNames: [...PRINTED_NAMES, ...echoes] });
  expect(found, 'words the pseudo-locale did not make').toEqual([]);
}

test.describe('the pseudo-locale at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, locale: 'en-GB' });

  for (const { id, path, saved, missing, echoes } of PAGES) {
    test(`${id} (${path}): every word from the messages, nothing wider than the screen`, async ({ page, expectedErrors }) => {
      if (missing) expectedErrors.allowMissingPage(path);
      if (saved) await seedAnswers(page, COMPLETE, SOME_SKILLS);
      await page.goto(path);
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO_LOCALE);
      await expect(page.locator('main')).toContainText('⟦');
      // Closed disclosures hold words too: open them all, as a reader would, one by one.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      await expectNoPlainWords(page, echoes);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(innerWidth);
    });
  }
});

test.describe('the pseudo-locale journey', () => {
  test.use({ viewport: { width: 320, height: 640 }, locale: 'en-GB' });

  test('the quiz by clicks from the home page to the ranking', async ({ page }) => {
    const steps = [
      ['code', 'no'],
      ['python', 'yes'],
      ['research', 'yes'],
      ['phd', 'no'],
      ['stakeholders', 'yes'],
      ['background', 'law-policy'],
    ] as const;
    const answers: Answers = Object.fromEntries(steps);
    await page.goto(at(paths.home()));
    await waitForApp(page);
    await page.getByRole('link', { name: pseudo(m.home_action_start()), exact: true }).click();
    for (const [questionId, optionId] of steps) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[questionId]!.prompt);
      await expectNoPlainWords(page);
      await page.getByRole('button', { name: words[questionId]!.options[optionId]!.label, exact: true }).click();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pseudo(m.results_heading()));
    await expect(page).toHaveURL(new RegExp(`${at(paths.results(answers)).replace(/[.?]/g, '\\$&')}$`));
    const topThree = page.getByRole('list', { name: pseudo(m.results_top_label()) }).locator(':scope > li .top-role__name');
    await expect(topThree).toHaveText(topThreeNames(answers));
    await expectNoPlainWords(page);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});
