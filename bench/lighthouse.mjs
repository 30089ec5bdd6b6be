// One Lighthouse run in a freshly launched headless Chromium: node API, mobile form factor,
// performance category only, with *applied* throttling (`throttlingMethod: 'devtools'`):
// DevTools really slows the network and the CPU to Lighthouse's mobile values, so the paints
// are observed in a slow load rather than simulated from a fast one. Returns the metrics, the
// bytes by type from the network-requests audit, and a few diagnostics; the raw report is
// written to bench/results/ (gitignored). A returning visitor's saved progress is put into the
// fresh browser's localStorage first, on the page's origin, and Lighthouse is told to keep it.
import { writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The Lighthouse config: its defaults (mobile screen, user agent and throttling values), applied by DevTools. */
export const LIGHTHOUSE_CONFIG = {
  extends: 'lighthouse:default',
  settings: {
    formFactor: 'mobile',
    throttlingMethod: 'devtools',
    onlyCategories: ['performance'],
    disableFullPageScreenshot: true,
  },
};

const TYPE_GROUPS = { Document: 'html', Script: 'js', Stylesheet: 'css' };

function bytesByType(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const totals = { html: 0, js: 0, css: 0, other: 0, requests: items.length };
  const decoded = { html: 0, js: 0, css: 0, other: 0 };
  const files = [];
  for (const item of items) {
    const group = TYPE_GROUPS[item.resourceType] ?? 'other';
    totals[group] += item.transferSize ?? 0;
    decoded[group] += item.resourceSize ?? 0;
    files.push({
      url: item.url,
      type: item.resourceType ?? null,
      group,
      status: item.statusCode ?? null,
      transferSize: item.transferSize ?? 0,
      resourceSize: item.resourceSize ?? 0,
    });
  }
  return { transfer: totals, decoded, files };
}

function lcpDiagnostics(lhr) {
  const details = lhr.audits['largest-contentful-paint-element']?.details;
  const tables = details?.items ?? [];
  const element = tables[0]?.items?.[0]?.node ?? null;
  const phases = {};
  for (const row of tables[1]?.items ?? []) phases[row.phase] = row.timing;
  return {
    element: element ? { selector: element.selector ?? null, snippet: element.snippet ?? null, nodeLabel: element.nodeLabel ?? null } : null,
    phases,
  };
}

function renderBlocking(lhr) {
  const audit = lhr.audits['render-blocking-resources'] ?? lhr.audits['render-blocking-insight'];
  const items = audit?.details?.items ?? [];
  return items.map((item) => ({ url: item.url ?? null, wastedMs: item.wastedMs ?? null }));
}

const numeric = (lhr, id) => {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : null;
};

/** A file of the origin that runs no script: a document there can write its storage and start nothing. */
const STORAGE_PAGE = '/robots.txt';

/**
 * Saves `storage` (key -> string) in the localStorage of `url`'s origin, in the browser on `port`.
 * Only robots.txt is loaded for it: the app and its service worker stay unstarted, so the measured
 * load is still a first load of the page, cold caches included, with saved progress.
 */
async function seedLocalStorage(port, url, storage) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const page = await browser.newPage();
    await page.goto(new URL(STORAGE_PAGE, url).href);
    await page.evaluate((entries) => {
      for (const [key, value] of entries) window.localStorage.setItem(key, value);
    }, Object.entries(storage));
    await page.close();
  } finally {
    await browser.disconnect();
  }
}

/**
 * Runs Lighthouse once on `url`. `chromePath` may be undefined (chrome-launcher then looks for one).
 * `rawFile` (without extension) is where the JSON report goes. `storage` (key -> string), when
 * given, is in localStorage as the page loads (Lighthouse then leaves the browser's storage as
 * it is: `disableStorageReset`; the browser's profile is new for each run all the same).
 */
export async function runLighthouse(url, { chromePath, rawFile, storage = null }) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    if (storage) await seedLocalStorage(chrome.port, url, storage);
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', ...(storage ? { disableStorageReset: true } : {}) };
    const result = await lighthouse(url, flags, LIGHTHOUSE_CONFIG);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (rawFile) await writeFile(`${rawFile}.json`, JSON.stringify(lhr));
    const runtimeError = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null;
    const warnings = lhr.runWarnings ?? [];
    return {
      url,
      finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl ?? url,
      error: runtimeError,
      warnings,
      score: lhr.categories.performance?.score ?? null,
      fcp: numeric(lhr, 'first-contentful-paint'),
      lcp: numeric(lhr, 'largest-contentful-paint'),
      tbt: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      si: numeric(lhr, 'speed-index'),
      ttfb: numeric(lhr, 'server-response-time'),
      bootupMs: numeric(lhr, 'bootup-time'),
      mainThreadMs: numeric(lhr, 'mainthread-work-breakdown'),
      bytes: bytesByType(lhr),
      lcpDetail: lcpDiagnostics(lhr),
      renderBlocking: renderBlocking(lhr),
      environment: {
        lighthouseVersion: lhr.lighthouseVersion,
        hostUserAgent: lhr.environment?.hostUserAgent ?? null,
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
        formFactor: lhr.configSettings?.formFactor ?? null,
        throttlingMethod: lhr.configSettings?.throttlingMethod ?? null,
        throttling: lhr.configSettings?.throttling ?? null,
      },
    };
  } finally {
    await chrome.kill();
  }
}
