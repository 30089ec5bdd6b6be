// Robustness in a real browser against the built app (scripts/serve.mjs): offline use after
// the first visit, an update that waits for the person, damaged saved progress, and the
// strict Content-Security-Policy. The fixtures fail any test on a console error, page error,
// CSP violation or request to another origin.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { rankRoles } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { paths } from '../../src/routes/manifest';
import { PRELOAD_RELOAD_KEY } from '../../src/app/preload-recovery';
import { NOT_FOUND_HEADING } from '../../src/components/not-found';
import { optionLabel, prompt, roleName, STORAGE_KEY } from '../support/app-content';
import { expect, test } from './fixtures';
import { resultsPath, waitForApp } from './support/app';

/** The served folder: dist, unless the run serves a copy (E2E_DIST_DIR). */
const DIST_DIR = process.env.E2E_DIST_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const SERVICE_WORKER_FILE = join(DIST_DIR, 'sw.js');

/** One complete path, in the order asked. */
const ANSWERS = { code: 'no', python: 'yes', research: 'no', stakeholders: 'yes', background: 'software' } as const;
/** The same path as the buttons name the options. */
const PATH = Object.entries(ANSWERS).map(([questionId, optionId]) => ({ questionId, label: optionLabel(questionId, optionId) }));

/** From the first question to the results, clicking the answer buttons. */
async function finishQuiz(page: Page): Promise<void> {
  for (const { questionId, label } of PATH) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(prompt(questionId));
    await page.getByRole('button', { name: label, exact: true }).click();
  }
  await expect(page).toHaveURL(/\/results\/code-/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/recommended/i);
}

/** The first visit installs the service worker; after one reload it controls the page. */
async function installServiceWorker(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

// The update test rewrites dist/sw.js while it runs: keep this file's tests apart.
test.describe.configure({ mode: 'serial' });

test('after the first visit the whole app works offline', async ({ page, context }) => {
  await installServiceWorker(page);
  // A first install is not an update.
  await expect(page.getByText(/update available/i)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await finishQuiz(page);
  const resultsUrl = page.url();

  // The results shell is precached: a reload with the answers in the query string works.
  await page.reload();
  expect(page.url()).toBe(resultsUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/recommended/i);

  // Pages never visited are not precached: offline, the app shell renders them on the client.
  // A role page, a results link and a compare link never opened before, the comparison shell
  // with its query string, and an unknown path.
  await page.goto('/roles/ml-engineer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(roleName('ml-engineer'));
  const unvisited = { code: 'yes', research: 'yes', phd: 'no', stakeholders: 'yes', background: 'academic' };
  await page.goto(paths.results(unvisited));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/recommended/i);
  await expect(page.getByRole('list', { name: 'Your top three roles' }).locator(':scope > li .top-role__name').first()).toHaveText(
    roleName(rankRoles(questionTree, unvisited)[0]?.roleId ?? ''),
  );
  await page.goto(paths.compare(['prompt-engineer', 'ai-ethics-policy']));
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([roleName('prompt-engineer'), roleName('ai-ethics-policy')]);
  await page.goto('/compare?roles=ml-engineer,data-scientist');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(roleName('ml-engineer'));
  await expect(page.getByRole('main')).toContainText(roleName('data-scientist'));
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND_HEADING);

  // A question page opened directly, offline, with the saved answers still there.
  await page.goto(`/quiz/${PATH[0]!.questionId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(prompt(PATH[0]!.questionId));
  await expect(page.getByRole('button', { name: PATH[0]!.label, exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('a new version waits for "Reload to update", then takes over', async ({ page }) => {
  await installServiceWorker(page);
  const original = await readFile(SERVICE_WORKER_FILE, 'utf8');
  try {
    // A deploy: the service worker script changes by a byte.
    await writeFile(SERVICE_WORKER_FILE, `${original}\n// e2e deploy ${Date.now()}\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: /update available/i });
    await expect(prompt).toBeVisible();
    // The new version is waiting, not in control.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/update available/i)).toHaveCount(0);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
      }),
    ).toEqual({ waiting: null, controlled: true });
  } finally {
    await writeFile(SERVICE_WORKER_FILE, original);
  }
});

test('damaged saved progress: the notice shows and the quiz works', async ({ page }) => {
  await page.addInitScript((key) => {
    // Once per tab, so a reload would see what the app wrote back.
    if (window.sessionStorage.getItem('e2e-seeded') === null) {
      window.sessionStorage.setItem('e2e-seeded', '1');
      window.localStorage.setItem(key, '{"state":');
    }
  }, STORAGE_KEY);
  await page.goto('/');
  await expect(page.getByText(/saved progress was damaged/i)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await finishQuiz(page);

  const saved = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? 'null') as unknown, STORAGE_KEY);
  expect(saved).toMatchObject({ state: { answers: ANSWERS } });

  // Replaced, so a reload is quiet.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/saved progress was damaged/i)).toHaveCount(0);
});

test('the pages are served with a strict Content-Security-Policy, as a header and a meta tag; scripts without it', async ({ page }) => {
  const resultsLink = paths.results({ code: 'yes', research: 'no', stakeholders: 'yes', background: 'software' });
  const compareLink = paths.compare(['ml-engineer', 'data-scientist']);
  for (const path of ['/', '/quiz/code', '/results?code=yes', resultsLink, compareLink, '/roles/ml-engineer', '/no-such-page']) {
    const response = await page.request.get(path);
    const header = response.headers()['content-security-policy'] ?? '';
    expect(header, path).toContain("script-src 'self'");
    expect(header, path).toContain("default-src 'self'");
    expect(header, path).not.toMatch(/unsafe-inline|unsafe-eval/);
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, path).not.toBeNull();
    expect(meta?.[1], path).toContain("script-src 'self'");
    expect(meta?.[1], path).not.toMatch(/unsafe-inline|unsafe-eval/);
    // Inline blocks only by hash: each inline <script> and <style> is listed in both policies.
    const inline = [...html.matchAll(/<(script|style)>([\s\S]*?)<\/\1>/g)];
    expect(inline.length, path).toBeGreaterThan(0);
    for (const [, tag, body] of inline) {
      const source = `'sha256-${createHash('sha256').update(body ?? '', 'utf8').digest('base64')}'`;
      const directive = tag === 'script' ? 'script-src' : 'style-src';
      expect(header.split(';').find((part) => part.trim().startsWith(directive)), `${path} ${tag}`).toContain(source);
      expect(meta?.[1]?.split(';').find((part) => part.trim().startsWith(directive)), `${path} ${tag}`).toContain(source);
    }
  }
  const worker = await page.request.get('/sw.js');
  expect(worker.ok()).toBe(true);
  expect(worker.headers()['content-type']).toMatch(/javascript/);
  // The worker runs under the policy of its own response.
  expect(worker.headers()['content-security-policy'] ?? '').toContain("script-src 'self'");
  // A script is no document: it carries nosniff but none of the document policies' bytes.
  const home = await (await page.request.get('/')).text();
  const scriptUrl = /<meta name="app-scripts" content="([^" ]+)/.exec(home)?.[1];
  expect(scriptUrl).toMatch(/^\/assets\/.+\.js$/);
  const script = await page.request.get(scriptUrl ?? '');
  expect(script.ok()).toBe(true);
  expect(script.headers()['x-content-type-options']).toBe('nosniff');
  expect(script.headers()['content-security-policy']).toBeUndefined();
  expect(script.headers()['permissions-policy']).toBeUndefined();
  const manifest = await page.request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toMatch(/manifest\+json/);
  expect(await manifest.json()).toMatchObject({ start_url: '/', display: 'standalone' });
});

test.describe('an old tab after a deploy, whose page chunk is gone', () => {
  // Without the service worker, so every chunk request reaches the network (and the test's route).
  test.use({ serviceWorkers: 'block' });
  const CHUNK = '**/assets/results-page-*.js';
  /** The browser reports the missing chunk on the console; that one message is expected here. */
  /** From the home page, through every question of PATH, clicking the answers. */
  const answerFromHome = async (page: Page) => {
    await page.goto('/');
    await waitForApp(page);
    await page.getByRole('link', { name: 'Start the quiz' }).click();
    for (const { questionId, label } of PATH) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(prompt(questionId));
      await page.getByRole('button', { name: label, exact: true }).click();
    }
  };

  const withoutMissingChunk = (problems: string[]) => {
    const rest = problems.filter((problem) => !/Failed to load resource/.test(problem));
    problems.splice(0, problems.length, ...rest);
  };

  test('reloads once and carries on with the new version', async ({ page, guard }) => {
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    // Gone from the old page (whether it is fetched early, to warm it, or on the last answer);
    // back once the page has reloaded, as after a deploy.
    await page.route(CHUNK, (route) =>
      loads < 2 ? route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }) : route.continue(),
    );
    await answerFromHome(page);
    // The page reloaded once, straight at the results it was going to.
    await expect(page).toHaveURL(resultsPath(ANSWERS));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/recommended/i);
    expect(loads).toBe(2);
    expect(await page.evaluate((key) => window.sessionStorage.getItem(key), PRELOAD_RELOAD_KEY)).toMatch(/^\d+$/);
    withoutMissingChunk(guard.problems);
  });

  test('if the chunk is still gone after the reload, the error page shows (no reload loop)', async ({ page, guard }) => {
    await page.route(CHUNK, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' }));
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    await answerFromHome(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
    await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
    await page.waitForTimeout(500);
    expect(loads).toBe(2);
    withoutMissingChunk(guard.problems);
  });
});
