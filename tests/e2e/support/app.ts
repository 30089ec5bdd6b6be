// What the end-to-end tests know about the app: the quiz content and the engine (so the
// expected ranking is computed, never copied), saved progress, and a few page helpers.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { answersToSearchParams, rankRoles, type Answers, type SkillStates } from '../../../src/engine';
import { questionTree } from '../../../src/content/question-tree';
import { isRoleId } from '../../../src/content/roles';
import { APP_NAME } from '../../../src/components/use-document-title';
import { paths, RESULTS_BASE } from '../../../src/routes/manifest';
import { ROLE_IDS, type RoleId } from '../../../src/content/types';
import { APP_READY_ATTRIBUTE } from '../../../src/app/app-ready';
import { NOT_FOUND_HEADING } from '../../../src/components/not-found';
import { HOME_HEADING } from '../../../src/features/home/home-page';
import { optionLabel, prompt, roleName, savedProgress, skillName, STORAGE_KEY } from '../../support/app-content';

export {
  HOME_HEADING,
  NOT_FOUND_HEADING,
  optionLabel,
  prompt,
  ROLE_IDS,
  roleName,
  skillName,
  STORAGE_KEY,
  type Answers,
  type RoleId,
  type SkillStates,
};

/** Typed again: src/features/results/results-page.tsx does not export its headings (yet). */
export const RESULTS_HEADING = 'Your recommended AI roles';

/** The role ids in the order the engine ranks them for these answers. */
export function rankedRoleIds(answers: Answers): string[] {
  return rankRoles(questionTree, answers).map((ranked) => ranked.roleId);
}

/** The names of the engine's top three roles for these answers. */
export function topThreeNames(answers: Answers): string[] {
  return rankedRoleIds(answers).slice(0, 3).map(roleName);
}

/** The canonical results address for these answers, and these skills if any (the app's own href builder). */
export function resultsPath(answers: Answers, skills?: SkillStates): string {
  return paths.results(answers, skills);
}

/** The old query form of a results link, which keeps working and moves to the canonical address. */
export function resultsQueryPath(answers: Answers): string {
  return `${RESULTS_BASE}?${answersToSearchParams(questionTree, answers).toString()}`;
}

/** The canonical compare address for these roles. */
export function comparePath(roleIds: readonly string[]): string {
  return paths.compare(roleIds.filter(isRoleId));
}

/** The title a results page has, naming its top three. */
export function resultsTitle(answers: Answers): string {
  return `Your top AI roles: ${topThreeNames(answers).join(', ')} – ${APP_NAME}`;
}

/** The page's one h1. */
export function h1(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** An answer button on a question page, by its label. */
export function answerButton(page: Page, label: string): Locator {
  return page.getByRole('list').getByRole('button', { name: label, exact: true });
}

/** The names in the results page's "Your top three roles" list, in order. */
export async function shownTopThree(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Your top three roles' });
  await expect(list.locator(':scope > li')).toHaveCount(3);
  return list.locator(':scope > li .top-role__name').allTextContents();
}

/**
 * Waits until the app has hydrated (or rendered) the page: it marks <html> then
 * (src/app/app-ready.ts). Prerendered HTML is visible earlier, but does not react to clicks.
 */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator(`html[${APP_READY_ATTRIBUTE}]`), 'the app hydrates the page').toHaveCount(1);
}

/** The saved progress as the app stored it, or null when nothing is stored. */
export async function savedAnswers(page: Page): Promise<Record<string, string> | null> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  if (raw === null) return null;
  const parsed = JSON.parse(raw) as { state?: { answers?: Record<string, string> } };
  return parsed.state?.answers ?? null;
}

/** The skills as the app stored them, or null when nothing is stored. */
export async function savedSkills(page: Page): Promise<Record<string, string> | null> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  if (raw === null) return null;
  const parsed = JSON.parse(raw) as { state?: { skills?: Record<string, string> } };
  return parsed.state?.skills ?? null;
}

/** Makes every document of this page start with these answers (and skills) saved (before the app reads them). */
export async function seedAnswers(page: Page, answers: Answers, skills: SkillStates = {}): Promise<void> {
  const value = savedProgress(answers, skills);
  await page.addInitScript(
    ({ key, stored }) => {
      window.localStorage.setItem(key, stored);
    },
    { key: STORAGE_KEY, stored: value },
  );
}

/**
 * Asserts the focused element shows a focus indicator: it matches :focus-visible and
 * its computed outline is drawn (style not "none", at least 2 px wide).
 */
export async function expectVisibleFocus(locator: Locator): Promise<void> {
  await expect(locator).toBeFocused();
  const ring = await locator.evaluate((element) => {
    const style = window.getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
    };
  });
  expect(ring.focusVisible, 'the focused control matches :focus-visible').toBe(true);
  expect(ring.outlineStyle, 'the focus outline is drawn').not.toBe('none');
  expect(ring.outlineWidth, 'the focus outline is at least 2 px wide').toBeGreaterThanOrEqual(2);
}
