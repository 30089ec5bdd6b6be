// The steps journeys are made of, on top of any Driver: open a page and wait for the app,
// click a control by its accessible name, and read what a person would see. Every read
// is retried until it matches or the expect timeout ends, as the page updates after a click.
import { APP_READY_ATTRIBUTE } from '../../src/app/app-ready';
import { STORAGE_KEY, optionLabel } from '../e2e/support/app';
import type { Driver } from './driver';
import { expect } from './fixtures';
import { h1Texts, hasAttributeOnRoot, isChecked, isInClosedDetails, isSettled, markForClick, queryControls, readLocalStorage, texts, type ControlRole } from './page-queries';

/** Waits until the app has hydrated the page (it marks <html> then; src/app/app-ready.ts). */
export async function waitForApp(driver: Driver): Promise<void> {
  await expect.poll(() => driver.evaluate(hasAttributeOnRoot, APP_READY_ATTRIBUTE), { message: 'the app hydrates the page' }).toBe(true);
}

/**
 * Loads a path and waits for the app. Navigating on any sooner would also make Firefox report
 * a false ServiceWorker error for the scripts it cut off.
 */
export async function open(driver: Driver, path: string): Promise<void> {
  await driver.goto(path);
  await waitForApp(driver);
}

export async function reload(driver: Driver): Promise<void> {
  await driver.reload();
  await waitForApp(driver);
}

export async function expectHeading(driver: Driver, text: string): Promise<void> {
  await expect.poll(() => driver.evaluate(h1Texts, undefined), { message: `the page's one h1 reads “${text}”` }).toEqual([text]);
}

let clicks = 0;

/** Clicks the one visible button or link with this accessible name, once it has stopped moving. */
export async function click(driver: Driver, role: ControlRole, name: string): Promise<void> {
  clicks += 1;
  const token = `${process.pid}-${clicks}`;
  await expect
    .poll(async () => (await driver.evaluate(queryControls, { role, name, token })).length, { message: `exactly one visible ${role} named “${name}”` })
    .toBe(1);
  await expect.poll(() => driver.evaluate(isSettled, token), { message: `the ${role} “${name}” stays still in the window` }).toBe(true);
  await driver.click(`[data-e2e-target="${token}"]`);
}

export async function expectControlCount(driver: Driver, role: ControlRole, name: string, count: number): Promise<void> {
  await expect.poll(async () => (await driver.evaluate(queryControls, { role, name })).length, { message: `visible ${role}s named “${name}”` }).toBe(count);
}

/** Clicks an answer on the current question's page. */
export async function answer(driver: Driver, questionId: string, optionId: string): Promise<void> {
  await click(driver, 'button', optionLabel(questionId, optionId));
}

/** The answer buttons shown as chosen (aria-pressed), by their accessible names. */
export async function expectChosen(driver: Driver, labels: readonly string[]): Promise<void> {
  await expect.poll(() => driver.evaluate(queryControls, { role: 'button', pressed: true }), { message: 'the answers shown as chosen' }).toEqual(labels);
}

export async function expectTexts(driver: Driver, selector: string, expected: readonly string[], what: string): Promise<void> {
  await expect.poll(() => driver.evaluate(texts, selector), { message: what }).toEqual(expected);
}

/** The address's path and query, as the app wrote it. */
export async function expectAddress(driver: Driver, pathAndQuery: string): Promise<void> {
  await expect
    .poll(async () => {
      const url = new URL(await driver.url());
      return url.pathname + url.search;
    }, { message: 'the address' })
    .toBe(pathAndQuery);
}

/** The answers the app saved in this browser ({} when none; null when nothing is stored). */
export async function savedAnswers(driver: Driver): Promise<Record<string, string> | null> {
  const raw = await driver.evaluate(readLocalStorage, STORAGE_KEY);
  if (raw === null) return null;
  return (JSON.parse(raw) as { state?: { answers?: Record<string, string> } }).state?.answers ?? null;
}

/** Chooses a radio button (found by CSS, e.g. a skill's choice) with a real click on it. */
export async function choose(driver: Driver, selector: string): Promise<void> {
  // A control in a closed disclosure (a group of the skills check) is reached by opening it first, as a person would.
  if (await driver.evaluate(isInClosedDetails, selector)) {
    const summary = `details:has(${selector}) > summary`;
    clicks += 1;
    const summaryToken = `${process.pid}-${clicks}`;
    await expect.poll(() => driver.evaluate(markForClick, { selector: summary, token: summaryToken }), { message: `one summary over ${selector}` }).toBe(1);
    await driver.click(`[data-e2e-target="${summaryToken}"]`);
    await expect.poll(() => driver.evaluate(isInClosedDetails, selector), { message: `${selector} is shown` }).toBe(false);
  }
  clicks += 1;
  const token = `${process.pid}-${clicks}`;
  await expect.poll(() => driver.evaluate(markForClick, { selector, token }), { message: `one control at ${selector}` }).toBe(1);
  await expect.poll(() => driver.evaluate(isSettled, token), { message: `${selector} stays still in the window` }).toBe(true);
  await driver.click(`[data-e2e-target="${token}"]`);
  await expect.poll(() => driver.evaluate(isChecked, selector), { message: `${selector} is chosen` }).toBe(true);
}

/** The skills the app saved in this browser (null when nothing is stored). */
export async function savedSkills(driver: Driver): Promise<Record<string, string> | null> {
  const raw = await driver.evaluate(readLocalStorage, STORAGE_KEY);
  if (raw === null) return null;
  return (JSON.parse(raw) as { state?: { skills?: Record<string, string> } }).state?.skills ?? null;
}
