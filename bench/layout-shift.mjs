// Cumulative layout shift of each page as it opens, in each visitor state, at a phone's and a
// desktop's size, without throttling: the layout-shift entries (not after input) summed over the
// load, hydration, saved progress being read and the idle work after it. For the before/after
// tables of issue notes; tests/e2e/no-layout-shift.spec.ts holds the budget (0) and
// bench/run.mjs measures the same states under Lighthouse's applied throttling.
// Usage: node bench/layout-shift.mjs [--port 4173] [--detail] [--state id,…] [--tall | --sizes 320x640,…] (a served dist/).
// --detail prints what moved: each shifted node with its rectangle before and after.
import { chromium } from '@playwright/test';
import { browserExecutable } from './interaction.mjs';
import { LAYOUT_SHIFT_PAGES, STATES, seedStorage } from './states.mjs';
import { cls as formatCls } from './stats.mjs';

const argument = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const port = Number(argument('--port') ?? 4173);
const detail = process.argv.includes('--detail');
const only = argument('--state')?.split(',') ?? null;
const base = `http://127.0.0.1:${port}`;

// --tall: viewports as tall as most pages, so a move anywhere on the page counts, not only on its first screen.
const SIZES = argument('--sizes')
  ? argument('--sizes')
      .split(',')
      .map((size) => size.split('x').map(Number))
  : process.argv.includes('--tall')
  ? [
      [375, 4000],
      [1280, 3000],
    ]
  : [
      [375, 740],
      [1280, 900],
    ];
/** After the app says it is ready: the idle work after it (route warming, the results' idle ranking) and a frame or two. */
const SETTLE_MS = 1500;

/** Runs before any script of the page: records every layout shift with its sources. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((source) => {
          const node = source.node;
          const name = node
            ? node.nodeType === 1
              ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`
              : `#text "${(node.textContent ?? '').trim().slice(0, 30)}"`
            : '(gone)';
          const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          return `${name}: ${rect(source.previousRect)} -> ${rect(source.currentRect)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const browser = await chromium.launch({ executablePath: browserExecutable(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
const rows = [];
try {
  for (const state of STATES.filter((candidate) => only === null || only.includes(candidate.id))) {
    for (const [width, height] of SIZES) {
      for (const page of LAYOUT_SHIFT_PAGES) {
        const path = state.pathFor(page);
        if (path === null) continue;
        const context = await browser.newContext({ viewport: { width, height } });
        const tab = await context.newPage();
        await tab.addInitScript(recordShifts);
        if (state.storage !== null) await seedStorage(tab, state.storage);
        await tab.goto(base + path);
        await tab.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 15_000 });
        await tab.waitForTimeout(SETTLE_MS);
        const shifts = await tab.evaluate(() => window.__shifts);
        const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
        rows.push({ state: state.id, page: page.id, width, cls, shifts });
        console.log(`${state.id.padEnd(16)} ${page.id.padEnd(8)} ${String(width).padStart(4)}  CLS ${cls.toFixed(4)}`);
        if (detail) for (const shift of shifts) console.log(`    ${shift.value.toFixed(4)} at ${shift.at} ms\n      ${shift.sources.join('\n      ')}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}

const states = [...new Set(rows.map((row) => row.state))];
const widths = [...new Set(SIZES.map(([width]) => width))];
console.log(`\n| State | Page | ${widths.map((width) => `CLS at ${width} px`).join(' | ')} |`);
console.log(`|---|---|${widths.map(() => '---|').join('')}`);
for (const state of states) {
  for (const page of LAYOUT_SHIFT_PAGES) {
    const at = (width) => rows.find((row) => row.state === state && row.page === page.id && row.width === width);
    if (widths.every((width) => !at(width))) continue;
    const format = (row) => (row ? formatCls(row.cls) : '—');
    console.log(`| ${state} | ${page.id} | ${widths.map((width) => format(at(width))).join(' | ')} |`);
  }
}
