// Layout facts of a page as it opens, at a phone's and a desktop's size: height, words shown in
// `main`, where the first salary figure and the compare action sit, and how many Tab presses
// from the page heading reach compare. For the before/after tables of issue notes; the e2e
// layout tests hold the budgets. Usage: node bench/layout-facts.mjs [--port 4173] (a served dist/).
import { chromium } from '@playwright/test';
import { browserExecutable } from './interaction.mjs';

const port = Number(process.argv[process.argv.indexOf('--port') + 1] || 4173);
const base = `http://127.0.0.1:${port}`;

const PAGES = [
  ['results', '/results/code-yes/research-no/stakeholders-yes/background-software'],
  ['role', '/roles/ml-engineer'],
  ['how-it-works', '/how-it-works'],
  ['skills check', '/skills'],
  ['compare (3)', '/compare/ml-engineer/data-scientist/mlops-engineer'],
];
const SIZES = [
  [375, 740],
  [1280, 900],
];

/** Runs in the page: the facts, measured from the document's top. */
function measure() {
  const main = document.querySelector('main');
  const isShown = (element) => {
    for (let node = element; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS' && !node.open && node !== element) {
        // Only the summary of a closed disclosure shows.
        const summary = node.querySelector(':scope > summary');
        if (!summary?.contains(element)) return false;
      }
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    return element.getClientRects().length > 0;
  };
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden') || !isShown(parent)) continue;
    words += (node.textContent.match(/[\p{L}\p{N}£$€][\p{L}\p{N}£$€.,–'’-]*/gu) ?? []).length;
  }
  const top = (element) => (element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : null);
  const salary = [...main.querySelectorAll('*')].find(
    (element) => element.children.length === 0 && /[£$]\d/.test(element.textContent) && isShown(element),
  );
  const compare = [...main.querySelectorAll('a, button')].find((element) => /^compare/i.test(element.textContent.trim()) && isShown(element));
  return { height: document.documentElement.scrollHeight, words, salary: top(salary), compare: top(compare), compareText: compare?.textContent.trim() ?? null };
}

async function tabsToCompare(page) {
  await page.locator('main h1').focus();
  for (let presses = 1; presses <= 80; presses += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (/^compare/i.test(text)) return presses;
  }
  return null;
}

const browser = await chromium.launch({ executablePath: browserExecutable(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const rows = [];
for (const [width, height] of SIZES) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  for (const [name, path] of PAGES) {
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const facts = await page.evaluate(measure);
    rows.push({ page: name, size: `${width}×${height}`, ...facts, screens: +(facts.height / height).toFixed(1), tabs: await tabsToCompare(page) });
  }
  await context.close();
}
await browser.close();

console.log('| Page | Size | Height (screens) | Words shown | First salary at | Compare at | Tabs to compare |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) {
  const at = (value) => (value === null ? '—' : `${value} px`);
  console.log(
    `| ${row.page} | ${row.size} | ${row.height} px (${row.screens}) | ${row.words} | ${at(row.salary)} | ${at(row.compare)} | ${row.tabs ?? '—'} |`,
  );
}
