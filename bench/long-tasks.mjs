// Diagnostic, run by hand (not part of the bench): one Lighthouse run per page with the bench's
// settings, then the main-thread tasks longer than 50 ms from its trace, each with what took its
// time (script evaluation by URL, functions called, timers, idle callbacks, layout, ...).
// Usage: node bench/long-tasks.mjs [--dir dist] [--port 4291] /path [/path ...]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../scripts/serve.mjs';
import { CHROME_FLAGS, LIGHTHOUSE_CONFIG } from './lighthouse.mjs';
import { browserExecutable } from './interaction.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const [, value] = args.splice(at, 2);
  return value;
};
const dir = option('--dir', 'dist');
const port = Number(option('--port', '4291'));
const pagePaths = args.length > 0 ? args : ['/'];

const INTERESTING = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compileModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'ParseHTML',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'ScheduleStyleRecalculation',
  'HitTest',
  'PrePaint',
  'Commit',
  'v8.parseOnBackground',
]);

const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, '') : '');

function describe(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  const url = shortUrl(data.url ?? data.stackTrace?.[0]?.url ?? event.args?.fileName ?? '');
  const fn = data.functionName ? ` ${data.functionName}` : '';
  return `${event.name}${url ? ` ${url}` : ''}${fn}`;
}

/** The JS sampling profile in the trace: each sample's time and its stack (leaf first). */
function profileSamples(events, main) {
  const nodes = new Map();
  const samples = [];
  let time = null;
  // The main thread's profile: its Profile event is on that thread, its chunks (same id) on the sampler's.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid);
  if (!profile) return samples;
  time = profile.args.data.startTime;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id !== profile.id) continue;
    const chunk = e.args.data;
    for (const node of chunk.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = chunk.cpuProfile?.samples ?? [];
    ids.forEach((id, i) => {
      time += chunk.timeDeltas[i];
      samples.push({ ts: time, id });
    });
  }
  const frame = (node) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}:${columnNumber + 1}`;
  };
  const stack = (id) => {
    const out = [];
    for (let node = nodes.get(id); node; node = nodes.get(node.parent)) out.push(frame(node));
    return out;
  };
  return samples.map((s) => ({ ts: s.ts, stack: stack(s.id) }));
}

function topFrames(samples, from, to) {
  const inWindow = samples.filter((s) => s.ts >= from && s.ts <= to);
  const self = new Map();
  const total = new Map();
  for (const s of inWindow) {
    self.set(s.stack[0], (self.get(s.stack[0]) ?? 0) + 1);
    for (const f of new Set(s.stack)) total.set(f, (total.get(f) ?? 0) + 1);
  }
  const top = (map, n) => [...map].filter(([f]) => !/^\((root|program|idle)\)/.test(f)).sort((a, b) => b[1] - a[1]).slice(0, n);
  return { n: inWindow.length, self: top(self, 6), total: top(total, 14) };
}

function analyse(trace) {
  const events = trace.traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's main thread: the renderer main thread with the most task time.
  let best = null;
  for (const m of mains) {
    const total = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' && e.dur).reduce((s, e) => s + e.dur, 0);
    if (!best || total > best.total) best = { pid: m.pid, tid: m.tid, total };
  }
  const onMain = events.filter((e) => e.pid === best.pid && e.tid === best.tid);
  const samples = profileSamples(events, best);
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? onMain.find((e) => e.name === 'navigationStart');
  const t0 = nav?.ts ?? onMain[0].ts;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur >= Number(process.env.MIN_TASK_MS ?? 50) * 1000).sort((a, b) => a.ts - b.ts);
  const lines = [];
  if (fcp) lines.push(`FCP at ${((fcp.ts - t0) / 1000).toFixed(0)} ms`);
  let tbt = 0;
  for (const task of tasks) {
    const start = (task.ts - t0) / 1000;
    const dur = task.dur / 1000;
    const afterFcp = fcp ? task.ts >= fcp.ts : true;
    if (afterFcp) tbt += dur - 50;
    lines.push(`task @${start.toFixed(0)} ms: ${dur.toFixed(0)} ms${afterFcp ? '' : ' (before FCP)'}`);
    const children = onMain
      .filter((e) => e !== task && e.ph === 'X' && e.dur >= 3_000 && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && INTERESTING.has(e.name))
      .sort((a, b) => a.ts - b.ts);
    // Only the outermost interesting events, and one level inside them.
    const shown = [];
    for (const child of children) {
      const parent = shown.find((p) => child.ts >= p.event.ts && child.ts + child.dur <= p.event.ts + p.event.dur);
      if (!parent) shown.push({ event: child, depth: 0, inner: [] });
      else if (parent.inner.length < 6 && !parent.inner.some((i) => child.ts >= i.ts && child.ts + child.dur <= i.ts + i.dur)) parent.inner.push(child);
    }
    for (const { event, inner } of shown) {
      lines.push(`    ${(event.dur / 1000).toFixed(0).padStart(4)} ms ${describe(event)}`);
      for (const i of inner) lines.push(`        ${(i.dur / 1000).toFixed(0).padStart(4)} ms ${describe(i)}`);
    }
    if (process.env.PROFILE && afterFcp) {
      const { n, self, total } = topFrames(samples, task.ts, task.ts + task.dur);
      lines.push(`    samples ${n}; self: ${self.map(([f, c]) => `${f} (${c})`).join('; ')}`);
      lines.push(`    inclusive: ${total.map(([f, c]) => `${f} (${c})`).join('; ')}`);
    }
  }
  lines.push(`sum over 50 ms after FCP (about TBT): ${tbt.toFixed(0)} ms`);
  if (process.env.PARSE) {
    // When each stretch of the document was parsed, next to the frames: shows whether the first
    // paint held the whole page or the parser yielded and the rest was laid out later.
    const at = (e) => `@${((e.ts - t0) / 1000).toFixed(0)} ms`;
    for (const e of onMain.filter((e) => (e.name === 'ParseHTML' && e.ph === 'X') || e.name === 'Paint' || e.name === 'Layout').sort((a, b) => a.ts - b.ts)) {
      if (e.name === 'ParseHTML') lines.push(`  parse ${at(e)} ${(e.dur / 1000).toFixed(1)} ms, lines ${e.args?.beginData?.startLine}-${e.args?.endData?.endLine}`);
      else if (e.dur >= 2_000) lines.push(`  ${e.name.toLowerCase()} ${at(e)} ${(e.dur / 1000).toFixed(1)} ms`);
    }
  }
  return lines.join('\n');
}

/**
 * The same load in Playwright's Chromium with a trace that includes the JS sampling profile
 * (Lighthouse's trace has none): 4x CPU and Lighthouse's mobile network values.
 */
async function tracedLoad(url) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: browserExecutable(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1.4 * 1024 * 1024 * 0.9) / 8 * 1.15, uploadThroughput: (700 * 1024 * 0.9) / 8 });
    const traceEvents = [];
    cdp.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'disabled-by-default-v8.cpu_profiler', '__metadata', 'toplevel'] },
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(Number(process.env.TRACE_WAIT ?? 6000));
    await cdp.send('Tracing.end');
    await done;
    return { traceEvents };
  } finally {
    await browser.close();
  }
}

/** Answers the quiz as bench/interaction.mjs does and traces the last answer -> results. */
async function tracedLastAnswer(baseUrl) {
  const { chromium } = await import('@playwright/test');
  const { QUIZ_PATH } = await import('./interaction.mjs');
  const browser = await chromium.launch({ executablePath: browserExecutable(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${baseUrl}/quiz/code`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-app-ready]');
    const traceEvents = [];
    cdp.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    for (const [index, step] of QUIZ_PATH.entries()) {
      await page.waitForTimeout(index === 0 ? 800 : 300);
      if (index === QUIZ_PATH.length - 1) {
        await cdp.send('Tracing.start', {
          traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.cpu_profiler', '__metadata', 'toplevel'] },
        });
        await page.waitForTimeout(200);
      }
      await page.getByRole('button', { name: step.label, exact: true }).click();
    }
    await page.waitForTimeout(2500);
    await cdp.send('Tracing.end');
    await done;
    return { traceEvents };
  } finally {
    await browser.close();
  }
}

const server = await startServer({ dir, port });
try {
  if (process.env.LAST_ANSWER) {
    console.log('\n## last answer -> results (Playwright trace, 4x CPU)');
    console.log(analyse(await tracedLastAnswer(`http://127.0.0.1:${port}`)));
  }
  for (const path of process.env.LAST_ANSWER ? [] : pagePaths) {
    if (process.env.PROFILE) {
      console.log(`\n## ${path} (Playwright trace with the JS profile)`);
      console.log(analyse(await tracedLoad(`http://127.0.0.1:${port}${path}`)));
      continue;
    }
    const chrome = await chromeLauncher.launch({ chromePath: browserExecutable(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    try {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, LIGHTHOUSE_CONFIG);
      const tbt = result.lhr.audits['total-blocking-time'].numericValue;
      console.log(`\n## ${path}: Lighthouse TBT ${tbt.toFixed(0)} ms, score ${Math.round(result.lhr.categories.performance.score * 100)}, LCP ${result.lhr.audits['largest-contentful-paint'].numericValue.toFixed(0)} ms`);
      console.log(analyse(result.artifacts.Trace));
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.close();
}
