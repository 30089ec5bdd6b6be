// Renders bench/report.md from the report object that bench/run.mjs builds.
import { cls, kb, ms, ms1, score } from './stats.mjs';

const formatValue = (value, format) => {
  if (value === null || value === undefined) return 'not measured';
  if (format === 'bytes') return kb(value);
  if (format === 'score') return score(value);
  if (format === 'cls') return cls(value);
  return ms(value);
};

const formatLimit = (limit, format) => {
  if (format === 'bytes') return `<= ${kb(limit)}`;
  if (format === 'score') return `>= ${score(limit)}`;
  if (format === 'cls') return `<= ${limit}`;
  return `<= ${limit} ms`;
};

const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

const escapeCell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

const METRICS = [
  ['Performance score', 'score', score],
  ['FCP', 'fcp', ms],
  ['LCP', 'lcp', ms],
  ['TBT', 'tbt', ms],
  ['CLS', 'cls', cls],
  ['Speed Index', 'si', ms],
  ['JS boot-up time (simulated)', 'bootupMs', ms],
  ['Host benchmarkIndex (lower = busier machine)', 'benchmarkIndex', (value) => (value === null || value === undefined ? '–' : String(Math.round(value)))],
];

function pageSection(page) {
  const runs = page.runs;
  const header = ['Metric', 'Median', ...runs.map((run) => `Run ${run.run}`)];
  const valueOf = (source, key) => (key === 'benchmarkIndex' ? source.environment?.benchmarkIndex : source[key]);
  const rows = METRICS.map(([label, key, format]) => [label, `**${format(page.median[key])}**`, ...runs.map((run) => (run.error ? 'error' : format(valueOf(run, key))))]);
  const early = (run) => {
    const info = run.jsBeforePaint;
    if (run.error || !info) return '–';
    return info.count === 0 ? `no (paint at ${ms(info.observedFcp)})` : `**yes**: ${info.count} (${kb(info.transferSize)}) before paint at ${ms(info.observedFcp)}`;
  };
  rows.push(['JS downloaded before the first paint (observed, unthrottled)', '', ...runs.map(early)]);
  const errors = runs.filter((run) => run.error).map((run) => `- Run ${run.run} failed: ${escapeCell(run.error)}`);
  const warnings = [...new Set(runs.flatMap((run) => run.warnings ?? []))].map((warning) => `- Lighthouse warning: ${escapeCell(warning)}`);
  const diagnostics = page.diagnostics;
  const diagnosticLines = [];
  if (diagnostics) {
    const element = diagnostics.lcpElement;
    if (element) diagnosticLines.push(`- LCP element (median-LCP run): \`${escapeCell(element.snippet ?? element.selector)}\``);
    const phases = Object.entries(diagnostics.lcpPhases ?? {});
    if (phases.length > 0) diagnosticLines.push(`- LCP phases: ${phases.map(([phase, timing]) => `${phase} ${ms(timing)}`).join(', ')}`);
    diagnosticLines.push(
      diagnostics.renderBlocking.length > 0
        ? `- Render-blocking: ${diagnostics.renderBlocking.map((item) => `${item.url} (${ms(item.wastedMs)})`).join(', ')}`
        : '- Render-blocking resources: none reported',
    );
  }
  return [`### ${page.name} — \`${page.path}\``, '', table(header, rows), '', ...errors, ...warnings, ...diagnosticLines].join('\n');
}

function bytesSection(pages) {
  const rows = pages.map((page) => [
    `\`${page.path}\``,
    kb(page.bytes.html),
    kb(page.built?.inlineCssGzip9),
    kb(page.bytes.css),
    `**${kb(page.bytes.js)}**`,
    kb(page.built?.jsGzip9),
    kb(page.bytes.other),
    String(page.bytes.requests ?? '–'),
  ]);
  const files = pages
    .map((page) => `- \`${page.path}\`: ${page.files.map((file) => `${new URL(file.url).pathname} (${file.type}, ${kb(file.transferSize)} transferred, ${kb(file.resourceSize)} decoded)`).join('; ')}`)
    .join('\n');
  return [
    table(['Page', 'HTML (transfer)', 'of which inlined CSS (gzip -9)', 'CSS files (transfer)', 'JS (transfer)', 'JS (gzip -9 of built files)', 'Other (transfer)', 'Requests'], rows),
    '',
    'Requests of the median-LCP run:',
    '',
    files,
  ].join('\n');
}

function interactionSection(interaction) {
  const { question, results } = interaction.summary;
  const statRow = (label, stat) => [label, String(stat.n), `**${ms1(stat.median)}**`, ms1(stat.p90), ms1(stat.min), ms1(stat.max)];
  const summary = table(
    ['Transition / timing from the click', 'n', 'Median', 'p90', 'Min', 'Max'],
    [
      statRow('Answer -> next question: h1 changed in the DOM', question.dom),
      statRow('Answer -> next question: next frame (rAF)', question.frame),
      statRow('Answer -> next question: **painted** (double rAF, the budget)', question.painted),
      statRow('Answer -> next question: first task after that frame', question.afterPaint),
      statRow('Answer -> next question: Event Timing duration (>= 16 ms only)', question.eventDuration),
      statRow('Last answer -> results: h1 changed in the DOM', results.dom),
      statRow('Last answer -> results: **painted** (double rAF)', results.painted),
      statRow('Last answer -> results: Event Timing duration (>= 16 ms only)', results.eventDuration),
    ],
  );
  const steps = table(
    ['Run', 'Click', 'Answer', 'From', 'To', 'DOM', 'Frame', 'Painted', 'Event Timing'],
    interaction.steps.map((step) => [
      String(step.run + 1),
      String(step.step),
      escapeCell(step.answer),
      escapeCell(step.from),
      escapeCell(step.to),
      ms1(step.dom),
      ms1(step.frame),
      ms1(step.painted),
      step.eventDuration === null ? '< 16 ms' : ms1(step.eventDuration),
    ]),
  );
  const problems = [
    ...(interaction.error ? [`- Not measured: ${escapeCell(interaction.error)}`] : []),
    ...interaction.runs.filter((run) => run.error).map((run) => `- A run stopped after ${run.clicks} clicks: ${escapeCell(run.error)}`),
    ...interaction.runs.flatMap((run) => run.pageErrors.map((message) => `- Page error: ${escapeCell(message)}`)),
  ];
  return [summary, '', ...(problems.length > 0 ? [...problems, ''] : []), '<details><summary>Every click</summary>', '', steps, '', '</details>'].join('\n');
}

const busy = (machine) => Math.max(machine.loadAverageAtStart[0], machine.loadAverageAtEnd[0]) > machine.cpus;

export function renderReport(report) {
  const { machine, versions, config } = report;
  const failed = report.budgets.filter((budget) => !budget.pass);
  return `${[
    '# Performance benchmark — AI Career Pathfinder',
    '',
    `Generated by \`npm run bench\` (bench/run.mjs) on ${report.date} in ${report.durationSeconds} s.`,
    '',
    `- Machine: ${machine.cpus} CPUs (\`os.cpus().length\`), ${machine.model}, ${machine.memoryGb} GB RAM, ${machine.platform}; load average (1/5/15 min) at start ${machine.loadAverageAtStart.join(' / ')}, at end ${machine.loadAverageAtEnd.join(' / ')}`,
    `- Node ${versions.node}; ${versions.chromium ?? 'Chromium version unknown'}; Lighthouse ${versions.lighthouse ?? '?'} (host UA: ${versions.lighthouseUserAgent ?? '?'}, benchmarkIndex ${versions.benchmarkIndex ?? '?'}); Playwright browser: ${versions.playwrightBrowser ?? 'not launched'}`,
    `- Build: ${report.build.git ?? 'git state unknown'}; entry script ${report.build.entryScripts.join(', ')}.`,
    `- Served: ${config.baseUrl}.`,
    `- Lighthouse: ${config.lighthouse}; ${config.lighthouseRuns} runs per page, interleaved; a fresh Chromium per run with \`${config.chromeFlags.join(' ')}\`. Medians are per metric.`,
    `- Interaction: Playwright driving ${config.interactionBrowser}, viewport 412x823, CPU throttled ${config.cpuThrottling}x with CDP \`Emulation.setCPUThrottlingRate\`, no network throttling; ${config.clickRuns} runs from \`/quiz/code\` with fresh storage, answering ${config.quizPath.map((step) => `"${step.label}"`).join(', ')}.`,
    '',
    ...(busy(machine) ? [`> **Warning: the machine was busy during this run** (1-minute load average ${Math.max(machine.loadAverageAtStart[0], machine.loadAverageAtEnd[0])} on ${machine.cpus} CPUs). Other processes competed for the CPU, which inflates TBT and the interaction timings and can push simulated FCP/LCP up; rerun on a quiet machine before trusting a miss.`, ''] : []),
    '> **Caveat:** these timings come from a shared 2-core virtual machine and are noisy: Lighthouse scores can move a few points and timings by tens of percent between runs. Lighthouse\'s FCP/LCP/TBT here are *simulated* (Lantern) from a trace recorded on this machine, so they also depend on how busy it was. Compare medians, rerun before acting on a near miss.',
    '',
    '## Budgets',
    '',
    table(
      ['Budget', 'Measured (median)', 'Limit', 'Result'],
      report.budgets.map((budget) => [escapeCell(budget.name), formatValue(budget.value, budget.format), formatLimit(budget.limit, budget.format), budget.pass ? 'pass' : '**FAIL**']),
    ),
    '',
    failed.length === 0 ? `All ${report.budgets.length} budgets met.` : `**${failed.length} of ${report.budgets.length} budgets missed.**`,
    '',
    '## Lighthouse (mobile, simulated throttling)',
    '',
    'How to read "JS downloaded before the first paint": Lighthouse records an unthrottled load and then *simulates* a slow phone. A script whose download (in that recorded load) finished before the first paint is treated by the simulation as something the paint waited for, so its download at the simulated ~1.6 Mbps and its execution at 4x are added to FCP/LCP. On 127.0.0.1 whether the script or the paint comes first is a race, which is why a prerendered page can score an LCP of ~0.7 s in one run and ~1.5 s in the next with the same build.',
    '',
    ...report.pages.flatMap((page) => [pageSection(page), '']),
    '## Bytes loaded per page (gzipped)',
    '',
    `Source: ${config.bytesSource}. The stylesheet is inlined into every HTML page by scripts/prerender.mjs, so "CSS files" is normally 0 and the CSS is inside "HTML".`,
    '',
    bytesSection(report.pages),
    '',
    `## Quiz interaction (${config.cpuThrottling}x CPU throttling)`,
    '',
    'Measured in the page: the click time is `performance.now()` in a capturing click listener on window; a MutationObserver notes when the page\'s h1 shows the next question (or a heading containing "recommended" for the results); "painted" is the second requestAnimationFrame after that change, i.e. the frame showing it has been produced. Playwright\'s own actionability checks happen before the click and are not counted.',
    '',
    interactionSection(report.interaction),
    '',
  ].join('\n')}`;
}
