// The performance benchmark, run on demand (`npm run bench`, after a build); not part of `npm test`.
// Serves a copy of dist/ with gzip on 127.0.0.1 (scripts/serve.mjs), together with a hand-written
// static reference page (bench/reference/); runs Lighthouse (mobile, applied throttling) on the
// reference and six pages and their Spanish twins under /es/, interleaved; measures quiz answer -> next screen and last answer ->
// results with Playwright at 4x CPU throttling; checks the budgets (LCP as a ratio to the
// reference's) and writes bench/report.md and bench/report.json. Raw Lighthouse reports go to
// bench/results/ (gitignored). Exits 1 when a budget is missed.
// Besides the fresh visits, the visitor states of bench/states.mjs (a results link carrying skills,
// a returning visitor with saved answers and skills, one opening another's link, saved progress
// with an unknown skill id) are measured in the same interleaved runs, each page type in each,
// with their own budgets: CLS 0, and LCP within the same ratio to the reference.
// Environment: BENCH_RUNS (Lighthouse runs per page, default 3), BENCH_CLICK_RUNS (quiz runs, default 5;
// 0 skips them), CHROME_PATH / CHROMIUM_PATH (browser, default /usr/bin/chromium). To check a few
// pages only: BENCH_PAGES (page ids, e.g. "results,quiz"; "none" for no fresh visit) and
// BENCH_STATES (state ids, e.g. "returning"; "none" for no state). A run limited in any of these
// ways writes its report to bench/results/ instead, and checks only what it measured.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';
import { folderStats } from './dist-stats.mjs';
import { CPU_THROTTLING, QUIZ_PATH, RANKING_LIST_LABEL, RESULTS_HEADING, browserExecutable, measureInteractions, missingAppText } from './interaction.mjs';
import { CHROME_FLAGS, LIGHTHOUSE_CONFIG, runLighthouse } from './lighthouse.mjs';
import { REFERENCE_PATH, installReference } from './reference.mjs';
import { renderReport } from './report.mjs';
import { LAYOUT_SHIFT_PAGES, STATES, STORAGE_KEY, missingStateFacts } from './states.mjs';
import { median, ms, percentile } from './stats.mjs';

/** The pages measured and budgeted on a fresh visit, by their id in bench/states.mjs (which holds the addresses). */
const PAGE_NAMES = {
  home: 'Home',
  quiz: 'Quiz question',
  role: 'Role page',
  results: 'Results (canonical link)',
  compare: 'Compare (canonical link)',
  how: 'How the recommendations work',
};
const ENGLISH_PAGES = Object.entries(PAGE_NAMES).map(([id, name]) => {
  const page = LAYOUT_SHIFT_PAGES.find((candidate) => candidate.id === id);
  if (!page) throw new Error(`bench/states.mjs lists no page "${id}"`);
  return { id, name, path: page.path };
});
/** The Spanish site's prefix (ADR 15: the same slugs under /es/), as src/routes/manifest.ts builds it. */
const SPANISH_PREFIX = '/es';
/** Each page and its Spanish twin, with the same budgets ("es-home", "es-results", …). */
export const PAGES = [
  ...ENGLISH_PAGES,
  ...ENGLISH_PAGES.map(({ id, name, path }) => ({ id: `es-${id}`, name: `${name}, in Spanish`, path: `${SPANISH_PREFIX}${path}` })),
];

/** A list from the environment (comma-separated ids), null when not set; "none" is the empty list. */
function chosen(name) {
  const value = process.env[name]?.trim();
  if (!value) return null;
  return value === 'none' ? [] : value.split(',').map((id) => id.trim());
}

const CHOSEN_PAGES = chosen('BENCH_PAGES');
const CHOSEN_STATES = chosen('BENCH_STATES');

/**
 * Each visitor state of bench/states.mjs (not the fresh visit, which PAGES measures, nor the
 * extra ones) on each page type it applies to, with what it saves in the browser first.
 */
export const STATE_PAGES = STATES.filter((state) => state.id !== 'fresh' && !state.extra).flatMap((state) =>
  LAYOUT_SHIFT_PAGES.flatMap((page) => {
    const path = state.pathFor(page);
    return path === null
      ? []
      : [{ id: `${state.id}-${page.id}`, name: `${state.name}: ${page.id}`, path, stateId: state.id, pageId: page.id, storage: state.storage }];
  }),
);

/** The static reference, measured in the same runs; the LCP budgets are ratios to its median LCP. */
const REFERENCE = { id: 'reference', name: 'Static reference (bench/reference/index.html)', path: REFERENCE_PATH, reference: true };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const benchDir = join(root, 'bench');
const rawDir = join(benchDir, 'results');
// The bench serves a copy of dist/, so a build started elsewhere during the run (about half an hour with the Spanish pages) cannot change it midway.
const snapshot = join(rawDir, 'dist');

const LH_RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const CLICK_RUNS = Math.max(0, Number(process.env.BENCH_CLICK_RUNS ?? 5));
/** A run that leaves something out: its report is not the bench's report. */
const PARTIAL = CHOSEN_PAGES !== null || CHOSEN_STATES !== null || CLICK_RUNS === 0;

const BUDGETS = {
  homeJsBytes: 111 * 1024,
  /** The Spanish home page's own JS over the English one's (scripts/check-bundle-size.mjs allows the same). */
  spanishHomeJsRatio: 1.01,
  score: 0.99,
  /** A page's median LCP over the reference's median LCP. */
  lcpRatio: 1.25,
  tbtMs: 50,
  /** Exactly none. */
  cls: 0,
  nextQuestionMs: 100,
  resultsMs: 100,
};

const started = Date.now();
const loadAtStart = os.loadavg().map((value) => Number(value.toFixed(2)));
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s`;
const log = (message) => console.log(`[bench ${elapsed()}] ${message}`);

const gz9 = (buffer) => gzipSync(buffer, { level: 9 }).length;

function chromiumVersion(path) {
  if (!path) return null;
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * The scripts a page itself loads: script tags, module preloads and the files its deferred
 * bootstrap starts (`<meta name="app-scripts">`, see scripts/prerender.mjs). Anything else it
 * loads is a later page's code, warmed while idle.
 */
function ownScripts(html) {
  return [
    ...new Set([
      ...[...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]),
      ...(html.match(/<meta name="app-scripts" content="([^"]*)"/)?.[1].split(' ') ?? []),
    ]),
  ];
}

/** Bytes that the built files account for: inlined CSS in the HTML, and gzip -9 of the scripts Lighthouse saw load. */
async function builtFileBytes(baseUrl, path, lighthouseFiles) {
  const response = await fetch(`${baseUrl}${path}`);
  const html = await response.text();
  const htmlBytes = Buffer.byteLength(html);
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((sum, match) => sum + gz9(match[1]), 0);
  let jsGzip9 = 0;
  const origin = new URL(baseUrl).origin;
  for (const file of lighthouseFiles.filter((entry) => entry.group === 'js' && entry.url.startsWith(origin))) {
    const local = join(snapshot, decodeURIComponent(new URL(file.url).pathname));
    if (existsSync(local)) jsGzip9 += gz9(await readFile(local));
  }
  return { htmlStatus: response.status, htmlBytes, htmlGzip9: gz9(html), inlineCssGzip9: inlineCss, jsGzip9, ownScripts: ownScripts(html) };
}

function summarizeLighthouse(page, runs) {
  const ok = runs.filter((run) => !run.error);
  const pick = (key) => median(ok.map((run) => run[key]));
  const medianRun = [...ok].sort((a, b) => a.lcp - b.lcp)[Math.floor((ok.length - 1) / 2)] ?? null;
  const bytes = {};
  for (const group of ['html', 'css', 'js', 'other', 'requests']) bytes[group] = median(ok.map((run) => run.bytes.transfer[group]));
  return {
    ...page,
    // Per run, the bytes by type only; the request list is kept once, from the median-LCP run.
    runs: runs.map(({ bytes, ...run }) => (bytes ? { ...run, bytes: { transfer: bytes.transfer, decoded: bytes.decoded } } : run)),
    median: {
      score: pick('score'),
      fcp: pick('fcp'),
      lcp: pick('lcp'),
      tbt: pick('tbt'),
      cls: pick('cls'),
      si: pick('si'),
      bootupMs: pick('bootupMs'),
      mainThreadMs: pick('mainThreadMs'),
      benchmarkIndex: median(ok.map((run) => run.environment?.benchmarkIndex)),
    },
    bytes,
    files: medianRun?.bytes.files ?? [],
    diagnostics: medianRun
      ? { lcpElement: medianRun.lcpDetail.element, lcpPhases: medianRun.lcpDetail.phases, renderBlocking: medianRun.renderBlocking }
      : null,
  };
}

function summarizeClicks(interaction) {
  const steps = interaction.runs.flatMap((run) => run.steps);
  const group = (kind) => {
    const rows = steps.filter((step) => step.kind === kind);
    const stat = (key) => {
      const values = rows.map((row) => row[key]).filter((value) => value !== null);
      return { n: values.length, median: median(values), p90: percentile(values, 90), min: values.length ? Math.min(...values) : null, max: values.length ? Math.max(...values) : null };
    };
    return {
      count: rows.length,
      dom: stat('dom'),
      frame: stat('frame'),
      painted: stat('painted'),
      afterPaint: stat('afterPaint'),
      ranking: stat('ranking'),
      eventDuration: stat('eventDuration'),
    };
  };
  return { question: group('question'), results: group('results'), steps };
}

/**
 * A page's own scripts as transferred in its median-LCP run (as scripts/check-bundle-size.mjs
 * counts them, but gzipped, with headers), and the next page's chunks warmed once the browser
 * is idle; null when the page was not measured.
 */
function scriptBytes(page) {
  if (!page?.built?.ownScripts || page.files.length === 0) return { own: null, warmed: 0 };
  const own = new Set(page.built.ownScripts);
  let ownBytes = 0;
  let warmed = 0;
  for (const file of page.files.filter((entry) => entry.group === 'js')) {
    if (own.has(new URL(file.url).pathname)) ownBytes += file.transferSize;
    else warmed += file.transferSize;
  }
  return { own: ownBytes, warmed };
}

function checkBudgets(pages, reference, clicks, states) {
  const byId = Object.fromEntries(pages.map((page) => [page.id, page]));
  const budgets = [];
  const add = (name, value, limit, pass, format, detail = null) =>
    budgets.push({ name, value, limit, pass: value !== null && value !== undefined && pass, format, detail });
  const home = byId.home;
  const { own: homeJs, warmed: warmedJs } = scriptBytes(home);
  if (home) {
    add(
      'JS of / itself (gzipped transfer, incl. headers)',
      homeJs,
      BUDGETS.homeJsBytes,
      homeJs <= BUDGETS.homeJsBytes,
      'bytes',
      homeJs === null ? null : `median-LCP run; plus ${(warmedJs / 1024).toFixed(1)} KB of the next page's code warmed while idle`,
    );
  }
  const spanishHome = byId['es-home'];
  if (spanishHome) {
    const { own: spanishJs } = scriptBytes(spanishHome);
    const ratio = spanishJs !== null && homeJs ? spanishJs / homeJs : null;
    add('JS of /es/ itself over JS of / itself', ratio, BUDGETS.spanishHomeJsRatio, ratio <= BUDGETS.spanishHomeJsRatio, 'ratio', spanishJs === null ? null : `${(spanishJs / 1024).toFixed(1)} KB`);
  }
  const referenceLcp = reference.median.lcp;
  for (const page of pages) {
    const { lcp } = page.median;
    const ratio = lcp !== null && referenceLcp ? lcp / referenceLcp : null;
    add(`LCP / reference LCP, ${page.path}`, ratio, BUDGETS.lcpRatio, ratio <= BUDGETS.lcpRatio, 'ratio', `${ms(lcp)} / ${ms(referenceLcp)}`);
  }
  for (const page of pages) add(`TBT, ${page.path}`, page.median.tbt, BUDGETS.tbtMs, page.median.tbt <= BUDGETS.tbtMs, 'ms');
  for (const page of pages) add(`CLS, ${page.path}`, page.median.cls, BUDGETS.cls, page.median.cls <= BUDGETS.cls, 'cls');
  for (const page of pages) {
    add(`Lighthouse performance, ${page.path}`, page.median.score, BUDGETS.score, page.median.score >= BUDGETS.score - 1e-9, 'score');
  }
  // The visitor states: what they bring may move nothing, and may not delay the largest paint.
  for (const state of states) {
    const { lcp, cls } = state.median;
    const ratio = lcp !== null && referenceLcp ? lcp / referenceLcp : null;
    add(`LCP / reference LCP, ${state.stateId}: ${state.path}`, ratio, BUDGETS.lcpRatio, ratio <= BUDGETS.lcpRatio, 'ratio', `${ms(lcp)} / ${ms(referenceLcp)}`);
    add(`CLS, ${state.stateId}: ${state.path}`, cls, BUDGETS.cls, cls <= BUDGETS.cls, 'cls');
  }
  if (clicks === null) return budgets;
  const next = clicks.question.painted;
  add(`Answer -> next question painted (median, ${CPU_THROTTLING}x CPU)`, next.median, BUDGETS.nextQuestionMs, next.median <= BUDGETS.nextQuestionMs, 'ms', `n = ${next.n}`);
  const results = clicks.results.painted;
  add(`Last answer -> results painted (median, ${CPU_THROTTLING}x CPU)`, results.median, BUDGETS.resultsMs, results.median <= BUDGETS.resultsMs, 'ms', `n = ${results.n}`);
  return budgets;
}

/**
 * Copies dist/ to bench/results/dist and checks that the copy is a whole build. A page of PAGES
 * without its own HTML file is only reported (it is served as 404.html, and Lighthouse says so).
 */
async function snapshotDist() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first (npm run bench does).');
  await rm(snapshot, { recursive: true, force: true });
  await cp(dist, snapshot, { recursive: true });
  const html = await readFile(join(snapshot, 'index.html'), 'utf8');
  // A script tag, or the files the deferred bootstrap script of prerendered pages starts.
  const scripts = ownScripts(html);
  const missing = ['_headers', ...scripts.map((src) => src.slice(1))].filter((file) => !existsSync(join(snapshot, file)));
  if (scripts.length === 0 || missing.length > 0) {
    throw new Error(`dist/ looks incomplete (is a build running?): missing ${missing.join(', ') || 'a module script in index.html'}`);
  }
  const pagesWithoutHtml = PAGES.filter((page) => !existsSync(join(snapshot, page.path.split('?')[0].slice(1), 'index.html'))).map((page) => page.path);
  return { scripts, pagesWithoutHtml };
}

function gitDescription() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'scripts', 'vite.config.ts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${commit} with uncommitted changes` : commit;
  } catch {
    return null;
  }
}

async function main() {
  await mkdir(rawDir, { recursive: true });
  const { scripts, pagesWithoutHtml } = await snapshotDist();
  for (const path of pagesWithoutHtml) log(`warning: dist/ has no HTML file for ${path}; it will be served as 404.html`);
  const distStats = await folderStats(snapshot);
  await installReference(snapshot);
  const staleText = await missingAppText(join(root, 'src'));
  for (const text of staleText) log(`warning: no file in src/ contains "${text}" any more (bench/interaction.mjs); the quiz clicks will time out`);
  const staleStates = await missingStateFacts(join(root, 'src'));
  for (const fact of staleStates) log(`warning: src/ no longer has ${fact} (bench/states.mjs); the visitor states may measure something else`);
  const pages = PAGES.filter((page) => CHOSEN_PAGES === null || CHOSEN_PAGES.includes(page.id));
  const statePages = STATE_PAGES.filter(
    (state) => (CHOSEN_STATES === null || CHOSEN_STATES.includes(state.stateId)) && (CHOSEN_PAGES === null || CHOSEN_PAGES.includes(state.pageId)),
  );
  if (PARTIAL) log(`partial run: ${pages.length} fresh pages, ${statePages.length} state pages, ${CLICK_RUNS} quiz runs; the report goes to bench/results/`);
  const chromePath = browserExecutable();
  if (!chromePath) log('No system Chromium found: Lighthouse lets chrome-launcher find one, Playwright uses its own browser.');

  const server = await startServer({ dir: snapshot, port: 0, host: '127.0.0.1' });
  const { port } = server.address();
  const baseUrl = `http://127.0.0.1:${port}`;
  log(`serving a copy of dist/ (${scripts.join(', ')}) and the reference at ${baseUrl}${REFERENCE_PATH} (gzip)`);

  try {
    // Lighthouse, interleaved (run 1 of every page, then run 2...) so slow spells of the machine spread over pages.
    const measured = [REFERENCE, ...pages, ...statePages];
    const lighthouseRuns = Object.fromEntries(measured.map((page) => [page.id, []]));
    for (let run = 0; run < LH_RUNS; run += 1) {
      for (const page of measured) {
        const url = `${baseUrl}${page.path}`;
        let result;
        try {
          result = await runLighthouse(url, {
            chromePath,
            rawFile: join(rawDir, `lighthouse-${page.id}-${run + 1}`),
            storage: page.storage ? { [STORAGE_KEY]: page.storage } : null,
          });
        } catch (caught) {
          result = { url, error: caught instanceof Error ? caught.message : String(caught) };
        }
        lighthouseRuns[page.id].push({ run: run + 1, ...result });
        log(
          result.error
            ? `lighthouse ${page.path} run ${run + 1}: ERROR ${result.error}`
            : `lighthouse ${page.stateId ? `${page.stateId} ` : ''}${page.path} run ${run + 1}: score ${Math.round(result.score * 100)}, FCP ${Math.round(result.fcp)} ms, LCP ${Math.round(result.lcp)} ms, TBT ${Math.round(result.tbt)} ms, CLS ${result.cls.toFixed(3)}`,
        );
      }
    }
    const summaries = measured.map((page) => summarizeLighthouse(page, lighthouseRuns[page.id]));
    const reference = summaries[0];
    const measuredPages = summaries.slice(1, 1 + pages.length);
    const states = summaries.slice(1 + pages.length);
    for (const page of [reference, ...measuredPages]) page.built = await builtFileBytes(baseUrl, page.path, page.files);

    let interaction = { error: 'not measured (BENCH_CLICK_RUNS=0)', runs: [], browser: null, executablePath: null };
    let clicks = null;
    if (CLICK_RUNS > 0) {
      log(`quiz interaction: ${CLICK_RUNS} runs of ${QUIZ_PATH.length} answers at ${CPU_THROTTLING}x CPU throttling`);
      interaction = await measureInteractions(baseUrl, { runs: CLICK_RUNS, log });
      if (interaction.error) log(`interaction: ${interaction.error}`);
      clicks = summarizeClicks(interaction);
    }

    const budgets = checkBudgets(measuredPages, reference, clicks, states);
    const allRuns = [reference, ...measuredPages, ...states].flatMap((page) => page.runs);
    const firstOk = allRuns.find((run) => !run.error);
    const cpus = os.cpus();
    const report = {
      date: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      partial: PARTIAL,
      build: { git: gitDescription(), entryScripts: scripts, pagesWithoutHtml, dist: distStats },
      machine: {
        cpus: cpus.length,
        model: cpus[0]?.model ?? null,
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map((value) => Number(value.toFixed(2))),
      },
      versions: {
        node: process.version,
        chromium: chromiumVersion(chromePath) ?? interaction.browser,
        lighthouseUserAgent: firstOk?.environment.hostUserAgent ?? null,
        playwrightBrowser: interaction.browser,
        lighthouse: firstOk?.environment.lighthouseVersion ?? null,
        benchmarkIndex: median(allRuns.map((run) => run.environment?.benchmarkIndex)),
      },
      config: {
        baseUrl: '127.0.0.1 (free port), scripts/serve.mjs with gzip and _headers, serving a copy of dist/ taken at the start',
        lighthouseRuns: LH_RUNS,
        lighthouse: `node API, Lighthouse defaults with ${JSON.stringify(LIGHTHOUSE_CONFIG.settings)}`,
        throttling: firstOk?.environment.throttling ?? null,
        chromeFlags: CHROME_FLAGS,
        chromePath: chromePath ?? 'found by chrome-launcher',
        clickRuns: CLICK_RUNS,
        cpuThrottling: CPU_THROTTLING,
        quizPath: QUIZ_PATH,
        resultsHeading: RESULTS_HEADING,
        rankingListLabel: RANKING_LIST_LABEL,
        staleAppText: staleText,
        staleStateFacts: staleStates,
        storageKey: STORAGE_KEY,
        interactionBrowser: interaction.executablePath,
        bytesSource:
          'Lighthouse network-requests audit, transferSize (gzip on the wire, incl. response headers), median over runs; plus gzip -9 of the same built files (as scripts/check-bundle-size.mjs counts)',
      },
      budgets,
      passed: budgets.every((budget) => budget.pass),
      reference,
      pages: measuredPages,
      // Each with the saved progress it brings, as written to localStorage before the load.
      states,
      interaction: {
        error: interaction.error,
        runs: interaction.runs.map(({ steps, ...rest }) => ({ ...rest, clicks: steps.length })),
        summary: clicks ? { question: clicks.question, results: clicks.results } : null,
        steps: clicks?.steps ?? [],
      },
    };

    // A partial run must not replace the bench's report.
    const reportDir = PARTIAL ? rawDir : benchDir;
    await writeFile(join(reportDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(reportDir, 'report.md'), renderReport(report));
    log(`wrote ${PARTIAL ? 'bench/results' : 'bench'}/report.md and report.json`);

    for (const budget of budgets) console.log(`${budget.pass ? 'ok  ' : 'FAIL'} ${budget.name}`);
    const missed = budgets.filter((budget) => !budget.pass);
    if (missed.length > 0) {
      console.log(`\n${missed.length} of ${budgets.length} budgets missed:\n${missed.map((budget) => `- ${budget.name}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log(`\nAll ${budgets.length} budgets met.`);
    }
  } finally {
    const closed = new Promise((resolveClose) => server.close(resolveClose));
    server.closeAllConnections?.();
    await closed;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
