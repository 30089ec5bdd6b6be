// Renders bench/report.md from the report object that bench/run.mjs builds.
import { cls, kb, ms, ms1, ratio, score } from './stats.mjs';

const formatValue = (value, format) => {
  if (value === null || value === undefined) return 'not measured';
  if (format === 'bytes') return kb(value);
  if (format === 'score') return score(value);
  if (format === 'cls') return cls(value);
  if (format === 'ratio') return ratio(value);
  return ms(value);
};

const formatLimit = (limit, format) => {
  if (format === 'bytes') return `<= ${kb(limit)}`;
  if (format === 'score') return `>= ${score(limit)}`;
  if (format === 'cls') return limit === 0 ? '0 exactly' : `<= ${limit}`;
  if (format === 'ratio') return `<= ${ratio(limit)}`;
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
  ['JS boot-up time (observed at 4x CPU)', 'bootupMs', ms],
  ['Host benchmarkIndex (lower = busier machine)', 'benchmarkIndex', (value) => (value === null || value === undefined ? '–' : String(Math.round(value)))],
];

function pageSection(page) {
  const runs = page.runs;
  const header = ['Metric', 'Median', ...runs.map((run) => `Run ${run.run}`)];
  const valueOf = (source, key) => (key === 'benchmarkIndex' ? source.environment?.benchmarkIndex : source[key]);
  const rows = METRICS.map(([label, key, format]) => [label, `**${format(page.median[key])}**`, ...runs.map((run) => (run.error ? 'error' : format(valueOf(run, key))))]);
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
  const status = page.built ? [`- HTTP status of the page: ${page.built.htmlStatus}`] : [];
  return [`### ${page.name} — \`${page.path}\``, '', table(header, rows), '', ...status, ...errors, ...warnings, ...diagnosticLines].join('\n');
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

/** The table the budgets are read from: each page next to the reference, medians under applied throttling. */
function summarySection(reference, pages) {
  const referenceLcp = reference.median.lcp;
  const row = (page) => [
    page.reference ? `reference \`${page.path}\`` : `\`${page.path}\``,
    ms(page.median.fcp),
    `**${ms(page.median.lcp)}**`,
    page.reference ? '1.00× (by definition)' : `**${ratio(page.median.lcp !== null && referenceLcp ? page.median.lcp / referenceLcp : null)}**`,
    ms(page.median.tbt),
    cls(page.median.cls),
    score(page.median.score),
    String(page.built?.htmlStatus ?? '–'),
  ];
  return table(['Page', 'FCP', 'LCP', 'LCP vs reference', 'TBT', 'CLS', 'Lighthouse', 'HTTP'], [row(reference), ...pages.map(row)]);
}

/**
 * The visitor states next to the fresh visit of the same page type: what they bring (saved
 * progress, a link's skills) is applied after the first paint, and must move nothing.
 */
function statesSection(reference, pages, states) {
  const referenceLcp = reference.median.lcp;
  const freshByPath = new Map(pages.map((page) => [page.path, page]));
  const rows = states.map((state) => {
    const fresh = freshByPath.get(state.path);
    return [
      escapeCell(state.stateId),
      `\`${state.path}\``,
      ms(state.median.fcp),
      `**${ms(state.median.lcp)}**`,
      `**${ratio(state.median.lcp !== null && referenceLcp ? state.median.lcp / referenceLcp : null)}**`,
      fresh ? ms(fresh.median.lcp) : '–',
      `**${cls(state.median.cls)}**`,
      ms(state.median.tbt),
      score(state.median.score),
      escapeCell(state.diagnostics?.lcpElement?.snippet ?? '–'),
    ];
  });
  return table(['State', 'Page', 'FCP', 'LCP', 'LCP vs reference', 'LCP, fresh visit', 'CLS', 'TBT', 'Lighthouse', 'LCP element (median run)'], rows);
}

/** What the reference weighs next to the results page it stands in for. */
function referenceSection(reference, pages) {
  const results = pages.find((page) => page.id === 'results');
  const sizeRow = (label, page) => [
    label,
    kb(page?.built?.htmlBytes),
    kb(page?.built?.htmlGzip9),
    kb(page?.bytes.html),
    kb(page?.bytes.js),
    String(page?.bytes.requests ?? '–'),
  ];
  return [
    'A hand-written HTML page with inline CSS and no JavaScript (`bench/reference/index.html`), laid out like the results page: a heading, three cards with reasons, skills and pay figures, the other options in order, next steps and the answers given. The bench copies it into its snapshot of `dist/`, so the same server sends it with gzip and the same headers (its folder gets one extra `_headers` rule: the app\'s Content-Security-Policy plus the hash of its `<style>`). Measured in the same interleaved runs as the pages, its median LCP is the yardstick of the LCP budgets: what a static page of this size paints at on this machine, under these throttling settings, in this run.',
    '',
    table(
      ['Page', 'HTML', 'HTML (gzip -9)', 'HTML (transfer)', 'JS (transfer)', 'Requests'],
      [sizeRow(`reference \`${reference.path}\``, reference), sizeRow(results ? `results \`${results.path}\`` : 'results', results)],
    ),
  ].join('\n');
}

function distSection(stats) {
  const kinds = Object.entries(stats.byKind).sort(([a], [b]) => a.localeCompare(b));
  return table(
    ['Files', 'Count', 'Size'],
    [['**all of `dist/`**', `**${stats.files}**`, `**${kb(stats.bytes)}**`], ...kinds.map(([kind, totals]) => [kind, String(totals.files), kb(totals.bytes)])],
  );
}

function interactionSection(interaction) {
  if (!interaction.summary) return `Not measured${interaction.error ? `: ${escapeCell(interaction.error)}` : ''}.`;
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
      statRow('Last answer -> results: next frame (rAF)', results.frame),
      statRow('Last answer -> results: **painted** (double rAF, the budget)', results.painted),
      statRow('Last answer -> results: top three painted (double rAF)', results.ranking),
      statRow('Last answer -> results: Event Timing duration (>= 16 ms only)', results.eventDuration),
    ],
  );
  const steps = table(
    ['Run', 'Click', 'Answer', 'From', 'To', 'DOM', 'Frame', 'Painted', 'Ranking painted', 'Event Timing'],
    interaction.steps.map((step) => [
      String(step.run + 1),
      String(step.step),
      escapeCell(step.answer),
      escapeCell(step.from),
      escapeCell(step.to),
      ms1(step.dom),
      ms1(step.frame),
      ms1(step.painted),
      step.ranking === null || step.ranking === undefined ? '' : ms1(step.ranking),
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

const throttlingText = (throttling) =>
  throttling
    ? `request latency ${throttling.requestLatencyMs} ms, download ${(throttling.downloadThroughputKbps / 1024).toFixed(2)} Mbps, upload ${(throttling.uploadThroughputKbps / 1024).toFixed(2)} Mbps, CPU ${throttling.cpuSlowdownMultiplier}x slower`
    : 'Lighthouse\'s mobile defaults';

export function renderReport(report) {
  const { machine, versions, config } = report;
  const failed = report.budgets.filter((budget) => !budget.pass);
  const notBuilt = report.build.pagesWithoutHtml ?? [];
  const states = report.states ?? [];
  return `${[
    '# Performance benchmark — AI Career Pathfinder',
    '',
    `Generated by \`npm run bench\` (bench/run.mjs) on ${report.date} in ${report.durationSeconds} s.`,
    '',
    `- Machine: ${machine.cpus} CPUs (\`os.cpus().length\`), ${machine.model}, ${machine.memoryGb} GB RAM, ${machine.platform}; load average (1/5/15 min) at start ${machine.loadAverageAtStart.join(' / ')}, at end ${machine.loadAverageAtEnd.join(' / ')}`,
    `- Node ${versions.node}; ${versions.chromium ?? 'Chromium version unknown'}; Lighthouse ${versions.lighthouse ?? '?'} (host UA: ${versions.lighthouseUserAgent ?? '?'}, benchmarkIndex ${versions.benchmarkIndex ?? '?'}); Playwright browser: ${versions.playwrightBrowser ?? 'not launched'}`,
    `- Build: ${report.build.git ?? 'git state unknown'}; entry script ${report.build.entryScripts.join(', ')}; \`dist/\` holds ${report.build.dist.files} files, ${kb(report.build.dist.bytes)}.`,
    `- Served: ${config.baseUrl}; the static reference at \`${report.reference.path}\` from the same server.`,
    `- Lighthouse: ${config.lighthouse}; applied throttling: ${throttlingText(config.throttling)}; ${config.lighthouseRuns} runs per page, interleaved (run 1 of every page, then run 2, …); a fresh Chromium per run with \`${config.chromeFlags.join(' ')}\`. Medians are per metric.`,
    `- Interaction: Playwright driving ${config.interactionBrowser}, viewport 412x823, CPU throttled ${config.cpuThrottling}x with CDP \`Emulation.setCPUThrottlingRate\`, no network throttling; ${config.clickRuns} runs from \`/quiz/code\` with fresh storage, answering ${config.quizPath.map((step) => `"${step.label}"`).join(', ')}.`,
    '',
    ...(report.partial ? ['> **Partial run** (BENCH_PAGES, BENCH_STATES or BENCH_CLICK_RUNS=0): only what was measured is checked; this is not the bench\'s report.', ''] : []),
    ...(config.staleStateFacts?.length > 0 ? [`> **Stale visitor states:** src/ no longer has ${config.staleStateFacts.map((fact) => escapeCell(fact)).join(', ')}; update bench/states.mjs.`, ''] : []),
    ...(busy(machine) ? [`> **Warning: the machine was busy during this run** (1-minute load average ${Math.max(machine.loadAverageAtStart[0], machine.loadAverageAtEnd[0])} on ${machine.cpus} CPUs). Other processes competed for the CPU, which inflates TBT, the paints and the interaction timings; rerun on a quiet machine before trusting a miss.`, ''] : []),
    ...(notBuilt.length > 0 ? [`> **Not in this build:** ${notBuilt.map((path) => `\`${path}\``).join(', ')} had no HTML file in \`dist/\` and were served as 404.html; their figures describe the 404 page, and their budgets fail.`, ''] : []),
    ...(config.staleAppText?.length > 0 ? [`> **Stale bench text:** no file in \`src/\` contains ${config.staleAppText.map((text) => `"${escapeCell(text)}"`).join(', ')} any more; update bench/interaction.mjs.`, ''] : []),
    '> **Caveat:** these timings come from a shared 2-core virtual machine. Under applied throttling Lighthouse *observes* the paints in a load that DevTools really slows down, so runs of one build agree far better than simulated ones, but the 4x CPU slowdown multiplies whatever CPU the machine has left: a busy machine still inflates TBT and the paints. The reference, measured in the same interleaved runs, takes part of that out of the LCP ratios. Compare medians, rerun before acting on a near miss.',
    '',
    '## Budgets',
    '',
    table(
      ['Budget', 'Measured (median)', 'Limit', 'Result', 'Detail'],
      report.budgets.map((budget) => [escapeCell(budget.name), formatValue(budget.value, budget.format), formatLimit(budget.limit, budget.format), budget.pass ? 'pass' : '**FAIL**', escapeCell(budget.detail ?? '')]),
    ),
    '',
    failed.length === 0 ? `All ${report.budgets.length} budgets met.` : `**${failed.length} of ${report.budgets.length} budgets missed.**`,
    '',
    '## Pages next to the static reference (medians, applied throttling)',
    '',
    summarySection(report.reference, report.pages),
    '',
    ...(states.length > 0
      ? [
          '## Visitor states (medians, applied throttling)',
          '',
          `Each page type as a visitor opens it bringing something the prerendered page cannot hold (bench/states.mjs): a results link carrying skills, a returning visitor with saved answers and skills, one opening a link with other answers and skills, and saved progress naming a skill the app no longer knows. Saved progress is written to the fresh browser's localStorage (key \`${escapeCell(config.storageKey ?? '')}\`) on the page's origin before the load, from a document that starts no script, and Lighthouse keeps it (\`disableStorageReset\`). The app applies it, and a link's skills, after the first paint: the budgets are CLS 0 and the same LCP ratio to the reference as a fresh visit.`,
          '',
          statesSection(report.reference, report.pages, states),
          '',
        ]
      : []),
    '## The static reference',
    '',
    referenceSection(report.reference, report.pages),
    '',
    '## Lighthouse per page (mobile, applied throttling)',
    '',
    'Every figure is observed in the throttled load: FCP and LCP are when Chromium painted, TBT sums the parts of main-thread tasks beyond 50 ms between FCP and Time to Interactive, all at the CPU and network speeds above. "LCP phases" split the LCP into the wait for the document (TTFB), the wait before and during the LCP resource\'s download (zero for text), and the render delay after that, which is where waiting for CSS or a script shows.',
    '',
    ...[report.reference, ...report.pages].flatMap((page) => [pageSection(page), '']),
    ...(states.length > 0 ? ['<details><summary>Every run of the visitor states</summary>', '', ...states.flatMap((state) => [pageSection({ ...state, name: state.name }), '']), '</details>', ''] : []),
    '## Bytes loaded per page (gzipped)',
    '',
    `Source: ${config.bytesSource}. The stylesheet is inlined into every HTML page by scripts/prerender.mjs, so "CSS files" is normally 0 and the CSS is inside "HTML".`,
    '',
    bytesSection([report.reference, ...report.pages]),
    '',
    '## Size of `dist/`',
    '',
    'As built, before the bench adds its reference page.',
    '',
    distSection(report.build.dist),
    '',
    `## Quiz interaction (${config.cpuThrottling}x CPU throttling)`,
    '',
    `Measured in the page: the click time is \`performance.now()\` in a capturing click listener on window; a MutationObserver notes when the page's h1 shows the next question (or, after the last answer, reads exactly "${config.resultsHeading}"); "painted" is the second requestAnimationFrame after that change, i.e. the frame showing it has been produced. After the last answer the results page fills in over a few renders (ADR 0009), so the bench also times the answer itself: the same double rAF after the list named "${config.rankingListLabel}" is in the DOM. Playwright's own actionability checks happen before the click and are not counted.`,
    '',
    interactionSection(report.interaction),
    '',
  ].join('\n')}`;
}
