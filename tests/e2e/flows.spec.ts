// Whole journeys through the built app, as a person takes them: by mouse and by keyboard
// alone, back and forward through a branch, a reload mid-quiz, a shared results link,
// comparing roles, starting over, and the pages for bad links and missing pages.
// Expected rankings come from the engine itself, never from copied lists.
import type { Page } from '@playwright/test';
import {
  HOME_HEADING,
  NOT_FOUND_HEADING,
  RESULTS_HEADING,
  answerButton,
  expectVisibleFocus,
  h1,
  optionLabel,
  prompt,
  rankedRoleIds,
  resultsPath,
  ROLE_IDS,
  resultsTitle,
  comparePath,
  roleName,
  savedAnswers,
  shownTopThree,
  topThreeNames,
  waitForApp,
  type Answers,
} from './support/app';
import { expect, test } from './support/test';

const progressLine = (page: Page) => page.getByText(/^Question \d+ of at most \d+$/);

/** Clicks the answer and waits for the page it leads to. */
async function answerByMouse(page: Page, questionId: string, optionId: string, nextHeading: string) {
  await expect(h1(page)).toHaveText(prompt(questionId));
  await answerButton(page, optionLabel(questionId, optionId)).click();
  await expect(h1(page)).toHaveText(nextHeading);
}

test.describe('the quiz from start to results', () => {
  test('by mouse: every question on the longest path, then the ranking the engine gives', async ({ page }) => {
    const steps: [string, string][] = [
      ['code', 'no'],
      ['python', 'yes'],
      ['research', 'yes'],
      ['phd', 'no'],
      ['stakeholders', 'yes'],
      ['background', 'law-policy'],
    ];
    const answers: Answers = Object.fromEntries(steps);

    await page.goto('/');
    await expect(h1(page)).toHaveText(HOME_HEADING);
    await waitForApp(page);
    await page.getByRole('link', { name: 'Start the quiz' }).click();

    for (const [index, [questionId, optionId]] of steps.entries()) {
      await expect(h1(page)).toHaveText(prompt(questionId));
      await expect(page).toHaveURL(new RegExp(`/quiz/${questionId}$`));
      await expect(progressLine(page)).toHaveText(new RegExp(`^Question ${index + 1} of at most ${steps.length}$`));
      await answerButton(page, optionLabel(questionId, optionId)).click();
    }

    await expect(h1(page)).toHaveText(RESULTS_HEADING);
    await expect(page).toHaveURL(resultsPath(answers));
    await expect(page).toHaveTitle(resultsTitle(answers));
    expect(await shownTopThree(page)).toEqual(topThreeNames(answers));
    // The rest follow in the engine's order too.
    // Each line's first link is the role; the second leads to the closest way into the top three.
    // Its own rows only: a held-back role's row holds a list of its caveats.
    const others = page.locator('details', { hasText: /^The other \d+ roles/ }).locator('ol.results-others > li');
    await expect(others).toHaveCount(rankedRoleIds(answers).length - 3);
    expect(await others.evaluateAll((items) => items.map((item) => item.querySelector('a')?.textContent ?? ''))).toEqual(
      rankedRoleIds(answers).slice(3).map(roleName),
    );
  });

  test('by keyboard alone: Tab and Enter or Space on answers, one-key Y/N and digits; focus on each h1', async ({ page }) => {
    const answers: Answers = { code: 'yes', research: 'yes', phd: 'no', stakeholders: 'no', background: 'non-technical' };
    await page.goto('/');
    await expect(h1(page)).toHaveText(HOME_HEADING);
    await waitForApp(page);

    // The skip link comes first and shows when focused; then Tab on to the start button.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    await expectVisibleFocus(skipLink);
    await expect(skipLink).toBeInViewport();
    const start = page.getByRole('link', { name: 'Start the quiz' });
    for (let presses = 0; presses < 10 && !(await start.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expectVisibleFocus(start);
    await page.keyboard.press('Enter');

    // code: Tab from the heading to the first answer ("Yes"), Enter.
    await expect(h1(page)).toHaveText(prompt('code'));
    await expect(h1(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expectVisibleFocus(answerButton(page, 'Yes'));
    await page.keyboard.press('Enter');

    // research: the one-key answer Y.
    await expect(h1(page)).toHaveText(prompt('research'));
    await expect(h1(page)).toBeFocused();
    await page.keyboard.press('y');

    // phd: Tab twice to "No", Space.
    await expect(h1(page)).toHaveText(prompt('phd'));
    await expect(h1(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expectVisibleFocus(answerButton(page, 'No'));
    await page.keyboard.press('Space');

    // stakeholders: the one-key answer N.
    await expect(h1(page)).toHaveText(prompt('stakeholders'));
    await expect(h1(page)).toBeFocused();
    await page.keyboard.press('n');

    // background: the digit of the eighth option.
    await expect(h1(page)).toHaveText(prompt('background'));
    await expect(h1(page)).toBeFocused();
    const backgroundButtons = page.getByRole('list').getByRole('button');
    await expect(backgroundButtons.nth(7)).toHaveAccessibleName(optionLabel('background', 'non-technical'));
    await page.keyboard.press('8');

    await expect(h1(page)).toHaveText(RESULTS_HEADING);
    await expect(h1(page)).toBeFocused();
    await expect(page).toHaveURL(resultsPath(answers));
    expect(await shownTopThree(page)).toEqual(topThreeNames(answers));

    // From the heading, Tab reaches the first role's link with a visible focus ring.
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page.getByRole('link', { name: topThreeNames(answers)[0], exact: true }).first());
  });
});

test('the Back link and the browser’s back and forward agree through a branch', async ({ page }) => {
  await page.goto('/quiz/code');
  await waitForApp(page);

  // code = No leads to the Python question.
  await answerByMouse(page, 'code', 'no', prompt('python'));
  await expect(page).toHaveURL(/\/quiz\/python$/);

  // Back returns to code, with the earlier answer shown as chosen.
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText(prompt('code'));
  await expect(page.getByRole('button', { name: 'No', pressed: true })).toBeVisible();

  // Changing code to Yes takes the other branch: research, not python.
  await answerByMouse(page, 'code', 'yes', prompt('research'));
  await expect(page).toHaveURL(/\/quiz\/research$/);
  const back = page.getByRole('link', { name: 'Back', exact: true });
  await expect(back).toHaveAttribute('href', '/quiz/code');

  // The browser's back goes where the Back link points, and forward returns.
  await page.goBack();
  await expect(h1(page)).toHaveText(prompt('code'));
  await expect(page).toHaveURL(/\/quiz\/code$/);
  await expect(page.getByRole('button', { name: 'Yes', pressed: true })).toBeVisible();
  await page.goForward();
  await expect(h1(page)).toHaveText(prompt('research'));
  await expect(page).toHaveURL(/\/quiz\/research$/);

  // The Back link itself also lands on code.
  await back.click();
  await expect(h1(page)).toHaveText(prompt('code'));

  // History still holds the python page, now off the path: going back there is
  // redirected to the next question that is on it, with a notice saying why.
  await page.goBack(); // research
  await expect(h1(page)).toHaveText(prompt('research'));
  await page.goBack(); // code (after the Back link)
  await expect(h1(page)).toHaveText(prompt('code'));
  await page.goBack(); // python, no longer on the path
  await expect(h1(page)).toHaveText(prompt('research'));
  await expect(page).toHaveURL(/\/quiz\/research$/);
  await expect(page.getByRole('status').getByText('That question isn’t part of your path')).toBeVisible();
});

test('a reload mid-quiz resumes on the same question with the earlier answers kept', async ({ page }) => {
  await page.goto('/quiz/code');
  await waitForApp(page);
  await answerByMouse(page, 'code', 'yes', prompt('research'));
  await answerByMouse(page, 'research', 'no', prompt('stakeholders'));
  expect(await savedAnswers(page)).toEqual({ code: 'yes', research: 'no' });

  await page.reload();
  await expect(page).toHaveURL(/\/quiz\/stakeholders$/);
  await expect(h1(page)).toHaveText(prompt('stakeholders'));
  await waitForApp(page);
  await expect(progressLine(page)).toHaveText(/^Question 3 of at most \d+$/);
  await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText(prompt('research'));
  await expect(page.getByRole('button', { name: 'No', pressed: true })).toBeVisible();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(h1(page)).toHaveText(prompt('code'));
  await expect(page.getByRole('button', { name: 'Yes', pressed: true })).toBeVisible();
});

test('a copied results link shows the same ranking in a fresh browser', async ({ page, browser, context }) => {
  const answers: Answers = { code: 'no', python: 'no', research: 'no', stakeholders: 'yes', background: 'product' };
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/quiz/code');
  await waitForApp(page);
  await answerByMouse(page, 'code', 'no', prompt('python'));
  await answerByMouse(page, 'python', 'no', prompt('research'));
  await answerByMouse(page, 'research', 'no', prompt('stakeholders'));
  await answerByMouse(page, 'stakeholders', 'yes', prompt('background'));
  await answerByMouse(page, 'background', 'product', RESULTS_HEADING);
  const ranking = await shownTopThree(page);
  expect(ranking).toEqual(topThreeNames(answers));

  // The copy button puts the same address on the clipboard and says so.
  await page.getByRole('button', { name: 'Copy link to these results' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = page.url();
  // The canonical address, the one static page for these answers.
  expect(new URL(link).pathname).toBe(resultsPath(answers));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    other.on('pageerror', (error) => errors.push(error.message));
    await other.goto(link);
    await expect(h1(other)).toHaveText(RESULTS_HEADING);
    expect(await shownTopThree(other)).toEqual(ranking);
    // Nothing was saved in the fresh browser: the link alone carries the answers.
    expect(await savedAnswers(other)).toBeNull();
    expect(errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test.describe('comparing roles', () => {
  const answers: Answers = { code: 'yes', research: 'no', stakeholders: 'yes', background: 'software' };
  const rankedIds = rankedRoleIds(answers);
  const at = (index: number): string => {
    const id = rankedIds[index];
    if (id === undefined) throw new Error(`No role ranked ${index + 1}`);
    return id;
  };
  const name = (index: number): string => roleName(at(index));
  /** Columns come in catalogue order, the order of a comparison's one address. */
  const namesInCatalogueOrder = (indexes: readonly number[]): string[] =>
    ROLE_IDS.filter((id) => indexes.some((index) => at(index) === id)).map(roleName);
  const columnNames = (page: Page) => page.getByRole('table').getByRole('columnheader');

  test('two and then three roles from the results, then remove and add one', async ({ page }) => {
    await page.goto(resultsPath(answers));
    await expect(h1(page)).toHaveText(RESULTS_HEADING);
    await waitForApp(page);
    // The top three are one tap away; choosing others opens on request.
    await expect(page.getByRole('link', { name: 'Compare these three' })).toHaveAttribute('href', comparePath([at(0), at(1), at(2)]));
    const openPicker = () => page.getByText('Choose other roles to compare', { exact: true }).click();
    await openPicker();
    const picker = page.getByRole('group', { name: 'Choose 2 or 3 roles to compare' });
    const box = (index: number) => picker.getByRole('checkbox', { name: name(index), exact: true });
    const compare = page.getByRole('button', { name: 'Compare selected roles' });

    // The top three start ticked; a fourth cannot be added until one is unticked.
    for (const index of [0, 1, 2]) await expect(box(index)).toBeChecked();
    await expect(box(3)).toBeDisabled();

    // Too few: the button stays operable (aria-disabled, so Playwright would wait for it to
    // be enabled; force skips that wait) and explains instead of navigating.
    await box(1).uncheck();
    await box(2).uncheck();
    await expect(compare).toHaveAttribute('aria-disabled', 'true');
    await compare.click({ force: true });
    await expect(page.getByText('Choose at least 2 roles before comparing (1 chosen so far).')).toBeVisible();
    await expect(page).toHaveURL(resultsPath(answers));

    // Two roles.
    await box(1).check();
    await expect(page.getByText('2 roles chosen. You can add one more.')).toBeVisible();
    await compare.click();
    await expect(h1(page)).toHaveText('Compare AI roles');
    await expect(page).toHaveURL(comparePath([at(0), at(1)]));
    await expect(columnNames(page)).toHaveText(namesInCatalogueOrder([0, 1]));

    // Back to the results; three roles, one of them from further down the list.
    await page.goBack();
    await expect(h1(page)).toHaveText(RESULTS_HEADING);
    if (!(await box(1).isVisible())) await openPicker();
    await box(1).uncheck();
    await box(4).check();
    await expect(box(3)).toBeDisabled();
    await compare.click();
    await expect(h1(page)).toHaveText('Compare AI roles');
    await expect(page).toHaveURL(comparePath([at(0), at(2), at(4)]));
    await expect(columnNames(page)).toHaveText(namesInCatalogueOrder([0, 2, 4]));
    const add = page.getByRole('button', { name: 'Add', exact: true });
    await expect(add).toBeDisabled();

    // Remove one, then add another on the compare page.
    await page.getByRole('button', { name: `Remove ${name(2)}` }).click();
    await expect(page).toHaveURL(comparePath([at(0), at(4)]));
    await expect(columnNames(page)).toHaveText(namesInCatalogueOrder([0, 4]));
    await page.getByLabel('Add a role to compare').selectOption({ label: name(5) });
    await add.click();
    await expect(page).toHaveURL(comparePath([at(0), at(4), at(5)]));
    await expect(columnNames(page)).toHaveText(namesInCatalogueOrder([0, 4, 5]));
    await expect(add).toBeDisabled();
  });
});

test('start over from the results clears the answers and begins at the first question', async ({ page }) => {
  await page.goto('/quiz/code');
  await waitForApp(page);
  await answerByMouse(page, 'code', 'yes', prompt('research'));
  await answerByMouse(page, 'research', 'no', prompt('stakeholders'));
  await answerByMouse(page, 'stakeholders', 'no', prompt('background'));
  await answerByMouse(page, 'background', 'student', RESULTS_HEADING);
  expect(await savedAnswers(page)).toEqual({ code: 'yes', research: 'no', stakeholders: 'no', background: 'student' });

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/quiz\/code$/);
  await expect(h1(page)).toHaveText(prompt('code'));
  await expect(page.getByRole('button', { name: 'Yes' })).toBeVisible();
  await expect(page.locator('button[aria-pressed="true"]')).toHaveCount(0);
  expect(await savedAnswers(page) ?? {}).toEqual({});

  // The home page no longer offers to continue.
  await page.getByRole('link', { name: 'AI Career Pathfinder', exact: true }).click();
  await expect(h1(page)).toHaveText(HOME_HEADING);
  await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toHaveCount(0);
});

test('an invalid results link names each problem', async ({ page }) => {
  await page.goto('/results?code=maybe&colour=blue');
  await expect(h1(page)).toHaveText('No answers to show');
  const problems = page.getByRole('region', { name: 'Some of this link couldn’t be used' });
  await expect(problems.getByRole('listitem')).toHaveText([
    `“maybe” is not an answer to “${prompt('code')}”, so it was ignored.`,
    '“colour” is not one of our questions, so it was ignored.',
  ]);
  await expect(page.getByText('None of the answers in this link could be used')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeVisible();
});

test.describe('missing pages', () => {
  test('an unknown role shows the not-found page with a way home', async ({ page, expectedErrors }) => {
    expectedErrors.allowMissingPage('/roles/astronaut');
    const response = await page.goto('/roles/astronaut');
    expect(response?.status()).toBe(404);
    await expect(h1(page)).toHaveText(NOT_FOUND_HEADING);
    await expect(page).toHaveTitle(/^Page not found – AI Career Pathfinder$/);
    await expect(page.getByText('There is no role called “astronaut”.')).toBeVisible();
    await waitForApp(page);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(h1(page)).toHaveText(HOME_HEADING);
    await expect(page).toHaveURL(/\/$/);
  });

  test('an unknown path shows the not-found page with a way home', async ({ page, expectedErrors }) => {
    expectedErrors.allowMissingPage('/nope');
    const response = await page.goto('/nope');
    expect(response?.status()).toBe(404);
    await expect(h1(page)).toHaveText(NOT_FOUND_HEADING);
    await expect(page.getByText('There is no page at this address.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the quiz' })).toBeVisible();
    await waitForApp(page);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(h1(page)).toHaveText(HOME_HEADING);
  });
});
