// No jump, ever: every page type opens without a layout shift, whatever the visitor brings with
// them. Saved progress is read, and a link's skills applied, after the prerendered page has
// painted; what they change must move nothing (ADR 13). Each page is opened in each state at a
// phone's and a desktop's size; the layout-shift entries of the whole load (not after input, of
// which there is none) must add up to 0 once the app is live and the browser has been idle.
import type { Page } from '@playwright/test';
import { STORAGE_MESSAGE_LABEL } from '../../src/app/storage-notice';
import { LINK_AND_SAVED_LABEL } from '../../src/features/results/link-and-saved';
import { SKILL_PROBLEMS_LABEL } from '../../src/features/results/problems';
import { paths } from '../../src/routes/manifest';
import { comparePath, h1, resultsPath, seedAnswers, waitForApp, type Answers, type SkillStates } from './support/app';
import { COMPLETE, SOME_SKILLS, UNKNOWN_SKILL_ID } from './support/pages';
import { expect, test } from './support/test';

const SIZES = [
  { width: 375, height: 740 },
  { width: 1280, height: 900 },
] as const;

/** Other answers than the saved ones, as in a link someone shared. */
const LINK_ANSWERS: Answers = { code: 'yes', research: 'no', stakeholders: 'no', background: 'software' };
const LINK_SKILLS: SkillStates = { 'python-pandas-numpy-scikit-learn': 'have', 'sql-at-scale': 'have' };

interface PageType {
  readonly id: string;
  readonly path: string;
}

/** Every page type, at the address a visitor opens. */
const PAGE_TYPES: readonly PageType[] = [
  { id: 'home', path: paths.home() },
  { id: 'quiz', path: paths.question('code') },
  { id: 'results', path: resultsPath(COMPLETE) },
  { id: 'role', path: paths.role('ml-engineer') },
  { id: 'compare', path: comparePath(['ml-engineer', 'data-scientist', 'mlops-engineer']) },
  { id: 'skills', path: paths.skills() },
  { id: 'how-it-works', path: paths.howItWorks() },
];

interface VisitorState {
  readonly id: string;
  /** Saved in this browser before each page loads. */
  readonly saved?: { readonly answers: Answers; readonly skills: SkillStates };
  /** The page types this state opens, at their address in this state. */
  readonly pages: readonly PageType[];
  /** Something the state shows once it is applied, so the test measures the state it names. */
  readonly applied: (page: Page, pageType: PageType) => Promise<void>;
}

const inTray = (page: Page, name: string) => expect(page.getByRole('region', { name })).toBeVisible();

/** What a returning visitor's saved answers and skills visibly change, page by page. */
async function returningApplied(page: Page, pageType: PageType): Promise<void> {
  switch (pageType.id) {
    case 'home':
      return expect(page.getByRole('link', { name: 'See your results' })).toBeVisible();
    case 'quiz':
      return expect(page.getByRole('button', { name: 'Yes', pressed: true })).toBeVisible();
    case 'skills':
      return expect(page.getByRole('status').getByText(/^You have \d+ skills/)).toBeVisible();
    case 'role':
      return expect(page.getByRole('heading', { level: 2, name: /^Your skills for / })).toBeAttached();
    case 'compare':
      return expect(page.getByRole('rowheader', { name: 'Your gap' })).toBeAttached();
    default:
      return expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true');
  }
}

const STATES: readonly VisitorState[] = [
  {
    id: 'a results link carrying skills',
    pages: [{ id: 'results', path: resultsPath(LINK_ANSWERS, LINK_SKILLS) }],
    applied: (page) => inTray(page, LINK_AND_SAVED_LABEL),
  },
  {
    id: 'a results link naming a skill the check does not have',
    pages: [{ id: 'results', path: `${resultsPath(LINK_ANSWERS, LINK_SKILLS)},${UNKNOWN_SKILL_ID}` }],
    applied: (page) => inTray(page, SKILL_PROBLEMS_LABEL),
  },
  {
    id: 'a returning visitor with saved answers and skills',
    saved: { answers: COMPLETE, skills: SOME_SKILLS },
    pages: PAGE_TYPES,
    applied: returningApplied,
  },
  {
    id: 'a returning visitor opening a link with other answers and skills',
    saved: { answers: COMPLETE, skills: SOME_SKILLS },
    pages: [{ id: 'results', path: resultsPath(LINK_ANSWERS, LINK_SKILLS) }],
    applied: (page) => inTray(page, LINK_AND_SAVED_LABEL),
  },
  {
    id: 'saved progress with a skill id the app no longer knows',
    saved: { answers: COMPLETE, skills: { ...SOME_SKILLS, [UNKNOWN_SKILL_ID]: 'have' } },
    pages: PAGE_TYPES,
    applied: (page) => inTray(page, STORAGE_MESSAGE_LABEL),
  },
];

/** Once the app is live: the browser idle, two frames painted, and a moment more. */
async function settle(page: Page): Promise<void> {
  await waitForApp(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        if (typeof requestIdleCallback === 'function') requestIdleCallback(frames, { timeout: 3000 });
        else setTimeout(frames, 500);
      }),
  );
  await page.waitForTimeout(500);
}

/** Every layout shift of this document not caused by input, with what moved. */
function layoutShifts(page: Page): Promise<{ value: number; moved: string[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        interface Shift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null }[];
        }
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const shifts = (list.getEntries() as Shift[]).filter((entry) => !entry.hadRecentInput);
          resolve(
            shifts.map((entry) => ({
              value: entry.value,
              moved: entry.sources.map((source) => {
                const node = source.node;
                if (!(node instanceof Element)) return node?.textContent?.trim().slice(0, 40) ?? '(gone)';
                return `${node.localName}${node.className ? `.${String(node.className).trim().split(/\s+/).join('.')}` : ''}`;
              }),
            })),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: the observer is never called.
        setTimeout(() => resolve([]), 1000);
      }),
  );
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    for (const state of STATES) {
      for (const pageType of state.pages) {
        test(`${state.id}: ${pageType.id} opens without a layout shift`, async ({ page }) => {
          if (state.saved) await seedAnswers(page, state.saved.answers, state.saved.skills);
          await page.goto(pageType.path);
          await expect(h1(page)).toBeVisible();
          await settle(page);
          await state.applied(page, pageType);
          const shifts = await layoutShifts(page);
          const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
          expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBe(0);
        });
      }
    }
  });
}

test.describe('a message in the status tray', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('never hides the control that has the focus (WCAG 2.4.11)', async ({ page }) => {
    await seedAnswers(page, COMPLETE, { ...SOME_SKILLS, [UNKNOWN_SKILL_ID]: 'have' });
    await page.goto(resultsPath(LINK_ANSWERS, LINK_SKILLS));
    await settle(page);
    // Two messages: saved progress, and this link against the saved answers and skills.
    await expect(page.getByRole('region', { name: STORAGE_MESSAGE_LABEL })).toBeVisible();
    await expect(page.getByRole('region', { name: LINK_AND_SAVED_LABEL })).toBeVisible();
    await page.locator('main h1').focus();
    for (let press = 1; press <= 30; press += 1) {
      await page.keyboard.press('Tab');
      const place = await page.evaluate(async () => {
        // Whatever scrolls the control into view has done so by the second frame.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const focused = document.activeElement;
        const trayElement = document.querySelector('.status-tray');
        if (!(focused instanceof HTMLElement) || !trayElement) return null;
        if (trayElement.contains(focused)) return { inTray: true, bottom: 0, trayTop: 0, name: focused.textContent ?? '' };
        return {
          inTray: false,
          bottom: focused.getBoundingClientRect().bottom,
          trayTop: trayElement.getBoundingClientRect().top,
          name: focused.textContent?.trim().slice(0, 40) ?? '',
        };
      });
      if (place === null || place.inTray) break;
      expect(place.bottom, `Tab ${press} (“${place.name}”) is above the tray`).toBeLessThanOrEqual(place.trayTop);
    }
  });

  test('holds its messages after the page: the end of the page is never under it', async ({ page }) => {
    await seedAnswers(page, COMPLETE, { ...SOME_SKILLS, [UNKNOWN_SKILL_ID]: 'have' });
    await page.goto(paths.question('code'));
    await settle(page);
    await expect(page.getByRole('region', { name: STORAGE_MESSAGE_LABEL })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const { footerBottom, trayTop } = await page.evaluate(() => ({
      footerBottom: document.querySelector('footer')?.getBoundingClientRect().bottom ?? Number.NaN,
      trayTop: document.querySelector('.status-tray')?.getBoundingClientRect().top ?? Number.NaN,
    }));
    // Within a pixel: both are laid out on fractions of one.
    expect(footerBottom).toBeLessThanOrEqual(trayTop + 1);
  });
});
