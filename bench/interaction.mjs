// Quiz interaction timings with Playwright and 4x CPU throttling (CDP
// Emulation.setCPUThrottlingRate). Each run opens /quiz/code in a fresh context
// (no saved answers), waits for hydration, then answers a path of six questions: five
// answers that lead to the next question, and a last one that leads to the results.
// Per click, measured in the page:
//   start     performance.now() in a capturing click listener on window
//   dom       the MutationObserver callback that first sees the new h1 text
//   frame     the next requestAnimationFrame after that (the frame that paints it)
//   painted   the rAF after that one (double rAF: that frame has been presented)   <- the budget
//   ranking   after the last answer only: the same double rAF after the list of the top three
//             (its h2) is in the DOM; the page fills in over a few renders (ADR 0009)
//   event     Event Timing duration of the click interaction (input -> next paint
//             after its handlers; only reported when >= 16 ms)
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export const CPU_THROTTLING = 4;

// What the bench knows about the app's text. The page's words are read from the base
// language's messages (messages/en/); the answers' labels are content, which Node cannot import
// without TypeScript: they live here, once, and `missingAppText` checks at the start of a run
// that src/ still contains each of them.
const englishMessages = (area) => JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '..', 'messages', 'en', `${area}.json`), 'utf8'));
const RESULTS_MESSAGES = englishMessages('results');

/** The results page's h1 (src/features/results/results-page.tsx). */
export const RESULTS_HEADING = RESULTS_MESSAGES.results_heading;

/** The accessible name of the results page's list of its top three roles, the answer itself (src/features/results/top-roles.tsx). */
export const RANKING_LIST_LABEL = RESULTS_MESSAGES.results_top_label;

/** The answers, in order, by their button labels (src/content/question-flow.ts); `next` says what the h1 must show after the click. */
export const QUIZ_PATH = [
  { label: 'No', next: 'question' }, //    code         -> python
  { label: 'Yes', next: 'question' }, //   python       -> research
  { label: 'Yes', next: 'question' }, //   research     -> phd
  { label: 'Yes', next: 'question' }, //   phd          -> stakeholders
  { label: 'Yes', next: 'question' }, //   stakeholders -> background
  { label: 'Software, DevOps or IT', next: 'results' }, // background -> results
];

/** h1 texts a page may show while it works out where to go; never counted as the next screen (src/features/quiz/quiz-page.tsx). */
const INTERIM_HEADINGS = [englishMessages('quiz').quiz_finding_heading];

async function sourceFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name)).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The strings above that no file under `srcDir` contains any more (each would make a click time out). */
export async function missingAppText(srcDir) {
  const sources = await Promise.all((await sourceFiles(srcDir)).map((file) => readFile(file, 'utf8')));
  const wanted = [...new Set(QUIZ_PATH.map((step) => step.label))];
  const missing = wanted.filter((text) => !sources.some((source) => source.includes(`'${text}'`) || source.includes(`>${text}<`)));
  // The words from messages must exist: a renamed message key reads as undefined.
  for (const [name, text] of Object.entries({ RESULTS_HEADING, RANKING_LIST_LABEL, INTERIM_HEADINGS: INTERIM_HEADINGS[0] })) {
    if (typeof text !== 'string' || text === '') missing.push(`${name} (no such message in messages/en/)`);
  }
  return missing;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function browserExecutable() {
  const system = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return existsSync(system) ? system : undefined;
}

/** Installed once per page before any script: collects Event Timing entries. */
function installEventTiming() {
  window.__benchEvents = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__benchEvents.push({
          name: entry.name,
          startTime: entry.startTime,
          duration: entry.duration,
          processingStart: entry.processingStart,
          processingEnd: entry.processingEnd,
          interactionId: entry.interactionId ?? 0,
        });
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  } catch {
    // Event Timing unsupported: the column stays empty.
  }
}

/** Arms the in-page probe for the next click. Runs in the page. */
function armProbe({ mode, interim, resultsHeading, rankingListLabel, timeoutMs }) {
  const heading = () => document.querySelector('main h1') ?? document.querySelector('h1');
  const hasRanking = () => [...document.querySelectorAll('main ol[aria-label]')].some((list) => list.getAttribute('aria-label') === rankingListLabel);
  const before = heading()?.textContent?.trim() ?? '';
  const probe = { before, start: null, eventTimeStamp: null, dom: null, frame: null, painted: null, afterPaint: null, ranking: null, text: null };
  const wantsRanking = mode === 'results';
  window.__benchProbe = probe;
  const accepts = (text) => {
    if (text === '' || interim.includes(text)) return false;
    if (mode === 'results') return text === resultsHeading;
    return text !== before;
  };
  probe.done = new Promise((resolve, reject) => {
    const onClick = (event) => {
      if (probe.start !== null) return;
      probe.start = performance.now();
      probe.eventTimeStamp = event.timeStamp;
      window.removeEventListener('click', onClick, true);
    };
    window.addEventListener('click', onClick, true);
    let rankingSeen = false;
    let headingPainted = false;
    const finishIfDone = () => {
      if (headingPainted && (!wantsRanking || probe.ranking !== null)) resolve();
    };
    const checkRanking = () => {
      if (!wantsRanking || rankingSeen || probe.dom === null || !hasRanking()) return;
      rankingSeen = true;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          probe.ranking = performance.now() - probe.start;
          finishIfDone();
        }),
      );
    };
    const check = () => {
      if (probe.start === null) return;
      if (probe.dom !== null) return checkRanking();
      const text = heading()?.textContent?.trim() ?? '';
      if (!accepts(text)) return;
      probe.dom = performance.now();
      probe.text = text;
      if (!wantsRanking) {
        observer.disconnect();
        clearTimeout(timer);
      }
      checkRanking();
      requestAnimationFrame(() => {
        probe.frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.afterPaint = performance.now();
        };
        channel.port2.postMessage(null);
        requestAnimationFrame(() => {
          probe.painted = performance.now();
          headingPainted = true;
          finishIfDone();
        });
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      window.removeEventListener('click', onClick, true);
      reject(new Error(`no ${mode === 'results' ? (probe.dom === null ? 'results heading' : 'top three list') : 'new question heading'} within ${timeoutMs} ms (h1 is "${heading()?.textContent?.trim() ?? 'none'}", clicked: ${probe.start !== null})`));
    }, timeoutMs);
  });
  return before;
}

/** Waits for the armed probe and returns its timings. Runs in the page. */
async function readProbe() {
  const probe = window.__benchProbe;
  await probe.done;
  // Event Timing entries are delivered after the frame; give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 150));
  const near = (window.__benchEvents ?? []).filter(
    (entry) => entry.interactionId > 0 && Math.abs(entry.startTime - probe.eventTimeStamp) < 400,
  );
  const eventDuration = near.length > 0 ? Math.max(...near.map((entry) => entry.duration)) : null;
  return {
    from: probe.before,
    to: probe.text,
    dom: probe.dom - probe.start,
    frame: probe.frame - probe.start,
    painted: probe.painted - probe.start,
    afterPaint: probe.afterPaint === null ? null : probe.afterPaint - probe.start,
    ranking: probe.ranking,
    eventDuration,
  };
}

/** True once React has hydrated (or rendered) the button named `label`. Runs in the page. */
function isInteractive(label) {
  const nameOf = (button) => {
    const ids = button.getAttribute('aria-labelledby');
    if (ids) return ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    return (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
  };
  const button = [...document.querySelectorAll('button')].find((candidate) => nameOf(candidate) === label);
  return Boolean(button && Object.keys(button).some((key) => key.startsWith('__reactProps$')));
}

const settle = (page, ms) => page.waitForTimeout(ms);

async function oneRun(browser, baseUrl, runIndex, log) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(installEventTiming);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
  const steps = [];
  let error = null;
  try {
    await page.goto(`${baseUrl}/quiz/code`, { waitUntil: 'load' });
    for (const [index, step] of QUIZ_PATH.entries()) {
      const button = page.getByRole('button', { name: step.label, exact: true });
      await button.waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForFunction(isInteractive, step.label, { timeout: 15_000 });
      // Let the previous navigation's effects (focus, title, saved progress) finish, as a reader would.
      await settle(page, index === 0 ? 800 : 300);
      await page.evaluate(armProbe, {
        mode: step.next,
        interim: INTERIM_HEADINGS,
        resultsHeading: RESULTS_HEADING,
        rankingListLabel: RANKING_LIST_LABEL,
        timeoutMs: 15_000,
      });
      await button.click({ timeout: 15_000 });
      const timing = await page.evaluate(readProbe);
      steps.push({ run: runIndex, step: index + 1, answer: step.label, kind: step.next, ...timing });
      log(`  run ${runIndex + 1} click ${index + 1} "${step.label}" -> ${step.next}: painted ${timing.painted.toFixed(1)} ms ("${timing.to}")`);
    }
  } catch (caught) {
    error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
    log(`  run ${runIndex + 1} stopped: ${error}`);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
    await context.close();
  }
  return { steps, error, pageErrors, url: page.url() };
}

export async function measureInteractions(baseUrl, { runs, log = console.log }) {
  const executablePath = browserExecutable();
  let browser;
  try {
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: LAUNCH_ARGS });
  } catch (caught) {
    const message = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
    return { browser: null, executablePath: executablePath ?? 'playwright-bundled', runs: [], error: `could not launch Chromium (${message}); run "npx playwright install chromium"` };
  }
  try {
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await oneRun(browser, baseUrl, run, log));
    return { browser: `Chromium ${browser.version()}`, executablePath: executablePath ?? 'playwright-bundled', runs: results, error: null };
  } finally {
    await browser.close();
  }
}
