// Search engines and link unfurlers read the prerendered pages: Lighthouse's SEO category
// scores 100 on every page type of a build with SITE_URL (npm test builds with one), which it
// cannot without absolute canonical links. Audits of the HTML, not timings: never flaky.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { paths } from '../../src/routes/manifest';
import { COMPLETE } from './support/pages';
import { expect, test } from './support/test';

/** One page of each route with a page of its own. */
const PAGE_TYPES = [
  paths.home(),
  paths.question('code'),
  paths.roles(),
  paths.role('ml-engineer'),
  paths.results(COMPLETE),
  paths.compare(['ml-engineer', 'data-scientist', 'mlops-engineer']),
  paths.skills(),
  paths.howItWorks(),
];

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

test('every page type scores 100 in Lighthouse’s SEO category', async ({ baseURL, browser }) => {
  test.setTimeout(180_000);
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync(systemChromium) ? systemChromium : browser.browserType().executablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    for (const path of PAGE_TYPES) {
      const result = await lighthouse(new URL(path, baseURL).href, { port: chrome.port, onlyCategories: ['seo'], output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      const failing = Object.values(lhr?.audits ?? {})
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      expect({ path, score: lhr?.categories.seo?.score, failing }).toEqual({ path, score: 1, failing: [] });
    }
  } finally {
    chrome.kill();
  }
});
