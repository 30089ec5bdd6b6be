// Diagnostic, run by hand: the bench's quiz timings (bench/interaction.mjs) on two builds,
// alternating run by run. Prints the medians of "painted" per build.
// Usage: BENCH_CLICK_RUNS=3 node bench/ab-clicks.mjs DIR_A DIR_B
import { startServer } from '../scripts/serve.mjs';
import { measureInteractions } from './interaction.mjs';
import { median } from './stats.mjs';

const [dirA, dirB] = process.argv.slice(2);
const runs = Math.max(1, Number(process.env.BENCH_CLICK_RUNS ?? 3));
const builds = [
  { name: 'A', dir: dirA, port: 4293 },
  { name: 'B', dir: dirB, port: 4294 },
];
const servers = await Promise.all(builds.map((build) => startServer({ dir: build.dir, port: build.port })));
const steps = { A: [], B: [] };
try {
  for (let run = 0; run < runs; run += 1) {
    for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
      const result = await measureInteractions(`http://127.0.0.1:${build.port}`, { runs: 1, log: () => {} });
      for (const r of result.runs) steps[build.name].push(...r.steps);
      const last = result.runs.at(-1)?.steps ?? [];
      console.log(`run ${run + 1} ${build.name}: ${last.map((step) => Math.round(step.painted)).join(' ')}`);
    }
  }
} finally {
  for (const server of servers) server.close();
}
for (const name of ['A', 'B']) {
  const question = steps[name].filter((step) => step.kind === 'question').map((step) => step.painted);
  const results = steps[name].filter((step) => step.kind === 'results').map((step) => step.painted);
  console.log(`${name}: next question painted median ${median(question)?.toFixed(0)} ms (n=${question.length}); results painted median ${median(results)?.toFixed(0)} ms (n=${results.length})`);
}
