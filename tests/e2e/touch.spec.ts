// The quiz on a touch screen without a mouse (a phone), beside a desktop with a mouse:
// one-key answers are offered only where there is a keyboard-and-mouse kind of pointer,
// and a tapped answer leaves no hover look behind on the next question.
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { nextQuestion } from '../../src/engine';
import { questionFlow } from '../../src/content/question-flow';
import { ONE_KEY_ANSWERS_LABEL } from '../../src/features/quiz/shortcuts';
import { paths } from '../../src/routes/manifest';
import { answerButton, h1, optionLabel, prompt, savedAnswers, waitForApp } from './support/app';
import { expect, test } from './support/test';

/** A phone: Chromium then reports a coarse pointer, no fine one and no hover. */
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

const firstId = questionFlow.start;
const firstYes = optionLabel(firstId, 'yes');
const oneKeyToggle = (page: Page) => page.getByRole('checkbox', { name: ONE_KEY_ANSWERS_LABEL });
const answerButtons = (page: Page) => page.getByRole('list').getByRole('button');

/** Each answer button's background and border colours, as drawn now. */
function answerLooks(page: Page): Promise<string[]> {
  return answerButtons(page).evaluateAll((buttons) =>
    buttons.map((button) => {
      const style = window.getComputedStyle(button);
      return `background ${style.backgroundColor}, border ${style.borderColor}`;
    }),
  );
}

async function openFirstQuestion(page: Page): Promise<void> {
  await page.goto(paths.firstQuestion());
  await expect(h1(page)).toHaveText(prompt(firstId));
  await waitForApp(page);
}

test.describe('on a phone (touch, no mouse)', () => {
  test.use(PHONE);

  test('the browser reports a coarse pointer, no fine pointer and no hover', async ({ page }) => {
    await page.goto(paths.home());
    const features = await page.evaluate(() =>
      ['(pointer: coarse)', '(any-pointer: fine)', '(hover: hover)'].map((query) => window.matchMedia(query).matches),
    );
    expect(features).toEqual([true, false, false]);
  });

  test('one-key answers are not offered, and a key press does not answer', async ({ page }) => {
    await openFirstQuestion(page);
    await expect(oneKeyToggle(page)).toBeHidden();
    await expect(answerButton(page, firstYes)).not.toHaveAttribute('aria-keyshortcuts');

    // Only the switch could turn them off again (WCAG 2.1.4), so without it the keys do nothing.
    await page.keyboard.press('y');
    await expect(h1(page)).toHaveText(prompt(firstId));
    expect((await savedAnswers(page)) ?? {}).toEqual({});
  });

  test('nor in the prerendered page, before or without JavaScript', async ({ browser, baseURL }) => {
    const page = await pageWithoutScripts(browser, { ...PHONE, baseURL });
    await page.goto(paths.firstQuestion());
    await expect(h1(page)).toHaveText(prompt(firstId));
    await expect(oneKeyToggle(page)).toBeHidden();
    await page.context().close();
  });

  test('a tapped answer’s hover look does not carry over to the answer in its place on the next question', async ({ page }) => {
    await openFirstQuestion(page);
    // Nothing has been touched yet: every answer looks the same, un-hovered.
    const untouched = await answerLooks(page);
    expect(new Set(untouched).size).toBe(1);

    await answerButton(page, firstYes).tap();
    const next = nextQuestion(questionFlow, { [firstId]: 'yes' });
    if (!next) throw new Error('The first question’s Yes leads to no further question');
    await expect(h1(page)).toHaveText(prompt(next.id));

    expect(await answerLooks(page)).toEqual(next.options.map(() => untouched[0]));
  });
});

test.describe('on a desktop (mouse and keyboard)', () => {
  test('one-key answers are offered, on by default, and a key press answers', async ({ page }) => {
    await openFirstQuestion(page);
    await expect(oneKeyToggle(page)).toBeVisible();
    await expect(oneKeyToggle(page)).toBeChecked();
    await expect(answerButton(page, firstYes)).toHaveAttribute('aria-keyshortcuts', 'Y');

    await page.keyboard.press('y');
    const next = nextQuestion(questionFlow, { [firstId]: 'yes' });
    await expect(h1(page)).toHaveText(prompt(next?.id ?? ''));
  });

  test('and in the prerendered page without JavaScript too', async ({ browser, baseURL }) => {
    const page = await pageWithoutScripts(browser, { baseURL });
    await page.goto(paths.firstQuestion());
    await expect(h1(page)).toHaveText(prompt(firstId));
    await expect(oneKeyToggle(page)).toBeVisible();
    await page.context().close();
  });
});

/** A page in a context of its own with JavaScript off: the prerendered HTML and its CSS alone. */
async function pageWithoutScripts(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ ...options, javaScriptEnabled: false });
  return context.newPage();
}
